"""Make one mapping of a rule-set file's text equal to a new value with the fewest edits: a key whose value is
unchanged keeps its characters and the comments among them, a mapping changed in both is edited key by key, a
changed value is rewritten in its mapping's style, a new key is put after the key before it in the new order."""

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import yaml

from .yaml_edit import EditError, dump_rule, line_end, node_end, rest_of_line
from .yaml_source import PythonRulesLoader

Pair = Tuple[yaml.Node, yaml.Node]


def replace_entry(text: str, section: str, name: str, declaration: Mapping[str, Any]) -> str:
    """The text with the declaration of ``name`` under ``section`` made ``declaration`` (its unchanged keys, and the
    comments among them, as they were); the rest of the file unchanged."""
    if not declaration:
        raise EditError(f"an empty declaration for {name}")
    return update_mapping(text, (section, name), declaration)


def update_mapping(text: str, path: Sequence[str], new: Mapping[str, Any]) -> str:
    """The text with the mapping at ``path`` (keys from the document's root) equal to ``new``."""
    gone = [key for key in _located(text, path)[1] if key not in new]
    for index, (key, value) in enumerate(new.items()):
        node, old = _located(text, path)
        pair = _pair(node, key)
        if pair is None:
            text = _inserted(text, node, key, value, list(new)[:index])
        elif old[key] != value or type(old[key]) is not type(value):
            nested = isinstance(pair[1], yaml.MappingNode) and pair[1].value
            if nested and isinstance(value, Mapping) and value:
                text = update_mapping(text, [*path, key], value)
            else:
                text = _replaced(text, node, pair, key, value)
    for key in gone:
        text = _removed(text, path, key)
    return text


def _located(text: str, path: Sequence[str]) -> Tuple[yaml.MappingNode, Dict[str, Any]]:
    """The mapping node at ``path`` and its value (string keys)."""
    loader = PythonRulesLoader(text)
    try:
        node = loader.get_single_node()
        for key in path:
            found = _pair(node, key) if isinstance(node, yaml.MappingNode) else None
            if found is None:
                raise EditError(f"no {key} in the file")
            node = found[1]
        if not isinstance(node, yaml.MappingNode):
            raise EditError(f"{'/'.join(path)} is not a mapping")
        value = loader.construct_object(node, deep=True)
    except yaml.YAMLError as error:
        raise EditError(str(error)) from None
    finally:
        loader.dispose()
    return node, {str(key): item for key, item in value.items()}


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


def _removed(text: str, path: Sequence[str], key: str) -> str:
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
