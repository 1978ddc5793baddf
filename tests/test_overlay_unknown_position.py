"""A constraint layer the engine cannot relate the site to — a filter the layer cannot take, a CRS the site
cannot be placed in — gives an unknown relation with a warning naming the layer, never 'outside'."""

import math

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCsException, QgsGeometry

from zoning_review.plugin.core.model.results import Listed, SpatialQuery
from zoning_review.plugin.core.overlay import relations as relations_module
from zoning_review.plugin.core.overlay.engine import reason_templates
from zoning_review.plugin.core.review.site_review import render_reason

from .overlay_helpers import crs, dispose, engine_for, memory_layer, unit_row

UNIT = "POLYGON((115 38, 117 38, 117 40, 115 40, 115 38))"
SITE = "POLYGON((116.0 39.0, 116.01 39.0, 116.01 39.01, 116.0 39.01, 116.0 39.0))"
ZONES = [  # two grade-I zones, one over the site, one 0.1° east; a grade-II zone far away
    {"wkt": "POLYGON((115.99 38.99, 116.02 38.99, 116.02 39.02, 115.99 39.02, 115.99 38.99))", "grade": "I"},
    {"wkt": "POLYGON((116.1 39.0, 116.2 39.0, 116.2 39.1, 116.1 39.1, 116.1 39.0))", "grade": "I"},
    {"wkt": "POLYGON((116.5 39.5, 116.6 39.5, 116.6 39.6, 116.5 39.6, 116.5 39.5))", "grade": "II"},
]
# An orthographic view centred on the antipode of the site: the site is on its far side, where the
# projection has no finite coordinates.
FAR_SIDE = "+proj=ortho +lat_0=-39 +lon_0=-64 +ellps=WGS84 +units=m +no_defs"


@pytest.fixture(scope="module")
def zones_engine(qgis_app):
    """An engine whose constraint layer 'water' has the fields name and grade."""
    zones = memory_layer("Polygon", "EPSG:4490", [dict(z, name=f"Z{i}") for i, z in enumerate(ZONES)],
                         fields=("name", "grade"), name="water")
    units = memory_layer("Polygon", "EPSG:4490", [unit_row("U1", UNIT)])
    yield engine_for(units, {"water": zones})
    dispose(zones, units)


def related(engine, *queries):
    """The overlay of the site with the given (layer, where) queries."""
    return engine.overlay(QgsGeometry.fromWkt(SITE), crs("EPSG:4490"), [SpatialQuery(*q) for q in queries])


def test_a_filter_naming_a_field_the_layer_lacks_leaves_the_position_unknown(zones_engine):
    typo = ("water", "\"grade_level\" = 'I'")
    result = related(zones_engine, typo)
    relation = result.relations[SpatialQuery(*typo).key]
    assert relation.relation == "unknown" and not relation.known and relation.bound
    assert relation.problem == "filter"
    assert (relation.distance_m, relation.overlap_m2) == (None, 0.0)
    [warning] = result.warnings
    assert warning.template == ("The filter {where} of layer {layer} names {missing}, which the layer does not "
                                "have (its fields: {fields})")
    assert warning.values == {"where": typo[1], "layer": "water", "missing": Listed(("grade_level",)),
                              "fields": Listed(("name", "grade"))}
    assert render_reason(warning, "en").endswith("(its fields: name, grade)")  # listed as each language lists
    assert "name、grade" in render_reason(warning, "zh") and ", " not in render_reason(warning, "zh")
    assert warning.template in reason_templates()


def test_a_field_named_in_another_case_is_the_layers_field(zones_engine):
    upper, lower = ("water", "\"GRADE\" = 'I'"), ("water", "\"grade\" = 'I'")
    result = related(zones_engine, upper, lower)
    assert result.warnings == []
    found = [result.relations[SpatialQuery(*query).key] for query in (upper, lower)]
    assert [(r.relation, r.nearest_fid, r.overlap_m2) for r in found] == [("inside", 1, found[1].overlap_m2)] * 2
    assert found[1].overlap_m2 > 0


def test_a_filter_that_cannot_be_evaluated_on_a_feature_leaves_the_position_unknown(zones_engine):
    broken = ("water", "to_int(\"grade\") = 1")  # 'I' is not a number
    result = related(zones_engine, broken)
    relation = result.relations[SpatialQuery(*broken).key]
    assert relation.relation == "unknown" and relation.problem == "filter"
    [warning] = result.warnings
    assert warning.template == "The filter {where} of layer {layer} cannot be evaluated on feature {fid}: {error}"
    assert warning.values["layer"] == "water" and "convert" in warning.values["error"]
    assert warning.template in reason_templates()


def test_a_filter_giving_no_truth_value_leaves_the_position_unknown(zones_engine):
    dated = ("water", "to_date('2024-01-01')")
    result = related(zones_engine, dated)
    assert result.relations[SpatialQuery(*dated).key].relation == "unknown"
    [warning] = result.warnings
    assert warning.template == ("The filter {where} of layer {layer} gives {value} on feature {fid}, which is neither "
                                "true nor false")
    assert warning.template in reason_templates()


@pytest.mark.parametrize("where, relation", [
    ("\"grade\"", "inside"),  # a text is true unless empty, '0' or 'false', as QGIS's own filter reads it
    ("'FALSE'", "unknown"), ("NULL", "unknown"), ("0.0", "unknown"), ("\"grade\" = 'II'", "outside"),
])
def test_filter_values_are_read_as_qgis_reads_them(zones_engine, where, relation):
    """A filter no feature passes (false, NULL, 0 on every one) leaves the position unknown, as the siting screen
    warns of it: it read as 'no such zone near the site' before."""
    result = related(zones_engine, ("water", where))
    found = result.relations[SpatialQuery("water", where).key]
    assert found.relation == relation
    if relation == "unknown":
        assert found.problem == "none_pass" and found.distance_m is None
        assert [render_reason(w, "en") for w in result.warnings] == [
            f"The filter {where} of constraint layer water (water) matches none of its features, so where a site lies "
            "to such zones is unknown and the rules that need it report 'needs information': check that the values "
            "it compares are written as the layer holds them (such as 一级 or I), and that the right layer is bound."]
        assert result.warnings[0].template in reason_templates()
        return
    assert result.warnings == [] and found.known
    if relation == "outside":  # only the far grade-II zone passes
        assert found.distance_m > 40000


def test_a_filter_that_does_not_parse_leaves_the_position_unknown(zones_engine):
    broken = ("water", "\"grade\" = = 'I'")
    result = related(zones_engine, broken)
    relation = result.relations[SpatialQuery(*broken).key]
    assert relation.relation == "unknown" and relation.problem == "filter"
    assert [w.template for w in result.warnings] == ["The filter {where} of layer {layer} is invalid: {error}"]


def test_a_layer_crs_the_site_has_no_finite_coordinates_in_leaves_the_position_unknown(qgis_app):
    far = QgsCoordinateReferenceSystem.fromProj(FAR_SIDE)
    assert far.isValid()
    square = "POLYGON((-1e5 -1e5, 1e5 -1e5, 1e5 1e5, -1e5 1e5, -1e5 -1e5))"  # metres around the antipode
    zone = memory_layer("Polygon", "EPSG:4490", [{"wkt": square, "name": "F"}], fields=("name",), name="far")
    zone.setCrs(far)
    units = memory_layer("Polygon", "EPSG:4490", [unit_row("U1", UNIT)])
    result = related(engine_for(units, {"zone": zone}), ("zone",))  # raised a TypeError before
    relation = result.relations["zone"]
    assert relation.relation == "unknown" and relation.problem == "crs" and relation.distance_m is None
    [warning] = result.warnings
    assert warning.template == ("The site has no finite coordinates in the CRS {crs} of layer {layer}: "
                                "the CRS cannot show where the site lies")
    assert warning.values["layer"] == "far" and "+proj=ortho" in warning.values["crs"]  # the map layer
    assert warning.template in reason_templates()
    dispose(zone, units)


def test_a_transform_error_leaves_the_position_unknown(qgis_app, monkeypatch):
    """QGIS 3.22 reports no error for a polygon it cannot transform (its vertices become infinite, above);
    later versions may raise QgsCsException instead, forced here."""
    layer_crs = crs("EPSG:4527")
    zone = memory_layer("Polygon", "EPSG:4527", [{"wkt": "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))", "name": "Z"}],
                        fields=("name",), name="gk")
    units = memory_layer("Polygon", "EPSG:4490", [unit_row("U1", UNIT)])
    engine = engine_for(units, {"gk": zone})

    original = relations_module.transformed

    def failing(geometry, transform, reverse=False):
        if transform is not None and transform.destinationCrs() == layer_crs:
            raise QgsCsException("forced failure")
        return original(geometry, transform, reverse)

    monkeypatch.setattr(relations_module, "transformed", failing)
    result = related(engine, ("gk",))
    relation = result.relations["gk"]
    assert relation.relation == "unknown" and relation.problem == "crs"
    [warning] = result.warnings
    assert warning.template == "The site could not be transformed to the CRS {crs} of layer {layer}: {error}"
    assert warning.values["layer"] == "gk" and warning.values["error"] == "forced failure"
    assert warning.values["crs"].startswith("EPSG:4527")
    assert math.isfinite(result.site_area_m2)
    dispose(zone, units)
