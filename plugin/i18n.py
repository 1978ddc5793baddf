"""Translation: tr() for user-visible strings, the UI language, and per-language lookup for notes.

Every call site passes a literal: ``tr("Unit layer")`` or, for text in a chosen report
language, ``tr("Conclusion", lang)``. Format after translating.
"""

import os
from typing import Any, Dict, List, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CONTEXT = "@default"
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "i18n")
_translators: Dict[str, Optional[QTranslator]] = {}
_separators: Dict[str, str] = {}


def qm_path(lang: str) -> str:
    """Path of the compiled catalogue for a language."""
    return os.path.join(I18N_DIR, f"zoning_review_{lang}.qm")


def normalise_language(code: Optional[str]) -> str:
    """Map a locale name (zh-Hans, zh_CN, zh, en_US…) to 'zh' or 'en'."""
    text = (code or "").strip().lower().replace("-", "_")
    return "zh" if text.startswith("zh") else "en"


def ui_language() -> str:
    """The QGIS user interface language (QGIS's own choice: its override, else the system's), as 'zh' or 'en'."""
    return normalise_language(QgsApplication.locale())


def translator(lang: str) -> Optional[QTranslator]:
    """The loaded translator for a language, or None when it has no catalogue (looked up once)."""
    if lang == "en":
        return None
    if lang not in _translators:
        candidate = QTranslator()
        _translators[lang] = candidate if candidate.load(qm_path(lang)) else None
    return _translators[lang]


def tr(text: str, lang: Optional[str] = None) -> str:
    """Translate a literal into the UI language, or into ``lang`` when given ('zh'/'en')."""
    return tr_template(text, lang)


def tr_template(template: str, lang: Optional[str] = None) -> str:
    """Translate a stored message template (extracted elsewhere through a tr() literal)."""
    if lang is None:
        return QCoreApplication.translate(CONTEXT, template)
    found = translator(lang)
    if found is None:
        return template
    return found.translate(CONTEXT, template.encode("utf-8")) or template


def list_separator(lang: Optional[str] = None) -> str:
    """The separator of listed items in ``lang`` or the UI language (an enumeration comma 、 in Chinese)."""
    if lang is None:
        return tr_template(", ")
    found = _separators.get(lang)
    if found is None:
        found = tr_template(", ", lang)  # extracted through tr(", ") in core/review/site_review.reason_templates()
        if lang == "en" or found != ", ":
            _separators[lang] = found
    return found


def sentences(parts: List[str]) -> str:
    """Translated sentences (or a note in brackets) as one text: a space between them, none after a full-width end
    (。！？；) nor before a full-width opening bracket (（), as Chinese writes them."""
    out = ""
    for part in parts:
        out += part if not out or out.endswith(("。", "！", "？", "；")) or part.startswith("（") else f" {part}"
    return out


def shown_percent(fraction: float) -> str:
    """A share as people read it, one decimal, never rounded to look like none or all of it: 0.0003 → <0.1,
    0.9996 → >99.9, 0.1234 → 12.3 (no percent sign)."""
    value = fraction * 100
    if 0 < value < 0.05:
        return "<0.1"
    if 99.95 <= value < 100:
        return ">99.9"
    return f"{value:.1f}"


def grouped(value: Any) -> Any:
    """A number with thousands separators and its decimals as given (7024 → 7,024; 1234.5 → 1,234.5), in either
    language; anything else (text, yes/no) as it is."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format(value, ",")
    return value


def label_in(zh: str, en: str, name: str, lang: str) -> str:
    """A rule set's own label (a layer's, an attribute's) in ``lang``, else in the other language, else ``name``."""
    first, second = (en, zh) if lang == "en" else (zh, en)
    return first or second or name
