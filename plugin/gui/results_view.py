"""The verdict banner and the results tree: site → units → dimensions → findings."""

from typing import List, Optional, Tuple

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHeaderView, QLabel, QMenu, QTreeWidget, QTreeWidgetItem

from ..core.model.results import Finding, UnitReview
from ..core.model.verdicts import Status
from ..core.model.vocab import DIMENSIONS
from ..core.outputs.palette import verdict_colour
from ..core.review.site_review import render_reason
from ..i18n import tr, ui_language
from .labels import (
    area_text,
    category_text,
    dimension_text,
    pick_label,
    status_icon,
    status_text,
    verdict_icon,
    verdict_text,
)
from .review_runner import LayerReview

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
FACTS_ROLE = Qt.ItemDataRole.UserRole + 2
CLAUSE_ROLE = Qt.ItemDataRole.UserRole + 3  # (site id, unit code, finding) of a finding row
JUDGED_ICON = "/mActionToggleEditing.svg"


class VerdictBanner(QLabel):
    """The overall verdict in words, on its colour."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_verdict")
        self.setWordWrap(True)
        self.setMargin(6)
        self.verdict = ""
        self.show_text(tr("No site reviewed yet."), "")

    def show_verdict(self, verdict: str, detail: str = "") -> None:
        """Show a verdict; ``detail`` is a second line in smaller print."""
        text = tr("Verdict: {verdict}").format(verdict=verdict_text(verdict))
        self.verdict = verdict
        self.show_text(f"<b>{text}</b>" + (f"<br><small>{detail}</small>" if detail else ""), verdict)

    def show_text(self, text: str, verdict: str) -> None:
        """Any message; coloured when ``verdict`` is given, neutral otherwise."""
        self.verdict = verdict
        self.setText(text)
        if verdict:
            self.setStyleSheet(f"QLabel {{ background: {verdict_colour(verdict).name()}; color: white;"
                               " border-radius: 3px; }")
        else:
            self.setStyleSheet("QLabel { background: palette(alternate-base); border-radius: 3px; }")


def hectares(area_m2: float) -> str:
    """An area in hectares, two decimals."""
    return f"{area_m2 / 10000:,.2f}"


def finding_text(finding: Finding) -> str:
    """A finding in one line: status, rule (or the unit's own text), and who judged it when."""
    if finding.effect == "text" and ":" in finding.rule_id:
        text = tr("{status}: the unit's own requirement text").format(status=status_text(finding.status))
    else:
        text = tr("{status}: {rule}").format(status=status_text(finding.status), rule=finding.rule_id)
    judged = finding.judgement
    if judged is None:
        return text
    return tr("{finding} — judged by {reviewer}, {time}").format(
        finding=text, reviewer=judged.reviewer or tr("(no reviewer set)"), time=judged.time)


def finding_reason(finding: Finding) -> str:
    """The reasons of a finding as words (each missing value is named there by its label)."""
    return "; ".join(w for w in (render_reason(r) for r in finding.reasons) if w)


class ResultsTree(QTreeWidget):
    """Shows reviews; clicking a unit (or anything under it) emits ``unitActivated``."""

    unitActivated = pyqtSignal(object, int)
    judgeRequested = pyqtSignal(object)  # (site id, unit code, finding)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_results")
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.itemClicked.connect(self._clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.units: List[Tuple[QTreeWidgetItem, object, int]] = []

    def show_reviews(self, site_label: str, site_area: float, reviews: List[LayerReview]) -> None:
        """Rebuild the tree for these reviews."""
        self.clear()
        self.units = []
        root = QTreeWidgetItem(self, [tr("{site} — {area}").format(site=site_label, area=area_text(site_area))])
        root.setData(0, KIND_ROLE, "site")
        for review in reviews:
            parent = root
            if len(reviews) > 1:
                parent = QTreeWidgetItem(root, [review.target.layer.name()])
                parent.setData(0, KIND_ROLE, "layer")
            for unit in review.review.units:
                self._unit_item(parent, review, unit)
            if not review.review.units:
                QTreeWidgetItem(parent, [render_reason(r) for r in review.review.reasons[:1]])
        self.expandToDepth(1)

    def _unit_item(self, parent: QTreeWidgetItem, review: LayerReview, unit: UnitReview) -> None:
        overlap = unit.overlap
        label = f"{overlap.code} {overlap.name}".strip()
        kind = review.target.ruleset.kinds.get(unit.category_id)
        category = pick_label(kind.label_zh, kind.label_en, kind.id) if kind else category_text(unit.category_id)
        facts = {"code": overlap.code, "name": overlap.name, "category": category or overlap.category,
                 "area_m2": overlap.overlap_m2, "percent": overlap.site_fraction * 100}
        line = tr("{category} · {area} ha · {percent}% of the site").format(
            category=facts["category"], area=hectares(overlap.overlap_m2), percent=f"{facts['percent']:.1f}")
        item = QTreeWidgetItem(parent, [label])
        QTreeWidgetItem(item, [line]).setData(0, KIND_ROLE, "facts")
        item.setIcon(0, verdict_icon(unit.verdict))
        item.setToolTip(0, tr("{unit}: {verdict}").format(unit=label, verdict=verdict_text(unit.verdict)))
        item.setData(0, KIND_ROLE, "unit")
        item.setData(0, FACTS_ROLE, facts)
        self.units.append((item, review.target.layer, overlap.fid))
        for dimension in DIMENSIONS:
            findings = [f for f in unit.findings if f.dimension == dimension
                        and (f.status != Status.NOT_APPLICABLE or f.judgement is not None)]
            if findings:
                self._dimension_item(item, dimension, findings, (review.review.site_id, overlap.code))

    @staticmethod
    def _dimension_item(parent: QTreeWidgetItem, dimension: str, findings: List[Finding], clause: tuple) -> None:
        group = QTreeWidgetItem(parent, [tr("{dimension} ({count})").format(
            dimension=dimension_text(dimension), count=len(findings))])
        worst = next((s for s in (Status.CONFLICT, Status.NEEDS_INFO, Status.MANUAL_CHECK)
                      if any(f.status == s for f in findings)), Status.ALLOWED)
        group.setIcon(0, status_icon(worst))
        group.setData(0, KIND_ROLE, "dimension")
        for finding in findings:
            child = QTreeWidgetItem(group, [finding_text(finding)])
            judged = finding.judgement is not None
            child.setIcon(0, QgsApplication.getThemeIcon(JUDGED_ICON) if judged else status_icon(finding.status))
            child.setData(0, KIND_ROLE, "judged" if judged else "finding")
            child.setData(0, CLAUSE_ROLE, (*clause, finding))
            reason = finding_reason(finding)
            text = finding.text_en if finding.text_en and ui_language() == "en" else finding.text_zh
            QTreeWidgetItem(child, [reason]).setData(0, KIND_ROLE, "reason")
            if text:
                QTreeWidgetItem(child, [text]).setData(0, KIND_ROLE, "text")
            child.setToolTip(0, "\n".join(t for t in (text, reason) if t))
            if finding.decisive:
                font = child.font(0)
                font.setBold(True)
                child.setFont(0, font)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        found = self.unit_of(item)
        if found is not None:
            self.unitActivated.emit(*found)

    def _menu(self, point) -> None:
        """Right-click on a clause: judge it."""
        item = self.itemAt(point)
        clause = item.data(0, CLAUSE_ROLE) if item is not None else None
        if clause is None:
            return
        menu = QMenu(self)
        action = menu.addAction(QgsApplication.getThemeIcon(JUDGED_ICON), tr("Judge this clause…"))
        chosen = menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()
        if chosen is action:  # after the menu has closed: judging rebuilds this tree
            self.judgeRequested.emit(clause)

    def unit_of(self, item: Optional[QTreeWidgetItem]):
        """(layer, fid) of the unit an item belongs to, or None."""
        while item is not None:
            for unit_item, layer, fid in self.units:
                if unit_item is item:
                    return layer, fid
            item = item.parent()
        return None
