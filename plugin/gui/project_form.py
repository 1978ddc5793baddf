"""The project being reviewed: name, industry, construction nature, catalogue and attributes."""

from typing import Any, Dict, List

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLineEdit

from ..core.model.project import ProjectDescription
from ..i18n import tr
from .attribute_rows import AttributeRows
from .compact import compact
from .industry_picker import IndustryPicker
from .labels import catalogue_choices, construction_choices


def _choice_combo(name: str, choices, parent) -> QComboBox:
    combo = compact(QComboBox(parent))
    combo.setObjectName(name)
    combo.addItem(tr("Not given"), None)
    for key, label in choices:
        combo.addItem(label, key)
    return combo


class ProjectForm(QgsCollapsibleGroupBox):
    """Everything a rule can ask about the project; what is left empty stays unknown."""

    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(tr("Project"), parent)
        self.setObjectName("zr_project")
        form = QFormLayout(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("zr_project_name")
        self.name_edit.setPlaceholderText(tr("Project name"))
        form.addRow(tr("Name"), self.name_edit)
        self.industry = IndustryPicker(self)
        form.addRow(tr("Industry"), self.industry)
        self.construction = _choice_combo("zr_construction", construction_choices(), self)
        form.addRow(tr("Construction"), self.construction)
        self.catalogue = _choice_combo("zr_catalogue", catalogue_choices(), self)
        self.catalogue.setToolTip(tr("Class in the Industrial Structure Adjustment Catalogue"))
        form.addRow(tr("Catalogue class"), self.catalogue)
        self.attributes_box = QgsCollapsibleGroupBox(tr("Attributes the rules ask for"), self)
        self.attributes = AttributeRows(self.attributes_box)
        QFormLayout(self.attributes_box).addRow(self.attributes)
        form.addRow(self.attributes_box)
        self.name_edit.textChanged.connect(self._emit)  # the site's id in the review (judgements follow it)
        self.industry.changed.connect(self._emit)
        self.construction.currentIndexChanged.connect(self._emit)
        self.catalogue.currentIndexChanged.connect(self._emit)
        self.attributes.changed.connect(self._emit)

    def _emit(self, *_args) -> None:
        self.changed.emit()

    def set_rulesets(self, rulesets: List[Any]) -> None:
        """Show exactly the attributes the given rule sets declare (first declaration wins)."""
        declared: Dict[str, Any] = {}
        for ruleset in rulesets:
            for name, decl in ruleset.attributes.items():
                declared.setdefault(name, decl)
        self.attributes.set_declared([declared[n] for n in sorted(declared)])

    def set_project(self, description: ProjectDescription) -> None:
        """Fill the form with a description (a saved review's)."""
        self.name_edit.setText(description.name)
        self.industry.set_given(description.industry)
        self.construction.setCurrentIndex(max(self.construction.findData(description.construction), 0))
        self.catalogue.setCurrentIndex(max(self.catalogue.findData(description.catalogue), 0))
        for name, value in description.attributes.items():
            self.attributes.set_value(name, value)

    def project(self) -> ProjectDescription:
        """The description entered."""
        return ProjectDescription(
            name=self.name_edit.text().strip(),
            industry=self.industry.code(),
            construction=self.construction.currentData(),
            catalogue=self.catalogue.currentData(),
            attributes=self.attributes.values(),
        )
