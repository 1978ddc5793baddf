"""A rule as the editor handles it: conditions as lists of single conditions, checked like the loader."""

import copy
from typing import Any, Dict, List, Mapping, Optional, Set, Tuple

from ...i18n import tr
from ..model.vocab import DIMENSIONS, LEVELS
from . import checks, schema
from .messages import LoadMessage, sentence_of

RULE_FIELDS = ("id", "level", "category", "units", "dimension", "effect", "name", "text", "basis", "when",
               "except", "only_if", "suggested", "suggested_from")
DUPLICATE_IDS = ("The rule id {id} is used twice (first at line {first}).",
                 "Another rule already has the id {id}: give this rule an id of its own.")  # checks' templates


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
    rules = data.get("rules") or []
    rule_id = rules[index].get("id") if index < len(rules) and isinstance(rules[index], dict) else None
    by_field: Dict[str, List[LoadMessage]] = {}
    for item in found:
        key = "id" if _same_id_later(item, rule_id) else _field_of(item, prefix)
        by_field.setdefault(key, []).append(item)
    return by_field


def _same_id_later(item: LoadMessage, rule_id: Any) -> bool:
    """True when the message is another rule's, saying it has the edited rule's id (a later rule already had it)."""
    return (rule_id is not None and item.reason.template in DUPLICATE_IDS and item.json_path.startswith("$.rules[")
            and item.reason.values.get("id") == rule_id)


def field_message(item: LoadMessage, rule_id: str) -> str:
    """A message shown beside a field of the rule ``rule_id``: its sentence naming the rule by its id (no file, line
    or JSON path, which the form's user never sees)."""
    problem = sentence_of(item.reason)
    if not rule_id:
        return (tr("This rule: {problem}") if item.severity == "error" else
                tr("This rule, warning: {problem}")).format(problem=problem)
    return (tr("Rule {id}: {problem}") if item.severity == "error" else
            tr("Rule {id}, warning: {problem}")).format(id=rule_id, problem=problem)


def layers_named(value: Any) -> Set[str]:
    """The constraint layers the spatial conditions in ``value`` (a rule, a condition) name."""
    return {spatial["layer"] for spatial in spatial_conditions(value)}


def filters_on(value: Any, layer: str) -> List[str]:
    """The filters (``where``) the spatial conditions in ``value`` give on ``layer``."""
    return [spatial["where"] for spatial in spatial_conditions(value)
            if spatial["layer"] == layer and isinstance(spatial.get("where"), str)]


def spatial_conditions(value: Any) -> List[Dict[str, Any]]:
    """The spatial conditions in ``value`` (a rule, a condition) that name a layer, in the order written."""
    found: List[Dict[str, Any]] = []
    if isinstance(value, dict):
        spatial = value.get("spatial")
        if isinstance(spatial, dict) and isinstance(spatial.get("layer"), str):
            found.append(spatial)
        for child in value.values():
            found += spatial_conditions(child)
    elif isinstance(value, list):
        for child in value:
            found += spatial_conditions(child)
    return found


def layer_declaration(label: str, fields: Optional[Mapping[str, str]] = None) -> Dict[str, Any]:
    """A layer's declaration as the editor writes it: its Chinese label, and a Chinese label for each field given."""
    declaration: Dict[str, Any] = {"label": {"zh": label}}
    if fields:
        declaration["fields"] = field_labels(fields)
    return declaration


def field_labels(fields: Mapping[str, str]) -> Dict[str, Any]:
    """Fields' Chinese labels as a layer's ``fields:`` writes them."""
    return {name: {"zh": text} for name, text in fields.items()}


def _field_of(item: LoadMessage, prefix: str) -> str:
    """The rule field a message is about ('' when it is about another part of the file)."""
    if not item.json_path.startswith(prefix):
        return ""
    rest = item.json_path[len(prefix):]
    if rest.startswith("."):
        return rest[1:].split(".")[0].split("[")[0]
    named = str(item.reason.values.get("field", ""))
    return named if named in RULE_FIELDS else "id"
