"""Angles with a hemisphere (116°23′45.6″E, N39°54′20″, 东经116°23′45.6″, S and W negative): read exactly, in
the column their hemisphere names, or refused at their line."""

from fractions import Fraction
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject

from zoning_review.plugin.core.coordinates.geometry import site_geometry
from zoning_review.plugin.core.coordinates.parse import CoordinateError, decode, parse_text

DATA = Path(__file__).parent / "data" / "coordinates"
# 115°53′06″ = 115.885, 115°54′54″ = 115.915, 39°02′24″ = 39.04, 39°03′18″ = 39.055: the corners of plain_lonlat.txt
CORNERS = [("115°53′06″", "39°02′24″"), ("115°54′54″", "39°02′24″"), ("115°54′54″", "39°03′18″"),
           ("115°53′06″", "39°03′18″")]
DECIMAL = [(115.885, 39.04), (115.915, 39.04), (115.915, 39.055), (115.885, 39.055)]
LINES = {
    "suffix": lambda lon, lat: f"{lon}E, {lat}N",
    "prefix": lambda lon, lat: f"E{lon} N{lat}",
    "chinese": lambda lon, lat: f"东经{lon} 北纬{lat}",
    "chinese apart": lambda lon, lat: f"东经 {lon}，北纬 {lat}",
    "latitude first": lambda lon, lat: f"{lat}N {lon}E",
    "chinese latitude first": lambda lon, lat: f"北纬{lat}\t东经{lon}",
    "full width": lambda lon, lat: f"{lon}Ｅ {lat}Ｎ",
}


def saved(tmp_path: Path, text: str, encoding: str) -> str:
    """The text saved in an encoding and read back the coordinate dialog's way."""
    path = tmp_path / "site.txt"
    path.write_bytes(text.encode(encoding))
    decoded, _name = decode(path.read_bytes())
    return decoded


def corners(parsed) -> list:
    return [(p.x, p.y) for p in parsed.parcels[0].rings[1]]


@pytest.mark.parametrize("form", sorted(LINES))
@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "utf-16"])
def test_a_hemisphere_is_read_in_its_own_column(qgis_app, tmp_path, form, encoding):
    text = "".join(LINES[form](lon, lat) + "\n" for lon, lat in CORNERS)
    parsed = parse_text(saved(tmp_path, text, encoding))
    assert corners(parsed) == DECIMAL
    assert parsed.northing_first == ("latitude first" in form)
    decimal = parse_text((DATA / "plain_lonlat.txt").read_text(encoding="utf-8"))
    crs = QgsCoordinateReferenceSystem(parsed.crs)
    context = QgsProject.instance().transformContext()
    assert parsed.crs == "EPSG:4490"
    assert site_geometry(parsed, crs, context).equals(site_geometry(decimal, crs, context))


@pytest.mark.parametrize("longitude,latitude", [("W", "S"), ("西经", "南纬")])
def test_south_and_west_are_negative(qgis_app, longitude, latitude):
    # 70°30′ = 70.5, 33°52′30″ = 33 + 52.5/60 = 33.875
    first = "W70°30′ 33°52′30″S" if longitude == "W" else "西经70°30′ 南纬33°52′30″"
    parsed = parse_text(f"{first}\n-70.4, -33.875\n-70.4, -33.8\n")
    assert corners(parsed)[0] == (-70.5, -33.875) and not parsed.northing_first


def test_beijing_with_its_hemispheres_is_exact():
    parsed = parse_text("116°23′45.6″E 39°54′20″N\n116.4 39.9\n116.4 40\n")
    assert corners(parsed)[0] == (116.396, float(39 + Fraction(54, 60) + Fraction(20, 3600)))


@pytest.mark.parametrize("text,token,marked", [
    ("116°23′45.6″E 39°54′20″N\n39°54′20″N 116°24′E\n116.5 40\n", "39°54′20″N", "latitude"),  # line 2 swapped
    ("116°23′45.6″E 116°24′E\n116.4 39.9\n116.5 40\n", "116°24′E", "longitude"),
    ("39°54′20″N 39°55′N\n116.4 39.9\n116.5 40\n", "39°55′N", "latitude"),
])
def test_a_hemisphere_in_the_other_column_is_refused_at_its_line(qgis_app, text, token, marked):
    with pytest.raises(CoordinateError) as caught:
        parse_text(text)
    line = 2 if text.startswith("116°23′45.6″E 39") else 1
    assert caught.value.line == line and str(caught.value).startswith(f"Line {line}: “{token}” is marked as a {marked}")


def test_an_axis_order_chosen_against_the_hemispheres_is_refused(qgis_app):
    text = "116°23′45.6″E 39°54′20″N\n116.4 39.9\n116.5 40\n"
    with pytest.raises(CoordinateError, match="^Line 1: “116°23′45.6″E” is marked as a longitude"):
        parse_text(text, northing_first=True)
    assert not parse_text(text, northing_first=False).northing_first


def test_a_jzd_file_with_its_columns_swapped_is_refused(qgis_app):
    # the 界址点 file writes X (the northing, a latitude) before Y (the easting, a longitude)
    text = ("[属性描述]\n坐标系=2000国家大地坐标系\n[地块坐标]\n4,,1,A,面,,,,@\n"
            "J1,1,39°02′24″N,115°53′06″E\nJ2,1,115°54′54″E,39°02′24″N\n"
            "J3,1,39°03′18″N,115°54′54″E\nJ4,1,39°03′18″N,115°53′06″E\n")
    with pytest.raises(CoordinateError, match="^Line 6: “115°54′54″E” is marked as a longitude") as caught:
        parse_text(text)
    assert caught.value.line == 6
    fixed = parse_text(text.replace("J2,1,115°54′54″E,39°02′24″N", "J2,1,39°02′24″N,115°54′54″E"))
    assert corners(fixed) == DECIMAL


@pytest.mark.parametrize("token", ["-116°23′45.6″E", "E-116°23′45.6″", "-东经116°23′", "−116°23′Ｅ"])
def test_a_minus_sign_with_a_hemisphere_is_refused(qgis_app, token):
    with pytest.raises(CoordinateError) as caught:
        parse_text(f"{token} 39.9\n116.5 39.9\n116.5 40.1\n")
    assert caught.value.line == 1 and "both a minus sign and a hemisphere" in str(caught.value)


@pytest.mark.parametrize("token", ["E116°23′45.6″E", "116°23′45.6″e", "东经116°23′W", "33°20′15", "33d20m15"])
def test_an_angle_with_two_or_unclear_hemispheres_is_no_number(qgis_app, token):
    with pytest.raises(CoordinateError, match="is not a number") as caught:
        parse_text(f"{token} 39.9\n116.5 39.9\n116.5 40.1\n")
    assert caught.value.line == 1


@pytest.mark.parametrize("line", ["116°23′45.6″ E 39°54′20″ N", "E 116°23′45.6″ N 39°54′20″", "J1 116°23′45.6″ E 39.9",
                                  "116°23′45.6″ Ｅ 39.9", "116°23′45.6″\tE 39.9"])
def test_a_hemisphere_apart_from_its_angle_is_refused_at_its_line(qgis_app, line):
    with pytest.raises(CoordinateError, match="writes a hemisphere apart from its angle") as caught:
        parse_text(f"116.4 39.9\n{line}\n116.5 40.1\n")
    assert caught.value.line == 2


# 33°20′15″ = 33 + (20·60 + 15)/3600 = 33 + 1215/3600 = 33.3375
@pytest.mark.parametrize("token", ["33°20′15S", "33d20m15S", "33D20M15S", "33度20分15S", "３３°２０′１５Ｓ",
                                   "33°20′15s", "33度20分15s", "33° 20′ 15S", "33°20′ 15 S", "33d20m15 S", "33°20'15S"])
def test_an_s_right_after_unmarked_seconds_is_refused_with_both_readings(qgis_app, token):
    with pytest.raises(CoordinateError) as caught:
        parse_text(f"116.4 {token}\n116.5 -33.3\n116.5 -33.4\n")
    assert caught.value.line == 1 and "may be their mark or the south" in str(caught.value)
    assert "write “33°20′15″S” for a south latitude, or “33°20′15″” for seconds" in str(caught.value)


def test_an_s_right_after_unmarked_seconds_is_refused_in_a_jzd_file(qgis_app):
    text = ("[属性描述]\n坐标系=2000国家大地坐标系\n[地块坐标]\n4,,1,A,面,,,,@\n"
            "J1,1,39°02′24S,115°53′06″\nJ2,1,39°02′24″,115°54′54″\nJ3,1,39°03′18″,115°54′54″\n"
            "J4,1,39°03′18″,115°53′06″\n")
    with pytest.raises(CoordinateError, match="^Line 5: in “39°02′24S” the S after the seconds") as caught:
        parse_text(text)
    assert caught.value.line == 5
    assert corners(parse_text(text.replace("39°02′24S", "39°02′24″"))) == DECIMAL


@pytest.mark.parametrize("token,latitude", [
    ("33°20′15″S", -33.3375), ("33d20m15sS", -33.3375), ("S33°20′15″", -33.3375),
    ("33d20m15s", 33.3375), ("33D20M15s", 33.3375), ("南纬33度20分15秒", -33.3375), ("33度20分15秒S", -33.3375),
    ("33°20′15\"S", -33.3375), ("S33d20m15S", -33.3375), ("33°20′S", float(-(33 + Fraction(20, 60)))),
])
def test_seconds_and_the_south_written_apart_are_read(qgis_app, token, latitude):
    assert corners(parse_text(f"116.4 {token}\n116.5 -33.3\n116.5 -33.4\n"))[0] == (116.4, latitude)


@pytest.mark.parametrize("token,meant", [
    ("116°20′15E", "116°20′15″E"), ("116d20m15W", "116°20′15″W"), ("116D20M15E", "116°20′15″E"),
    ("116度20分15E", "116°20′15″E"), ("116° 20′ 15E", "116°20′15″E"), ("116°20′15.5Ｗ", "116°20′15.5″W"),
])
def test_a_hemisphere_right_after_unmarked_seconds_asks_for_the_seconds_mark(qgis_app, token, meant):
    with pytest.raises(CoordinateError) as caught:
        parse_text(f"{token} 39.9\n116.5 39.9\n116.5 40.1\n")
    expected = f"writes no seconds mark before the hemisphere {meant[-1]}: write “{meant}”"
    assert caught.value.line == 1 and expected in str(caught.value)
    with pytest.raises(CoordinateError, match="writes no seconds mark before the hemisphere N: write “33°20′15″N”"):
        parse_text("116.4 33°20′15N\n116.5 33.3\n116.5 33.4\n")


# 116°23′ = 116 + 23/60; 33°20' = 33 + 20/60
@pytest.mark.parametrize("line,value,angle,first,second,point", [
    ("116°23′ 39.9N", "39.9N", "116°23′39.9″N", "116°23′", "39.9N", (116 + Fraction(23, 60), 39.9)),
    ("116° 23′ 39.9 N", "39.9 N", "116°23′39.9″N", "116°23′", "39.9N", (116 + Fraction(23, 60), 39.9)),
    ("J1 116°23′ 39.9N", "39.9N", "116°23′39.9″N", "116°23′", "39.9N", (116 + Fraction(23, 60), 39.9)),
    ("116度23分 39.9N", "39.9N", "116度23分39.9秒N", "116度23分", "39.9N", (116 + Fraction(23, 60), 39.9)),
    ("33°20' 15S", "15S", "33°20'15\"S", "33°20'", "15S", (33 + Fraction(20, 60), -15.0)),
    # a hemisphere before the angle: one angle cannot take a second one after it, so its reading ends at the seconds
    ("E116°23′ 39.9N", "39.9N", "E116°23′39.9″", "E116°23′", "39.9N", (116 + Fraction(23, 60), 39.9)),
    ("东经116度23分 39.9N", "39.9N", "东经116度23分39.9秒", "东经116度23分", "39.9N", (116 + Fraction(23, 60), 39.9)),
    ("J1 东经 116°23′ 39.9N", "39.9N", "东经116°23′39.9″", "东经116°23′", "39.9N", (116 + Fraction(23, 60), 39.9)),
    # d and m: the white space is never joined, the line still reads both ways
    ("116d23m 39.9N", "39.9N", "116d23m39.9sN", "116d23m", "39.9N", (116 + Fraction(23, 60), 39.9)),
    ("J1 116D23M 39.9 N", "39.9 N", "116D23M39.9sN", "116D23M", "39.9N", (116 + Fraction(23, 60), 39.9)),
    ("E116d23m 39.9N", "39.9N", "E116d23m39.9s", "E116d23m", "39.9N", (116 + Fraction(23, 60), 39.9)),
    ("116.4 33d20m 15S", "15S", "33d20m15sS", "33d20m", "15S", (33 + Fraction(20, 60), -15.0)),
])
def test_white_space_after_the_minutes_before_a_hemisphere_is_named_as_both_readings(qgis_app, line, value, angle,
                                                                                     first, second, point):
    with pytest.raises(CoordinateError) as caught:
        parse_text(f"{line}\n116.5 39.9\n116.5 40.1\n")
    assert caught.value.line == 1
    assert str(caught.value) == (f"Line 1: in “{line}” the “{value}” after the minutes may be the seconds of the "
                                 f"same angle or a value of its own: write “{angle}” for one angle, or “{first}, "
                                 f"{second}” for two values.")
    assert corners(parse_text(f"{first}, {second}\n116.5 39.9\n116.5 40.1\n"))[0] == tuple(map(float, point))
