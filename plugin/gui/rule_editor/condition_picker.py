"""Pick one single condition: an industry, construction natures, catalogue classes, a layer, an attribute…"""

import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import yaml
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.model.vocab import CATALOGUE_VOCAB, CONSTRUCTION_VOCAB
from ...core.rules import gbt4754
from ...core.rules.attribute_values import as_ids
from ...core.rules.comparison_words import operator_words
from ...i18n import tr
from ..given_values import ERROR_STYLE
from ..industry_picker import IndustryPicker, entry_text
from ..labels import catalogue_choices, construction_choices, pick_label
from ..standard_buttons import worded
from .expression_page import ExpressionPage
from .values import ValueEdit, declared_values_words, parse_distance, parse_value, value_text
from .yaml_condition import yaml_condition

OPERATORS = ("<", "<=", ">", ">=", "==", "!=", "in")
RELATIONS = ("within", "overlaps", "inside", "outside")


def kind_choices() -> List[tuple]:
    """(kind, words) of every page of the picker."""
    return [("industry", tr("Industry (GB/T 4754-2017)")), ("construction", tr("Construction nature")),
            ("catalogue", tr("Catalogue class")), ("spatial", tr("Constraint layer")),
            ("attribute", tr("Project attribute")), ("flag", tr("Yes/no attribute")),
            ("unit_attribute", tr("Unit attribute")), ("expression", tr("Expression")),
            ("yaml", tr("Written in YAML"))]


def rule_catalogue_choices() -> List[tuple]:
    """(id, label) of every catalogue class a rule may name: the catalogue's three, 禁止类 and not listed."""
    return catalogue_choices() + [("permitted", tr("Not listed (允许类)"))]


def relation_choices() -> List[tuple]:
    """(relation, words) of the spatial relations."""
    return [("within", tr("within a distance of")), ("overlaps", tr("overlapping")),
            ("inside", tr("entirely inside")), ("outside", tr("outside"))]


class ConditionPicker(QDialog):
    """A dialog with one page per kind of condition; ``condition()`` is what was picked."""

    def __init__(self, document: Mapping[str, Any], unit_fields: List[str], bound: Mapping[str, str],
                 parent=None, project_layers: Sequence[Tuple[str, str]] = ()) -> None:
        super().__init__(parent)
        self.new_layers: Dict[str, Tuple[str, str]] = {}  # declared name → (project layer id, its name)
        self.setObjectName("zr_condition_picker")
        self.setWindowTitle(tr("Condition"))
        self.attributes = document.get("attributes") or {}
        self.layers = document.get("layers") or {}
        layout = QVBoxLayout(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("zr_condition_kind")
        self.pages = QStackedWidget(self)
        builders = {"industry": self._industry_page, "construction": lambda: self._checks_page(
            construction_choices(), "construction"), "catalogue": lambda: self._checks_page(
            rule_catalogue_choices(), "catalogue"), "spatial": lambda: self._spatial_page(bound, project_layers),
            "attribute": self._attribute_page, "flag": self._flag_page,
            "unit_attribute": lambda: self._unit_page(unit_fields), "expression": self._expression_page,
            "yaml": self._yaml_page}
        for kind, words in kind_choices():
            self.kind.addItem(words, kind)
            self.pages.addWidget(builders[kind]())
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.problem = QLabel(self)
        self.problem.setObjectName("zr_condition_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        buttons = worded(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.kind, self.pages, self.problem, buttons):
            layout.addWidget(widget)

    def _industry_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.industry = IndustryPicker(page)
        add = QPushButton(tr("Add to the list"), page)
        add.setObjectName("zr_industry_add")
        self.industries = QListWidget(page)
        self.industries.setObjectName("zr_industry_list")
        add.clicked.connect(self.add_industry)
        for widget in (self.industry, add, self.industries):
            layout.addWidget(widget)
        return page

    def add_industry(self) -> None:
        """Add the code entered in the picker to the list (once)."""
        entry = self.industry.entry()
        if entry is not None and not self.industries.findItems(entry_text(entry), Qt.MatchFlag.MatchExactly):
            self.industries.addItem(entry_text(entry))
            self.industry.edit.clear()

    def _checks_page(self, choices: List[tuple], name: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        boxes = []
        for value, words in choices:
            box = QCheckBox(words, page)
            box.setObjectName(f"zr_{name}_{value}")
            box.setProperty("zr_value", value)
            layout.addWidget(box)
            boxes.append(box)
        setattr(self, f"{name}_boxes", boxes)
        return page

    def _spatial_page(self, bound: Mapping[str, str], project_layers: Sequence[Tuple[str, str]]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.layer = QComboBox(page)
        self.layer.setObjectName("zr_spatial_layer")
        for name, entry in self.layers.items():
            label = pick_label((entry.get("label") or {}).get("zh", ""), (entry.get("label") or {}).get("en", ""), name)
            shown = tr("{label} ({name}) — map layer: {layer}").format(
                label=label, name=name, layer=bound.get(name) or tr("not bound"))
            self.layer.addItem(shown, name)
        taken = set(bound.values())
        for layer_id, layer_name in project_layers:
            if layer_name in taken:
                continue
            name = declared_name(layer_name, [*self.layers, *self.new_layers])
            self.new_layers[name] = (layer_id, layer_name)
            self.layer.addItem(tr("Project layer {layer} (declared as {name} when picked)").format(
                layer=layer_name, name=name), name)
        self.relation = QComboBox(page)
        self.relation.setObjectName("zr_spatial_relation")
        for value, words in relation_choices():
            self.relation.addItem(words, value)
        self.distance = QLineEdit(page)  # a spin box cut what it could not hold (2000000 typed: 200000)
        self.distance.setObjectName("zr_spatial_distance")
        self.distance.setPlaceholderText(tr("Metres, e.g. 500 or 0.5"))
        self.where = QLineEdit(page)
        self.where.setObjectName("zr_spatial_where")
        self.where.setPlaceholderText(tr("Optional filter on the layer's features, e.g. \"grade\" = 'I'"))
        self.relation.currentIndexChanged.connect(
            lambda _i: self.distance.setEnabled(self.relation.currentData() == "within"))
        form.addRow(tr("Layer"), self.layer)
        form.addRow(tr("Relation"), self.relation)
        form.addRow(tr("Distance (m)"), self.distance)
        form.addRow(tr("Features"), self.where)
        return page

    def _attribute_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.attribute = QComboBox(page)
        self.attribute.setObjectName("zr_attribute_name")
        for name, entry in self.attributes.items():
            if entry.get("type") != "boolean":
                label = pick_label((entry.get("label") or {}).get("zh", ""), (entry.get("label") or {}).get("en", ""),
                                   name)
                self.attribute.addItem(f"{label} ({name})", name)
        self.attribute_op = _operator_combo(page, "zr_attribute_op")
        self.attribute_value = ValueEdit(page, "zr_attribute_value")
        self.attribute_values = QLabel(page)
        self.attribute_values.setObjectName("zr_attribute_values")
        self.attribute_values.setWordWrap(True)
        form.addRow(tr("Attribute"), self.attribute)
        form.addRow(tr("Operator"), self.attribute_op)
        form.addRow(tr("Value"), self.attribute_value)
        form.addRow(self.attribute_values)
        self.attribute.currentIndexChanged.connect(self._name_values)
        self._name_values()
        return page

    def _name_values(self) -> None:
        """Name the declared values of the text attribute chosen (any of their spellings may be typed)."""
        words = declared_values_words(self.attributes.get(self.attribute.currentData()))
        self.attribute_values.setText(tr("Its values: {values}").format(values=words) if words else "")
        self.attribute_values.setVisible(bool(words))

    def _flag_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.flag = QComboBox(page)
        self.flag.setObjectName("zr_flag_name")
        for name, entry in self.attributes.items():
            if entry.get("type") == "boolean":
                label = pick_label((entry.get("label") or {}).get("zh", ""), (entry.get("label") or {}).get("en", ""),
                                   name)
                self.flag.addItem(f"{label} ({name})", name)
        self.flag_value = QComboBox(page)
        self.flag_value.setObjectName("zr_flag_value")
        self.flag_value.addItem(tr("yes"), True)
        self.flag_value.addItem(tr("no"), False)
        form.addRow(tr("Attribute"), self.flag)
        form.addRow(tr("Is"), self.flag_value)
        return page

    def _unit_page(self, unit_fields: List[str]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.unit_field = QComboBox(page)
        self.unit_field.setObjectName("zr_unit_field")
        self.unit_field.setEditable(True)
        self.unit_field.addItems(unit_fields)
        self.unit_op = _operator_combo(page, "zr_unit_op")
        self.unit_value = ValueEdit(page, "zr_unit_value")
        form.addRow(tr("Unit layer field"), self.unit_field)
        form.addRow(tr("Operator"), self.unit_op)
        form.addRow(tr("Value"), self.unit_value)
        return page

    def _expression_page(self) -> QWidget:
        self.expression = ExpressionPage(self)
        return self.expression

    def _yaml_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("Any condition of the rule language, e.g. any: [{flag: a}, {flag: b}]"), page))
        self.yaml_text = QPlainTextEdit(page)
        self.yaml_text.setObjectName("zr_condition_yaml")
        layout.addWidget(self.yaml_text)
        return page

    def set_condition(self, part: Mapping[str, Any]) -> None:
        """Show a condition on its page (anything the pages cannot show goes to the YAML page)."""
        key, value = next(iter(part.items()))
        shown = len(part) == 1 and _show(self, key, value) and _gives_back(self, key, part)
        kind = key if shown else "yaml"
        if not shown:
            self.yaml_text.setPlainText(yaml.safe_dump(dict(part), allow_unicode=True, sort_keys=False).strip())
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def condition(self) -> Optional[Dict[str, Any]]:
        """The single condition picked; None (with a message in the dialog) when it is not complete."""
        kind = self.kind.currentData()
        try:
            return _read(self, kind)
        except ValueError as error:
            self.problem.setText(str(error))
            return None

    def _accept(self) -> None:
        if self.condition() is not None:
            self.accept()

    def new_layer(self) -> Optional[Tuple[str, str, str]]:
        """(declared name, project layer id, layer name) when the condition names a project layer not declared yet."""
        if self.kind.currentData() != "spatial" or self.layer.currentData() not in self.new_layers:
            return None
        name = self.layer.currentData()
        return (name, *self.new_layers[name])


def declared_name(layer_name: str, taken: Sequence[str]) -> str:
    """A rule-set layer name for a project layer: its name in letters, digits and _, unique (layer_2, …)."""
    stem = re.sub(r"[^A-Za-z0-9_]+", "_", layer_name).strip("_")
    stem = stem if stem[:1].isalpha() else f"layer_{stem}".rstrip("_")
    name, number = stem, 2
    while name in taken:
        name, number = f"{stem}_{number}", number + 1
    return name


def _operator_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for op in OPERATORS:
        combo.addItem(operator_words(op), op)
    return combo


def _codes(picker: ConditionPicker) -> List[str]:
    return [picker.industries.item(i).text().split()[0] for i in range(picker.industries.count())]


def _read(picker: ConditionPicker, kind: str) -> Dict[str, Any]:
    """The condition on the page of ``kind``; ValueError with a translated message when incomplete."""
    if kind == "industry":
        picker.add_industry()
        if not _codes(picker):
            raise ValueError(tr("Pick at least one industry from the list."))
        return {"industry": _codes(picker)}
    if kind in ("construction", "catalogue"):
        chosen = [box.property("zr_value") for box in getattr(picker, f"{kind}_boxes") if box.isChecked()]
        if not chosen:
            raise ValueError(tr("Tick at least one box."))
        return {kind: chosen}
    if kind == "spatial":
        return {"spatial": _spatial(picker)}
    if kind == "attribute":
        if not picker.attribute.currentData():
            raise ValueError(tr("The rule set declares no number or text attribute: declare one with "
                                "Attributes… under the rules."))
        name, op = picker.attribute.currentData(), picker.attribute_op.currentData()
        entry = picker.attributes.get(name) or {}
        value = parse_value(picker.attribute_value.text(), op, texts=entry.get("type") == "string")
        return {"attribute": {"name": name, "op": op, "value": as_ids(name, entry, value)}}
    if kind == "flag":
        if not picker.flag.currentData():
            raise ValueError(tr("The rule set declares no yes/no attribute: declare one with Attributes… "
                                "under the rules."))
        flag = {"flag": picker.flag.currentData()}
        return flag if picker.flag_value.currentData() else {"not": flag}
    if kind == "unit_attribute":
        field = picker.unit_field.currentText().strip()
        if not field:
            raise ValueError(tr("Give the unit layer's field."))
        op = picker.unit_op.currentData()
        return {"unit_attribute": {"field": field, "op": op,
                                   "value": parse_value(picker.unit_value.text(), op, codes=True)}}
    if kind == "expression":
        return picker.expression.condition()
    return yaml_condition(picker.yaml_text.toPlainText())


def _spatial(picker: ConditionPicker) -> Dict[str, Any]:
    if not picker.layer.currentData():
        raise ValueError(tr("The rule set declares no constraint layer."))
    spec: Dict[str, Any] = {"layer": picker.layer.currentData(), "relation": picker.relation.currentData()}
    if spec["relation"] == "within":
        spec["distance_m"] = parse_distance(picker.distance.text())
    if picker.where.text().strip():
        spec["where"] = picker.where.text().strip()
    return spec


def _gives_back(picker: ConditionPicker, key: str, part: Mapping[str, Any]) -> bool:
    """True when the page of a layer, attribute or unit-field condition reads back exactly what was written (not a
    relation or operator it lacks, a distance written as text, a yes/no value in a text field…)."""
    if key not in ("spatial", "attribute", "unit_attribute", "expression"):
        return True
    try:
        return _read(picker, key) == dict(part)
    except ValueError:
        return False


def _show(picker: ConditionPicker, key: str, value: Any) -> bool:
    """Put a condition on its page; False when that page cannot show it."""
    names = [value] if isinstance(value, str) else value
    if key == "industry" and isinstance(names, list):
        picker.industries.clear()
        entries = [gbt4754.lookup(code) for code in names]
        picker.industries.addItems([entry_text(e) if e else str(c) for e, c in zip(entries, names)])
        return True
    if key in ("construction", "catalogue") and isinstance(names, list):
        vocab = CONSTRUCTION_VOCAB if key == "construction" else CATALOGUE_VOCAB
        ids = {vocab.id_of(v) for v in names}
        boxes = getattr(picker, f"{key}_boxes")
        if not ids <= {box.property("zr_value") for box in boxes}:
            return False
        for box in boxes:
            box.setChecked(box.property("zr_value") in ids)
        return True
    distance = value.get("distance_m") if isinstance(value, dict) else None
    if key == "spatial" and isinstance(value, dict) and picker.layer.findData(value.get("layer")) >= 0 \
            and (distance is None or (isinstance(distance, (int, float)) and not isinstance(distance, bool))):
        picker.layer.setCurrentIndex(picker.layer.findData(value.get("layer")))
        picker.relation.setCurrentIndex(max(picker.relation.findData(value.get("relation")), 0))
        picker.distance.setText(value_text(distance) if distance is not None else "")
        picker.where.setText(str(value.get("where") or ""))
        return True
    if key == "attribute" and isinstance(value, dict) and picker.attribute.findData(value.get("name")) >= 0:
        picker.attribute.setCurrentIndex(picker.attribute.findData(value.get("name")))
        picker.attribute_op.setCurrentIndex(picker.attribute_op.findData(value.get("op")))
        picker.attribute_value.set_value(value.get("value"))
        return True
    flag = value.get("flag") if key == "not" and isinstance(value, dict) and list(value) == ["flag"] else value
    if key in ("flag", "not") and picker.flag.findData(flag) >= 0:
        picker.flag.setCurrentIndex(picker.flag.findData(flag))
        picker.flag_value.setCurrentIndex(0 if key == "flag" else 1)
        return True
    if key == "unit_attribute" and isinstance(value, dict):
        picker.unit_field.setCurrentText(str(value.get("field", "")))
        picker.unit_op.setCurrentIndex(picker.unit_op.findData(value.get("op")))
        picker.unit_value.set_value(value.get("value"))
        return True
    return key == "expression" and picker.expression.show_value(value)
