"""A rule as the editor handles it: conditions as lists of single conditions, checked like the loader."""

import copy
from typing import Any, Dict, List, Mapping, Optional, Tuple

from ..model.vocab import DIMENSIONS, LEVELS
from . import checks, schema
from .messages import LoadMessage

RULE_FIELDS = ("id", "level", "category", "units", "dimension", "effect", "name", "text", "basis", "when",
               "except", "only_if", "suggested", "suggested_from")


def conjuncts(condition: Optional[Mapping[str, Any]]) -> List[Dict[str, Any]]:
    """The single conditions a condition joins with 'and' (``all:`` flattened), each a one-key mapping."""
    found: List[Dict[str, Any]] = []
    for key, value in (condition or {}).items():
        if key == "all" and isinstance(value, list) and all(isinstance(c, dict) for c in value):
            for child in value:
                found.extend(conjuncts(child))
        else:
            found.append({key: copy.deepcopy(value)})
    return found


def condition_of(parts: List[Mapping[str, Any]]) -> Optional[Dict[str, Any]]:
    """One condition holding when every part holds: one mapping when no key repeats, else ``all:``."""
    parts = [dict(p) for p in parts if p]
    if not parts:
        return None
    keys = [key for part in parts for key in part]
    if len(keys) == len(set(keys)):
        return {key: value for part in parts for key, value in part.items()}
    return {"all": parts}


def rule_title(rule: Mapping[str, Any], width: int = 36) -> str:
    """``G-SL-03 禁止在河流岸线…``: how a rule is listed."""
    text = ((rule.get("text") or {}).get("zh") or "").replace("\n", " ")
    return f"{rule.get('id', '')} {text[:width]}{'…' if len(text) > width else ''}".strip()


def rule_tree(rules: List[Mapping[str, Any]]) -> List[Tuple[str, str, List[int]]]:
    """(level, dimension, rule indexes) in the order levels and dimensions are defined."""
    groups: Dict[Tuple[str, str], List[int]] = {}
    for index, rule in enumerate(rules):
        groups.setdefault((str(rule.get("level")), str(rule.get("dimension"))), []).append(index)
    ranked = sorted(groups, key=lambda k: (_rank(LEVELS, k[0]), _rank(DIMENSIONS, k[1]), k))
    return [(level, dimension, groups[(level, dimension)]) for level, dimension in ranked]


def _rank(order: Tuple[str, ...], value: str) -> int:
    return order.index(value) if value in order else len(order)


def new_rule_id(rules: List[Mapping[str, Any]], stem: str) -> str:
    """An id not used yet: ``stem-01``, ``stem-02``, …"""
    used = {str(rule.get("id")) for rule in rules}
    number = 1
    while f"{stem}-{number:02d}" in used:
        number += 1
    return f"{stem}-{number:02d}"


def check_rule(document: Mapping[str, Any], index: int, path: str) -> Dict[str, List[LoadMessage]]:
    """The loader's messages about a document, by the field of rule ``index`` they concern ('' for others)."""
    data = copy.deepcopy(dict(document))
    found = schema.validate(data, {}, path)
    if not found:
        found = checks.check_semantics(data, {}, path)
    prefix = f"$.rules[{index}]"
    by_field: Dict[str, List[LoadMessage]] = {}
    for item in found:
        by_field.setdefault(_field_of(item, prefix), []).append(item)
    return by_field


def _field_of(item: LoadMessage, prefix: str) -> str:
    """The rule field a message is about ('' when it is about another part of the file)."""
    if not item.json_path.startswith(prefix):
        return ""
    rest = item.json_path[len(prefix):]
    if rest.startswith("."):
        return rest[1:].split(".")[0].split("[")[0]
    named = str(item.reason.values.get("field", ""))
    return named if named in RULE_FIELDS else "id"
