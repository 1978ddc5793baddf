"""Which rows of the results tree are expanded and which one is selected, kept across a rebuild.

Each row carries a key (``KEY_ROLE``) that names what it shows (a unit code, a dimension, a rule id),
not its words: a re-evaluation that changes a verdict or a reason keeps the row's place.
"""

from dataclasses import dataclass, field
from typing import Dict, Iterator, Optional, Tuple

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QTreeWidget, QTreeWidgetItem

KEY_ROLE = Qt.ItemDataRole.UserRole + 4


@dataclass
class TreeState:
    """Expanded state by row path, the selected row's path and the scroll position."""

    expanded: Dict[Tuple[str, ...], bool] = field(default_factory=dict)
    selected: Optional[Tuple[str, ...]] = None
    scroll: int = 0


def item_path(item: QTreeWidgetItem) -> Tuple[str, ...]:
    """The keys from the top row down to ``item``."""
    keys = []
    while item is not None:
        keys.append(str(item.data(0, KEY_ROLE)))
        item = item.parent()
    return tuple(reversed(keys))


def all_items(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    """Every row of the tree, depth first."""
    stack = [tree.topLevelItem(i) for i in reversed(range(tree.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(i) for i in reversed(range(item.childCount())))


def capture(tree: QTreeWidget) -> TreeState:
    """The tree's expanded rows, selection and scroll position."""
    state = TreeState(scroll=tree.verticalScrollBar().value())
    for item in all_items(tree):
        if item.childCount():
            state.expanded[item_path(item)] = item.isExpanded()
    selected = tree.selectedItems()
    state.selected = item_path(selected[0]) if selected else None
    return state


def restore(tree: QTreeWidget, state: TreeState) -> Optional[QTreeWidgetItem]:
    """Expand (or collapse) the rows seen before as they were, select the row selected before when it
    is still there (returned), and scroll back; new rows keep their default state."""
    chosen = None
    for item in all_items(tree):
        path = item_path(item)
        if path in state.expanded:
            item.setExpanded(state.expanded[path])
        if path == state.selected:
            chosen = item
    if chosen is not None:
        tree.setCurrentItem(chosen)
    tree.verticalScrollBar().setValue(state.scroll)
    return chosen
