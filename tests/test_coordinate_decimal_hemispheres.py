"""Decimal degrees with a hemisphere (116.396E, E116.396, 东经116.396, 39.9S): read exactly, in the column their
hemisphere names, by the rules of degrees, minutes and seconds — or refused at their line."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject

from zoning_review.plugin.core.coordinates.geometry import site_geometry
from zoning_review.plugin.core.coordinates.parse import CoordinateError, decode, parse_text

from .test_coordinate_hemispheres import DATA, DECIMAL
from .test_coordinate_hemispheres import LINES as HEMISPHERE_LINES

# the corners of plain_lonlat.txt, as written (DECIMAL: as numbers)
CORNERS = [("115.885", "39.04"), ("115.915", "39.04"), ("115.915", "39.055"), ("115.885", "39.055")]
LINES = {  # the notations of degrees with a hemisphere, and two that only a decimal value can be written in
    **HEMISPHERE_LINES,
    "letter ending its column": lambda lon, lat: f"{lon} E, {lat} N",
    "letter before a tab": lambda lon, lat: f"{lon} E\t{lat} N",
    "named": lambda lon, lat: f"J1 {lon}E {lat}N",
}


def corners(parsed) -> list:
    return [(p.x, p.y) for p in parsed.parcels[0].rings[1]]


def error(text: str, crs: str = "") -> CoordinateError:
    """The error of a text, read alone or placed in a CRS."""
    with pytest.raises(CoordinateError) as caught:
        parsed = parse_text(text)
        site_geometry(parsed, QgsCoordinateReferenceSystem(crs or parsed.crs), QgsProject.instance().transformContext())
    return caught.value


@pytest.mark.parametrize("form", sorted(LINES))
@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "utf-16"])
def test_decimal_degrees_with_a_hemisphere_are_read_in_their_own_column(qgis_app, tmp_path, form, encoding):
    path = tmp_path / "site.txt"
    path.write_bytes("".join(LINES[form](lon, lat) + "\n" for lon, lat in CORNERS).encode(encoding))
    parsed = parse_text(decode(path.read_bytes())[0])
    assert corners(parsed) == DECIMAL
    assert parsed.northing_first == ("latitude first" in form)
    assert parsed.crs == "EPSG:4490"
    crs, context = QgsCoordinateReferenceSystem("EPSG:4490"), QgsProject.instance().transformContext()
    decimal = parse_text((DATA / "plain_lonlat.txt").read_text(encoding="utf-8"))
    assert site_geometry(parsed, crs, context).equals(site_geometry(decimal, crs, context))


@pytest.mark.parametrize("first", ["70.5W 33.875S", "W70.5 S33.875", "西经70.5 南纬33.875", "33.875S 70.5W"])
def test_south_and_west_are_negative(qgis_app, first):
    # the values of the other lines (both below 90) do not tell their order: latitude first is chosen by hand
    parsed = parse_text(f"{first}\n-70.4, -33.875\n-70.4, -33.8\n" if first[0] != "3" else
                        f"{first}\n-33.875, -70.4\n-33.8, -70.4\n", None if first[0] != "3" else True)
    assert corners(parsed)[0] == (-70.5, -33.875)


def test_a_jzd_file_in_decimal_degrees_with_hemispheres_is_the_decimal_site(qgis_app):
    text = ("[属性描述]\n坐标系=2000国家大地坐标系\n[地块坐标]\n4,,1,A,面,,,,@\n"
            + "".join(f"J{n},1,{lat} N,{lon} E\n" for n, (lon, lat) in enumerate(CORNERS, start=1)))
    assert corners(parse_text(text)) == DECIMAL
    swapped = text.replace("J2,1,39.04 N,115.915 E", "J2,1,115.915 E,39.04 N")
    assert str(error(swapped)).startswith("Line 6: “115.915 E” is marked as a longitude")


@pytest.mark.parametrize("text,line,token,marked", [
    ("116.396E 39.9N\n39.9N 116.4E\n116.5 40\n", 2, "39.9N", "latitude"),  # line 2 swapped
    ("116.396E 116.4E\n116.4 39.9\n116.5 40\n", 1, "116.4E", "longitude"),
    ("北纬39.9 北纬39.95\n116.4 39.9\n116.5 40\n", 1, "北纬39.95", "latitude"),
    ("J1 东经116.396 北纬39.9\nJ2 北纬39.95 东经116.4\nJ3 116.5 40\n", 2, "北纬39.95", "latitude"),
])
def test_a_hemisphere_in_the_other_column_is_refused_at_its_line(qgis_app, text, line, token, marked):
    caught = error(text)
    assert caught.line == line and str(caught).startswith(f"Line {line}: “{token}” is marked as a {marked}")


def test_an_axis_order_chosen_against_the_hemispheres_is_refused(qgis_app):
    with pytest.raises(CoordinateError, match="^Line 1: “116.396E” is marked as a longitude"):
        parse_text("116.396E 39.9N\n116.4 39.9\n116.5 40\n", northing_first=True)


@pytest.mark.parametrize("token", ["-116.396E", "E-116.396", "-东经116.396", "−116.396Ｅ", "-116.396 E"])
def test_a_minus_sign_with_a_hemisphere_is_refused(qgis_app, token):
    caught = error(f"{token}, 39.9\n116.5 39.9\n116.5 40.1\n")
    assert caught.line == 1 and "both a minus sign and a hemisphere" in str(caught)


@pytest.mark.parametrize("token,meant", [("E116.396E", "E116.396"), ("116.396e", "116.396E"),
                                         ("东经116.396W", "东经116.396"), ("116.396EE", "116.396E"),
                                         ("116.39.6E", "116.396E")])
def test_two_or_unclear_hemispheres_are_no_number_one_is_read(qgis_app, token, meant):
    caught = error(f"{token}, 39.9\n116.5 39.9\n116.5 40.1\n")
    assert caught.line == 1 and "is not a number" in str(caught)
    assert corners(parse_text(f"{meant}, 39.9\n116.5 39.9\n116.5 40.1\n"))[0] == (116.396, 39.9)


@pytest.mark.parametrize("crs", ["EPSG:4527", "EPSG:4548", "EPSG:3857"])
def test_a_hemisphere_is_refused_in_a_projected_crs(qgis_app, crs):
    caught = error("4323536.30 39403464.69\n4323504.883N 39406062.122E\n4325170.191 39406081.991\n", crs)
    assert caught.line == 2 and str(caught).startswith("Point 2 (line 2) is written in degrees with a hemisphere")
    assert crs in str(caught) and "projected" in str(caught)


@pytest.mark.parametrize("line", ["116.4, 33.3375 S", "116.4\t33d20m15s S", "116.4;33.3375 S"])
def test_a_hemisphere_letter_ending_the_column_belongs_to_its_last_value(qgis_app, line):
    # a comma, a semicolon or a tab parts the values: the letter apart by a space ends the last one's column
    assert corners(parse_text(f"{line}\n116.5 -33.3\n116.5 -33.4\n"))[0] == (116.4, -33.3375)


@pytest.mark.parametrize("line,message", [
    ("116.396 E 39.9 N", "writes a hemisphere apart"), ("116.396\tE 39.9", "writes a hemisphere apart"),
    ("E 116.396 N 39.9", "writes a hemisphere apart"), ("116.396 E", "has 1 value;"),
])
def test_a_hemisphere_letter_between_two_values_is_refused(qgis_app, line, message):
    caught = error(f"116.4 39.9\n{line}\n116.5 40.1\n")
    assert caught.line == 2 and message in str(caught)


NAMED_LONLAT = "J1 116.30 39.90\nJ2 116.40 39.90\n{line}\nJ4 116.30 40.00\n"
NAMED_METRES = "J1,4323536.30,39403464.69\nJ2,4323504.88,39406062.12\n{line}\nJ4,4325170.19,39406081.99\n"
PLAIN_METRES = "4323536.30,39403464.69\n4323504.88,39406062.12\n{line}\n4325170.19,39406081.99\n"


@pytest.mark.parametrize("listed,line,token", [
    (NAMED_LONLAT, "N1 116.4", "N1"), (NAMED_LONLAT, "S1 116.4", "S1"), (NAMED_LONLAT, "东经1 39.95", "东经1"),
    (NAMED_METRES, "S12,4323536.3", "S12"), (NAMED_METRES, "E3,39406062.12", "E3"),
])
def test_a_name_that_lost_a_coordinate_is_never_read_as_a_hemisphere(qgis_app, listed, line, token):
    caught = error(listed.format(line=line), "EPSG:4490" if listed is NAMED_LONLAT else "EPSG:4527")
    assert caught.line == 3
    assert str(caught) == (f"Line 3: “{line}” has 2 values, but line 1 has 3 (a point name, x and y): “{token}” may "
                           "be a point name whose coordinate is missing, or a coordinate with its hemisphere. Write "
                           "every point as “name, x, y”, or every point as “x, y”.")
    # among plain lines too it is named first as a point name, in any CRS (not "degrees with a hemisphere" alone)
    if listed is NAMED_METRES:
        caught = error(PLAIN_METRES.format(line=line), "EPSG:4527")
        assert caught.line == 3 and str(caught).startswith(f"Line 3: “{line}” has 2 values: “{token}” may be a point "
                                                           "name whose coordinate is missing, or a coordinate in "
                                                           "degrees")


@pytest.mark.parametrize("text,line", [
    ("J1 116.30 39.90\n116.40 39.90\nJ3 116.40 40.00\n", 2),
    ("116.30 39.90\nJ2 116.40 39.90\nJ3 116.40 40.00\nJ4 116.30 40.00\n", 1),
    ("J1,4323536.30,39403464.69\nJ2,4323504.88,39406062.12\n4325170.19,39406081.99\n4325201.60,39403485.11\n", 3),
])
def test_a_line_of_two_values_among_as_many_named_lines_is_refused(qgis_app, text, line):
    caught = error(text)
    listed = text.splitlines()
    named = next(n for n, raw in enumerate(listed, start=1) if raw.startswith("J"))
    assert caught.line == line
    assert str(caught) == (f"Line {line}: “{listed[line - 1]}” has 2 values, but line {named} has 3 (a point name, x "
                           "and y): a coordinate may be missing. Write every point as “name, x, y”, or every point "
                           "as “x, y”.")
    # the same points, every line named (N1, N2 …: names, never latitudes), none, or one named among plain lines
    plain = [raw.split(maxsplit=1)[-1] if raw.startswith("J") else raw for raw in text.replace(",", " ").splitlines()]
    numbers = [str(n) for n in range(1, len(plain) + 1)]
    for points, names in (([f"N{n} {xy}" for n, xy in zip(numbers, plain)], [f"N{n}" for n in numbers]),
                          (plain, numbers), (plain[:-1] + [f"S9 {plain[-1]}"], numbers[:-1] + ["S9"])):
        parsed = parse_text("\n".join(points))
        assert [p.name for p in parsed.parcels[0].rings[1]] == names
        assert [sorted(map(str, (p.x, p.y))) for p in parsed.parcels[0].rings[1]] == \
            [sorted(str(float(v)) for v in xy.split()) for xy in plain]


def test_a_value_that_is_no_number_names_decimal_degrees_with_a_hemisphere(qgis_app):
    caught = error("116.396E, 39.9N\nJ2 116.4E\n116.4E 40N\n")
    assert caught.line == 2
    assert str(caught) == ("Line 2: “J2 116.4E” is not a coordinate — “J2” is not a number. Write coordinates as "
                           "numbers such as 4323456.78, as degrees, minutes and seconds such as 116°23′45.6″E or "
                           "东经116°23′45.6″, or as decimal degrees with a hemisphere such as 116.396E or 东经116.396 "
                           "(a point name such as J1 may only come first).")
