"""Plain (unquoted) YAML scalars that YAML 1.1 reads as a number or yes/no the author may not have meant: refused.

PyYAML reads YAML 1.1: ``1_000`` is the number 1000 (the rule editor and every project value refuse it) and
``yes``, ``no``, ``on``, ``off`` are yes/no (YAML 1.2 tools and editors read them as text: ``en: No`` or a code
``ON``). Such a scalar is an error where it stands, saying how to write it; quoted, it is text. YAML 1.1's
sexagesimal, octal, hex and binary numbers are kept as text by the loaders (``yaml_source``) instead.
"""

from typing import Any, Dict, List, Optional, Tuple

import yaml

from ...i18n import tr
from ..model.results import Reason
from .messages import sentence_of
from .yaml_aliases import MAX_CONDITION_VALUES, check_expansion, uses_aliases
from .yaml_depth import check_depth

_BOOL = "tag:yaml.org,2002:bool"
_NUMBERS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_YES_NO = {"yes": "true", "on": "true", "no": "false", "off": "false"}
Refusal = Tuple[str, Dict[str, str]]


def refusal(node: yaml.Node) -> Optional[Refusal]:
    """The template and values of why a plain scalar is refused (a number with _ between its digits, or a yes/no
    word of YAML 1.1 only); None for any other node."""
    if not isinstance(node, yaml.ScalarNode) or node.style:  # plain: None in PyYAML, "" in its libyaml binding
        return None
    if node.tag in _NUMBERS and "_" in node.value:
        return ("{value} is a number written with _ between its digits, which the plugin reads nowhere else: write "
                "{number}, or put it in quotes ('{value}') if it is text.",
                {"value": node.value, "number": node.value.replace("_", "")})
    if node.tag == _BOOL and node.value.lower() in _YES_NO:
        return ("{value} is read by YAML 1.1 as yes/no but by YAML 1.2 tools as text: write {boolean} for a "
                "yes/no value, or put it in quotes ('{value}') if it is text.",
                {"value": node.value, "boolean": _YES_NO[node.value.lower()]})
    return None


class RefusedScalarError(ValueError):
    """A YAML text holds a refused plain scalar: where (1-based line and column) and why."""

    def __init__(self, line: int, column: int, reason: Reason):
        super().__init__(reason.template)
        self.line, self.column, self.reason = line, column, reason

    def text(self) -> str:
        """Why, in the UI language."""
        return sentence_of(self.reason)


def first_refused(root: yaml.Node) -> Optional[RefusedScalarError]:
    """The first refused plain scalar (a key or a value) of a composed document, in the order written."""
    found: List[Tuple[yaml.Node, Refusal]] = []
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        why = refusal(node)
        if why is not None:
            found.append((node, why))
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    if not found:
        return None
    node, (template, values) = min(found, key=lambda pair: (pair[0].start_mark.line, pair[0].start_mark.column))
    return RefusedScalarError(node.start_mark.line + 1, node.start_mark.column + 1, Reason(template, values))


def load_text(text: str, loader_class: type) -> Any:
    """A short YAML text (the rule editor's YAML page) read as a rule file is; RefusedScalarError where it holds a
    refused plain scalar, TooDeepError where it nests deeper than a rule file may (its aliases expanded),
    AliasBombError where its aliases expand to more than MAX_CONDITION_VALUES values or without end, yaml.YAMLError
    when it is not YAML."""
    check_depth(text, loader_class)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is not None and uses_aliases(node):
            check_expansion(node, MAX_CONDITION_VALUES)
        refused = first_refused(node) if node is not None else None
        if refused is not None:
            raise refused
        return loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def reason_templates() -> List[str]:
    """Every message template of this module, for the string extractor."""
    return [
        tr("{value} is a number written with _ between its digits, which the plugin reads nowhere else: write "
           "{number}, or put it in quotes ('{value}') if it is text."),
        tr("{value} is read by YAML 1.1 as yes/no but by YAML 1.2 tools as text: write {boolean} for a "
           "yes/no value, or put it in quotes ('{value}') if it is text."),
    ]
