"""The project's industry as both siting screens take it, on the same sample units and rule set: a code that is not
in GB/T 4754-2017 (X1234) is refused up front — by the dock, which screens nothing, and by ``sitingscreen``, which
names the parameter; both name the code and say what to do in the same words — never screened as "every unit needs
further study"; a division known only as C26 is screened, and a clause written for its class C2614 is neither met
nor not met: it needs information, in both alike."""

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

from tests.sample_project import layer

from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language
from .test_siting_panel import shown, wait_screen

RULES = """\
format: zoning-review-rules/1
metadata:
  id: test-class
  title: {zh: 小类测试, en: Class test}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
rules:
  - {id: CHEM, level: general, dimension: spatial_layout, effect: prohibit, when: {industry: C2614},
     text: {zh: 禁止新建初级形态塑料及合成树脂制造项目, en: No new primary plastics projects}}
"""


@pytest.fixture()
def rules(tmp_path):
    """The rule set above as a file."""
    path = tmp_path / "class.yaml"
    path.write_text(RULES, encoding="utf-8")
    return str(path)


@pytest.fixture()
def dock(qgis_iface, sample_project, rules, qtbot):
    """The dock on the sample with the rule set above bound to the units, its siting screen on."""
    from zoning_review.plugin.gui.dock import ZoningReviewDock

    widget = ZoningReviewDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.bindings.layer_combo.setLayer(layer("control_units"))
    widget.bindings.rules_file.setFilePath(rules)
    assert [t.layer.name() for t in widget.targets] == ["control_units"]
    widget.form.construction.setCurrentIndex(widget.form.construction.findData("new"))
    yield widget
    if widget._connections:
        widget.teardown()


def parameters(rules: str, industry: str) -> dict:
    """sitingscreen's parameters for the dock's inputs: the bound units (requirement texts checked), no constraint
    layer, a new project of ``industry``."""
    return {"UNITS": layer("control_units"), "RULES": rules, "USE_UNIT_PROSE": True, "INDUSTRY": industry,
            "CONSTRUCTION": 0, "CATALOGUE": 0, "LANGUAGE": 1, "OUTPUT": "TEMPORARY_OUTPUT",
            "ZONES": "TEMPORARY_OUTPUT"}


def processing_rows(rules: str, industry: str) -> dict:
    """Unit code → (verdict, deciding rule ids) from zoningreview:sitingscreen."""
    import processing

    result = processing.run("zoningreview:sitingscreen", parameters(rules, industry))
    return {f["unit_code"]: (f["verdict"], f["rule_ids"]) for f in result["OUTPUT"].getFeatures()}


def dock_rows(dock, qgis_app, industry: str) -> dict:
    """Unit code → (verdict, deciding rule ids) from the dock's screen for ``industry``."""
    dock.form.industry.set_code(industry)
    dock.siting.button.setChecked(True)
    wait_screen(qgis_app, dock.siting)
    screen, _zones = shown(dock.siting)
    return {f["unit_code"]: (f["verdict"], f["rule_ids"]) for f in screen.getFeatures()}


@pytest.mark.parametrize("given, problem", [("X1234", "industry code X1234 is not in GB/T 4754-2017"),
                                            ("", "industry is not given")])
def test_an_industry_the_screen_cannot_read_is_refused_by_both_front_ends(
        dock, qgis_app, qgis_processing, zr_processing, rules, ui, given, problem):  # noqa: F811
    ui("en")
    import processing

    with pytest.raises(QgsProcessingException) as error:
        processing.run("zoningreview:sitingscreen", parameters(rules, given))
    assert (f"“Industry (GB/T 4754-2017 code, e.g. C2614)” (INDUSTRY): {problem}. Give the project's code from "
            "GB/T 4754-2017, such as C2614") in str(error.value), error.value
    dock.form.industry.set_code(given)
    dock.siting.button.setChecked(True)
    qgis_app.processEvents()
    assert dock.siting.layers() == [] and not dock.siting.busy
    if given:  # the dock says what sitingscreen says, what to give included; with nothing given it asks for it
        assert dock.siting.summary.text() == (f"The units are not screened: {problem}. Give the project's code from "
                                              "GB/T 4754-2017, such as C2614 (the class, so that every clause naming "
                                              "an industry can be judged); without one the screen would only say "
                                              "that every unit needs further study."), dock.siting.summary.text()
    else:
        assert dock.siting.summary.text() == "Enter the project's industry to screen the units."


def test_a_run_that_skips_the_parameter_check_stops_at_the_industry_too(
        qgis_processing, zr_processing, sample_project, rules, ui):  # noqa: F811
    ui("en")
    algorithm = zr_processing.algorithm("sitingscreen").create()
    context = QgsProcessingContext()
    context.setProject(sample_project)
    feedback = QgsProcessingFeedback()
    assert algorithm.prepare(parameters(rules, "X1234"), context, feedback)
    with pytest.raises(QgsProcessingException) as error:
        algorithm.runPrepared(parameters(rules, "X1234"), context, feedback)
    assert "(INDUSTRY): industry code X1234 is not in GB/T 4754-2017." in str(error.value), error.value


def test_a_division_is_screened_alike_and_a_clause_for_one_of_its_classes_needs_information(
        dock, qgis_app, qgis_processing, zr_processing, rules, ui):  # noqa: F811
    ui("en")
    by_processing = processing_rows(rules, "C26")
    assert dock_rows(dock, qgis_app, "C26") == by_processing
    assert by_processing and {verdict for verdict, _ids in by_processing.values()} == {"needs_study"}
    assert all("CHEM" in ids.split(", ") for _verdict, ids in by_processing.values()), by_processing
    import processing

    reasons = {f["reason"] for f in processing.run("zoningreview:sitingscreen", parameters(rules, "C26"))[
        "OUTPUT"].getFeatures()}
    assert all("industry C26 is less specific than C2614" in reason for reason in reasons), reasons
    # the class itself decides the clause, in both alike
    by_class = processing_rows(rules, "C2614")
    assert set(by_class.values()) == {("non_compliant", "CHEM")}, by_class
    assert dock_rows(dock, qgis_app, "C2614") == by_class
