"""The per-layer index: built once, rebuilt after edits or reloads; tolerance of touches;
batch path; database-style (no cached geometries) reads give the same answers."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject

from zoning_review.plugin.core.overlay.engine import OverlayError, Tolerance
from zoning_review.plugin.core.overlay.unit_index import FeatureIndex, index_for

from .overlay_helpers import crs, dispose, engine_for, memory_layer, snapshot, unit_row, write_file

X0, Y0 = 500000.0, 4300000.0  # EPSG:4546: CGCS2000 3° Gauss-Krüger, central meridian 117°E


def rect(x1: float, y1: float, x2: float, y2: float) -> str:
    """WKT of a rectangle given in metres from (X0, Y0)."""
    a, b, c, d = X0 + x1, Y0 + y1, X0 + x2, Y0 + y2
    return f"POLYGON(({a} {b}, {c} {b}, {c} {d}, {a} {d}, {a} {b}))"


@pytest.fixture(scope="module")
def gk_file(tmp_path_factory):
    rows = [unit_row("ZH1", rect(0, 0, 1000, 1000)), unit_row("ZH2", rect(1000, 0, 2000, 1000))]
    layer = write_file(memory_layer("Polygon", "EPSG:4546", rows), tmp_path_factory.mktemp("gk") / "gk.gpkg")
    yield layer
    dispose(layer)


@pytest.fixture
def editable(gk_file):
    """A memory copy of the user's file: edits happen only there."""
    rows = [dict(zip(("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "ZLCB"),
                     (f["HJGKDYBM"], f["HJGKDYMC"], f["ZHGKDYFL"], f["ZLCB"])), wkt=f.geometry().asWkt())
            for f in gk_file.getFeatures()]
    return memory_layer("Polygon", "EPSG:4546", rows, name="copy")


def codes(result):
    return [u.code for u in result.overlaps]


def test_index_is_built_once_and_rebuilt_after_each_kind_of_edit(gk_file, editable):
    before = snapshot(gk_file)
    engine = engine_for(editable)
    site = QgsGeometry.fromWkt(rect(100, 100, 300, 300))
    gk = crs("EPSG:4546")
    assert codes(engine.overlay(site, gk)) == ["ZH1"]
    assert codes(engine.overlay(site, gk)) == ["ZH1"]
    assert engine.index.builds == 1
    assert editable.startEditing()
    fid1 = next(f.id() for f in editable.getFeatures() if f["HJGKDYBM"] == "ZH1")
    fid2 = next(f.id() for f in editable.getFeatures() if f["HJGKDYBM"] == "ZH2")
    editable.changeGeometry(fid2, QgsGeometry.fromWkt(rect(0, 0, 2000, 1000)))
    assert codes(engine.overlay(site, gk)) == ["ZH1", "ZH2"]
    assert engine.index.builds == 2
    editable.changeAttributeValue(fid1, editable.fields().indexOf("HJGKDYBM"), "ZH9")
    assert codes(engine.overlay(site, gk)) == ["ZH2", "ZH9"]
    added = QgsFeature(editable.fields())
    for name, value in {"HJGKDYBM": "ZH3", "HJGKDYMC": "新单元", "ZHGKDYFL": "重点管控单元"}.items():
        added[name] = value
    added.setGeometry(QgsGeometry.fromWkt(rect(200, 200, 250, 250)))
    editable.addFeature(added)
    assert codes(engine.overlay(site, gk)) == ["ZH2", "ZH3", "ZH9"]
    editable.deleteFeature(fid1)
    assert codes(engine.overlay(site, gk)) == ["ZH2", "ZH3"]
    editable.rollBack()
    assert codes(engine.overlay(site, gk)) == ["ZH1"]
    builds = engine.index.builds
    editable.reload()
    editable.dataProvider().reloadData()
    engine.overlay(site, gk)
    assert engine.index.builds == builds + 1
    assert snapshot(gk_file) == before


def test_index_is_shared_per_layer_and_forgotten_when_the_layer_goes(editable):
    QgsProject.instance().addMapLayer(editable)
    first, second = engine_for(editable), engine_for(editable)
    assert first.index is second.index
    assert index_for(editable, ["HJGKDYBM"]) is not first.index
    QgsProject.instance().removeMapLayer(editable.id())
    QgsProject.instance().removeAllMapLayers()


def test_database_style_reads_give_the_same_answers(gk_file):
    engine = engine_for(gk_file)
    site = QgsGeometry.fromWkt(rect(500, -200, 1700, 700))
    cached = engine.overlay(site, crs("EPSG:4546"))
    engine.index = FeatureIndex(gk_file, engine.index.attributes, keep_geometries=False)
    remote = engine.overlay(site, crs("EPSG:4546"))
    assert [(u.code, u.overlap_m2, u.unit_fraction) for u in remote.overlaps] == [
        (u.code, u.overlap_m2, u.unit_fraction) for u in cached.overlaps]
    assert [u.attributes for u in remote.overlaps] == [{"ZLCB": "否"}, {"ZLCB": "否"}]
    assert codes(remote) == ["ZH1", "ZH2"]
    assert remote.overlaps[0].overlap_m2 == pytest.approx(500 * 700, rel=1e-4)


@pytest.mark.parametrize("site_wkt, tolerance, overlaps, touches, touch_area", [
    (rect(2000, 0, 2500, 500), Tolerance(), [], ["ZH2"], 0.0),                      # shared edge
    (rect(1999.995, 0, 2099.995, 100), Tolerance(), [], ["ZH2"], 0.5),              # 0.5 m² < 1 m²
    (rect(1999.97, 0, 2099.97, 100), Tolerance(), ["ZH2"], [], None),                # 3 m² > 1 m²
    (rect(1999.95, 0, 2999.95, 1000), Tolerance(), [], ["ZH2"], 50.0),               # < 0.01 % of 1 km²
    (rect(1999.95, 0, 2999.95, 1000), Tolerance(1.0, 0.0), ["ZH2"], [], None),
    (rect(1999.995, 0, 2099.995, 100), Tolerance(0.0, 0.0), ["ZH2"], [], None),
])
def test_touches_below_tolerance_are_reported_apart(gk_file, site_wkt, tolerance, overlaps, touches, touch_area):
    result = engine_for(gk_file, tolerance=tolerance).overlay(QgsGeometry.fromWkt(site_wkt), crs("EPSG:4546"))
    assert codes(result) == overlaps
    assert [u.code for u in result.touches] == touches
    if touch_area is not None:
        assert result.touches[0].overlap_m2 == pytest.approx(touch_area, rel=1e-3, abs=1e-9)
    assert set(result.geometries) == {u.fid for u in result.overlaps}


def test_overlay_many_yields_results_and_errors_in_order(gk_file):
    engine = engine_for(gk_file)
    sites = [QgsGeometry.fromWkt(rect(100, 100, 300, 300)), QgsGeometry(),
             QgsGeometry.fromWkt(rect(900, 100, 1100, 300))]
    out = list(engine.overlay_many(sites, crs("EPSG:4546")))
    assert codes(out[0]) == ["ZH1"]
    assert isinstance(out[1], OverlayError) and "no geometry" in str(out[1])
    assert codes(out[2]) == ["ZH1", "ZH2"]
    single = engine.overlay(sites[2], crs("EPSG:4546"))
    assert [u.overlap_m2 for u in out[2].overlaps] == [u.overlap_m2 for u in single.overlaps]


def test_uncommitted_edits_are_read_but_never_committed(gk_file, editable):
    editable.startEditing()
    fid = next(iter(editable.allFeatureIds()))
    editable.changeGeometry(fid, QgsGeometry.fromWkt(rect(5000, 5000, 6000, 6000)))
    provider_before = [(f.id(), f.geometry().asWkt()) for f in editable.dataProvider().getFeatures()]
    engine_for(editable).overlay(QgsGeometry.fromWkt(rect(5100, 5100, 5200, 5200)), crs("EPSG:4546"))
    assert editable.isModified() and editable.isEditable()
    assert [(f.id(), f.geometry().asWkt()) for f in editable.dataProvider().getFeatures()] == provider_before
    editable.rollBack()
