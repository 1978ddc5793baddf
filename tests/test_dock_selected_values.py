"""Selected: the values a site's feature gives that the review does not recognise fill the dock's project form
as given, so the site needs further study as reviewsites says, never 'not given' or 'not listed' (compliant);
a saved review and a register entry keep them, so that the site reads the same when reopened."""

import pytest
from qgis.core import QgsFeature, QgsField, QgsFields, QgsMemoryProviderUtils, QgsWkbTypes
from qgis.PyQt.QtCore import Qt

from tests.dock_helpers import bind, saved_to_register
from tests.sample_project import layer
from zoning_review.plugin.core.model.fields import make_field
from zoning_review.plugin.core.model.project import FieldNumber, ProjectDescription

# S01 of the sample (a computer-assembly plant in the industrial park): compliant as the sample gives it.
S01 = {"site_id": "S01", "name": "某计算机整机制造项目", "industry": "C3911", "construction": "新建",
       "catalogue": "鼓励类", "boiler_tph": 0.0, "investment_wan": 50000.0, "vocs_tpa": 0.0, "water_m3d": 150.0,
       "discharges_pollutants": False, "water_supply_facility": False, "major_infrastructure": False,
       "capacity_increase": True}


@pytest.fixture()
def dock(qgis_iface, sample_project, example_rules, qtbot):
    """The dock on the sample project bound to the example rule set, torn down afterwards."""
    from zoning_review.plugin.gui.dock import ZoningReviewDock

    widget = ZoningReviewDock(qgis_iface)
    qtbot.addWidget(widget)
    bind(widget.bindings, example_rules)
    yield widget
    widget.teardown()


def select_feature(dock, sample_project, qtbot, changes=None, kinds=None, drop=()):
    """Review, through Selected, a one-feature layer (made the active layer) of S01's polygon and fields
    (``changes`` to its values, ``kinds`` to its field types, ``drop`` fields left out)."""
    iface = dock.iface
    values = {name: value for name, value in {**S01, **(changes or {})}.items() if name not in drop}
    sites = layer("sites")
    fields = QgsFields()
    for name in values:
        kind = (kinds or {}).get(name)
        fields.append(make_field(name, kind) if kind else QgsField(sites.fields().field(name)))
    selected = QgsMemoryProviderUtils.createMemoryLayer("selected", fields, QgsWkbTypes.Polygon, sites.crs())
    feature = QgsFeature(fields)
    feature.setAttributes(list(values.values()))
    feature.setGeometry(next(f for f in sites.getFeatures() if f["site_id"] == "S01").geometry())
    assert selected.dataProvider().addFeatures([feature])
    sample_project.addMapLayer(selected)
    selected.selectAll()
    iface.setActiveLayer(selected)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.use_selected()


def input_findings(dock) -> set:
    """The ids of the findings about values the review did not recognise, over every unit."""
    return {f.rule_id for r in dock.runner.reviews for u in r.review.units for f in u.findings
            if f.rule_id.startswith("input:")}


def test_the_sample_feature_itself_is_compliant(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot)
    assert str(dock.runner.verdict()) == "compliant" and input_findings(dock) == set()


def test_a_catalogue_class_not_recognised_is_shown_and_needs_further_study(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot, {"catalogue": "淘汰累"})  # 淘汰类 mistyped
    combo = dock.form.catalogue
    assert combo.currentText() == "淘汰累 (not recognised)" and combo.currentData() == "淘汰累"
    assert combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert "淘汰累" in combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert dock.form.project().catalogue == "淘汰累"
    assert str(dock.runner.verdict()) == "needs_study" and input_findings(dock) == {"input:catalogue"}
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        combo.setCurrentIndex(combo.findData("encouraged"))  # the reviewer picks the class
    assert dock.form.project().catalogue == "encouraged" and str(dock.runner.verdict()) == "compliant"


def test_a_prohibited_class_is_taken_and_prohibited(dock, sample_project, qtbot):
    """禁止类 is one of the classes the review knows (G-SL-01 prohibits it), not "not given"."""
    select_feature(dock, sample_project, qtbot, {"catalogue": "禁止类"})
    assert dock.form.catalogue.currentData() == "prohibited"
    assert dock.form.catalogue.currentText() == "Prohibited (禁止类, negative list)"
    assert str(dock.runner.verdict()) == "non_compliant"
    prohibited = {f.rule_id for r in dock.runner.reviews for u in r.review.units for f in u.findings
                  if str(f.status) == "conflict"}
    assert "G-SL-01" in prohibited


def test_a_feature_without_a_catalogue_field_leaves_the_class_unknown(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot, drop=("catalogue",))
    combo = dock.form.catalogue
    assert combo.currentText() == "Unknown: the site's layer has no catalogue field" and combo.currentData() is None
    project = dock.form.project()
    assert project.catalogue_unknown and project.catalogue is None
    assert str(dock.runner.verdict()) == "needs_study" and input_findings(dock) == set()
    combo.setCurrentIndex(0)  # "Not given": the reviewer says the project is not listed
    assert not dock.form.project().catalogue_unknown


def test_an_empty_catalogue_class_is_not_listed(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot, {"catalogue": ""})
    assert dock.form.catalogue.currentIndex() == 0 and not dock.form.project().catalogue_unknown
    assert str(dock.runner.verdict()) == "compliant"


def test_a_construction_nature_not_recognised_needs_further_study(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot, {"construction": "新见"})
    assert dock.form.construction.currentText() == "新见 (not recognised)"
    assert dock.form.project().construction == "新见"
    assert str(dock.runner.verdict()) == "needs_study" and input_findings(dock) == {"input:construction"}


def test_an_industry_not_in_the_table_needs_further_study(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot, {"industry": "C9999"})
    assert dock.form.industry.edit.text() == "C9999" and dock.form.project().industry == "C9999"
    assert str(dock.runner.verdict()) == "needs_study" and input_findings(dock) == {"input:industry"}


def test_an_industry_stored_as_a_number_is_kept_as_given(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot, {"industry": 3911}, {"industry": "int"})
    assert dock.form.industry.edit.text() == ""
    assert "3911" in dock.form.industry.hint.text()
    assert dock.form.project().industry == FieldNumber(3911, "industry")
    assert str(dock.runner.verdict()) == "needs_study" and input_findings(dock) == {"input:industry"}
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.form.industry.edit.setText("C3911")  # the code entered replaces the number
    assert dock.form.project().industry == "C3911" and str(dock.runner.verdict()) == "compliant"


def test_a_yes_no_value_that_is_neither_needs_further_study(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot, {"capacity_increase": "待定"}, {"capacity_increase": "string"})
    editor = dock.form.attributes.editors["capacity_increase"]
    assert editor.currentText() == "待定 (not recognised)"
    assert dock.form.project().attributes["capacity_increase"] == "待定"
    assert str(dock.runner.verdict()) == "needs_study" and input_findings(dock) == {"input:capacity_increase"}


def test_a_number_that_is_not_one_needs_further_study(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot, {"investment_wan": "五亿"}, {"investment_wan": "string"})
    editor = dock.form.attributes.editors["investment_wan"]
    assert editor.text() == "五亿" and "c62828" in editor.styleSheet() and "五亿" in editor.toolTip()
    assert dock.form.project().attributes["investment_wan"] == "五亿"
    assert str(dock.runner.verdict()) == "needs_study" and input_findings(dock) == {"input:investment_wan"}


def test_a_large_number_is_taken_in_full(dock, sample_project, qtbot):
    select_feature(dock, sample_project, qtbot, {"investment_wan": 123456789.0})
    assert dock.form.attributes.editors["investment_wan"].text() == "123456789"
    assert dock.form.project().attributes["investment_wan"] == 123456789.0


CLEAN = ProjectDescription(S01["name"], "C3911", "new", "encouraged", {
    "boiler_tph": 0.0, "investment_wan": 50000.0, "vocs_tpa": 0.0, "water_m3d": 150.0, "discharges_pollutants": False,
    "water_supply_facility": False, "major_infrastructure": False, "capacity_increase": True})
UNRECOGNISED = ({"catalogue": "淘汰累", "construction": "新见", "capacity_increase": "待定", "investment_wan": "五亿"},
                {"capacity_increase": "string", "investment_wan": "string"}, ())
NUMBER_WITHOUT_CATALOGUE = ({"industry": 3911}, {"industry": "int"}, ("catalogue",))


@pytest.mark.parametrize("feature", [UNRECOGNISED, NUMBER_WITHOUT_CATALOGUE])
def test_a_saved_review_and_a_register_entry_keep_what_the_feature_gave(dock, sample_project, qtbot, tmp_path,
                                                                        feature):

    changes, kinds, drop = feature
    select_feature(dock, sample_project, qtbot, changes, kinds, drop)
    given = dock.form.project()
    assert str(dock.runner.verdict()) == "needs_study"
    assert dock.saved.save_as("复核")
    recorded = saved_to_register(dock, tmp_path).description()
    assert recorded == given
    for description, verdict in ((CLEAN, "compliant"), (recorded, "needs_study")):  # the register entry reopened
        with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
            dock.form.set_project(description)
        assert str(dock.runner.verdict()) == verdict
    assert dock.form.project() == given
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.form.set_project(CLEAN)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        assert dock.saved.restore("复核")
    assert dock.form.project() == given and str(dock.runner.verdict()) == "needs_study"


def test_a_feature_without_an_attribute_leaves_it_not_given(dock, sample_project, qtbot):
    """The form's earlier value of an attribute the next feature has no field for is not kept."""
    dock.form.set_project(CLEAN)  # no site yet: nothing is reviewed
    assert dock.form.project().attributes["boiler_tph"] == 0.0
    select_feature(dock, sample_project, qtbot, drop=("boiler_tph",))
    assert dock.form.attributes.editors["boiler_tph"].text() == ""
    assert "boiler_tph" not in dock.form.project().attributes
    assert str(dock.runner.verdict()) == "needs_study"


def test_a_feature_of_a_layer_without_project_fields_keeps_the_form(dock, sample_project, qtbot, qgis_iface):
    """A control unit (or a land parcel) taken as the site's outline describes no project: what the reviewer
    entered stays in the form and is reviewed, never replaced by an empty project."""
    from qgis.core import Qgis

    dock.form.set_project(CLEAN)  # entered by hand, no site yet
    units = layer("control_units")
    units.selectByExpression("\"HJGKDYBM\" = 'ZH13062920001'")
    assert units.selectedFeatureCount() == 1
    qgis_iface.setActiveLayer(units)
    qgis_iface.messageBar().clear_messages()
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.use_selected()
    assert dock.form.project() == CLEAN and dock.runner.description == CLEAN
    infos = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info)
    assert any("1 selected feature of control_units" in m and "keeps what was entered" in m for m in infos), infos
