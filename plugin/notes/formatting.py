"""Number and text formatting shared by the notes' content builders."""

from typing import Iterable, List

from ..core.model.results import Finding, Reason
from ..core.review.site_review import render_reason, separator


def number(value: float, decimals: int = 1) -> str:
    """A number with thousands separators: 12,345.6."""
    return f"{value:,.{decimals}f}"


# Chinese units of declared attributes written for English notes: (factor, English unit).
ENGLISH_UNITS = {
    "万元": (1e4, "yuan"), "亿元": (1e8, "yuan"), "元": (1.0, "yuan"),
    "蒸吨/小时": (1.0, "t/h"), "吨/小时": (1.0, "t/h"), "吨/年": (1.0, "t/a"), "吨/日": (1.0, "t/d"),
    "立方米/日": (1.0, "m³/d"), "立方米/年": (1.0, "m³/a"), "公顷": (1.0, "ha"), "亩": (1.0, "mu"),
    "米": (1.0, "m"), "千米": (1.0, "km"), "公里": (1.0, "km"),
}


def quantity(value: object, unit: str, lang: str) -> str:
    """A declared attribute's value with its unit; in English a Chinese unit becomes an English one
    (20000 万元 → 200,000,000 yuan)."""
    if lang == "en" and unit in ENGLISH_UNITS and isinstance(value, (int, float)) \
            and not isinstance(value, bool):
        factor, english = ENGLISH_UNITS[unit]
        scaled = value * factor
        text = f"{scaled:,.0f}" if float(scaled).is_integer() else f"{scaled:,}"
        return f"{text} {english}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value} {unit}".strip()


def percent(fraction: float) -> str:
    """A fraction as a percentage with one decimal: 0.1234 → 12.3%."""
    return f"{fraction * 100:.1f}%"


def reasons_text(reasons: Iterable[Reason], lang: str) -> str:
    """Reasons rendered in the report language and joined with semicolons."""
    texts = [render_reason(r, lang) for r in reasons]
    return separator(lang).join(t for t in texts if t)


def finding_text(finding: Finding, lang: str) -> str:
    """The clause text in the report language, falling back to Chinese."""
    if lang == "en" and finding.text_en:
        return finding.text_en
    return finding.text_zh or finding.text_en


def joined(items: Iterable[str]) -> str:
    """Distinct items in first-seen order, comma-separated."""
    seen: List[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return ", ".join(seen)
