"""What a composed YAML document's anchors and aliases expand to, measured on its nodes before anything is built
from them: an 'alias bomb' (nine lists of nine aliases to the list before: 387 million values from a few lines), an
alias inside its own anchor (a list holding itself) or aliases nesting deeper than MAX_DEPTH, for rule files and the
rule editor's YAML page alike."""

from typing import Dict, List, Optional, Tuple

import yaml

from .yaml_depth import MAX_DEPTH, TooDeepError

MAX_CONDITION_VALUES = 10_000  # one condition on the rule editor's YAML page (every GB/T 4754 class is 1,382)


class AliasBombError(ValueError):
    """A document expanding through anchors and aliases to more than ``limit`` values (``endless``: an alias inside
    its own anchor); the line and column (from 1) of the list or mapping where it passes the limit or holds itself."""

    def __init__(self, limit: int, node: yaml.Node, endless: bool) -> None:
        super().__init__(limit, endless)
        self.limit, self.endless = limit, endless
        self.line, self.column = node.start_mark.line + 1, node.start_mark.column + 1


def uses_aliases(root: yaml.Node) -> bool:
    """True when some node of the document is reached twice (through an alias)."""
    seen, stack = set(), [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        stack.extend(children(node))
    return False


def check_expansion(root: yaml.Node, max_values: int) -> None:
    """AliasBombError when ``root`` expands to more than ``max_values`` values or without end; TooDeepError where it
    nests deeper than MAX_DEPTH once its aliases are expanded."""
    heights: Dict[int, int] = {}
    failed = _expanded_size(root, max_values, heights)
    if failed is not None:
        raise AliasBombError(max_values, *failed)
    if heights[id(root)] - 1 > MAX_DEPTH:
        mark = _deep_node(root, heights, MAX_DEPTH).start_mark
        raise TooDeepError(mark.line + 1, mark.column + 1)


def children(node: yaml.Node) -> List[yaml.Node]:
    """A mapping's keys and values, a list's items; none for a scalar."""
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _expanded_size(root: yaml.Node, limit: int, heights: Dict[int, int]) -> Optional[Tuple[yaml.Node, bool]]:
    """None when ``root`` expands to at most ``limit`` values, filling ``heights`` with the height of every node once
    aliases are expanded (a scalar's is 1); else the node passing the limit, or holding itself (True)."""
    sizes: Dict[int, int] = {}
    open_nodes = set()
    stack: List[Tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        if finished:
            open_nodes.discard(id(node))
            below = children(node)
            sizes[id(node)] = 1 + sum(sizes[id(c)] for c in below)
            heights[id(node)] = 1 + max((heights[id(c)] for c in below), default=0)
            if sizes[id(node)] > limit:
                return node, False
        elif id(node) in open_nodes:
            return node, True
        elif id(node) not in sizes:
            open_nodes.add(id(node))
            stack.append((node, True))
            stack.extend((c, False) for c in children(node) if id(c) not in sizes)
    return None


def _deep_node(root: yaml.Node, heights: Dict[int, int], depth: int) -> yaml.Node:
    """The node ``depth`` levels down the deepest branch (where a message about nesting points)."""
    node = root
    for _level in range(depth):
        node = max(children(node), key=lambda child: heights[id(child)])
    return node
