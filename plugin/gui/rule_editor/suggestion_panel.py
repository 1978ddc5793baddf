"""The conditions suggested for a text-only rule, the words they came from highlighted: accept, edit or reject."""

import html
from typing import Any, Dict, List, Mapping, Optional, Tuple

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout

from ...core.review.labels import effect_label
from ...core.rules.rule_form import condition_of, conjuncts
from ...i18n import list_separator, tr
from .words import describe

ROLE_COLOURS = {"effect": "#ffcc80", "when": "#fff59d", "except": "#c5e1a5", "only_if": "#90caf9", "note": "#e0e0e0"}


def role_words(role: str) -> str:
    """A part's role in words."""
    return {"effect": tr("effect"), "when": tr("when"), "except": tr("except"), "only_if": tr("only if"),
            "note": tr("to check by hand")}.get(role, role)


def highlighted(text: str, spans: List[Tuple[int, int, str]]) -> str:
    """The text as HTML with each span's characters on its role's colour (spans may not overlap)."""
    out, at = [], 0
    for start, end, role in sorted(spans):
        if start < at or end > len(text):
            continue
        out.append(html.escape(text[at:start]))
        out.append(f"<span style='background:{ROLE_COLOURS.get(role, '#fff59d')}'>"
                   f"{html.escape(text[start:end])}</span>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def suggestion_html(rule: Mapping[str, Any], marker: Mapping[str, Any], document: Mapping[str, Any]) -> str:
    """The clause with its words highlighted, then the suggested effect and conditions with why."""
    text = rule.get("text") or {}
    parts = marker.get("from") or []
    blocks = []
    for lang in ("zh", "en"):
        spans = [(s[0], s[1], p.get("part", "")) for p in parts if p.get("lang") == lang for s in p.get("spans", [])]
        if text.get(lang):
            blocks.append(f"<p>{highlighted(text[lang], spans)}</p>")
    lines = [tr("Effect: {effect}").format(effect=html.escape(effect_label(marker.get("effect", ""))))]
    lines += [html.escape(tr("When: {condition}").format(condition=_words(marker.get("when"), document)))]
    lines += [html.escape(tr("Except: {condition}").format(condition=_words(c, document)))
              for c in marker.get("except") or []]
    if marker.get("only_if"):
        lines.append(html.escape(tr("Only if: {condition}").format(condition=_words(marker["only_if"], document))))
    lines += [html.escape(tr("To check by hand: {note}").format(note=note)) for note in marker.get("notes") or []]
    listed = list_separator()
    why = [f"<li><span style='background:{ROLE_COLOURS.get(p.get('part'), '#fff59d')}'>"
           f"{html.escape(listed.join(p.get('words') or []))}</span> — {html.escape(role_words(p.get('part', '')))}: "
           f"{html.escape(p.get('why', ''))}</li>" for p in parts]
    confidence = tr("Confidence {value}").format(value=marker.get("confidence", ""))
    return "".join(blocks) + "<p>" + "<br>".join(lines) + f"</p><ul>{''.join(why)}</ul><p>{confidence}</p>"


def _words(condition: Optional[Mapping[str, Any]], document: Mapping[str, Any]) -> str:
    return tr(" and ").join(describe(part, document) for part in conjuncts(condition))


def accepted_fields(marker: Mapping[str, Any]) -> Dict[str, Any]:
    """What a rule takes from an accepted suggestion: effect, when, except, only_if and suggested_from."""
    fields = {"effect": marker["effect"], "when": condition_of(conjuncts(marker["when"]))}
    if marker.get("except"):
        fields["except"] = list(marker["except"])
    if marker.get("only_if"):
        fields["only_if"] = marker["only_if"]
    fields["suggested_from"] = marker["suggested_from"]
    return fields


class SuggestionPanel(QGroupBox):
    """Shows one rule's suggestion; the buttons say what the reviewer decided."""

    accepted = pyqtSignal()
    editRequested = pyqtSignal()
    rejected = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(tr("Suggested from the clause text"), parent)
        self.setObjectName("zr_suggestion")
        self.marker: Optional[Dict[str, Any]] = None
        layout = QVBoxLayout(self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("zr_suggestion_view")
        self.view.setMinimumHeight(140)
        self.note = QLabel(tr("Nothing is applied until you accept; then save the rule set."), self)
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        for text, name, signal in ((tr("Accept"), "zr_suggestion_accept", self.accepted),
                                   (tr("Edit before accepting"), "zr_suggestion_edit", self.editRequested),
                                   (tr("Reject"), "zr_suggestion_reject", self.rejected)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(signal.emit)
            row.addWidget(button)
        layout.addWidget(self.view)
        layout.addWidget(self.note)
        layout.addLayout(row)

    def show_marker(self, rule: Mapping[str, Any], marker: Optional[Dict[str, Any]],
                    document: Mapping[str, Any]) -> None:
        """Show a suggestion for a rule (hidden when there is none)."""
        self.marker = marker
        self.setVisible(marker is not None)
        if marker is not None:
            self.view.setHtml(suggestion_html(rule, marker, document))
