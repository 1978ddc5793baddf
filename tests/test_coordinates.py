"""Coordinate parsers: plain, numbered and 界址点 formats, CRS from the zone, and clear errors."""

from fractions import Fraction
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject

from zoning_review.plugin.core.coordinates.crs import epsg_for, guess_crs
from zoning_review.plugin.core.coordinates.geometry import site_geometry
from zoning_review.plugin.core.coordinates.parse import CoordinateError, decode, parse_text

DATA = Path(__file__).parent / "data" / "coordinates"


def read(name: str) -> str:
    text, _encoding = decode((DATA / name).read_bytes())
    return text


def geometry(parsed, crs=None):
    crs = QgsCoordinateReferenceSystem(crs or parsed.crs)
    return site_geometry(parsed, crs, QgsProject.instance().transformContext())


def hectares(geom, crs: str) -> float:
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7019")
    return measure.measureArea(geom) / 10000


def test_gbk_jzd_file_with_holes_and_zone_prefixed_y(qgis_app):
    data = (DATA / "jzd_gbk_holes.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text, encoding = decode(data)
    assert encoding == "GBK"
    parsed = parse_text(text)
    assert parsed.kind == "jzd" and parsed.northing_first
    assert parsed.attributes["坐标系"] == "2000国家大地坐标系"
    assert [p.name for p in parsed.parcels] == ["北地块", "南地块"]
    assert sorted(parsed.parcels[0].rings) == [1, 2]
    assert len(parsed.parcels[0].rings[1]) == 4  # the closing repeat is dropped
    assert parsed.crs == "EPSG:4527"
    assert "39" in parsed.crs_reason
    first = parsed.parcels[0].rings[1][0]
    assert first.x == pytest.approx(39403464.694) and first.y == pytest.approx(4323536.296)
    geom = geometry(parsed)
    assert geom.isMultipart() and geom.isGeosValid()
    assert len(geom.asMultiPolygon()[0]) == 2  # outer ring + hole
    outer_ha = 2.6 * 1.67 * 100  # about 2.6 km × 1.67 km
    assert hectares(geom, parsed.crs) == pytest.approx(outer_ha, rel=0.05)


def test_utf8_jzd_with_central_meridian_and_no_prefix(qgis_app):
    parsed = parse_text(read("jzd_utf8_meridian.txt"))
    assert parsed.crs == "EPSG:4548"
    assert QgsCoordinateReferenceSystem(parsed.crs).description() == "CGCS2000 / 3-degree Gauss-Kruger CM 117E"
    assert geometry(parsed).isGeosValid()


def test_plain_lonlat_lines(qgis_app):
    parsed = parse_text(read("plain_lonlat.txt"))
    assert parsed.kind == "plain" and parsed.crs == "EPSG:4490" and not parsed.northing_first
    points = parsed.parcels[0].rings[1]
    assert (points[0].x, points[0].y) == (115.885, 39.04)
    assert geometry(parsed).isGeosValid()


def test_numbered_lines_detect_surveying_order(qgis_app):
    parsed = parse_text(read("numbered_gk.txt"))
    assert parsed.kind == "numbered" and parsed.northing_first
    assert parsed.crs == "EPSG:4527"
    assert [p.name for p in parsed.parcels[0].rings[1]] == ["J1", "J2", "J3", "J4"]
    assert parsed.parcels[0].rings[1][0].x == pytest.approx(39403464.69)
    swapped = parse_text(read("numbered_gk.txt"), northing_first=False)
    assert swapped.parcels[0].rings[1][0].x == pytest.approx(4323536.30)


def test_same_site_from_every_format(qgis_app):
    plain = geometry(parse_text(read("plain_lonlat.txt")))
    numbered = parse_text(read("numbered_gk.txt"))
    assert hectares(plain, "EPSG:4490") == pytest.approx(hectares(geometry(numbered), numbered.crs), rel=1e-3)


@pytest.mark.parametrize("width,zone,prefixed,expected", [
    (3, 25, True, "EPSG:4513"), (3, 45, True, "EPSG:4533"), (3, 25, False, "EPSG:4534"),
    (3, 45, False, "EPSG:4554"), (6, 13, True, "EPSG:4491"), (6, 23, False, "EPSG:4512"),
    (3, 24, True, ""), (6, 24, False, ""),
])
def test_gauss_kruger_epsg_blocks(qgis_app, width, zone, prefixed, expected):
    found = epsg_for("cgcs2000", width, zone, prefixed)
    assert found == expected
    if found:
        description = QgsCoordinateReferenceSystem(found).description()
        assert description.startswith("CGCS2000") and (f"zone {zone}" in description) == prefixed


def test_other_datums_and_six_degree_zones(qgis_app):
    class P:
        def __init__(self, x, y):
            self.x, self.y = x, y

    xian, _ = guess_crs({"坐标系": "1980西安坐标系", "几度分带": "6", "带号": "20"}, [P(20500000, 4300000)])
    assert QgsCoordinateReferenceSystem(xian).description() == "Xian 1980 / Gauss-Kruger zone 20"
    beijing, _ = guess_crs({"坐标系": "1954北京坐标系", "几度分带": "3", "带号": "39"}, [P(500000, 4300000)])
    assert QgsCoordinateReferenceSystem(beijing).description() == "Beijing 1954 / 3-degree Gauss-Kruger CM 117E"
    none, reason = guess_crs({}, [P(500000, 4300000)])
    assert none == "" and "by hand" in reason


def _error(text: str, crs: str = "") -> CoordinateError:
    with pytest.raises(CoordinateError) as caught:
        parsed = parse_text(text)
        geometry(parsed, crs or parsed.crs or "EPSG:4490")
    return caught.value


def test_letters_in_a_coordinate(qgis_app):
    error = _error("115.88, 39.04\n115.91, 39.O4\n115.91, 39.05\n")
    assert error.line == 2 and "Line 2" in str(error) and "39.O4" in str(error) and "number" in str(error)


def test_too_few_points(qgis_app):
    error = _error("115.88, 39.04\n115.91, 39.04\n115.88, 39.04\n")
    assert "only 2 distinct points; a boundary needs at least 3." in str(error)
    error = _error("115.88, 39.04\n115.88, 39.04\n115.88, 39.04\n115.88, 39.04\n")
    assert "only 1 distinct point; a boundary needs at least 3." in str(error)


def test_wrong_number_of_values(qgis_app):
    error = _error("115.88 39.04 12 13\n")
    assert "Line 1" in str(error) and "4 values" in str(error)


def test_self_intersecting_ring(qgis_app):
    error = _error("115.88, 39.04\n115.91, 39.05\n115.91, 39.04\n115.88, 39.05\n")
    assert "crosses itself" in str(error) and "lines 1–4" in str(error) and "order" in str(error)


def test_points_outside_the_crs_area_of_use(qgis_app):
    text = read("numbered_gk.txt")
    error = _error(text, "EPSG:4526")  # zone 38 instead of 39
    assert "outside the area of use" in str(error) and "EPSG:4526" in str(error) and "J1" in str(error)
    lonlat_in_gk = _error("115.88, 39.04\n115.91, 39.04\n115.91, 39.05\n", "EPSG:4527")
    assert "outside the area of use" in str(lonlat_in_gk)


def test_a_point_without_longitude_and_latitude_is_outside_in_plain_words(qgis_app):
    """A point the CRS cannot take to longitude and latitude is named without an empty place in the sentence."""
    error = _error("J1 500000 4300000\nJ2 1000000000000 1000000000000\nJ3 500100 4300100\n",
                   "EPSG:32650")
    assert error.line == 2 and "lies outside the area of use of EPSG:32650" in str(error), str(error)
    assert "no longitude and latitude" in str(error) and "  " not in str(error)


def test_a_line_of_one_value_says_one_value(qgis_app):
    error = _error("4323536\n4323504.883 39406062.122\n4325170.191 39406081.991\n")
    assert error.line == 1 and "has 1 value;" in str(error), str(error)


def test_swapped_axes_fall_outside(qgis_app):
    parsed = parse_text(read("numbered_gk.txt"), northing_first=False)
    with pytest.raises(CoordinateError, match="swapped"):
        geometry(parsed, "EPSG:4527")


def test_jzd_errors_name_the_line(qgis_app):
    head = "[属性描述]\n带号=39\n[地块坐标]\n"
    orphan = _error(head + "J1,1,4323536.3,39403464.7\n")
    assert orphan.line == 4 and "before any parcel header" in str(orphan)
    bad_ring = _error(head + "3,1,1,A,面,,,,@\nJ1,0,4323536.3,39403464.7\n")
    assert bad_ring.line == 5 and "圈号" in str(bad_ring)
    no_parcel = _error(head)
    assert "holds no parcel" in str(no_parcel)
    hole_only = _error(head + "3,1,1,A,面,,,,@\nJ1,2,4323536.3,39403464.7\nJ2,2,4323536.3,39404464.7\n"
                       "J3,2,4324536.3,39404464.7\n")
    assert "no outer ring" in str(hole_only)


def test_hole_outside_the_outer_ring(qgis_app):
    text = read("jzd_utf8_meridian.txt").replace("5,2.0,1,", "8,2.0,1,")  # 界址点数 counts the hole too
    text += "J9,2,4300000,400000\nJ10,2,4300000,400100\nJ11,2,4300100,400100\n"
    with pytest.raises(CoordinateError, match="holes"):
        geometry(parse_text(text))


def test_undecodable_bytes():
    with pytest.raises(CoordinateError, match="UTF-8 or GBK"):
        decode(b"\x81\x30\xff\xfe\x00")


def _jzd_file(tmp_path: Path, text: str) -> str:
    """The text saved as a GBK 界址点 file and read back the dialog's way."""
    path = tmp_path / "jzd.txt"
    path.write_bytes(text.encode("gbk"))
    decoded, _encoding = decode(path.read_bytes())
    return decoded


def test_a_cut_jzd_file_is_refused(qgis_app, tmp_path):
    lines = read("jzd_gbk_holes.txt").splitlines()
    cut = _jzd_file(tmp_path, "\n".join(lines[:-2]) + "\n")  # 南地块 declares 4 points, 2 remain
    with pytest.raises(CoordinateError) as caught:
        parse_text(cut)
    assert caught.value.line == 24 and "南地块" in str(caught.value)
    assert "declares 4 points" in str(caught.value) and "2 point lines" in str(caught.value)
    uncounted = _jzd_file(tmp_path, "\n".join(lines).replace("4,7.1,DK02", "四,7.1,DK02"))
    with pytest.raises(CoordinateError, match="“四” is not a whole number") as caught:
        parse_text(uncounted)
    assert caught.value.line == 24


def test_a_ring_number_cannot_come_back(qgis_app, tmp_path):
    text = ("[属性描述]\n带号=39\n[地块坐标]\n8,400,1,A,面,,,,@\n"
            "J1,1,4323536.296,39403464.694\nJ2,1,4323504.883,39406062.122\nJ3,1,4325170.191,39406081.991\n"
            "J5,2,4324080.833,39404337.248\nJ6,2,4324075.585,39404770.122\nJ7,2,4324630.689,39404776.837\n"
            "J4,1,4325201.608,39403485.112\nJ1,1,4323536.296,39403464.694\n")
    with pytest.raises(CoordinateError) as caught:  # J4 would be joined to ring 1 in silence
        parse_text(_jzd_file(tmp_path, text))
    assert caught.value.line == 11 and "ring 1 (圈号) of parcel A" in str(caught.value)


JZD_ZONE_39 = ("[属性描述]\n{attributes}\n[地块坐标]\n5,434.4,1,A,面,,,,@\n"
               "J1,1,4323536.296,39403464.694\nJ2,1,4323504.883,39406062.122\n"
               "J3,1,4325170.191,39406081.991\nJ4,1,4325201.608,39403485.112\n"
               "J1,1,4323536.296,39403464.694\n")


@pytest.mark.parametrize("attributes,named", [
    ("坐标系=雄安新区独立坐标系\n带号=39", "雄安新区独立坐标系"),
    ("坐标系=2000国家大地坐标系\n投影类型=UTM\n带号=39", "UTM"),
    ("坐标系=2000国家大地坐标系\n计量单位=千米\n带号=39", "千米"),
    ("坐标系=2000国家大地坐标系\n几度分带=3\n带号=38", "zone number 39"),
])
def test_a_file_naming_no_known_crs_gets_none(qgis_app, tmp_path, attributes, named):
    parsed = parse_text(_jzd_file(tmp_path, JZD_ZONE_39.format(attributes=attributes)))
    assert parsed.crs == "" and named in parsed.crs_reason


def test_only_a_zone_number_or_a_central_meridian_names_a_zone(qgis_app, tmp_path):
    for zone in ("118", "39.5"):  # no zone's central meridian; no whole number
        parsed = parse_text(_jzd_file(tmp_path, JZD_ZONE_39.format(attributes=f"几度分带=3\n带号={zone}")))
        assert parsed.crs == "" and f"带号 “{zone}”" in parsed.crs_reason
    three = parse_text(_jzd_file(tmp_path, JZD_ZONE_39.format(attributes="几度分带=3\n带号=117")))
    assert three.crs == "EPSG:4527"  # CGCS2000 3-degree zone 39, CM 117°E, zone prefixed
    six = parse_text(_jzd_file(tmp_path, JZD_ZONE_39.format(attributes="几度分带=6\n带号=111").replace(
        ",39", ",19")))
    assert six.crs == "EPSG:4497"  # CGCS2000 6-degree zone 19, CM 111°E, zone prefixed


@pytest.mark.parametrize("point,example", [
    ("J1,1,4323536,296,39403464,694", "J1,1,4323536.296,39403464.694"),
    ("J1,1,4323536,296,39403464.694", "J1,1,4323536.296,39403464.694"),
    ("J1,1,4323536.296,39403464,694", "J1,1,4323536.296,39403464.694"),
])
def test_a_decimal_comma_in_a_jzd_point_line_is_named(qgis_app, tmp_path, point, example):
    text = JZD_ZONE_39.format(attributes="带号=39").replace("J1,1,4323536.296,39403464.694", point, 1)
    with pytest.raises(CoordinateError) as caught:  # never read as X=4323536, Y=296
        parse_text(_jzd_file(tmp_path, text))
    assert caught.value.line == 5 and "Line 5" in str(caught.value) and "decimal comma" in str(caught.value)
    assert f"as in “{example}”" in str(caught.value)


def test_a_jzd_point_line_with_more_values_is_refused(qgis_app, tmp_path):
    first = "J1,1,4323536.296,39403464.694"
    extra = JZD_ZONE_39.format(attributes="带号=39").replace(first, first + ",12.5", 1)
    with pytest.raises(CoordinateError) as caught:  # 12.5 was dropped in silence
        parse_text(_jzd_file(tmp_path, extra))
    assert caught.value.line == 5 and "has 3 values after 点号 and 圈号" in str(caught.value)
    trailing = parse_text(_jzd_file(tmp_path, JZD_ZONE_39.format(attributes="带号=39").replace(first, first + ",", 1)))
    assert trailing.parcels[0].rings[1][0].y == pytest.approx(4323536.296)


@pytest.mark.parametrize("encoded,encoding", [
    (lambda text: b"\xff\xfe" + text.encode("utf-16-le"), "UTF-16 LE"),  # Notepad's "Unicode"
    (lambda text: b"\xfe\xff" + text.encode("utf-16-be"), "UTF-16 BE"),
    (lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), "UTF-8"),
    (lambda text: text.encode("utf-8"), "UTF-8"),
    (lambda text: text.encode("gbk"), "GBK"),
])
def test_a_jzd_file_in_each_encoding_reads_the_same(qgis_app, encoded, encoding):
    text = (DATA / "jzd_gbk_holes.txt").read_bytes().decode("gbk").replace("\r\n", "\n").replace("\n", "\r\n")
    decoded, found = decode(encoded(text))
    assert (decoded, found) == (text, encoding)
    parsed = parse_text(decoded)
    assert [p.name for p in parsed.parcels] == ["北地块", "南地块"] and parsed.crs == "EPSG:4527"


def test_gb18030_beyond_gbk_is_named_so():
    text = "[属性描述]\n带号=39\n[地块坐标]\n4,1,1,刘䶮地块,面,,,,@\n"
    assert decode(text.encode("gb18030")) == (text, "GB18030")


@pytest.mark.parametrize("data,offset", [
    ("1,2\n".encode("utf-16-le"), 1),  # UTF-16 without its byte-order mark: never read as "1\x00,\x002"
    ("1,2\n".encode("utf-16-be"), 0),
    (b"\xff\xfe" + "1,2".encode("utf-16-le")[:-1], 6),  # cut in the middle of a character
])
def test_text_no_encoding_reads_is_refused(data, offset):
    with pytest.raises(CoordinateError, match=f"UTF-16 .* \\(byte {offset}\\)"):
        decode(data)


# 116°23′45.6″ = 116 + 23/60 + 45.6/3600 = 116 + (23·60 + 45.6)/3600 = 116 + 1425.6/3600 = 116.396
@pytest.mark.parametrize("longitude", [
    "116°23'45.6\"", "116°23′45.6″", "116d23m45.6s", "116度23分45.6秒", "116°23'45.6''", "116° 23′ 45.6″",
    "１１６°２３＇４５．６＂", "116°23’45.6”",
])
def test_degrees_minutes_seconds_are_read_exactly(qgis_app, longitude):
    text = f"{longitude}, 39°54′\n116.5, 39.9\n116.5, 40.1\n"
    parsed = parse_text(text)
    first = parsed.parcels[0].rings[1][0]
    assert (first.x, first.y) == (116.396, 39.9) and not parsed.northing_first
    assert parsed.crs == "EPSG:4490"
    assert geometry(parsed).isGeosValid()


def test_a_sign_applies_to_the_whole_angle():
    parsed = parse_text("-0°30′, -33°52′30″\n1, 1\n2, 1\n")  # 52′30″ = 52.5′ = 0.875°
    assert (parsed.parcels[0].rings[1][0].x, parsed.parcels[0].rings[1][0].y) == (-0.5, -33.875)


JZD_ANGLES = ("[属性描述]\n坐标系=2000国家大地坐标系\n[地块坐标]\n5,,1,A,面,,,,@\n"
              "J1,1,39°02′24″,115°53′06″\nJ2,1,39°02′24″,115°54′54″\nJ3,1,39°03′18″,115°54′54″\n"
              "J4,1,39°03′18″,115°53′06″\nJ1,1,39°02′24″,115°53′06″\n")


def test_a_jzd_file_in_degrees_minutes_seconds_is_the_decimal_site(qgis_app, tmp_path):
    parsed = parse_text(_jzd_file(tmp_path, JZD_ANGLES))
    decimal = parse_text(read("plain_lonlat.txt"))  # 115.885 = 115°53′06″, 39.055 = 39°03′18″ …
    assert [(p.x, p.y) for p in parsed.parcels[0].rings[1]] == [(p.x, p.y) for p in decimal.parcels[0].rings[1]]
    assert parsed.crs == "EPSG:4490"
    assert geometry(parsed).equals(geometry(decimal))


@pytest.mark.parametrize("crs", ["EPSG:4527", "EPSG:4548", "EPSG:3857"])
def test_degrees_minutes_seconds_are_refused_in_a_projected_crs(qgis_app, tmp_path, crs):
    error = _error(_jzd_file(tmp_path, JZD_ANGLES), crs)
    assert error.line == 5 and "Point J1 (line 5)" in str(error) and "degrees, minutes and seconds" in str(error)
    assert crs in str(error) and "projected" in str(error)


@pytest.mark.parametrize("point,part,value", [
    ("J2,1,39°02′24″,115°60′54″", "minutes", "60"),
    ("J2,1,39°02′60.0″,115°54′54″", "seconds", "60.0"),
    ("J2,1,39°02′24″,115°54′75″", "seconds", "75"),
])
def test_minutes_and_seconds_of_60_or_more_are_refused(qgis_app, tmp_path, point, part, value):
    error = _error(_jzd_file(tmp_path, JZD_ANGLES.replace("J2,1,39°02′24″,115°54′54″", point)))
    assert error.line == 6 and f"Line 6: the {part} of" in str(error) and f"are {value}:" in str(error)


@pytest.mark.parametrize("token", ["116.5°30′", "116°23.5′12″", "116°-23′", "116°23′45.6″e", "23′45.6″"])
def test_angles_the_reader_does_not_understand_are_no_number(qgis_app, token):
    error = _error(f"{token}, 39.9\n116.5, 39.9\n116.5, 40.1\n")
    assert error.line == 1 and "is not a number" in str(error)


@pytest.mark.parametrize("line,example", [
    ("4323536,30 39403464.69", "4323536.30 39403464.69"),  # was read as point 4323536 at 30, 39403464.69
    ("4323536.30\t39403464,69", "4323536.30 39403464.69"),
    ("115,885 39,04", "115.885 39.04"),
    ("4323536,30,39403464,69", "4323536.30 39403464.69"),  # four values: had "has 4 values"
    ("J1 4323536,30,39403464,69", "J1 4323536.30 39403464.69"),  # five values
    ("J1,4323536,30,39403464,69", "J1 4323536.30 39403464.69"),
    ("J1 4323536,30 39403464.69", "J1 4323536.30 39403464.69"),
    ("J1	4323536.30；39403464,69", "J1 4323536.30 39403464.69"),
])
def test_a_decimal_comma_in_a_plain_line_is_named(qgis_app, line, example):
    error = _error(f"{line}\n4323504.883 39406062.122\n4325170.191 39406081.991\n")
    assert error.line == 1 and "decimal comma" in str(error) and f"as in “{example}”" in str(error)


@pytest.mark.parametrize("line,count", [("4323536 30 39403464 69", 4), ("J1, 4323536, 30, 39403464, 69", 5)])
def test_values_apart_by_more_than_a_decimal_comma_are_too_many(qgis_app, line, count):
    error = _error(f"{line}\n4323504.883 39406062.122\n4325170.191 39406081.991\n")
    assert error.line == 1 and f"has {count} values" in str(error)


@pytest.mark.parametrize("line", ["J1 4323536.30,39403464.69", "1 500000,4300000", "115.885,39.04"])
def test_a_comma_between_coordinates_is_still_a_separator(qgis_app, line):
    # point 1 lies among the others: a line of three values among lines of two is read as named only then
    assert len(parse_text(f"{line}\n500000,4300100\n500100,4300100\n").parcels[0].rings[1]) == 3


@pytest.mark.parametrize("line,longitude", [
    ("116°23′ 39°54′", float(Fraction(116 * 60 + 23, 60))), ("116° 23′ 39° 54′", float(Fraction(116 * 60 + 23, 60))),
    ("116°23'45.6\" 39°54'", 116.396), ("116° 39.9°", 116.0),
])
def test_two_angles_apart_by_white_space_stay_two(qgis_app, line, longitude):
    first = parse_text(f"{line}\n116.5 39.9\n116.5 40.1\n").parcels[0].rings[1][0]
    assert (first.x, first.y) == (longitude, 39.9)
