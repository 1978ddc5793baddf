"""A register entry shown read-only in the panel: the review as recorded, not as the current rules see it."""

from typing import Callable, Dict, List

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..core.outputs.register_records import RegisterRecord
from ..core.review.judgements import UNMATCHED_WHY, Judgement, NotApplied
from ..core.review.labels import bilingual, clause_name, judgement_label, not_applied_reason
from ..core.times import shown_time
from ..i18n import tr, ui_language
from .labels import construction_choices, status_icon, status_text
from .results_view import VerdictBanner


def provenance_labels() -> Dict[str, str]:
    """The provenance columns' labels, translated."""
    return {"saved_at": tr("Saved at"), "reviewer": tr("Reviewer"), "ruleset_id": tr("Rule set"),
            "ruleset_version": tr("Rule-set version"), "ruleset_sha256": tr("Rule-set SHA-256"),
            "unit_layer_source": tr("Unit layer"), "plugin_version": tr("Plugin version"),
            "qgis_version": tr("QGIS version")}


def recorded_names(clauses: List[dict], lang: str) -> Callable[[str], str]:
    """Clauses named as users read them, a project attribute by the label its entry recorded (entries saved before
    labels were recorded: by ``clause_name``)."""
    labels = {str(c.get("rule_id")): c["name"] for c in clauses if isinstance(c.get("name"), dict)}

    def named(rule_id: str) -> str:
        label = labels.get(rule_id) or {}
        zh, en = label.get("zh"), label.get("en")
        return bilingual(zh, en if isinstance(en, str) else "", lang) if isinstance(zh, str) and zh else \
            clause_name(rule_id, lang)
    return named


def judgement_line(judgement: Judgement) -> str:
    """A recorded judgement in one line: word, reviewer, time and remark."""
    text = tr("Judged {word} by {reviewer}, {time}").format(
        word=judgement_label(judgement.word), reviewer=judgement.reviewer or tr("(no reviewer set)"),
        time=shown_time(judgement.time))
    return text + (tr(": {remark}").format(remark=judgement.remark) if judgement.remark else "")


def not_applied_line(item: NotApplied) -> str:
    """A judgement the review did not apply, in one line: the judgement, then why and what to do."""
    return tr("Not applied — {judgement} — {why}").format(judgement=judgement_line(item.judgement),
                                                           why=not_applied_reason(item.why))


class RecordView(QWidget):
    """The recorded verdict, provenance, description, clauses with their judgements, and the opinion."""

    closeRequested = pyqtSignal()
    copyRequested = pyqtSignal(object)  # the RegisterRecord to open as a new review

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_record_view")
        self.record = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("zr_record_title")
        self.title.setWordWrap(True)
        self.banner = VerdictBanner(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("zr_record_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(tr("Open as a new review"), self)
        self.copy_button.setObjectName("zr_record_copy")
        self.back_button = QPushButton(tr("Back to the current review"), self)
        self.back_button.setObjectName("zr_record_back")
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.back_button)
        for widget in (self.title, self.banner, self.tree):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit(self.record))
        self.back_button.clicked.connect(self.closeRequested.emit)

    def show_record(self, record: RegisterRecord) -> None:
        """Show an entry (RegisterError when its recorded review cannot be read)."""
        description, clauses = record.description(), record.clauses()
        judged, withdrawn, not_applied = record.judgements(), record.withdrawn(), record.not_applied()
        self.record = record
        self.title.setText(tr("<b>Register entry {seq}</b> (read-only, as recorded): {name}").format(
            seq=record.seq, name=record.text("site_name")))
        saved_at = shown_time(record.text("saved_at"))
        self.banner.show_verdict(record.text("verdict"), tr("recorded {time}").format(time=saved_at))
        self.tree.clear()
        self._facts(tr("Recorded"), [f"{label}: {saved_at if key == 'saved_at' else record.text(key)}"
                                     for key, label in provenance_labels().items()])
        constructions = dict(construction_choices())
        self._facts(tr("Project"), [
            tr("Name: {value}").format(value=description.name), tr("Industry: {value}").format(
                value=description.industry or "—"),
            tr("Construction: {value}").format(value=constructions.get(description.construction,
                                                                      description.construction or "—")),
            tr("Catalogue class: {value}").format(value=description.catalogue or "—"),
            *(f"{name} = {value}" for name, value in sorted(description.attributes.items()))])
        self._clauses(clauses, judged, withdrawn, not_applied)
        opinion = record.text("opinion")
        self._facts(tr("Overall opinion"), [opinion or tr("(none recorded)")])
        self.tree.expandToDepth(0)

    def _facts(self, heading: str, lines: List[str]) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [heading])
        for line in lines:
            QTreeWidgetItem(group, [line]).setToolTip(0, line)  # a long value (SHA-256, source) in full
        return group

    def _clauses(self, clauses: List[dict], judged: List[Judgement], withdrawn: list,
                 not_applied: List[NotApplied]) -> None:
        """The recorded clauses by unit, each with its judgement (applied or not), the judgements no clause took
        and any judgement removed (all read by the record: a word it does not know is its RegisterError)."""
        lang = ui_language()
        named = recorded_names(clauses, lang)
        lines: Dict[tuple, List[str]] = {}
        for judgement, line in [*((j, judgement_line(j)) for j in judged), *(
                (n.judgement, not_applied_line(n)) for n in not_applied if n.why != UNMATCHED_WHY)]:
            lines.setdefault((judgement.unit_code, judgement.rule_id), []).append(line)
        shown = [c for c in clauses
                 if c.get("status") != "not_applicable" or c.get("judgement") or c.get("not_applied")]
        group = QTreeWidgetItem(self.tree, [tr("Clauses ({count})").format(count=len(shown))])
        units: Dict[str, QTreeWidgetItem] = {}
        for clause in shown:
            code = str(clause.get("unit_code") or "")
            if code not in units:
                units[code] = QTreeWidgetItem(group, [code or tr("Site-level clauses")])
            item = QTreeWidgetItem(units[code], [tr("{status}: {rule}").format(
                status=status_text(str(clause.get("status", ""))), rule=named(str(clause["rule_id"])))])
            item.setIcon(0, status_icon(str(clause.get("status", ""))))
            for line in lines.get((code, str(clause["rule_id"])), []):
                QTreeWidgetItem(item, [line])
        for unmatched in (n for n in not_applied if n.why == UNMATCHED_WHY):
            judgement = unmatched.judgement
            QTreeWidgetItem(group, [tr("{clause}: {line}").format(clause=" / ".join(
                part for part in (judgement.unit_code, named(judgement.rule_id)) if part),
                line=not_applied_line(unmatched))])
        for removal in withdrawn:
            judgement = removal.judgement
            clause = " / ".join(part for part in (judgement.site_id, named(judgement.rule_id)) if part)
            QTreeWidgetItem(group, [tr("{clause}: judgement {word} removed by {by}, {at}").format(
                clause=clause, word=judgement_label(judgement.word), by=removal.by or tr("(no reviewer set)"),
                at=shown_time(removal.at))])
        group.setExpanded(True)
        for item in units.values():
            item.setExpanded(True)
