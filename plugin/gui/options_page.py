"""The plugin's page under Settings ▸ Options: reviewer, notes, the review register, overlay tolerances and import
spellings."""

import math
from typing import Any, Dict, Tuple

from qgis.core import QgsSettings
from qgis.gui import QgsDoubleSpinBox, QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QIcon, QValidator
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from .. import settings
from ..i18n import tr
from ..paths import ICON

PAGE_NAME = "ZoningReviewOptions"


class ZoningReviewOptionsPage(QgsOptionsPageWidget):
    """Edits the typed settings; apply() stores those the user changed, closing without OK stores nothing."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(PAGE_NAME)
        layout = QVBoxLayout(self)
        layout.addWidget(self._notes_group())
        layout.addWidget(self._tolerance_group())
        layout.addWidget(self._import_group())
        layout.addStretch(1)
        self.load()

    def _notes_group(self) -> QGroupBox:
        """Reviewer, organisation, notes language and template."""
        group = QGroupBox(tr("Review notes"), self)
        form = QFormLayout(group)
        self.reviewer = QLineEdit(group)
        self.reviewer.setObjectName("zr_opt_reviewer")
        form.addRow(tr("Reviewer"), self.reviewer)
        self.organisation = QLineEdit(group)
        self.organisation.setObjectName("zr_opt_organisation")
        form.addRow(tr("Organisation"), self.organisation)
        self.language = QComboBox(group)
        self.language.setObjectName("zr_opt_language")
        self.language.addItem(tr("Same as the QGIS interface"), "")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        form.addRow(tr("Default notes language"), self.language)
        self.template = QgsFileWidget(group)
        self.template.setObjectName("zr_opt_template")
        self.template.setFilter(tr("Print layout template (*.qpt)"))
        form.addRow(tr("PDF notes template"), self.template)
        _add_hint(form, group, tr("Leave the template empty to use the template shipped with the plugin."))
        self.register = QgsFileWidget(group)
        self.register.setObjectName("zr_opt_register")
        self.register.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.register.setFilter(tr("GeoPackage (*.gpkg)"))
        self.register.setToolTip(tr("Reviews are appended to this GeoPackage by 'Save to register'; it is created "
                                    "when missing"))
        form.addRow(tr("Review register (台账)"), self.register)
        return group

    def _tolerance_group(self) -> QGroupBox:
        """When an overlap with a unit counts as a mere boundary touch."""
        group = QGroupBox(tr("Overlay tolerances"), self)
        form = QFormLayout(group)
        _add_hint(form, group, tr("An overlap smaller than both values counts as touching the unit's "
                                  "boundary, not as lying in the unit."))
        self.min_overlap = ToleranceSpinBox(group)
        self.min_overlap.setObjectName("zr_opt_min_overlap")
        self.min_overlap.setRange(0.0, 1_000_000.0)
        self.min_overlap.setDecimals(2)
        self.min_overlap.setSuffix(tr(" m²"))
        self.min_overlap.setClearValue(settings.MIN_OVERLAP_M2.default)
        form.addRow(tr("Smallest overlap area"), self.min_overlap)
        self.min_overlap_note = _note(form, group, "zr_opt_min_overlap_note")
        self.min_fraction = ToleranceSpinBox(group)
        self.min_fraction.setObjectName("zr_opt_min_fraction")
        self.min_fraction.setRange(0.0, 10.0)
        self.min_fraction.setDecimals(4)
        self.min_fraction.setSingleStep(0.01)
        self.min_fraction.setSuffix(tr(" % of the site"))
        self.min_fraction.setClearValue(settings.MIN_SITE_FRACTION.default * 100.0)
        form.addRow(tr("Smallest overlap share"), self.min_fraction)
        self.min_fraction_note = _note(form, group, "zr_opt_min_fraction_note")
        return group

    def _import_group(self) -> QGroupBox:
        """Header spellings the access-list importer recognises besides the published ones it knows."""
        group = QGroupBox(tr("Access-list import"), self)
        form = QFormLayout(group)
        _add_hint(form, group, tr("More column headers to recognise, one column a line: the known name, a colon, "
                                  "then the spellings, e.g. 资源开发效率要求: 资源能源利用, 能源资源利用效率"))
        self.spellings = QPlainTextEdit(group)
        self.spellings.setObjectName("zr_opt_column_spellings")
        form.addRow(tr("Column spellings"), self.spellings)
        return group

    def load(self) -> None:
        """Show the stored values as they are (one the page cannot set named beside it)."""
        self.reviewer.setText(settings.REVIEWER.value())
        self.organisation.setText(settings.ORGANISATION.value())
        self._show_language(settings.NOTES_LANGUAGE.value())
        self.template.setFilePath(settings.NOTES_TEMPLATE.value())
        self.register.setFilePath(settings.REGISTER_PATH.value())
        _show_tolerance(self.min_overlap, self.min_overlap_note, settings.MIN_OVERLAP_M2, 1.0)
        _show_tolerance(self.min_fraction, self.min_fraction_note, settings.MIN_SITE_FRACTION, 100.0)
        self.spellings.setPlainText(settings.ACCESS_LIST_SPELLINGS.value())
        self.loaded = self._values()

    def _show_language(self, stored: str) -> None:
        """Select the stored notes language; one the notes are not written in is listed as stored and selected."""
        if self.language.findData(stored) < 0:
            self.language.addItem(tr("“{value}” as stored: not a language of the notes").format(value=stored), stored)
        self.language.setCurrentIndex(self.language.findData(stored))

    def _values(self) -> Dict[settings.Setting, Any]:
        """The value each setting would take from the page as it is now."""
        return {settings.REVIEWER: self.reviewer.text().strip(),
                settings.ORGANISATION: self.organisation.text().strip(),
                settings.NOTES_LANGUAGE: self.language.currentData(),
                settings.NOTES_TEMPLATE: self.template.filePath().strip(),
                settings.REGISTER_PATH: self.register.filePath().strip(),
                settings.MIN_OVERLAP_M2: self.min_overlap.value(),
                settings.MIN_SITE_FRACTION: self.min_fraction.value() / 100.0,
                settings.ACCESS_LIST_SPELLINGS: self.spellings.toPlainText().strip()}

    def apply(self) -> None:
        """Store the values the user changed (called by QGIS when the Options dialog is accepted); every other
        stored value is left as it is."""
        values = self._values()
        for setting, value in values.items():
            if value != self.loaded[setting]:
                setting.set(value)
        self.loaded = values


def _show_tolerance(box: QgsDoubleSpinBox, note: QLabel, setting: settings.ToleranceSetting, scale: float) -> None:
    """Show a stored tolerance (times ``scale``) with every decimal it has, the range widened to hold it; a stored
    value beyond the page's range, or unusable (then the default is shown), named in ``note``."""
    raw = QgsSettings().value(setting.key)
    stored = settings.usable_number(raw)
    shown = setting.default * scale if stored is None else stored * scale
    box.setDecimals(max(box.decimals(), _decimals(shown)))
    limit = box.maximum()
    box.setMaximum(max(limit, shown))
    box.setValue(shown)
    text = ""
    if raw is not None and stored is None:
        text = tr("The stored value “{value}” is not a finite number of at least zero: the default shown here is "
                  "used. It is kept until you change the value here.").format(value=raw)
    elif shown > limit:
        text = tr("The stored value {value} is above what this page offers ({limit}); it is shown and kept unless you "
                  "change it here.").format(value=box.textFromValue(shown), limit=box.textFromValue(limit))
    note.setText(text)
    note.setVisible(bool(text))


def _decimals(value: float) -> int:
    """The fewest decimals (at most 12) that write ``value`` without rounding it."""
    return next((d for d in range(13) if float(f"{value:.{d}f}") == value), 12)


class ToleranceSpinBox(QgsDoubleSpinBox):
    """A tolerance's spin box that refuses text for a negative or non-finite number (Qt would take "nan", "inf"
    or "1e400" as its maximum and a negative number as zero)."""

    def validate(self, text: str) -> Tuple[QValidator.State, int]:
        """Invalid for a minus sign, a letter other than an exponent's e, or a number that is not finite.

        QGIS's binding passes no cursor position in and returns one: the line edit's own (its edited text's).
        """
        cursor = min(self.lineEdit().cursorPosition(), len(text))
        if refused_tolerance(self.cleaned(text), self.locale()):
            return QValidator.State.Invalid, cursor
        return super().validate(text)[0], cursor

    def cleaned(self, text: str) -> str:
        """``text`` without the prefix, the suffix and surrounding spaces."""
        if self.suffix() and text.endswith(self.suffix()):
            text = text[:-len(self.suffix())]
        if self.prefix() and text.startswith(self.prefix()):
            text = text[len(self.prefix()):]
        return text.strip()


def refused_tolerance(body: str, locale: QLocale) -> bool:
    """True for text of a negative number, a word ("nan", "inf") or a number too large to be finite."""
    value, _ok = locale.toDouble(body)
    return body.startswith("-") or any(ch.isalpha() and ch not in "eE" for ch in body) or not math.isfinite(value)


class ZoningReviewOptionsFactory(QgsOptionsWidgetFactory):
    """Makes the Zoning Review page of the Options dialog."""

    def __init__(self) -> None:
        super().__init__(tr("Zoning Review"), QIcon(ICON))
        self.setObjectName("ZoningReviewOptionsFactory")

    def createWidget(self, parent=None) -> ZoningReviewOptionsPage:
        """A new page for an Options dialog being opened."""
        return ZoningReviewOptionsPage(parent)


def _note(form: QFormLayout, group: QGroupBox, name: str) -> QLabel:
    """A wrapped note under a field, hidden while it has nothing to say."""
    note = QLabel(group)
    note.setObjectName(name)
    note.setWordWrap(True)
    note.hide()
    form.addRow(note)
    return note


def _add_hint(form: QFormLayout, group: QGroupBox, text: str) -> None:
    """A wrapped explanation across the form's width."""
    hint = QLabel(text, group)
    hint.setWordWrap(True)
    form.addRow(hint)
