"""Number and text formatting shared by the notes' content builders."""

from typing import Iterable, List

from ..core.coordinates.crs_names import ellipsoid_label
from ..core.model.results import Finding, Reason, Words
from ..core.overlay.measure import ellipsoid_name
from ..core.review.site_review import render_reason, separator
from ..i18n import grouped, list_separator, shown_percent, tr


def number(value: float, decimals: int = 1) -> str:
    """A number with thousands separators: 12,345.6."""
    return f"{value:,.{decimals}f}"


def small_number(value: float, decimals: int = 1) -> str:
    """A small area as ``number`` writes it, but never rounded to look like none: 0.004 → <0.1 (``decimals`` 1)."""
    smallest = 10.0 ** -decimals
    return f"<{smallest:.{decimals}f}" if 0 < value < smallest / 2 else number(value, decimals)


def quantity(value: object, unit: Words, lang: str) -> str:
    """A declared attribute's value with its declared unit in the notes' language, a number with a unit with thousands
    separators in either language (English: 50,000 (10,000 yuan); Chinese: 50,000 万元), a number without one (a year,
    a count) and any other value as given."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    written = unit.en if lang == "en" else unit.zh
    return f"{grouped(value) if written.strip() else value} {written}".strip()


def ellipsoid_text(acronym: str, lang: str) -> str:
    """The ellipsoid areas were measured on, by its name and id ('—' for none)."""
    return ellipsoid_label(acronym, ellipsoid_name(acronym), lang) if acronym else "—"


def bracketed(text: str, lang: str) -> str:
    """`` (text)`` after English words, ``（text）`` (full-width, no space) after Chinese."""
    return f" ({text})" if lang == "en" else f"（{text}）"


def percent(fraction: float) -> str:
    """A fraction as a percentage with one decimal (``shown_percent``): 0.1234 → 12.3%, 0.0003 → <0.1%."""
    return f"{shown_percent(fraction)}%"


def reasons_text(reasons: Iterable[Reason], lang: str, for_people: bool = True) -> str:
    """Reasons rendered in the report language and joined with semicolons; stored times as people read them,
    unless ``for_people`` is False (the findings table, a data output, keeps them ISO and the codes as written);
    Chinese typeset either way."""
    texts = [render_reason(r, lang, for_people=for_people) for r in reasons]
    return separator(lang).join(t for t in texts if t)


def finding_text(finding: Finding, lang: str) -> str:
    """The clause text in the report language, falling back to Chinese."""
    if lang == "en" and finding.text_en:
        return finding.text_en
    return finding.text_zh or finding.text_en


def joined(items: Iterable[str], lang: str) -> str:
    """Distinct items in first-seen order, listed as ``lang`` lists them (、 in Chinese)."""
    seen: List[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return list_separator(lang).join(seen)


def label_separator(lang: str) -> str:
    """What stands between a label and its text in ``lang`` (a full-width colon in Chinese)."""
    return tr(": ", lang)
