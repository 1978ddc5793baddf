"""The dock's results tree in the real QGIS desktop shows the overlay's data warnings — here a unit layer in Xian 1980
joined to a site drawn in CGCS2000 only by a ballpark offset, and a unit whose invalid geometry was repaired — under a
'Data-quality warnings' branch with a warning icon, above the units, each warning worded as the notes word it, in the
UI language; evaluated again they stay, and reviewed against other units they go. Before, they reached the notes,
Processing's log and the siting screen's tooltip, but never the reviewer reading the tree."""

from pathlib import Path

import pytest
from osgeo import gdal, ogr

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "dock_warnings.py"
ROOT = Path(__file__).resolve().parents[2]
INVALID = "ZH13062920001"  # one of the three units the drawn site meets (test_dock_e2e.UNITS)
LAYER = "control_units_xian"

# Written from the overlay's templates (core/overlay/datum_shift.SHIFTED, reasons.UNIT_WARNINGS) and their Chinese in
# the catalogue, not from the tree's code.
WORDS = {
    "en_US": {"shift": (f"{LAYER} is in ", "QGIS joins these datums only by a ballpark offset of unknown accuracy",
                        "Project Properties › Transformations"),
              "repaired": (f"Unit {INVALID} (feature {{fid}}) of {LAYER} has an invalid geometry (",
                           "); repaired for the computation"),
              "heading": "Data-quality warnings (2)"},
    "zh_CN": {"shift": (f"{LAYER} 采用西安 1980 ", "QGIS 只能以精度未知的近似偏移", "“项目属性 › 变换”"),  # CRS joined
              "repaired": (f"{LAYER} 的单元 {INVALID}（要素 {{fid}}）几何图形无效（", "）；已修复后参与计算"),
              "heading": "数据质量警告（2）"},
}


@pytest.fixture(scope="module")
def xian_units(tmp_path_factory) -> Path:
    """The sample's control units in a GeoPackage of their own, assigned Xian 1980 (EPSG:4610) as GDAL's -a_srs does
    (data from an older survey), one unit's ring given a spike back to its first vertex (a self-intersection: the
    same area, an invalid geometry)."""
    path = tmp_path_factory.mktemp("xian_units") / "units.gpkg"
    done = gdal.VectorTranslate(str(path), str(ROOT / "sample" / "xiongan_sample.gpkg"),
                                options="-a_srs EPSG:4610 -nln control_units control_units")
    assert done is not None
    done = None  # closed: written
    source = ogr.Open(str(path), update=1)
    layer = source.GetLayerByName("control_units")
    [unit] = [f for f in layer if f["HJGKDYBM"] == INVALID]
    ring = unit.GetGeometryRef().GetGeometryRef(0).GetGeometryRef(0)  # the multipolygon's first polygon's shell
    x, y = ring.GetX(0), ring.GetY(0)
    points = [(x, y), (x - 0.01, y - 0.01)] + [(ring.GetX(i), ring.GetY(i)) for i in range(ring.GetPointCount())]
    spiked = ogr.CreateGeometryFromWkt("MULTIPOLYGON(((" + ", ".join(f"{a!r} {b!r}" for a, b in points) + ")))")
    assert not spiked.IsValid()
    unit.SetGeometry(spiked)
    assert layer.SetFeature(unit) == 0
    source = None
    return path


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_the_results_tree_shows_the_data_warnings(artifacts_dir, xian_units, locale):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale=locale, timeout=240,
                      env={"ZR_E2E_XIAN_UNITS": str(xian_units), "ZR_E2E_INVALID": INVALID})
    assert run.returncode == 0 and not run.errors, run.explain()
    words, detail = WORDS[locale], run.detail
    for shown in (detail["warned"], detail["reevaluated"]):
        kinds = [row["kind"] for row in shown]
        assert kinds[0] == "warnings" and kinds.count("warnings") == 1 and "unit" in kinds, kinds
        branch = shown[0]
        assert branch["icon"] and branch["expanded"], branch
        assert branch["text"] == words["heading"], branch["text"]
        texts = [row["text"] for row in branch["children"]]
        assert len(texts) == 2 and all(row["kind"] == "warning" for row in branch["children"]), texts
        assert all(row["tip"] == row["text"] for row in branch["children"])
        [shift] = [text for text in texts if words["shift"][0] in text]
        assert all(part in shift for part in words["shift"]), shift
        start, end = words["repaired"]
        [repaired] = [text for text in texts if text.startswith(start.format(fid=detail["fid"]))]
        assert repaired.endswith(end), repaired
    assert detail["reevaluated"][0] == detail["warned"][0]
    assert "warnings" not in [row["kind"] for row in detail["clean"]]  # reviewed again: they went with the layer
    assert Path(detail["shot"]).stat().st_size > 20_000
