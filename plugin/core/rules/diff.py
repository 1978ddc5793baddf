"""What changed between two rule sets: rules added, removed and changed (conditions, texts, effect…).

Rules are matched by id. Conditions are compared as built (a construction nature written 新建 or
``new`` is the same condition), so only changes of meaning count; line numbers never do.
"""

from dataclasses import dataclass
from typing import Any, Dict, List, Tuple

from .ruleset import Condition, Rule, RuleSet

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


def _aspects(rule: Rule) -> Dict[str, str]:
    """Every compared aspect of a rule as text."""
    conditions = []
    if rule.when is not None:
        conditions.append("when " + describe_condition(rule.when))
    conditions.extend("except " + describe_condition(c) for c in rule.exceptions)
    if rule.only_if is not None:
        conditions.append("only_if " + describe_condition(rule.only_if))
    scope = rule.category or ", ".join(rule.units)
    return {"level": rule.level, "dimension": rule.dimension, "effect": rule.effect, "scope": scope,
            "conditions": " | ".join(conditions), "text_zh": rule.text_zh, "text_en": rule.text_en,
            "basis": rule.basis}


def _same(old: Rule, new: Rule, aspect: str) -> bool:
    """Whether one aspect of two rules is the same (conditions compared as built, not as text)."""
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
            out.append(RuleChange(rule_id, REMOVED, ASPECTS, _joined(_aspects(before[rule_id]), ASPECTS), ""))
        elif rule_id not in before:
            out.append(RuleChange(rule_id, ADDED, ASPECTS, "", _joined(_aspects(after[rule_id]), ASPECTS)))
        else:
            changed = tuple(a for a in ASPECTS if not _same(before[rule_id], after[rule_id], a))
            if changed:
                out.append(RuleChange(rule_id, CHANGED, changed, _joined(_aspects(before[rule_id]), changed),
                                      _joined(_aspects(after[rule_id]), changed)))
    return out


def counts(changes: List[RuleChange]) -> Dict[str, Any]:
    """How many rules were added, removed and changed."""
    return {kind: sum(1 for c in changes if c.change == kind) for kind in (ADDED, REMOVED, CHANGED)}
