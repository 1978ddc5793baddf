"""The siting screen's constraint features it cannot use. A red-line feature without a geometry was warned of as
'One feature of red_line could not be used for the screen (no usable geometry).' — the English words inside the
Chinese sentence, no feature id, nothing to do —; now the warning names the rule set's layer, the map layer, the
feature ids and what to do. A distance band that cannot be drawn around a layer's features was left out with the
same kind of warning, so units near them read as beyond the band (compliant); now where a site lies to that layer
is unknown, so no unit is compliant by it."""

from qgis.core import QgsCoordinateTransformContext

from zoning_review.plugin.core.inputs.bindings import UnitBinding
from zoning_review.plugin.core.inputs.resolve import siting_inputs
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.siting import zones
from zoning_review.plugin.core.siting.screen import reason_templates, run_siting_screen

from .overlay_helpers import dispose, memory_layer, unit_row
from .test_siting_datum_shift import HEAD, IN_RED, NEAR_RED

RED = "POLYGON((116.000 39.000, 116.002 39.000, 116.002 39.002, 116.000 39.002, 116.000 39.000))"
UNIT = "POLYGON((116.0085 39.0, 116.02 39.0, 116.02 39.002, 116.0085 39.002, 116.0085 39.0))"  # 563 m east


def screened(tmp_path, rules: str, red_rows):
    """The verdicts and warnings (English) of one unit 563 m east of the red line, for a new C2614 project."""
    path = tmp_path / "rules.yaml"
    path.write_text(HEAD + rules, encoding="utf-8")
    loaded = load_ruleset(str(path))
    assert loaded.ruleset is not None, loaded.text("en")
    red = memory_layer("Polygon", "EPSG:4490", red_rows, fields=("name",), name="红线图层")
    units = memory_layer("Polygon", "EPSG:4490", [unit_row("U1", UNIT)])
    setup = siting_inputs(units, UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL"), loaded.ruleset,
                          ProjectDescription("C2614", "C2614", "new", None, {}), {"red_line": red},
                          QgsCoordinateTransformContext(), "EPSG:7019")
    result = run_siting_screen(setup)
    dispose(units, red)
    return [unit.verdict for unit in result.units], result.warnings


def test_features_without_a_geometry_are_named_with_what_to_do(qgis_app, tmp_path):
    rows = [{"wkt": RED, "name": "a"}, {"wkt": None, "name": "b"}, {"wkt": RED, "name": "c"}, {"wkt": None}]
    verdicts, warnings = screened(tmp_path, IN_RED, rows)
    assert verdicts == ["compliant"]  # the red line it has lies 563 m away
    [warning] = warnings
    assert warning.template in reason_templates()
    assert render_reason(warning, "en") == (
        "Constraint layer red_line (红线图层): 2 features have no usable geometry (2, 4), so they were left out of the "
        "screen: draw their geometries in the layer, or delete those that are no zones.")
    _verdicts, [one] = screened(tmp_path, IN_RED, rows[:2])
    assert render_reason(one, "en").startswith("Constraint layer red_line (红线图层): feature 2 has no usable geometry")


def test_a_band_that_cannot_be_drawn_leaves_no_unit_compliant_by_it(qgis_app, tmp_path, monkeypatch):
    verdicts, warnings = screened(tmp_path, NEAR_RED, [{"wkt": RED, "name": "a"}])
    assert verdicts == ["compliant"] and warnings == []  # beyond 500 m of the red line
    real = zones.EllipsoidalBuffer.buffer

    def failing(self, geometries, crs, distance_m, target):
        pieces, _errors = real(self, geometries, crs, distance_m, target)
        return [], ["PROJ could not transform the feature"] * len(geometries) if pieces else []

    monkeypatch.setattr(zones.EllipsoidalBuffer, "buffer", failing)
    verdicts, warnings = screened(tmp_path, NEAR_RED, [{"wkt": RED, "name": "a"}])
    assert verdicts == ["needs_study"]  # was compliant: the band left out read as no band
    [warning] = warnings
    assert render_reason(warning, "en") == (
        "Constraint layer red_line (红线图层): the 500 m band around 1 of its features cannot be drawn (PROJ could not "
        "transform the feature), so where a site lies to the layer is unknown: check the CRS set for the layer.")


def test_a_filter_no_feature_passes_is_warned_of_naming_it(zr_processing, sample_gpkg, example_rules, tmp_path):
    """G-SL-05's grade-I water sources asked for as 'Ⅰ' (the Roman numeral character) while the layer holds 'I': the
    screen found no grade-I zone anywhere and said nothing. It is warned of in a site review's words, the position to
    such zones unknown (the verdicts: test_siting_filter_none_pass.py)."""
    from .test_siting_unknown_position import rules_with, screen

    _rows, _zones, said = screen(sample_gpkg, example_rules)
    assert said == []
    _rows, _zones, said = screen(sample_gpkg, rules_with(example_rules, tmp_path, "where: \"\\\"grade\\\" = 'Ⅰ'\""))
    assert said == [
        "The filter \"grade\" = 'Ⅰ' of constraint layer water_source (xiongan_sample) matches none of its features, so "
        "where a site lies to such zones is unknown and the rules that need it report 'needs information': check that "
        "the values it compares are written as the layer holds them (such as 一级 or I), and that the right layer is "
        "bound."]
