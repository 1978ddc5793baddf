"""Number and text formatting shared by the notes' content builders."""

from typing import Iterable, List

from ..core.model.results import Finding, Reason
from ..core.review.site_review import render_reason, separator


def number(value: float, decimals: int = 1) -> str:
    """A number with thousands separators: 12,345.6."""
    return f"{value:,.{decimals}f}"


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
