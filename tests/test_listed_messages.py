"""Items listed inside translated messages (fields, files, codes, feature ids) are joined as the UI language lists
them: "a, b" in English, "a、b" in Chinese — not ", " in every language. Outputs whose format is fixed keep it."""

import pytest
from qgis.core import (
    QgsFeature,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from tests.access_list_writers import write_csv
from tests.kept_feedback import Feedback
from tests.test_access_list_processing import LIST_ROWS, unit_layer
from tests.test_layered_rules import write_list
from tests.test_processing_site_ids import BLANK_ID, NO_ID, TWIN, sites_with_shared_ids  # noqa: F401 - fixture
from zoning_review.plugin.core.coordinates.crs import guess_crs
from zoning_review.plugin.core.inputs.resolve import InputError, check_unit_layer, require_rules, unit_binding
from zoning_review.plugin.core.model.binding import UnitBinding
from zoning_review.plugin.i18n import translator
from zoning_review.plugin.processing.site_ids import scan_site_ids
from zoning_review.plugin.suggest.explain import construction


@pytest.fixture
def chinese(qgis_app):
    """The plugin's Chinese catalogue installed, as QGIS installs it when its UI is in Chinese."""
    found = translator("zh")
    QCoreApplication.installTranslator(found)
    yield
    QCoreApplication.removeTranslator(found)


def broken_files(folder):
    """Two rule-set files that do not load."""
    paths = [folder / "a.yaml", folder / "b.yaml"]
    for path in paths:
        path.write_text("format: zoning-review-rules/1\nmetadata: {}\nrules: []\n", encoding="utf-8")
    return [str(path) for path in paths]


def test_the_unit_fields_not_found_are_listed_in_chinese(chinese):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490&field=remark:string", "units", "memory")
    with pytest.raises(InputError) as caught:
        unit_binding(layer)
    assert "单元编码、单元名称、管控类别" in str(caught.value), str(caught.value)


def test_the_rule_set_files_with_errors_are_listed_in_chinese(chinese, tmp_path):
    first, second = broken_files(tmp_path)
    with pytest.raises(InputError) as caught:
        require_rules([first, second], UnitBinding())
    assert f"{first}、{second}" in str(caught.value).splitlines()[0], str(caught.value)


def test_the_units_without_code_are_listed_in_chinese(chinese):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490&field=code:string&field=kind:string", "units", "memory")
    for code in ("", "ZH1", ""):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, "优先保护"])
        layer.dataProvider().addFeature(feature)
    binding = UnitBinding(code_field="code", name_field="code", category_field="kind")
    [warning] = check_unit_layer(layer, binding)
    assert "1、3" in warning, warning


def test_validaterules_lists_uncovered_units_in_chinese_and_keeps_its_output(zr_processing, chinese, sample_gpkg,
                                                                           tmp_path):
    import processing

    listed = write_list(tmp_path, "one", "R-1", "  applies_to: {admin_code: ZH130629}")
    log = Feedback()
    result = processing.run("zoningreview:validaterules", {
        "RULES": [listed], "UNITS": f"{sample_gpkg}|layername=control_units"}, feedback=log)
    codes = result["UNCOVERED_CODES"].split(", ")  # the output's format is fixed
    assert len(codes) == result["UNCOVERED"] > 1
    [warning] = [text for text in log.warnings if codes[0] in text]
    assert warning.endswith("、".join(codes)), warning


def test_validaterules_lists_the_files_with_errors_in_chinese(zr_processing, chinese, tmp_path):
    import processing

    first, second = broken_files(tmp_path)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:validaterules", {"RULES": [first, second]}, feedback=Feedback())
    assert f"{first}、{second}" in str(caught.value).splitlines()[0], str(caught.value)


def test_importaccesslist_lists_the_codes_in_chinese(zr_processing, chinese, tmp_path):
    import processing

    table = tmp_path / "清单.csv"
    write_csv(table, LIST_ROWS)
    units = unit_layer(tmp_path / "units.gpkg", "HJGKDYBM", ["ZH13062920001", "ZH13062920002"])
    log = Feedback()
    processing.run("zoningreview:importaccesslist", {
        "INPUT": str(table), "UNIT_LAYER": units, "OUTPUT": str(tmp_path / "rules.yaml")}, feedback=log)
    assert any(text.endswith("ZH13062930009、ZH13062999999") for text in log.warnings), log.warnings


def test_zone_numbers_before_the_eastings_are_listed_in_chinese(chinese):
    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y

    points = [Point(39500000, 4300000), Point(40500000, 4300000)]
    crs, reason = guess_crs({"坐标系": "2000国家大地坐标系", "几度分带": "3", "带号": "39"}, points)
    assert crs == "" and "39、40" in reason, reason


def test_a_suggestion_lists_what_it_read_in_the_chosen_language(qgis_app):
    assert "new、expansion" in construction("新建、扩建", ["new", "expansion"], "zh")
    assert "new, expansion" in construction("新建、扩建", ["new", "expansion"], "en")


def test_the_sites_without_an_id_and_the_shared_ids_are_listed_in_chinese(chinese, sites_with_shared_ids):  # noqa: F811
    gpkg, s05 = sites_with_shared_ids
    layer = QgsVectorLayer(f"{gpkg}|layername=sites", "sites", "ogr")  # kept: the source reads through it
    source = QgsProcessingFeatureSource(layer, QgsProcessingContext())
    log = Feedback()
    scan_site_ids(source, "site_id", log).report(log)
    assert any(line.endswith(f"{NO_ID}、{BLANK_ID}") for line in log.problems), log.problems
    assert any(f"S05（{s05}、{TWIN}）" in line for line in log.problems), log.problems


def test_judgements_not_applied_are_listed_in_chinese(chinese):
    from zoning_review.plugin.core.review.judgements import Judgement, Judgements
    from zoning_review.plugin.processing.review_judgements import report_unapplied

    judgements = Judgements([Judgement("S01", "ZH1", "G-SL-01", "non_compliant"),
                             Judgement("S02", "ZH2", "G-SL-02", "non_compliant")])
    feedback = Feedback()
    report_unapplied(judgements, feedback)
    assert any("S01 / ZH1 / G-SL-01、S02 / ZH2 / G-SL-02" in line for line in feedback.problems), feedback.problems


def test_judgements_not_applied_are_counted_in_the_singular_and_beyond_those_named(qgis_app):
    from zoning_review.plugin.core.review.judgements import Judgement, Judgements
    from zoning_review.plugin.processing.review_judgements import report_unapplied

    one, many = Feedback(), Feedback()
    report_unapplied(Judgements([Judgement("S01", "ZH1", "G-SL-01", "non_compliant")]), one)
    assert one.problems == ["1 judgement matches no clause of the reviewed sites and was not applied: "
                         "S01 / ZH1 / G-SL-01"], one.problems
    report_unapplied(Judgements([Judgement(f"S{n:02d}", "ZH1", "G-SL-01", "non_compliant")
                                 for n in range(1, 24)]), many)
    assert len(many.problems) == 1 and many.problems[0].startswith("23 judgements match no clause"), many.problems
    assert many.problems[0].endswith("S20 / ZH1 / G-SL-01 … and 3 more"), many.problems


def test_a_findings_reasons_in_the_dock_are_joined_as_chinese_joins_clauses(chinese):
    from zoning_review.plugin.core.model.results import Finding, Reason
    from zoning_review.plugin.gui.results_view import finding_reason

    apart = [Reason("site does not overlap {layer}", {"layer": name}) for name in ("A", "B")]
    finding = Finding("G-SL-01", "general", "spatial_layout", "prohibit", "not_applicable", reasons=apart)
    assert "；" in finding_reason(finding) and "; " not in finding_reason(finding), finding_reason(finding)
