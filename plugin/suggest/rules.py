"""Suggestions for a whole rule set: a ``suggested:`` marker on each text-only rule, applied only when accepted."""

import copy
from typing import Any, Dict, Mapping, Optional

from .context import Context, make_context, scope_of
from .suggester import suggest_in

MARKER = "suggested"
CONDITION_FIELDS = ("when", "except", "only_if")


def is_text_only(rule: Mapping[str, Any]) -> bool:
    """True for a rule that is only text: effect text and no condition of any kind."""
    return rule.get("effect") == "text" and not any(key in rule for key in CONDITION_FIELDS)


def suggest_ruleset(document: Mapping[str, Any], accept: bool = False, lang: Optional[str] = None) -> Dict[str, Any]:
    """A copy of a rule set with suggestions marked on text-only rules (a marker present is kept), or applied."""
    result = copy.deepcopy(dict(document))
    ctx = make_context(result.get("attributes"), result.get("layers"))
    rules = result.get("rules") or []
    for index, rule in enumerate(rules):
        marker = marker_for(rule, result, lang, ctx)
        if marker is not None:
            rules[index] = accepted(rule, marker) if accept else dict(rule, **{MARKER: marker})
    return result


def marker_for(rule: Mapping[str, Any], document: Mapping[str, Any], lang: Optional[str] = None,
               ctx: Optional[Context] = None) -> Optional[Dict[str, Any]]:
    """The suggestion of a text-only rule as its ``suggested:`` mapping: the one in the file, else a new one."""
    if not is_text_only(rule):
        return None
    if rule.get(MARKER) is not None:
        return copy.deepcopy(dict(rule[MARKER]))
    ctx = ctx or make_context(document.get("attributes"), document.get("layers"))
    text = rule.get("text") or {}
    found = suggest_in(ctx, text.get("zh", ""), text.get("en", ""), lang, scope_of(rule, document.get("kinds")))
    return found.marker(text.get(found.lang, "")) if found is not None else None


def accepted(rule: Mapping[str, Any], marker: Mapping[str, Any]) -> Dict[str, Any]:
    """The rule with a suggestion applied: its effect and conditions in place, suggested_from recording the text."""
    out: Dict[str, Any] = {}
    for key, value in rule.items():
        if key == MARKER:
            continue
        out[key] = marker["effect"] if key == "effect" else value
        if key == "effect":
            out.update({k: copy.deepcopy(marker[k]) for k in CONDITION_FIELDS if k in marker})
    out["suggested_from"] = marker["suggested_from"]
    return out
