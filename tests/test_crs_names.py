"""Chinese notes name the unit layer's CRS in Chinese (CGCS2000, WGS 84, Xian 1980 and Beijing 1954 geographic
and Gauss-Krüger), followed by its authority id; any other CRS by QGIS's description; English notes as before.

Expected names are written down here from the EPSG registry's names (zone n, central meridian 3n or 6n − 3),
and checked against QGIS's own srs.db for every code of the families."""

import re

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from zoning_review.plugin.core.coordinates.crs_names import chinese_name, crs_label, ellipsoid_label
from zoning_review.plugin.core.overlay.measure import ellipsoid_name
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.model import Facts

from .notes_helpers import NOTES_DATE, Scenario, project

NAMED = {
    "EPSG:4490": "CGCS2000 地理坐标系",
    "EPSG:4326": "WGS 84 地理坐标系",
    "EPSG:4610": "西安 1980 地理坐标系",
    "EPSG:4214": "北京 1954 地理坐标系",
    # CGCS2000 / Gauss-Kruger zone 13 … 23, CM 75E … 135E
    "EPSG:4491": "CGCS2000 6 度带高斯-克吕格投影 第 13 带",
    "EPSG:4501": "CGCS2000 6 度带高斯-克吕格投影 第 23 带",
    "EPSG:4502": "CGCS2000 6 度带高斯-克吕格投影 中央经线东经 75°",
    "EPSG:4509": "CGCS2000 6 度带高斯-克吕格投影 中央经线东经 117°",
    "EPSG:4512": "CGCS2000 6 度带高斯-克吕格投影 中央经线东经 135°",
    # CGCS2000 / 3-degree Gauss-Kruger zone 25 … 45, CM 75E … 135E
    "EPSG:4513": "CGCS2000 3 度带高斯-克吕格投影 第 25 带",
    "EPSG:4527": "CGCS2000 3 度带高斯-克吕格投影 第 39 带",
    "EPSG:4533": "CGCS2000 3 度带高斯-克吕格投影 第 45 带",
    "EPSG:4534": "CGCS2000 3 度带高斯-克吕格投影 中央经线东经 75°",
    "EPSG:4548": "CGCS2000 3 度带高斯-克吕格投影 中央经线东经 117°",
    "EPSG:4554": "CGCS2000 3 度带高斯-克吕格投影 中央经线东经 135°",
    # Xian 1980
    "EPSG:2327": "西安 1980 坐标系 6 度带高斯-克吕格投影 第 13 带",
    "EPSG:2334": "西安 1980 坐标系 6 度带高斯-克吕格投影 第 20 带",
    "EPSG:2338": "西安 1980 坐标系 6 度带高斯-克吕格投影 中央经线东经 75°",
    "EPSG:2348": "西安 1980 坐标系 6 度带高斯-克吕格投影 中央经线东经 135°",
    "EPSG:2349": "西安 1980 坐标系 3 度带高斯-克吕格投影 第 25 带",
    "EPSG:2369": "西安 1980 坐标系 3 度带高斯-克吕格投影 第 45 带",
    "EPSG:2370": "西安 1980 坐标系 3 度带高斯-克吕格投影 中央经线东经 75°",
    "EPSG:2384": "西安 1980 坐标系 3 度带高斯-克吕格投影 中央经线东经 117°",
    # Beijing 1954
    "EPSG:2401": "北京 1954 坐标系 3 度带高斯-克吕格投影 第 25 带",
    "EPSG:2415": "北京 1954 坐标系 3 度带高斯-克吕格投影 第 39 带",
    "EPSG:2422": "北京 1954 坐标系 3 度带高斯-克吕格投影 中央经线东经 75°",
    "EPSG:2442": "北京 1954 坐标系 3 度带高斯-克吕格投影 中央经线东经 135°",
    "EPSG:21413": "北京 1954 坐标系 6 度带高斯-克吕格投影 第 13 带",
    "EPSG:21423": "北京 1954 坐标系 6 度带高斯-克吕格投影 第 23 带",
    "EPSG:21453": "北京 1954 坐标系 6 度带高斯-克吕格投影 中央经线东经 75°",
    "EPSG:21460": "北京 1954 坐标系 6 度带高斯-克吕格投影 中央经线东经 117°",
}
# Next to the families, or another system: no Chinese name (KKJ / Finland, the gap after Beijing 1954's
# 6-degree zones, its deprecated "Gauss-Kruger 13N", Hong Kong 1980 Grid, Pseudo-Mercator, ESRI's, none).
UNNAMED = ["EPSG:2326", "EPSG:2391", "EPSG:2400", "EPSG:2443", "EPSG:4489", "EPSG:4555", "EPSG:21424",
           "EPSG:21464", "EPSG:21473", "EPSG:3857", "ESRI:102100", "", "4527"]
DATUMS = {"CGCS2000": "CGCS2000", "Xian 1980": "西安 1980 坐标系", "Beijing 1954": "北京 1954 坐标系"}
GEOGRAPHIC = {"China Geodetic Coordinate System 2000": "CGCS2000 地理坐标系", "WGS 84": "WGS 84 地理坐标系",
              "Xian 1980": "西安 1980 地理坐标系", "Beijing 1954": "北京 1954 地理坐标系"}
QGIS_NAME = re.compile(r"^(CGCS2000|Xian 1980|Beijing 1954) / (3-degree )?Gauss-Kruger (?:zone (\d+)|CM (\d+)E)$")
GEOGRAPHIC_CODES = (4214, 4326, 4490, 4610)
FAMILY_CODES = [c for c in (*range(2320, 2450), *range(4480, 4560), *range(21400, 21490)) if c not in GEOGRAPHIC_CODES]


@pytest.mark.parametrize("authid, name", sorted(NAMED.items()))
def test_a_crs_of_the_families_has_its_chinese_name(authid, name):
    assert chinese_name(authid) == name
    assert crs_label(authid, "whatever QGIS says", "zh") == f"{name}（{authid}）"


@pytest.mark.parametrize("authid", UNNAMED)
def test_any_other_crs_keeps_qgis_description(authid):
    assert chinese_name(authid) == ""
    assert crs_label(authid, "Some CRS", "zh") == (f"Some CRS（{authid}）" if authid else "Some CRS")


def test_english_names_the_authority_id_then_qgis_description():
    assert crs_label("EPSG:4527", "CGCS2000 / 3-degree Gauss-Kruger zone 39", "en") == \
        "EPSG:4527 CGCS2000 / 3-degree Gauss-Kruger zone 39"
    assert crs_label("", "", "zh") == "" and crs_label("", "", "en") == ""


def expected_from_qgis(description: str) -> str:
    """The Chinese name a QGIS description of a Chinese Gauss-Krüger CRS calls for ('' for any other)."""
    found = QGIS_NAME.match(description)
    if not found:
        return ""
    datum, three, zone, meridian = found.groups()
    where = f"第 {zone} 带" if zone else f"中央经线东经 {meridian}°"
    return f"{DATUMS[datum]} {3 if three else 6} 度带高斯-克吕格投影 {where}"


def test_every_name_agrees_with_qgis_srs_db(qgis_app):
    named = 0
    for code in FAMILY_CODES:
        description = QgsCoordinateReferenceSystem(f"EPSG:{code}").description()
        assert chinese_name(f"EPSG:{code}") == expected_from_qgis(description), (code, description)
        named += bool(expected_from_qgis(description))
    assert named == 3 * (11 + 11 + 21 + 21)  # three datums, each with 6- and 3-degree zones and meridians
    for code in GEOGRAPHIC_CODES:
        description = QgsCoordinateReferenceSystem(f"EPSG:{code}").description()
        assert chinese_name(f"EPSG:{code}") == GEOGRAPHIC[description], (code, description)


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


def notes_facts(scenario, authid: str, lang: str) -> dict:
    """The notes' facts (label → text) for a unit layer in ``authid``, the ellipsoid not chosen."""
    units = QgsVectorLayer(f"Polygon?crs={authid}", "units", "memory")
    context = notes_context(project(), scenario.ruleset, units, scenario.site, scenario.crs,
                            scenario.transform_context, date=NOTES_DATE)
    document = build_document(scenario.review, context, lang)
    return dict(pair for section in document.sections for block in section.blocks if isinstance(block, Facts)
                for pair in block.pairs)


def unit_layer_crs_fact(scenario, authid: str, lang: str) -> str:
    """The notes' 'Unit layer CRS' fact for a unit layer in ``authid``."""
    return notes_facts(scenario, authid, lang)["管控单元图层坐标参考系" if lang == "zh" else "Unit layer CRS"]


@pytest.mark.parametrize("authid, zh", [
    ("EPSG:4490", "CGCS2000 地理坐标系（EPSG:4490）"),
    ("EPSG:4527", "CGCS2000 3 度带高斯-克吕格投影 第 39 带（EPSG:4527）"),
    ("EPSG:2436", "北京 1954 坐标系 3 度带高斯-克吕格投影 中央经线东经 117°（EPSG:2436）"),
    ("EPSG:3857", "WGS 84 / Pseudo-Mercator（EPSG:3857）"),
])
def test_chinese_notes_name_the_unit_layers_crs_in_chinese_and_english_notes_as_before(scenario, authid, zh):
    assert unit_layer_crs_fact(scenario, authid, "zh") == zh
    description = QgsCoordinateReferenceSystem(authid).description()
    assert unit_layer_crs_fact(scenario, authid, "en") == f"{authid} {description}"


# The ellipsoid of each CRS (EPSG registry): its id, English (EPSG) name and Chinese name.
ELLIPSOIDS = [
    ("EPSG:4490", "EPSG:1024", "CGCS2000", "CGCS2000 椭球"),
    ("EPSG:4527", "EPSG:1024", "CGCS2000", "CGCS2000 椭球"),
    ("EPSG:4326", "EPSG:7030", "WGS 84", "WGS 84 椭球"),
    ("EPSG:4214", "EPSG:7024", "Krassowsky 1940", "克拉索夫斯基 1940 椭球"),
    ("EPSG:2436", "EPSG:7024", "Krassowsky 1940", "克拉索夫斯基 1940 椭球"),
    ("EPSG:4610", "EPSG:7049", "IAG 1975", "IAG 1975 椭球"),
    ("EPSG:4019", "EPSG:7019", "GRS 1980", "GRS 1980 椭球"),
    ("EPSG:27700", "EPSG:7001", "Airy 1830", "Airy 1830 椭球"),  # one Chinese users do not meet: PROJ's name
]


@pytest.mark.parametrize("authid, ellipsoid, english, chinese", ELLIPSOIDS)
def test_the_notes_name_the_ellipsoid_then_its_id(scenario, authid, ellipsoid, english, chinese):
    zh, en = notes_facts(scenario, authid, "zh"), notes_facts(scenario, authid, "en")
    assert zh["椭球"] == zh["面积量算基准"] == f"{chinese}（{ellipsoid}）"
    assert en["Ellipsoid"] == en["Areas measured on"] == f"{english} ellipsoid ({ellipsoid})"


def test_an_ellipsoid_proj_does_not_list_keeps_its_id(qgis_app):
    for acronym in ("WGS84", "PARAMETER:6378137:6356752.314", "BOGUS"):
        assert ellipsoid_name(acronym) == ""
        assert ellipsoid_label(acronym, "", "zh") == ellipsoid_label(acronym, "", "en") == acronym
    assert ellipsoid_name("EPSG:7048") == "GRS 1980 Authalic Sphere"
    assert ellipsoid_label("EPSG:7048", "GRS 1980 Authalic Sphere", "zh") == "GRS 1980 Authalic Sphere（EPSG:7048）"
