"""What changed between two rule sets: rules added, removed and changed (conditions, texts, effect…).

Rules are matched by id. Conditions are compared as built (a construction nature written 新建 or
``new`` is the same condition), so only changes of meaning count; line numbers never do. What a rule reads
from its list's declarations is part of it: the type, unit and values of the attributes its conditions name
(``conditions``), the units a category kind covers and the list's own scope (``scope``); their labels are not.
"""

import json
from dataclasses import dataclass
from typing import Any, Dict, List, Tuple

from qgis.core import QgsExpression

from .ruleset import AttributeDecl, Condition, Rule, RuleSet

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
ASPECTS: Tuple[str, ...] = ("level", "dimension", "effect", "scope", "conditions", "text_zh", "text_en", "basis")


@dataclass(frozen=True)
class RuleChange:
    """One rule added, removed or changed, with the changed aspects and their before/after in short text."""

    rule_id: str
    change: str
    aspects: Tuple[str, ...] = ()
    before: str = ""
    after: str = ""


def describe_condition(condition: Condition) -> str:
    """A condition in short, language-neutral text: ``kind(field=value, …)`` with its children inside."""
    parts = [", ".join(str(v) for v in condition.values)] if condition.values else []
    for name in ("name", "op", "relation", "where"):
        if getattr(condition, name):
            parts.append(f"{name}={getattr(condition, name)}")
    if condition.value is not None:
        parts.append(f"value={condition.value}")
    if condition.distance_m is not None:
        parts.append(f"distance_m={condition.distance_m:g}")
    parts.extend(describe_condition(child) for child in condition.children)
    return f"{condition.kind}({'; '.join(parts)})"


def _attribute_names(rule: Rule) -> List[str]:
    """The project attributes a rule's conditions read: those of attribute and flag conditions and expressions."""
    names = set()
    for node in rule.conditions():
        if node.kind in ("attribute", "flag"):
            names.add(node.name)
        elif node.kind == "expression":
            names.update(QgsExpression(str(node.value)).referencedColumns())
    return sorted(names)


def _attribute_words(name: str, decl: AttributeDecl) -> str:
    """A declared attribute as a rule reads it (type, unit and its spellings, values and theirs), labels aside."""
    parts = [decl.type, *filter(None, (decl.unit, decl.unit_zh)), *decl.unit_aliases]
    if decl.values is not None:
        parts.append("values=" + ", ".join("/".join((key, *spellings)) for key, spellings in decl.values.entries))
    return f"{name}: {' '.join(parts)}"


def _declared(rule: Rule, ruleset: RuleSet) -> Dict[str, str]:
    """What a rule reads from its list's declarations, by aspect: its attributes (conditions), its category kind
    and the list's own scope (scope)."""
    attributes = [_attribute_words(n, ruleset.attributes[n]) for n in _attribute_names(rule) if n in ruleset.attributes]
    scope = []
    kind = ruleset.kinds.get(rule.category)
    if kind is not None:
        scope.append(f"{kind.id}: {kind.parent} [{', '.join(kind.values)}]")
    if ruleset.metadata.applies_to is not None:
        scope.append("applies_to " + json.dumps(ruleset.metadata.applies_to, ensure_ascii=False, sort_keys=True,
                                                default=str))
    return {"conditions": "; ".join(attributes), "scope": "; ".join(scope)}


def _aspects(rule: Rule, ruleset: RuleSet) -> Dict[str, str]:
    """Every compared aspect of a rule as text, with what it reads from its list's declarations."""
    conditions = []
    if rule.when is not None:
        conditions.append("when " + describe_condition(rule.when))
    conditions.extend("except " + describe_condition(c) for c in rule.exceptions)
    if rule.only_if is not None:
        conditions.append("only_if " + describe_condition(rule.only_if))
    declared = _declared(rule, ruleset)
    conditions.extend(filter(None, [declared["conditions"] and "declared " + declared["conditions"]]))
    scope = " | ".join(filter(None, [rule.category or ", ".join(rule.units), declared["scope"]]))
    return {"level": rule.level, "dimension": rule.dimension, "effect": rule.effect, "scope": scope,
            "conditions": " | ".join(conditions), "text_zh": rule.text_zh, "text_en": rule.text_en,
            "basis": rule.basis}


def _same(old: Rule, new: Rule, aspect: str, declared: Tuple[Dict[str, str], Dict[str, str]]) -> bool:
    """Whether one aspect of two rules is the same (conditions compared as built, not as text; ``declared``: what
    each reads from its list's declarations)."""
    if declared[0].get(aspect, "") != declared[1].get(aspect, ""):
        return False
    if aspect == "conditions":
        return (old.when, old.exceptions, old.only_if) == (new.when, new.exceptions, new.only_if)
    if aspect == "scope":
        return (old.category, tuple(sorted(old.units))) == (new.category, tuple(sorted(new.units)))
    return getattr(old, aspect) == getattr(new, aspect)


def _joined(texts: Dict[str, str], aspects: Tuple[str, ...]) -> str:
    """The given aspects as ``aspect: text`` lines."""
    return "\n".join(f"{aspect}: {texts[aspect]}" for aspect in aspects)


def diff_rulesets(old: RuleSet, new: RuleSet) -> List[RuleChange]:
    """Every rule removed, changed or added from ``old`` to ``new``, by rule id."""
    before = {rule.id: rule for rule in old.rules}
    after = {rule.id: rule for rule in new.rules}
    out: List[RuleChange] = []
    for rule_id in sorted(set(before) | set(after)):
        if rule_id not in after:
            out.append(RuleChange(rule_id, REMOVED, ASPECTS, _joined(_aspects(before[rule_id], old), ASPECTS), ""))
        elif rule_id not in before:
            out.append(RuleChange(rule_id, ADDED, ASPECTS, "", _joined(_aspects(after[rule_id], new), ASPECTS)))
        else:
            declared = (_declared(before[rule_id], old), _declared(after[rule_id], new))
            changed = tuple(a for a in ASPECTS if not _same(before[rule_id], after[rule_id], a, declared))
            if changed:
                out.append(RuleChange(rule_id, CHANGED, changed, _joined(_aspects(before[rule_id], old), changed),
                                      _joined(_aspects(after[rule_id], new), changed)))
    return out


def counts(changes: List[RuleChange]) -> Dict[str, Any]:
    """How many rules were added, removed and changed."""
    return {kind: sum(1 for c in changes if c.change == kind) for kind in (ADDED, REMOVED, CHANGED)}
