"""Robustness of the overlay engine: every kind of bad or unusual geometry, with asserted outcomes."""

import re

import pytest
import shapely
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
)

from zoning_review.plugin.core.model.results import Listed
from zoning_review.plugin.core.overlay.engine import OverlayError, reason_templates
from zoning_review.plugin.core.overlay.geometry_repair import (
    EMPTY,
    NOT_POLYGONAL,
    NULL,
    OK,
    PARTS_LEFT_OUT,
    REPAIRED,
    UNUSABLE,
    clean_polygonal,
)
from zoning_review.plugin.core.review.site_review import render_reason

from .overlay_helpers import (
    crs,
    dispose,
    engine_for,
    geodesic_area,
    memory_layer,
    reproject,
    snapshot,
    to_shapely,
    undefined_crs_copy,
    unit_row,
    write_file,
    write_geojson,
)

# One defect per unit, side by side in 0.01° cells along latitude 39°N (EPSG:4490).
CELL = 0.01


def cell(i: int, wkt: str) -> str:
    """A WKT given in cell units (0..1) moved to cell i; Z/M values are kept as they are."""
    def shift(match: "re.Match") -> str:
        numbers = match.group(0).split()
        x = 116 + (i + float(numbers[0])) * CELL
        y = 39 + float(numbers[1]) * CELL
        return " ".join([f"{x:.6f}", f"{y:.6f}"] + numbers[2:])
    return re.sub(r"-?\d[\d.]*(?: -?\d[\d.]*)+", shift, wkt)


DEFECTS = {
    "ZH0001": ("bowtie", "POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))"),
    "ZH0002": ("spike", "POLYGON((0 0, 1 0, 1 1, 0.5 1, 0.5 1.8, 0.5 1, 0 1, 0 0))"),
    "ZH0003": ("duplicates", "POLYGON((0 0, 1 0, 1 0, 1 0, 1 1, 0 1, 0 1, 0 0))"),
    "ZH0004": ("multipart", "MULTIPOLYGON(((0 0, 0.4 0, 0.4 1, 0 1, 0 0)), ((0.6 0, 1 0, 1 1, 0.6 1, 0.6 0)))"),
    "ZH0005": ("hole", "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0), (0.2 0.2, 0.8 0.2, 0.8 0.6, 0.2 0.6, 0.2 0.2))"),
    "ZH0006": ("zm", "POLYGON ZM((0 0 5 1, 1 0 5 2, 1 1 5 3, 0 1 5 4, 0 0 5 1))"),
}
SITE_WKT = "POLYGON((116.002 39.003, 116.068 39.003, 116.068 39.009, 116.002 39.009, 116.002 39.003))"


def oracle_overlap(unit_wkt: str, site_wkt: str = SITE_WKT) -> float:
    """Independent overlap area: shapely make_valid (2D) of both ∩, geodesic area."""
    def valid(wkt):
        shape = shapely.force_2d(shapely.make_valid(shapely.from_wkt(wkt)))
        polygons = [g for g in getattr(shape, "geoms", [shape]) if g.geom_type in ("Polygon", "MultiPolygon")]
        return shapely.union_all(polygons)
    return geodesic_area(valid(unit_wkt).intersection(valid(site_wkt)))


@pytest.fixture(scope="module")
def defect_units(tmp_path_factory):
    rows = [unit_row(code, cell(i, wkt)) for i, (code, (_kind, wkt)) in enumerate(DEFECTS.items())]
    rows += [unit_row("ZH0098", None), unit_row("ZH0099", "POLYGON EMPTY")]
    memory = memory_layer("PolygonZM", "EPSG:4490", rows)
    layer = write_file(memory, tmp_path_factory.mktemp("defects") / "defects.gpkg")
    yield layer
    dispose(layer)


def test_every_defect_gives_the_oracle_area_and_named_warnings(defect_units):
    before = snapshot(defect_units)
    result = engine_for(defect_units).overlay(QgsGeometry.fromWkt(SITE_WKT), crs("EPSG:4490"))
    by_code = {u.code: u for u in result.overlaps}
    assert sorted(by_code) == sorted(DEFECTS)
    for i, (code, (_kind, wkt)) in enumerate(DEFECTS.items()):
        assert by_code[code].overlap_m2 == pytest.approx(oracle_overlap(cell(i, wkt)), rel=1e-6), code
    fid = {f["HJGKDYBM"]: f.id() for f in defect_units.getFeatures()}
    repaired = {(w.values["code"], w.values["fid"]) for w in result.warnings if "repaired" in w.template}
    assert repaired == {("ZH0001", fid["ZH0001"]), ("ZH0002", fid["ZH0002"])}
    skipped = [w for w in result.warnings if "no geometry" in w.template]
    assert len(skipped) == 1 and skipped[0].values["count"] == 2
    assert skipped[0].values["fids"] == Listed((str(fid["ZH0098"]), str(fid["ZH0099"])))
    assert f"{fid['ZH0098']}, {fid['ZH0099']}" in render_reason(skipped[0], "en")
    assert f"{fid['ZH0098']}、{fid['ZH0099']}" in render_reason(skipped[0], "zh")
    assert all(w.template in reason_templates() for w in result.warnings)
    assert snapshot(defect_units) == before


def test_many_units_without_geometry_are_listed_in_each_language_up_to_an_ellipsis(qgis_app):
    """Twenty feature ids are named, listed as the language lists them, then an ellipsis for the rest."""
    rows = [unit_row("ZH0001", cell(0, "POLYGON((0 0, 7 0, 7 1, 0 1, 0 0))"))]
    rows += [unit_row(f"ZH1{i:03d}", None) for i in range(22)]
    units = memory_layer("Polygon", "EPSG:4490", rows)
    try:
        result = engine_for(units).overlay(QgsGeometry.fromWkt(SITE_WKT), crs("EPSG:4490"))
        [skipped] = [w for w in result.warnings if "no geometry" in w.template]
        fids = sorted(f.id() for f in units.getFeatures() if f.geometry().isNull())
        assert skipped.values["count"] == 22
        assert render_reason(skipped, "en").startswith(
            "22 features of units have no geometry and were skipped (" + ", ".join(map(str, fids[:20])) + ", …): ")
        assert render_reason(skipped, "zh").startswith(
            "units 中有 22 个要素没有几何图形，已跳过（" + "、".join(map(str, fids[:20])) + "、…）。")
    finally:
        dispose(units)


def test_hole_and_multipart_areas_exclude_the_gaps(defect_units):
    result = engine_for(defect_units).overlay(QgsGeometry.fromWkt(SITE_WKT), crs("EPSG:4490"))
    by_code = {u.code: u for u in result.overlaps}
    full = by_code["ZH0003"].overlap_m2  # a plain cell (duplicate points only)
    assert by_code["ZH0004"].overlap_m2 == pytest.approx(0.8 * full, rel=2e-3)
    assert by_code["ZH0005"].overlap_m2 == pytest.approx(full - 0.6 * 0.3 / 0.6 * full, rel=2e-3)
    assert by_code["ZH0006"].overlap_m2 == pytest.approx(full, rel=2e-3)


def test_unclosed_rings_are_closed(tmp_path):
    unclosed = "POLYGON((116 39, 116.01 39, 116.01 39.01, 116 39.01))"
    memory = memory_layer("Polygon", "EPSG:4490", [unit_row("ZH1", unclosed)])
    ring = [[116, 39], [116.01, 39], [116.01, 39.01], [116, 39.01]]
    geojson = write_geojson(tmp_path / "unclosed.geojson", [{
        "type": "Feature", "properties": {"HJGKDYBM": "ZH1", "HJGKDYMC": "a", "ZHGKDYFL": "b", "ZLCB": "否"},
        "geometry": {"type": "Polygon", "coordinates": [ring]}}])
    site = QgsGeometry.fromWkt("POLYGON((115.99 38.99, 116.02 38.99, 116.02 39.02, 115.99 39.02, 115.99 38.99))")
    expected = geodesic_area(shapely.Polygon(ring))
    for layer in (memory, geojson):
        result = engine_for(layer).overlay(site, crs("EPSG:4490"))
        assert [u.code for u in result.overlaps] == ["ZH1"]
        assert result.overlaps[0].overlap_m2 == pytest.approx(expected, rel=1e-9)
        assert result.overlaps[0].unit_fraction == pytest.approx(1.0, rel=1e-9)
    memory_warnings = engine_for(memory).overlay(site, crs("EPSG:4490")).warnings
    assert [w.values["detail"] for w in memory_warnings] == ["unclosed ring"]


def test_curved_units_are_linearised(tmp_path):
    circle = "CURVEPOLYGON(CIRCULARSTRING(39500000 4320000, 39500500 4320500, 39500000 4321000, " \
             "39499500 4320500, 39500000 4320000))"
    memory = memory_layer("CurvePolygon", "EPSG:4527", [unit_row("ZH1", circle)])
    layer = write_file(memory, tmp_path / "curved.gpkg")
    site_wkt = "POLYGON((39499000 4319000, 39500000 4319000, 39500000 4322000, 39499000 4322000, 39499000 4319000))"
    result = engine_for(layer).overlay(QgsGeometry.fromWkt(site_wkt), crs("EPSG:4527"))
    half = shapely.Point(39500000, 4320500).buffer(500, quad_segs=512).intersection(shapely.from_wkt(site_wkt))
    expected = geodesic_area(reproject(shapely.segmentize(half, 5), "EPSG:4527"))
    assert result.overlaps[0].overlap_m2 == pytest.approx(expected, rel=1e-3)
    assert result.overlaps[0].unit_fraction == pytest.approx(0.5, rel=1e-3)


def test_invalid_site_is_repaired_and_reported(defect_units):
    bowtie = QgsGeometry.fromWkt("POLYGON((116.002 39.003, 116.068 39.009, 116.068 39.003, "
                                 "116.002 39.009, 116.002 39.003))")
    result = engine_for(defect_units).overlay(bowtie, crs("EPSG:4490"))
    assert [w.template for w in result.warnings if "site geometry" in w.template] == [
        "The site geometry is invalid ({detail}); repaired for the computation"]
    expected = geodesic_area(shapely.make_valid(shapely.from_wkt(bowtie.asWkt())))
    assert result.site_area_m2 == pytest.approx(expected, rel=1e-9)
    by_code = {u.code: u.overlap_m2 for u in result.overlaps}
    for i, (code, (_kind, wkt)) in enumerate(DEFECTS.items()):
        assert by_code[code] == pytest.approx(oracle_overlap(cell(i, wkt), bowtie.asWkt()), rel=1e-6)


@pytest.mark.parametrize("wkt, words", [
    (None, "no geometry"),
    ("POLYGON EMPTY", "no geometry"),
    ("LINESTRING(116 39, 116.1 39.1)", "not a polygon .*: draw or import the site as a polygon"),
    ("POLYGON((116 39, 116.1 39, 116.2 39, 116 39))", "nothing polygonal is left: redraw the site"),
])
def test_unusable_sites_raise_a_clear_message(defect_units, wkt, words):
    site = QgsGeometry() if wkt is None else QgsGeometry.fromWkt(wkt)
    with pytest.raises(OverlayError, match=words):
        engine_for(defect_units).overlay(site, crs("EPSG:4490"))


def test_site_without_crs_raises(defect_units):
    with pytest.raises(OverlayError, match="coordinate reference system"):
        engine_for(defect_units).overlay(QgsGeometry.fromWkt(SITE_WKT), crs("EPSG:4490").__class__())


@pytest.mark.parametrize("srs_id, named", [(0, "Undefined geographic SRS"), (-1, "Undefined Cartesian SRS")])
def test_an_undefined_crs_is_refused_for_the_units_and_for_the_site(defect_units, tmp_path, srs_id, named):
    lost = undefined_crs_copy(defect_units, tmp_path / "lost.gpkg", srs_id)
    with pytest.raises(OverlayError, match="Layer units has no valid coordinate reference system"):
        engine_for(lost)
    with pytest.raises(OverlayError) as raised:
        engine_for(defect_units).overlay(QgsGeometry.fromWkt(SITE_WKT), lost.crs())
    assert raised.value.reason.template.startswith("The site's coordinate reference system is undefined ({crs})")
    assert str(raised.value).startswith(f"The site's coordinate reference system is undefined ({named}), so where")
    dispose(lost)


def test_missing_field_raises_naming_the_layer(defect_units):
    from qgis.core import QgsCoordinateTransformContext

    from zoning_review.plugin.core.overlay.engine import OverlayEngine, UnitLayerSpec
    spec = UnitLayerSpec(defect_units, "NOPE", "HJGKDYMC", "ZHGKDYFL")
    with pytest.raises(OverlayError, match="NOPE.*units"):
        OverlayEngine(spec, {}, QgsCoordinateTransformContext())


@pytest.mark.parametrize("wkt, status, area", [
    ("POLYGON((0 0, 2 0, 2 2, 0 2, 0 0))", OK, 4.0),
    ("POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))", REPAIRED, 2.0),
    ("GEOMETRYCOLLECTION(POLYGON((0 0, 1 0, 1 1, 0 0)), LINESTRING(0 0, 5 5), POINT(3 3))", PARTS_LEFT_OUT, 0.5),
    ("MULTIPOLYGON Z(((0 0 1, 1 0 1, 1 1 1, 0 0 1)), ((2 2 1, 3 2 1, 3 3 1, 2 2 1)))", OK, 1.0),
    ("POLYGON((0 0, 1 0, 1 1, 0.5 1, 0.5 3, 0.5 1, 0 1, 0 0))", REPAIRED, 1.0),
    ("LINESTRING(0 0, 1 1)", NOT_POLYGONAL, None),
    ("POLYGON((0 0, 1 1, 2 2, 0 0))", UNUSABLE, None),
    ("POLYGON EMPTY", EMPTY, None),
])
def test_clean_polygonal_outcomes(wkt, status, area):
    cleaned = clean_polygonal(QgsGeometry.fromWkt(wkt))
    assert cleaned.status == status
    if area is None:
        assert cleaned.geometry is None
    else:
        assert cleaned.geometry.isGeosValid()
        assert cleaned.geometry.area() == pytest.approx(area)
        assert not cleaned.geometry.constGet().is3D()
    assert clean_polygonal(None).status == NULL


def test_processing_source_with_invalid_features_does_not_abort(defect_units):
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    source = QgsProcessingFeatureSource(defect_units, context)
    result = engine_for(source).overlay(QgsGeometry.fromWkt(SITE_WKT), crs("EPSG:4490"))
    assert len(result.overlaps) == len(DEFECTS)
    assert any("repaired" in w.template for w in result.warnings)


def test_shapely_roundtrip_of_results(defect_units):
    result = engine_for(defect_units).overlay(QgsGeometry.fromWkt(SITE_WKT), crs("EPSG:4490"))
    site = shapely.from_wkt(SITE_WKT)
    for unit in result.overlaps:
        piece = to_shapely(result.geometries[unit.fid])
        assert piece.difference(site.buffer(1e-9)).area == pytest.approx(0.0, abs=1e-12)
        assert geodesic_area(piece) == pytest.approx(unit.overlap_m2, rel=1e-6)
