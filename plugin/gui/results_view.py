"""The verdict banner and the results tree: site → units → dimensions → findings.

The tree keeps the rows the user expanded and the selected row across a re-evaluation
(``tree_state``), shows long reasons whole (``wrap_delegate``), and says which finding is selected
so that the dock can show its cause on the canvas.
"""

from dataclasses import dataclass
from typing import Any, Callable, List, Optional, Tuple

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QPalette
from qgis.PyQt.QtWidgets import QHeaderView, QLabel, QMenu, QTreeWidget, QTreeWidgetItem

from ..core.model.results import Finding, UnitOverlap, UnitReview
from ..core.model.verdicts import Status
from ..core.model.vocab import DIMENSIONS, INPUTS_DIMENSION
from ..core.outputs.palette import verdict_colour
from ..core.review.labels import category_label, finding_name
from ..core.review.site_review import OUTSIDE, render_reason, separator
from ..core.times import shown_time
from ..i18n import grouped, shown_percent, tr, ui_language
from ..notes.formatting import number
from .labels import (
    area_text,
    dimension_text,
    status_icon,
    status_text,
    verdict_icon,
    verdict_text,
)
from .review_runner import LayerReview
from .tree_state import KEY_ROLE, capture, restore
from .wrap_delegate import WrapDelegate

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
FACTS_ROLE = Qt.ItemDataRole.UserRole + 2
CLAUSE_ROLE = Qt.ItemDataRole.UserRole + 3  # (site id, unit code, finding) of a finding row
FINDING_ROLE = Qt.ItemDataRole.UserRole + 5  # the SelectedFinding of a finding row
JUDGED_ICON = "/mActionToggleEditing.svg"
WARNING_ICON = "/mIconWarning.svg"


@dataclass
class SelectedFinding:
    """A finding row of the tree: the layer review it belongs to, its unit's feature id and the finding."""

    review: LayerReview
    fid: int
    finding: Finding


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


def overlap_area(area_m2: float, decimals: int = 1) -> str:
    """An overlap as people read it, never rounded to look like none: in m² below a hectare (as the notes write
    them, ``decimals`` places; less than their last place as ``<0.1``), in hectares with two decimals from one."""
    if area_m2 >= 10000.0:
        return tr("{area} ha").format(area=number(area_m2 / 10000.0, 2))
    smallest = 10.0 ** -decimals
    shown = f"<{smallest:.{decimals}f}" if 0 < area_m2 < smallest / 2 else number(area_m2, decimals)
    return tr("{area} m²").format(area=shown)


def finding_text(finding: Finding) -> str:
    """A finding in one line: status, rule (or the unit's own text), and who judged it when."""
    if finding.effect == "text" and ":" in finding.rule_id:
        text = tr("{status}: the unit's own requirement text").format(status=status_text(finding.status))
    else:
        text = tr("{status}: {rule}").format(status=status_text(finding.status), rule=finding_name(finding, None))
    judged = finding.judgement
    if judged is None:
        return text
    return tr("{finding} — judged by {reviewer}, {time}").format(
        finding=text, reviewer=judged.reviewer or tr("(no reviewer set)"), time=shown_time(judged.time))


def source_text(finding: Finding) -> str:
    """The access list a finding's clause comes from ('' for the unit layer's own text and the inputs)."""
    source = finding.source
    if source is None:
        return ""
    title = source.title_en if source.title_en and ui_language() == "en" else source.title_zh
    return tr("Access list: {title} ({authority}, version {version})").format(
        title=title, authority=source.authority or "—", version=source.version or "—")


def data_warnings(review: LayerReview) -> List[str]:
    """A layer review's data warnings in the UI language, worded for people as the notes word them, each once."""
    texts = (render_reason(warning, for_people=True) for warning in review.overlay.warnings)
    return list(dict.fromkeys(text for text in texts if text))


def finding_reason(finding: Finding) -> str:
    """The reasons of a finding as words (each missing value is named there by its label)."""
    return separator().join(w for w in (render_reason(r, for_people=True) for r in finding.reasons) if w)


class ResultsTree(QTreeWidget):
    """Shows reviews; clicking a unit (or anything under it) emits ``unitActivated``."""

    unitActivated = pyqtSignal(object, int)
    judgeRequested = pyqtSignal(object)  # (site id, unit code, finding)
    findingSelected = pyqtSignal(object)  # the SelectedFinding of the selected row, or None
    unjudgeRequested = pyqtSignal(object)  # (site id, unit code, finding) of a clause with a judgement kept

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_results")
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(WrapDelegate(self))
        self.restoring = False  # True while a rebuild puts the selection back
        self.kept = None  # the rows' state while the tree is empty for a new review of the site
        self.selected_now = False  # the selection changed since the last click
        self.itemClicked.connect(self._clicked)
        self.itemSelectionChanged.connect(self._selection_changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.units: List[Tuple[QTreeWidgetItem, object, int]] = []
        # the judgement kept for a clause (site id, unit code, finding), applied or not; the dock asks its runner
        self.judgement_of: Callable[[tuple], Any] = lambda clause: clause[2].judgement

    def show_reviews(self, site_label: str, site_area: float, reviews: List[LayerReview]) -> None:
        """Rebuild the tree for these reviews, keeping the rows expanded and selected before."""
        state = capture(self) if self.topLevelItemCount() else self.kept
        self.kept = None
        self.blockSignals(True)  # the old selection goes without a word: the restored one is told below
        self.clear()
        self.blockSignals(False)
        self.units = []
        root = QTreeWidgetItem(self, [tr("{site} — {area}").format(site=site_label, area=area_text(site_area))])
        root.setData(0, KIND_ROLE, "site")
        root.setData(0, KEY_ROLE, "site")
        for review in reviews:
            parent = root
            if len(reviews) > 1:
                parent = QTreeWidgetItem(root, [review.target.layer.name()])
                parent.setData(0, KIND_ROLE, "layer")
                parent.setData(0, KEY_ROLE, review.target.layer.id())
            self._warnings_item(parent, review)
            for unit in review.review.units:
                self._unit_item(parent, review, unit)
            if not review.review.units:
                words = [render_reason(r) for r in review.review.reasons[:1]]
                self._leaf(parent, " ".join(words), "none")
            self._touches_item(parent, review)
            for reason in (r for r in review.review.reasons if r.template in OUTSIDE):
                self._leaf(parent, render_reason(reason), "outside")
        self.expandToDepth(1)
        self._restore(state)

    def _restore(self, state) -> None:
        """Put back the expanded rows and the selection (telling the dock once, as restored)."""
        if state is None:
            return
        self.restoring = True
        try:
            if restore(self, state) is None:
                self.findingSelected.emit(None)
        finally:
            self.restoring = self.selected_now = False

    def clear_keeping_state(self) -> None:
        """Empty the tree while the site is reviewed again; the next reviews get its rows' state back."""
        if self.topLevelItemCount():
            self.kept = capture(self)
        self.clear()

    def drop_selection(self) -> None:
        """Unselect the finding without a word, also in the kept state: its cause is shown again only when
        the user chooses a finding again."""
        self.blockSignals(True)
        self.clearSelection()
        self.setCurrentItem(None)
        self.blockSignals(False)
        if self.kept is not None:
            self.kept.selected = None

    def forget(self) -> None:
        """Empty the tree and forget its rows' state (no site any more)."""
        self.kept = None
        self.clear()

    def _selection_changed(self) -> None:
        self.selected_now = True
        items = self.selectedItems()
        self.findingSelected.emit(self.finding_of(items[0]) if items else None)

    @staticmethod
    def finding_of(item: Optional[QTreeWidgetItem]) -> Optional[SelectedFinding]:
        """The finding a row shows (or lies under), or None."""
        while item is not None:
            found = item.data(0, FINDING_ROLE)
            if found is not None:
                return found
            item = item.parent()
        return None

    @staticmethod
    def _leaf(parent: QTreeWidgetItem, text: str, kind: str) -> QTreeWidgetItem:
        """A row of words shown whole: wrapped, and in full in its tooltip."""
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, KEY_ROLE, kind)
        item.setToolTip(0, text)
        return item

    def resizeEvent(self, event) -> None:
        """Wrap the rows again for the new width."""
        super().resizeEvent(event)
        self.doItemsLayout()

    def _warnings_item(self, parent: QTreeWidgetItem, review: LayerReview) -> None:
        """The overlay's data warnings (a ballpark datum offset, a unit repaired, an ellipsoid replaced, a layer's
        filter…) as the notes word them, first and open: they bear on how far every row below can be trusted."""
        texts = data_warnings(review)
        if not texts:
            return
        group = self._leaf(parent, tr("Data-quality warnings ({count})").format(count=grouped(len(texts))),
                           "warnings")
        group.setToolTip(0, tr("What the review found wrong or uncertain in the data it used (also in the notes): "
                               "the result holds only as far as these allow."))
        group.setIcon(0, QgsApplication.getThemeIcon(WARNING_ICON))
        for text in texts:
            item = self._leaf(group, text, "warning")
            item.setData(0, KEY_ROLE, f"warning:{text}")
        group.setExpanded(True)

    def _touches_item(self, parent: QTreeWidgetItem, review: LayerReview) -> None:
        """The units the site only touches (overlaps below the tolerance) in the notes' words, greyed: not reviewed."""
        touches = sorted(review.review.overlay.touches, key=lambda u: (u.code, u.fid))
        if not touches:
            return
        group = self._leaf(parent, tr("Boundary touches (overlap below the tolerance; not reviewed):"), "touches")
        font = group.font(0)
        font.setItalic(True)
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for item in [group] + [self._touch_item(group, unit, review) for unit in touches]:
            item.setFont(0, font)
            item.setForeground(0, muted)

    def _touch_item(self, group: QTreeWidgetItem, unit: UnitOverlap, review: LayerReview) -> QTreeWidgetItem:
        """A touched unit: code and name, category and the area it shares with the site."""
        text = tr("{unit} · {category} · {area}").format(
            unit=f"{unit.code} {unit.name}".strip(), area=overlap_area(unit.overlap_m2, 2),
            category=category_label(unit.category, None, review.target.ruleset.kinds))
        item = self._leaf(group, text, "touch")
        item.setData(0, KEY_ROLE, f"touch:{unit.code}:{unit.fid}")
        return item

    def _unit_item(self, parent: QTreeWidgetItem, review: LayerReview, unit: UnitReview) -> None:
        overlap = unit.overlap
        label = f"{overlap.code} {overlap.name}".strip()
        category = category_label(overlap.category, None, review.target.ruleset.kinds)
        facts = {"code": overlap.code, "name": overlap.name, "category": category,
                 "area_m2": overlap.overlap_m2, "percent": overlap.site_fraction * 100}
        line = tr("{category} · {area} · {percent}% of the site").format(
            category=facts["category"], area=overlap_area(overlap.overlap_m2),
            percent=shown_percent(overlap.site_fraction))
        item = QTreeWidgetItem(parent, [label])
        item.setData(0, KEY_ROLE, f"unit:{overlap.code}:{overlap.fid}")
        self._leaf(item, line, "facts")
        item.setIcon(0, verdict_icon(unit.verdict))
        item.setToolTip(0, tr("{unit}: {verdict}").format(unit=label, verdict=verdict_text(unit.verdict)))
        item.setData(0, KIND_ROLE, "unit")
        item.setData(0, FACTS_ROLE, facts)
        self.units.append((item, review.target.layer, overlap.fid))
        for dimension in (*DIMENSIONS, INPUTS_DIMENSION):  # then what the review could not use
            findings = [f for f in unit.findings if f.dimension == dimension
                        and (f.status != Status.NOT_APPLICABLE or f.judgement is not None)]
            if findings:
                self._dimension_item(item, dimension, findings, (review.review.site_id, overlap.code),
                                     (review, overlap.fid))

    def _dimension_item(self, parent: QTreeWidgetItem, dimension: str, findings: List[Finding], clause: tuple,
                        origin: tuple) -> None:
        group = QTreeWidgetItem(parent, [tr("{dimension} ({count})").format(
            dimension=dimension_text(dimension), count=len(findings))])
        group.setData(0, KEY_ROLE, dimension)
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
            child.setData(0, KEY_ROLE, f"rule:{finding.rule_id}")
            child.setData(0, FINDING_ROLE, SelectedFinding(*origin, finding))
            reason = finding_reason(finding)
            text = finding.text_en if finding.text_en and ui_language() == "en" else finding.text_zh
            self._leaf(child, reason, "reason")
            if text:
                self._leaf(child, text, "text")
            source = source_text(finding)
            if source:
                self._leaf(child, source, "source")
            child.setToolTip(0, "\n".join(t for t in (text, reason, source) if t))
            if finding.decisive:
                font = child.font(0)
                font.setBold(True)
                child.setFont(0, font)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """A unit's own rows zoom to it; a finding's rows show its cause (through the selection, or
        again when the row clicked was already selected)."""
        found, finding = self.unit_of(item), self.finding_of(item)
        if found is not None and finding is None:
            self.unitActivated.emit(*found)
        elif finding is not None and not self.selected_now:
            self.findingSelected.emit(finding)
        self.selected_now = False

    def _menu(self, point) -> None:
        """Right-click on a clause: judge it, or remove its judgement (applied or not)."""
        item = self.itemAt(point)
        clause = item.data(0, CLAUSE_ROLE) if item is not None else None
        if clause is None:
            return
        menu = QMenu(self)
        action = menu.addAction(QgsApplication.getThemeIcon(JUDGED_ICON), tr("Judge this clause…"))
        remove = None
        if self.judgement_of(clause) is not None:
            remove = menu.addAction(QgsApplication.getThemeIcon("/mActionDeleteSelected.svg"),
                                    tr("Remove the judgement"))
        chosen = menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()
        if chosen is action:  # after the menu has closed: judging rebuilds this tree
            self.judgeRequested.emit(clause)
        elif chosen is not None and chosen is remove:
            self.unjudgeRequested.emit(clause)

    def unit_of(self, item: Optional[QTreeWidgetItem]):
        """(layer, fid) of the unit an item belongs to, or None."""
        while item is not None:
            for unit_item, layer, fid in self.units:
                if unit_item is item:
                    return layer, fid
            item = item.parent()
        return None
