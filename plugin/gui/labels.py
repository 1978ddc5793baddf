"""Words and icons for verdicts, statuses, dimensions and vocabularies, in the UI language.

Colours are the outputs' (core/outputs/palette.py).
"""

from typing import Dict, List, Tuple

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon

from ..core.model.verdicts import Status, Verdict
from ..core.review.labels import dimension_label, status_label, verdict_label
from ..i18n import label_in, tr, ui_language

STATUS_ICONS: Dict[Status, str] = {
    Status.CONFLICT: "/mIconCritical.svg",
    Status.NEEDS_INFO: "/mIconWarning.svg",
    Status.MANUAL_CHECK: "/mIconWarning.svg",
    Status.REQUIREMENT: "/mIconInfo.svg",
    Status.EXEMPTED: "/mIconSuccess.svg",
    Status.ALLOWED: "/mIconSuccess.svg",
    Status.NOT_APPLICABLE: "/mIconSuccess.svg",
    Status.COMPLIES: "/mIconSuccess.svg",
}
VERDICT_ICONS: Dict[Verdict, str] = {
    Verdict.COMPLIANT: "/mIconSuccess.svg",
    Verdict.NEEDS_STUDY: "/mIconWarning.svg",
    Verdict.NON_COMPLIANT: "/mIconCritical.svg",
}


def verdict_text(verdict: str) -> str:
    """The verdict in words."""
    return verdict_label(verdict)


def verdict_icon(verdict: str) -> QIcon:
    """A theme icon for a verdict."""
    return QgsApplication.getThemeIcon(VERDICT_ICONS.get(verdict, "/mIconInfo.svg"))


def status_text(status: str) -> str:
    """A finding status in words."""
    return status_label(status)


def status_icon(status: str) -> QIcon:
    """A theme icon for a finding status."""
    return QgsApplication.getThemeIcon(STATUS_ICONS.get(status, "/mIconInfo.svg"))


def dimension_text(dimension: str) -> str:
    """One of the four dimensions of an access list, in words."""
    return dimension_label(dimension)


def category_text(category: str) -> str:
    """A unit category id (priority/key/general) in words."""
    return {
        "priority": tr("Priority protection unit"),
        "key": tr("Key control unit"),
        "general": tr("General control unit"),
    }.get(category, category)


def construction_choices() -> List[Tuple[str, str]]:
    """(id, label) of every construction nature, the Chinese term kept for reference."""
    return [
        ("new", tr("New construction (新建)")),
        ("expansion", tr("Expansion (扩建)")),
        ("renovation", tr("Renovation (改建)")),
        ("relocation", tr("Relocation (迁建)")),
        ("upgrade", tr("Technical upgrade (技改)")),
    ]


def catalogue_choices() -> List[Tuple[str, str]]:
    """(id, label) of the Industrial Structure Adjustment Catalogue classes and the negative list's 禁止类."""
    return [
        ("encouraged", tr("Encouraged (鼓励类)")),
        ("restricted", tr("Restricted (限制类)")),
        ("eliminated", tr("Eliminated (淘汰类)")),
        ("prohibited", tr("Prohibited (禁止类, negative list)")),
    ]


def pick_label(label_zh: str, label_en: str, fallback: str) -> str:
    """A rule set's own label in the UI language, else the other language, else ``fallback``."""
    return label_in(label_zh, label_en, fallback, ui_language())


def area_text(area_m2: float) -> str:
    """An area in m² and hectares."""
    return tr("{m2} m² ({ha} ha)").format(m2=f"{area_m2:,.0f}", ha=f"{area_m2 / 10000:,.2f}")
