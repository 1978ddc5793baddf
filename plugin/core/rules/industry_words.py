"""An industry condition's reasons as people read them: a GB/T 4754-2017 section named by its letter and title as the
table gives it (C（制造业）, C (Manufacturing)), never by its letter alone; the stored values keep the codes."""

from typing import Any, Dict

from ..model.results import Listed
from .gbt4754 import table

MATCHES = "industry {industry} matches {code}"
LESS_SPECIFIC = "industry {industry} is less specific than {codes}"
NO_MATCH = "industry {industry} does not match {codes}"
REASONS = (MATCHES, LESS_SPECIFIC, NO_MATCH)  # their codes (industry, code, codes) named by ``named_sections``


def section_label(code: Any, lang: str) -> Any:
    """A code as a reason names it: a section by its letter and title (C（制造业）, C (Manufacturing) in English);
    any other code (a division, group or class, or a value not in the table) as given."""
    entry = table().get(code) if isinstance(code, str) else None
    if entry is None or entry.level != "section":
        return code
    return f"{code} ({entry.name_en})" if lang == "en" else f"{code}（{entry.name_zh}）"


def named_sections(stored: Dict[str, Any], values: Dict[str, Any], lang: str, separator: str) -> Dict[str, Any]:
    """The placeholder values of an industry reason (``values``, as rendered) with its sections named: the project's
    industry, the rule's code, the rule's codes (``stored`` as a Listed, joined by ``separator``)."""
    named = dict(values)
    for key in ("industry", "code"):
        if key in stored:
            named[key] = section_label(stored[key], lang)
    codes = stored.get("codes")
    if isinstance(codes, Listed):
        named["codes"] = separator.join(str(section_label(code, lang)) for code in codes.items)
    return named
