"""A filter set on a layer in the project (Layer Properties ▸ Source ▸ Query Builder, its subset string).

On a zone layer (the sample's red line) it may hide the zone a site lies in: where a site lies to the layer is then
unknown, so the rules that need it need information (never compliant, never outside a zone it cannot see), the run
says so naming the layer and the filter, and SUMMARY's reason says why. On the unit layer the filter may be meant
(a review within one county): it is named, and a site in a unit it hides is never read compliant. Real layers,
real reviewsites and sitingscreen runs. The notes' data reviewed name the unit layer's filter and each zone layer's,
in the HTML, PDF and Word notes alike.
"""

import html
import shutil

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingContext, QgsProject, QgsVectorLayer

from tests.kept_feedback import Feedback
from tests.sample_oracle import EXPECTED_VERDICTS
from tests.test_inputs_processing import siting
from tests.test_notes_site_origin import FORMATS, squeezed, text_of
from tests.test_processing_review import CONSTRAINTS, params, rows

RED_LINE = "白洋淀生态保护红线（示意）"  # the sample's one red-line zone (S04, a hotel, lies on it)
OTHER_RED_LINE = "其他生态保护红线（示意）"  # added far from every site
HIDES_RED_LINE = f"\"name\" <> '{RED_LINE}'"  # the other zone is left
NON_COMPLIANT = ["non_compliant"]


@pytest.fixture
def copy(sample_gpkg, tmp_path):
    """A copy of the sample GeoPackage with a second red-line zone, a small square 0.3° west of the first one (no
    site near it), so that a filter hiding the first one leaves the layer a zone."""
    path = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, path)
    red_line = QgsVectorLayer(f"{path}|layername=red_line", "red_line", "ogr")
    box = red_line.extent()
    west, south = box.xMinimum() - 0.3, box.yMinimum()
    other = QgsFeature(red_line.fields())
    other["name"] = OTHER_RED_LINE
    other.setGeometry(QgsGeometry.fromWkt(
        f"POLYGON(({west} {south}, {west + 0.01} {south}, {west + 0.01} {south + 0.01}, {west} {south + 0.01}, "
        f"{west} {south}))"))
    assert red_line.dataProvider().addFeatures([other])[0] and red_line.featureCount() == 2
    del red_line
    return path


@pytest.fixture
def layers(zr_processing, copy):
    """A function adding the sample's control units and zone layers to the project, by table name, each with the
    filter given for it (as a project records it, in its data source)."""
    added = []

    def add(**subsets):
        found = {name: QgsVectorLayer(f"{copy}|layername={name}" + (f"|subset={subsets[name]}" if name in subsets
                                                                     else ""), name, "ogr")
                 for name in ("control_units", *CONSTRAINTS)}
        assert all(layer.isValid() for layer in found.values())
        assert all(found[name].subsetString() == subset for name, subset in subsets.items())
        QgsProject.instance().addMapLayers(list(found.values()))
        added.extend(layer.id() for layer in found.values())
        return found

    yield add
    QgsProject.instance().removeMapLayers(added)


def run(algorithm: str, parameters: dict):
    """``algorithm`` run in the project's context: (results, feedback)."""
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = Feedback()
    return processing.run(f"zoningreview:{algorithm}", parameters, context=context, feedback=feedback), feedback


def review(layers, gpkg, example_rules, out):
    """reviewsites over the project's ``layers``: ({site: summary row}, feedback)."""
    out.mkdir()
    _result, feedback = run("reviewsites", params(
        gpkg, example_rules, out, UNITS=layers["control_units"].id(),
        CONSTRAINTS=[layers[name].id() for name in CONSTRAINTS]))
    return {row["site_id"]: row for row in rows(out / "summary.gpkg")}, feedback


def test_a_red_line_filtered_in_the_project_leaves_no_site_compliant_by_it(layers, copy, example_rules, tmp_path):
    summary, feedback = review(layers(red_line=HIDES_RED_LINE), copy, example_rules, tmp_path / "out")
    assert summary["S04"]["verdict"] in ("needs_info", "needs_study")  # the hotel on the hidden red line
    assert "filter set in the project" in summary["S04"]["reason"]
    assert [site for site, row in summary.items() if row["verdict"] == "compliant"] == []  # G-SL-04 applies to all
    warned = feedback.said("warning", "Constraint layer red_line has a filter set in the project")
    assert warned and RED_LINE in warned[0] and "where:" in warned[0]


def test_without_a_filter_the_review_is_the_sample_s(layers, copy, example_rules, tmp_path):
    summary, feedback = review(layers(), copy, example_rules, tmp_path / "out")
    assert {site: row["verdict"] for site, row in summary.items()} == EXPECTED_VERDICTS
    assert not feedback.said("warning", "filter set in the project")


def test_a_filter_on_the_unit_layer_is_named_and_a_site_in_a_hidden_unit_is_not_compliant(
        layers, copy, example_rules, tmp_path):
    s01_unit = "ZH13063820002"  # the one unit compliant S01 lies in (the sample's design)
    summary, feedback = review(layers(control_units=f"\"HJGKDYBM\" <> '{s01_unit}'"), copy, example_rules,
                               tmp_path / "out")
    assert summary["S01"]["verdict"] != "compliant"
    warned = feedback.said("warning", "Control unit layer control_units has a filter set in the project")
    assert warned and s01_unit in warned[0]


def screen(layers, gpkg, example_rules):
    """sitingscreen over the project's ``layers``, the units' own texts left out: ({unit: its deciding clauses, or
    NON_COMPLIANT for a unit some clause forbids already}, feedback)."""
    result, feedback = run("sitingscreen", siting(gpkg, example_rules, UNITS=layers["control_units"].id(),
                                                  CONSTRAINTS=[layers[name].id() for name in CONSTRAINTS],
                                                  USE_UNIT_PROSE=False))
    return {f["unit_code"]: NON_COMPLIANT if f["verdict"] == "non_compliant" else f["rule_ids"].split(", ")
            for f in result["OUTPUT"].getFeatures()}, feedback


def test_sitingscreen_leaves_the_red_line_s_clause_open_in_every_unit_through_a_filter(layers, copy, example_rules):
    """G-SL-04 (no development on the red line) decides the units the red line lies in; through a filter hiding
    that zone, where the red line lies is unknown, so the clause needs information in every unit some other clause
    does not forbid already (before, it decided none of them: the red line seemed to lie outside every unit)."""
    whole, _feedback = screen(layers(), copy, example_rules)
    on_red_line = {unit for unit, clauses in whole.items() if "G-SL-04" in clauses}
    assert on_red_line and on_red_line != set(whole)
    filtered, feedback = screen(layers(red_line=HIDES_RED_LINE), copy, example_rules)
    assert set(filtered) == set(whole)
    open_units = {unit for unit, clauses in filtered.items() if clauses != NON_COMPLIANT}
    assert len(open_units) == len(whole) - 1  # ZH13063830001: industry banned there
    assert {unit for unit in open_units if "G-SL-04" in filtered[unit]} == open_units
    warned = feedback.said("warning", "Constraint layer red_line has a filter set in the project")
    assert warned and RED_LINE in warned[0]


S01_UNIT = "ZH13063820002"  # a unit S04 does not lie in: a filter hiding it leaves S04's review as it was
HIDES_S01_UNIT = f"\"HJGKDYBM\" <> '{S01_UNIT}'"


def notes_of(layers, gpkg, example_rules, tmp_path, fmt: str) -> str:
    """S04's notes in ``fmt``, written by reviewsites over the project's ``layers``, as readable text."""
    out, folder = tmp_path / "out", tmp_path / "notes"
    out.mkdir()
    _result, _feedback = run("reviewsites", params(
        gpkg, example_rules, out, UNITS=layers["control_units"].id(),
        CONSTRAINTS=[layers[name].id() for name in CONSTRAINTS], REPORT_FORMAT=FORMATS[fmt],
        REPORT_FOLDER=str(folder)))
    return squeezed(html.unescape(text_of(folder / f"S04.{fmt}", fmt)))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_data_reviewed_name_the_unit_and_zone_layers_filters(layers, copy, example_rules, tmp_path, fmt):
    text = notes_of(layers(control_units=HIDES_S01_UNIT, red_line=HIDES_RED_LINE), copy, example_rules, tmp_path,
                    fmt)
    assert squeezed(f"Unit layer filter{HIDES_S01_UNIT} (set in the project: only the units it shows were "
                    "reviewed)") in text
    assert squeezed(f"Filter of constraint layer Ecological protection red line (red_line){HIDES_RED_LINE} (set in "
                    "the project: where the site lies to the layer is unknown)") in text
    assert "Filteroftheconstraintlayerwater_source" not in text and text.count("Filterofconstraintlayer") == 1


def test_layers_without_a_filter_add_no_row(layers, copy, example_rules, tmp_path):
    text = notes_of(layers(), copy, example_rules, tmp_path, "html")
    assert "Unitlayer" in text and "Unitlayerfilter" not in text and "Filterofconstraintlayer" not in text
