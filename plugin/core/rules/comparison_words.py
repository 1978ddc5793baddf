"""A rule's comparison in words, as review documents write a requirement (at least 30,000 t/h, 不低于 30,000 蒸吨/小时;
yes, 是; one of a, b, 为 a、b 之一), never in a program's operators (>=, ==, !=); the stored reason keeps ``op``."""

from typing import Any, Dict, Optional, Tuple

from ...i18n import tr, tr_template
from ...typeset import filled
from .values import as_bool, kind_of

WITH_UNIT = "{attribute} is {value} {unit}; rule: {op} {limit}"
WITHOUT_UNIT = "{attribute} is {value}; rule: {op} {limit}"  # an attribute that declares no unit
UNIT_ATTRIBUTE = "unit attribute {field} is {value}; rule: {op} {limit}"
# The stored templates (findings_json keeps them, with op and limit) → the sentences people read.
SHOWN = {
    WITH_UNIT: "{attribute} is {value} {unit}; rule: {requirement}",
    WITHOUT_UNIT: "{attribute} is {value}; rule: {requirement}",
    UNIT_ATTRIBUTE: "unit attribute {field} is {value}; rule: {requirement}",
}
NUMBER_WORDS = {"<": "less than {limit}", "<=": "at most {limit}", ">": "more than {limit}",
                ">=": "at least {limit}", "==": "equal to {limit}", "!=": "other than {limit}"}
AMOUNT_WORDS = {"<": "less than {limit} {unit}", "<=": "at most {limit} {unit}", ">": "more than {limit} {unit}",
                ">=": "at least {limit} {unit}", "==": "equal to {limit} {unit}", "!=": "other than {limit} {unit}"}
TEXT_WORDS = {"==": "{limit}", "!=": "not {limit}", "in": "one of {limit}"}
OPERATOR_WORDS = {"<": "less than", "<=": "at most", ">": "more than", ">=": "at least", "==": "equal to",
                  "!=": "other than", "in": "one of"}


def limit_kind(limit: Any, unit_field: bool = False) -> str:
    """How a rule's stored value reads: "yes_no", "number" or "text"; a unit field's text by what it compares as
    (a yes/no word as yes/no, a plain number as a number, a code or a word as text)."""
    if isinstance(limit, bool):
        return "yes_no"
    if isinstance(limit, (int, float)):
        return "number"
    if unit_field and isinstance(limit, str):
        kind = kind_of(limit)
        return {"boolean": "yes_no", "number": "number"}.get(kind, "text")
    return "text"


def requirement(op: str, kind: str, limit: Any, lang: Optional[str] = None, unit: Any = None) -> Optional[str]:
    """The requirement in words in ``lang`` (the UI language when None): ``limit`` and ``unit`` as already shown;
    None for an operator the kind has no words for (the loader refuses it)."""
    if kind == "yes_no":
        wanted = as_bool(limit)
        if wanted is None or op not in ("==", "!="):
            return None
        return tr("yes", lang) if wanted == (op == "==") else tr("no", lang)
    if kind == "number":
        phrase = (AMOUNT_WORDS if unit not in (None, "") else NUMBER_WORDS).get(op)
    else:
        phrase = TEXT_WORDS.get(op)
    if phrase is None:
        return None
    return filled(tr_template(phrase, lang), {"limit": limit, "unit": unit}, lang, ("limit",))  # 为化工、石化之一


def shown_comparison(template: str, stored: Dict[str, Any], shown: Dict[str, Any],
                     lang: Optional[str]) -> Tuple[str, Dict[str, Any]]:
    """A stored comparison reason's template and values as people read it: ``{op} {limit}`` as the requirement in
    words, a yes/no value as yes or no in ``lang`` (a unit's 是 or Y compared with a yes/no rule too); ``stored`` are
    the reason's values, ``shown`` the same already worded."""
    kind = limit_kind(stored.get("limit"), template == UNIT_ATTRIBUTE)
    words = requirement(str(stored.get("op")), kind, shown.get("limit"), lang, shown.get("unit"))
    if words is None:
        return template, shown
    values = dict(shown, requirement=words)
    said = _yes_no(stored.get("value"), kind)
    if said is not None:
        values["value"] = tr("yes", lang) if said else tr("no", lang)
    return SHOWN[template], values


def _yes_no(value: Any, kind: str) -> Optional[bool]:
    """A compared value as yes or no: a stored yes/no, or a unit's value in a known yes/no spelling (是/否, Y/N…)
    compared with a yes/no rule; None for anything else, which is then shown as the data write it."""
    if isinstance(value, bool):
        return value
    return as_bool(value) if kind == "yes_no" and isinstance(value, str) else None


def operator_words(op: str) -> str:
    """An operator as the rule editor's choice names it (at least, one of…), in the UI language."""
    return tr_template(OPERATOR_WORDS[op]) if op in OPERATOR_WORDS else op


def reason_templates() -> list:
    """Every sentence and phrase of this module, for the string extractor."""
    return [
        tr("{attribute} is {value} {unit}; rule: {op} {limit}"),
        tr("{attribute} is {value}; rule: {op} {limit}"),
        tr("unit attribute {field} is {value}; rule: {op} {limit}"),
        tr("{attribute} is {value} {unit}; rule: {requirement}"),
        tr("{attribute} is {value}; rule: {requirement}"),
        tr("unit attribute {field} is {value}; rule: {requirement}"),
        tr("less than {limit}"), tr("at most {limit}"), tr("more than {limit}"), tr("at least {limit}"),
        tr("equal to {limit}"), tr("other than {limit}"),
        tr("less than {limit} {unit}"), tr("at most {limit} {unit}"), tr("more than {limit} {unit}"),
        tr("at least {limit} {unit}"), tr("equal to {limit} {unit}"), tr("other than {limit} {unit}"),
        tr("{limit}"), tr("not {limit}"), tr("one of {limit}"),
        tr("less than"), tr("at most"), tr("more than"), tr("at least"), tr("equal to"), tr("other than"),
        tr("one of"),
    ]
