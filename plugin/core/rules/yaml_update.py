"""Make one mapping of a rule-set file's text equal to a new value with the fewest edits: a key or item whose value is
unchanged keeps its characters and the comments among them, a mapping changed in both is edited key by key, a list
that keeps its items item by item (an item it loses taken out with its lines, new ones after its last), a changed
value is rewritten in its mapping's style, a new key is put after the key before it in the new order."""

from typing import Any, List, Mapping, Optional, Sequence, Tuple, Union

import yaml

from .yaml_edit import EditError, dump_rule, item_lead, line_end, node_end, rest_of_line
from .yaml_source import PythonRulesLoader

Pair = Tuple[yaml.Node, yaml.Node]
Step = Union[str, int]  # a key of a mapping or the index of a sequence's item


def replace_entry(text: str, section: str, name: str, declaration: Mapping[str, Any]) -> str:
    """The text with the declaration of ``name`` under ``section`` made ``declaration`` (its unchanged keys, and the
    comments among them, as they were); the rest of the file unchanged."""
    if not declaration:
        raise EditError(f"an empty declaration for {name}")
    return update_mapping(text, (section, name), declaration)


def remove_entry(text: str, section: str, name: str) -> str:
    """The text without the declaration of ``name`` under ``section`` (its lines), and without the section when it
    was the only one; the rest of the file unchanged."""
    if len(_located(text, (section,))[1]) == 1:
        return _removed(text, (), section)
    return _removed(text, (section,), name)


def update_mapping(text: str, path: Sequence[Step], new: Mapping[str, Any]) -> str:
    """The text with the mapping at ``path`` (keys from the document's root) equal to ``new``."""
    gone = [key for key in _located(text, path)[1] if key not in new]
    for index, (key, value) in enumerate(new.items()):
        node, old = _located(text, path)
        pair = _pair(node, key)
        if pair is None:
            text = _inserted(text, node, key, value, list(new)[:index])
        elif _differs(old[key], value):
            if _in_place(pair[1], old[key], value):
                text = _update(text, [*path, key], value)
            else:
                text = _replaced(text, node, pair, key, value)
    for key in gone:
        text = _removed(text, path, key)
    return text


def update_sequence(text: str, path: Sequence[Step], new: List[Any]) -> str:
    """The text with the sequence at ``path`` equal to ``new``, which keeps its items (``kept_items``: some may go)
    and may add some."""
    old = _located(text, path, yaml.SequenceNode)[1]
    kept = kept_items(old, new)
    if kept is None:
        if len(new) < len(old):
            raise EditError(f"{path} does not keep its items")
        kept = list(range(len(old)))
    for index in reversed([index for index in range(len(old)) if index not in kept]):
        text = _item_removed(text, path, index)
    old = [old[index] for index in kept]
    for index, item in enumerate(new[:len(old)]):
        if not _differs(old[index], item):
            continue
        node = _located(text, path, yaml.SequenceNode)[0]
        child = node.value[index]
        if _in_place(child, old[index], item):
            text = _update(text, [*path, index], item)
        else:
            body = _item(item, child.start_mark.column, bool(node.flow_style or getattr(child, "flow_style", 0)))
            text = text[:child.start_mark.index] + body.replace("\n", line_end(text)) + text[node_end(child, text):]
    for item in new[len(old):]:
        text = _appended(text, _located(text, path, yaml.SequenceNode)[0], item)
    return text


def _update(text: str, path: Sequence[Step], new: Any) -> str:
    return update_mapping(text, path, new) if isinstance(new, Mapping) else update_sequence(text, path, new)


def _differs(old: Any, new: Any) -> bool:
    """True when a value read from the file is not ``new`` (a number is not a yes/no, 1 is not 1.0)."""
    return old != new or type(old) is not type(new)


def _in_place(node: yaml.Node, old: Any, new: Any) -> bool:
    """True when ``new`` is written by editing ``node``: a mapping changed into a mapping, a list that keeps its
    items (each may change, some may go: ``kept_items``) and may add some; neither empty."""
    if isinstance(node, yaml.MappingNode):
        return bool(node.value) and isinstance(new, Mapping) and bool(new)
    return (isinstance(node, yaml.SequenceNode) and bool(node.value) and isinstance(new, list) and bool(new)
            and (len(new) >= len(old) or kept_items(old, new) is not None))


def kept_items(old: List[Any], new: List[Any]) -> Optional[List[int]]:
    """The indices of the old items ``new`` keeps, in order, when ``new`` is the old list with some items taken out
    (each may change) and others after them; None when it is not, or keeps none. An item with an ``id`` is kept by
    its id, any other by its value."""
    kept: List[int] = []
    for count, item in enumerate(new):
        start = kept[-1] + 1 if kept else 0
        found = next((index for index in range(start, len(old)) if _same_item(old[index], item)), None)
        if found is None:
            added = new[count:]
            if any(_same_item(before, after) for before in old for after in added):
                return None
            break
        kept.append(found)
    return kept or None


def _same_item(old: Any, new: Any) -> bool:
    """True when ``new`` is ``old`` (perhaps changed): the same id, or without ids the same value."""
    if isinstance(old, Mapping) and isinstance(new, Mapping) and "id" in old and "id" in new:
        return not _differs(old["id"], new["id"])
    return not _differs(old, new)


def _item(item: Any, column: int, flow: bool) -> str:
    """A sequence's item as text to stand at ``column``."""
    if flow or not isinstance(item, Mapping):
        return yaml.safe_dump([item], allow_unicode=True, default_flow_style=True, width=1 << 20).strip()[1:-1]
    return dump_rule(item, column, False)


def _appended(text: str, node: yaml.SequenceNode, item: Any) -> str:
    """The text with ``item`` after the sequence's last item, in the style of that item."""
    last = node.value[-1]
    end = node_end(last, text)
    if node.flow_style:
        return text[:end] + ", " + _item(item, 0, True) + text[end:]
    eol, end = line_end(text), rest_of_line(text, end)
    body = _item(item, last.start_mark.column, bool(getattr(last, "flow_style", False)))
    return text[:end] + eol + item_lead(text, last.start_mark.index) + body.replace("\n", eol) + text[end:]


def _item_removed(text: str, path: Sequence[Step], index: int) -> str:
    """The text without the sequence's item ``index`` (its lines in block style, its item in flow style)."""
    node = _located(text, path, yaml.SequenceNode)[0]
    items = node.value
    start, end = items[index].start_mark.index, node_end(items[index], text)
    if node.flow_style:
        if index + 1 < len(items):
            return text[:start] + text[items[index + 1].start_mark.index:]
        return text[:node_end(items[index - 1], text)] + text[end:]
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() != "-":
        raise EditError(f"item {index} does not begin its line")
    stop = text.find("\n", end)
    return text[:line_start] + (text[stop + 1:] if stop >= 0 else "")


def _located(text: str, path: Sequence[Step], kind: type = yaml.MappingNode) -> Tuple[Any, Any]:
    """The node at ``path`` (a mapping, or ``kind``) and its value (a mapping's keys as text)."""
    loader = PythonRulesLoader(text)
    try:
        node = loader.get_single_node()
        for step in path:
            node = _child(node, step)
        if not isinstance(node, kind):
            raise EditError(f"{path} is not a {kind.__name__}")
        value = loader.construct_object(node, deep=True)
    except yaml.YAMLError as error:
        raise EditError(str(error)) from None
    finally:
        loader.dispose()
    return node, ({str(key): item for key, item in value.items()} if isinstance(value, dict) else value)


def _child(node: yaml.Node, step: Step) -> yaml.Node:
    if isinstance(step, int) and isinstance(node, yaml.SequenceNode) and step < len(node.value):
        return node.value[step]
    found = _pair(node, str(step)) if isinstance(node, yaml.MappingNode) else None
    if found is None:
        raise EditError(f"no {step} in the file")
    return found[1]


def _pair(node: yaml.MappingNode, key: str) -> Optional[Pair]:
    return next((pair for pair in node.value if str(getattr(pair[0], "value", "")) == key), None)


def _body(key: str, value: Any, column: int, flow: bool, text: str) -> str:
    """``key: value`` as text to stand at ``column`` (a scalar on the key's line in either style)."""
    if flow or not isinstance(value, (Mapping, list)):
        return dump_rule({key: value}, column, True)[1:-1]
    return dump_rule({key: value}, column, False).replace("\n", line_end(text))


def _replaced(text: str, node: yaml.MappingNode, pair: Pair, key: str, value: Any) -> str:
    start = pair[0].start_mark.index
    body = _body(key, value, pair[0].start_mark.column, bool(node.flow_style), text)
    return text[:start] + body + text[node_end(pair[1], text):]


def _inserted(text: str, node: yaml.MappingNode, key: str, value: Any, before: List[str]) -> str:
    """The text with ``key: value`` after the last of ``before`` the mapping has (first when none)."""
    if not node.value:
        raise EditError("an empty mapping")
    flow, column = bool(node.flow_style), node.value[0][0].start_mark.column
    body = _body(key, value, column, flow, text)
    after = next((pair for name in reversed(before) for pair in [_pair(node, name)] if pair), None)
    if after is None:
        start = node.value[0][0].start_mark.index
        joint = ", " if flow else line_end(text) + " " * column
        return text[:start] + body + joint + text[start:]
    end = node_end(after[1], text)
    if flow:
        return text[:end] + ", " + body + text[end:]
    end = rest_of_line(text, end)
    return text[:end] + line_end(text) + " " * column + body + text[end:]


def _removed(text: str, path: Sequence[Step], key: str) -> str:
    """The text without ``key`` in the mapping at ``path`` (its lines in block style, its item in flow style)."""
    node = _located(text, path)[0]
    index = next(i for i, pair in enumerate(node.value) if str(getattr(pair[0], "value", "")) == key)
    if len(node.value) == 1:
        raise EditError(f"{key} is the mapping's only key")
    start, end = node.value[index][0].start_mark.index, node_end(node.value[index][1], text)
    if node.flow_style:
        if index + 1 < len(node.value):
            return text[:start] + text[node.value[index + 1][0].start_mark.index:]
        return text[:node_end(node.value[index - 1][1], text)] + text[end:]
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        raise EditError(f"{key} does not begin its line")
    stop = text.find("\n", end)
    return text[:line_start] + (text[stop + 1:] if stop >= 0 else "")
