"""How deep a YAML text nests, told from its parser's events before anything is composed: libyaml's composer
recurses in C without a limit (100,000 nested brackets crash the process) and the pure-Python one in Python
(RecursionError), for rule files and the rule editor's YAML page alike."""

from typing import Any, Optional

import yaml

MAX_DEPTH = 64  # nested mappings and lists; conditions 30 all/any levels deep stay well inside it


class TooDeepError(ValueError):
    """A YAML text nested deeper than MAX_DEPTH: the line and column (from 1) of its first mapping or list that
    is."""

    def __init__(self, line: int, column: int) -> None:
        super().__init__(line, column)
        self.line, self.column = line, column


def too_deep_mark(loader: Any) -> Optional[yaml.Mark]:
    """The mark of the first mapping or list nested deeper than MAX_DEPTH, from ``loader``'s events (the loader is
    used up and disposed of); None when there is none. Aliases are checked once composed."""
    depth = 0
    try:
        while True:
            event = loader.get_event()
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            elif isinstance(event, yaml.StreamEndEvent):
                return None
    finally:
        loader.dispose()


def check_depth(text: str, loader_class: type) -> None:
    """TooDeepError when ``text`` nests deeper than MAX_DEPTH; yaml.YAMLError when it is not YAML."""
    mark = too_deep_mark(loader_class(text))
    if mark is not None:
        raise TooDeepError(mark.line + 1, mark.column + 1)
