"""Edit one rule of a rule-set file's text: only that rule's characters change, comments and order stay.

The rules are found with PyYAML's composed nodes: a rule's text runs from its mapping's start mark to
the end mark of its deepest last value, so comments and blank lines between rules are never touched.
"""

from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional

import yaml

from .yaml_source import PythonRulesLoader

RULE_KEY_ORDER = ("id", "level", "category", "units", "dimension", "effect", "when", "except", "only_if",
                  "name", "text", "basis", "suggested_from", "suggested")


class EditError(ValueError):
    """The text cannot be edited this way (no rules list, no such rule, not a rule set)."""


@dataclass(frozen=True)
class RuleSpan:
    """Where one rule's text lies: characters [start, end), its column and whether it is in flow style."""

    start: int
    end: int
    column: int
    flow: bool


@dataclass(frozen=True)
class RulesList:
    """The ``rules:`` sequence: its span, flow style, each rule's span, and the index just after ``rules:``."""

    start: int
    end: int
    flow: bool
    rules: List[RuleSpan]
    colon: int


def _compose(text: str) -> yaml.Node:
    loader = PythonRulesLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as error:
        raise EditError(str(error)) from None
    finally:
        loader.dispose()
    if not isinstance(node, yaml.MappingNode):
        raise EditError("not a mapping")
    return node


def node_end(node: yaml.Node, text: str) -> int:
    """The index just after a node's last character (its last value's, for a block collection)."""
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    end = node.end_mark.index
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def rules_list(text: str) -> RulesList:
    """The rules sequence of a rule-set text and the span of every rule."""
    root = _compose(text)
    key, found = next(((k, v) for k, v in root.value if getattr(k, "value", None) == "rules"), (None, None))
    if not isinstance(found, yaml.SequenceNode):
        raise EditError("no rules list")
    flow = bool(found.flow_style)
    spans = [RuleSpan(n.start_mark.index, node_end(n, text), n.start_mark.column,
                      bool(getattr(n, "flow_style", False) or flow))  # a scalar (not a rule) has no flow style
             for n in found.value]
    return RulesList(found.start_mark.index, node_end(found, text), flow, spans,
                     text.index(":", key.end_mark.index) + 1)


def ordered_like(original: Mapping[str, Any], rule: Mapping[str, Any]) -> Dict[str, Any]:
    """The rule's keys in the original's order; a new key after the last key that precedes it in RULE_KEY_ORDER."""
    keys = [key for key in original if key in rule]
    for key in rule:
        if key in keys:
            continue
        rank = RULE_KEY_ORDER.index(key) if key in RULE_KEY_ORDER else len(RULE_KEY_ORDER)
        before = [i for i, k in enumerate(keys) if (RULE_KEY_ORDER.index(k) if k in RULE_KEY_ORDER
                                                     else len(RULE_KEY_ORDER)) <= rank]
        keys.insert(before[-1] + 1 if before else 0, key)
    return {key: rule[key] for key in keys}


def dump_rule(rule: Mapping[str, Any], column: int, flow: bool) -> str:
    """A rule as YAML text to stand at ``column`` (its first line is not indented, the others are)."""
    if flow:
        return yaml.safe_dump(dict(rule), allow_unicode=True, sort_keys=False, width=1 << 20,
                              default_flow_style=True).strip()
    text = yaml.safe_dump(dict(rule), allow_unicode=True, sort_keys=False, width=4096, default_flow_style=None)
    lines = text.rstrip("\n").split("\n")
    return "\n".join([lines[0]] + [(" " * column + line) if line else line for line in lines[1:]])


def line_end(text: str) -> str:
    """The file's line break: CRLF when it uses CRLF, else LF."""
    return "\r\n" if "\r\n" in text else "\n"


def rest_of_line(text: str, index: int) -> int:
    """The index of the line break ending the line ``index`` is on (past a comment after a value)."""
    stop = text.find("\n", index)
    if stop < 0:
        return len(text)
    return stop - 1 if stop > index and text[stop - 1] == "\r" else stop


def replace_rule(text: str, index: int, rule: Mapping[str, Any],
                 original: Optional[Mapping[str, Any]] = None) -> str:
    """The text with rule ``index`` replaced by ``rule`` (keys ordered like ``original``); nothing else changes."""
    listed = rules_list(text)
    if not 0 <= index < len(listed.rules):
        raise EditError(f"no rule {index}")
    span = listed.rules[index]
    body = dump_rule(ordered_like(original or {}, rule), span.column, span.flow)
    return text[:span.start] + body.replace("\n", line_end(text)) + text[span.end:]


def append_rule(text: str, rule: Mapping[str, Any]) -> str:
    """The text with ``rule`` added after the last rule (in the style and indentation of the list)."""
    listed = rules_list(text)
    ordered = ordered_like({}, rule)
    if listed.flow or not listed.rules:
        if listed.flow and listed.rules:
            last = listed.rules[-1]
            return text[:last.end] + ", " + dump_rule(ordered, 0, True) + text[last.end:]
        if listed.flow and _own_line(text, listed.colon):  # rules: [] → the first rule as a block list
            eol, column = line_end(text), _key_column(text, listed.colon) + 2
            body = dump_rule(ordered, column + 2, False).replace("\n", eol)
            return text[:listed.colon] + eol + " " * column + "- " + body + text[listed.end:]
        return text[:listed.start] + "[" + dump_rule(ordered, 0, True) + "]" + text[listed.end:]
    last = listed.rules[-1]
    eol, end = line_end(text), rest_of_line(text, last.end)
    body = dump_rule(ordered, last.column, False).replace("\n", eol)
    return text[:end] + eol + item_lead(text, last.start) + body + text[end:]


def item_lead(text: str, start: int) -> str:
    """What stands before a block sequence's item starting at ``start`` on its line, as a new item's lead (the dash
    and the spaces to the item's column; a lead shared with an outer item, ``- - x``, as spaces)."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    dash = prefix.rstrip().rfind("-")
    return " " * dash + "-" + " " * (len(prefix) - dash - 1) if dash >= 0 else prefix


def _key_column(text: str, colon: int) -> int:
    """The column of the key whose colon ends at ``colon``."""
    line = text[text.rfind("\n", 0, colon) + 1:colon]
    return len(line) - len(line.lstrip(" "))


def _own_line(text: str, colon: int) -> bool:
    """True when the key before ``colon`` begins its line in block style (``rules:`` alone, not inside ``{…}``)."""
    line = text[text.rfind("\n", 0, colon) + 1:colon]
    return line.strip().rstrip(":").strip() == "rules"


def remove_rule(text: str, index: int) -> str:
    """The text without rule ``index`` (its lines, in block style; its item, in flow style); without the last rule
    of a block list, ``rules: []`` (``rules:`` alone would read as no list at all)."""
    listed = rules_list(text)
    if not 0 <= index < len(listed.rules):
        raise EditError(f"no rule {index}")
    span = listed.rules[index]
    if span.flow:
        following = listed.rules[index + 1].start if index + 1 < len(listed.rules) else None
        if following is not None:
            return text[:span.start] + text[following:]
        previous = listed.rules[index - 1].end if index else span.start
        return text[:previous] + text[span.end:]
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    without = text[:line_start] + (text[line_end + 1:] if line_end >= 0 else "")
    if len(listed.rules) > 1:
        return without
    return without[:listed.colon] + " []" + without[listed.colon:]  # the rule's lines come after ``rules:``


def declare_entry(text: str, section: str, name: str, declaration: Mapping[str, Any]) -> str:
    """The text with ``name`` declared (``declaration``) under ``section`` (``layers:``, ``attributes:``; the
    section added before ``rules:`` if absent)."""
    root = _compose(text)
    entry = {name: dict(declaration)}
    eol = line_end(text)
    keys = {getattr(key, "value", None): (key, value) for key, value in root.value}
    if section not in keys:
        rules_key = keys["rules"][0] if "rules" in keys else None
        if rules_key is None:
            raise EditError("no rules list")
        at = text.rfind("\n", 0, rules_key.start_mark.index) + 1
        block = dump_rule({section: entry}, 0, False).replace("\n", eol)
        return text[:at] + block + eol + eol + text[at:]
    return _added(text, keys[section][1], entry)


def label_fields(text: str, name: str, labels: Mapping[str, Any]) -> str:
    """The text with ``labels`` (field → its label) added under ``fields:`` of layer ``name``'s declaration
    (``fields:`` added to the declaration if absent); the rest of the file unchanged."""
    layers = _value(_compose(text), "layers")
    declaration = _value(layers, name) if isinstance(layers, yaml.MappingNode) else None
    if not isinstance(declaration, yaml.MappingNode):
        raise EditError(f"layer {name} is not declared as a mapping")
    fields = _value(declaration, "fields")
    if fields is None:
        return _added(text, declaration, {"fields": dict(labels)})
    return _added(text, fields, dict(labels))


def _value(node: yaml.MappingNode, key: str) -> Optional[yaml.Node]:
    """The value node of ``key`` in a mapping node; None without it."""
    return next((value for found, value in node.value if getattr(found, "value", None) == key), None)


def _added(text: str, node: yaml.Node, entries: Mapping[str, Any]) -> str:
    """The text with ``entries`` added at the end of the mapping ``node``, in its style and indentation."""
    if not isinstance(node, yaml.MappingNode):
        raise EditError("not a mapping")
    if node.flow_style or not node.value:
        close = node_end(node, text) - 1
        if text[close] != "}":
            raise EditError("not a mapping")
        joint = ", " if node.value else ""
        return text[:close] + joint + dump_rule(entries, 0, True)[1:-1] + text[close:]
    column, eol = node.value[0][0].start_mark.column, line_end(text)
    end = rest_of_line(text, node_end(node, text))
    return text[:end] + eol + " " * column + dump_rule(entries, column, False).replace("\n", eol) + text[end:]
