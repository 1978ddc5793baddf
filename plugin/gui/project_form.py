"""The project being reviewed: name, industry, construction nature, catalogue and attributes."""

from typing import Any, Dict, List

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QLineEdit

from ..core.model.project import ProjectDescription
from ..core.model.vocab import CATALOGUE_VOCAB, CONSTRUCTION_VOCAB, NOT_LISTED
from ..i18n import tr
from .attribute_rows import AttributeRows
from .given_values import choice_combo, is_unknown, select_given, show_unknown
from .industry_picker import IndustryPicker
from .labels import catalogue_choices, construction_choices


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
        self.construction = choice_combo("zr_construction", construction_choices(), self)
        form.addRow(tr("Construction"), self.construction)
        self.catalogue = choice_combo("zr_catalogue", catalogue_choices(), self)
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
        self.taken_from = ""  # the features whose values the form was filled with ('' when entered or restored)
        self.taken_named = False  # a later site was told it is reviewed with ``taken_from``'s values

    def _emit(self, *_args) -> None:
        self.changed.emit()

    def set_rulesets(self, rulesets: List[Any]) -> None:
        """Show exactly the attributes the given rule sets declare (first declaration wins)."""
        declared: Dict[str, Any] = {}
        for ruleset in rulesets:
            for name, decl in ruleset.attributes.items():
                declared.setdefault(name, decl)
        self.attributes.set_declared([declared[n] for n in sorted(declared)])

    def set_project(self, description: ProjectDescription, taken_from: str = "") -> None:
        """Fill the form with a description (a site feature's, named by ``taken_from``, or a saved review's): a value
        given but not recognised is shown and kept as written, so that the review needs further study, as
        reviewsites does."""
        self.taken_from, self.taken_named = taken_from, False
        self.name_edit.setText(description.name)
        self.industry.set_given(description.industry)
        select_given(self.construction, description.construction, CONSTRUCTION_VOCAB.id_of(description.construction))
        self._set_catalogue(description)
        self.attributes.set_values(description.attributes)

    def _set_catalogue(self, description: ProjectDescription) -> None:
        """Select the catalogue class given: "Not given" (not listed) for a blank or 允许类, a marked item when no
        field of the site holds a class (unknown) or for a value not recognised."""
        if description.catalogue_unknown:
            show_unknown(self.catalogue, tr("Unknown: the site's layer has no catalogue field"), tr(
                "No field of the selected feature holds the catalogue class: the rules that read it need "
                "information. Choose “Not given” if the project is not listed."))
            return
        key = CATALOGUE_VOCAB.id_of(description.catalogue)
        select_given(self.catalogue, None if key == NOT_LISTED else description.catalogue, key)

    def project(self) -> ProjectDescription:
        """The description entered; a value given but not recognised as written."""
        return ProjectDescription(
            name=self.name_edit.text().strip(),
            industry=self.industry.given(),
            construction=self.construction.currentData(),
            catalogue=self.catalogue.currentData(),
            attributes=self.attributes.values(),
            catalogue_unknown=is_unknown(self.catalogue),
        )
