"""A pasted line that reads as a point two ways is refused at its line, naming both: three values among lines of two
(x, y and a height, or a point name, x and y), a point name such as S12 that lost a coordinate among lines of two."""

import pytest

from zoning_review.plugin.core.coordinates.parse import CoordinateError, parse_text

LONLAT = ["116.30 39.90", "116.40 39.90", "116.40 40.00", "116.30 40.00"]
METRES = ["4323536.30,39403464.69", "4323504.88,39406062.12", "4325170.19,39406081.99", "4325201.60,39403485.11"]
ANGLES = ["116°18′ 39°54′", "116°24′ 39°54′", "116°24′ 40°", "116°18′ 40°"]


def listed(lines: list, at: int, line: str) -> str:
    """The lines with line ``at + 1`` replaced."""
    return "\n".join(line if n == at else other for n, other in enumerate(lines)) + "\n"


def refused(text: str) -> CoordinateError:
    with pytest.raises(CoordinateError) as caught:
        parse_text(text)
    return caught.value


def points(text: str) -> list:
    return [(p.name, p.x, p.y) for p in parse_text(text).parcels[0].rings[1]]


@pytest.mark.parametrize("lines,at,line,name", [
    (LONLAT, 2, "116.40 40.00 12", "116.40"),  # was point “116.40” at 40.00, 12
    (LONLAT, 0, "116.30 39.90 52.5", "116.30"),
    (METRES, 3, "4325201.60,39403485.11,48.2", "4325201.60"),
    (METRES, 1, "4323505 39406062 48", "4323505"),  # whole metres: the name would be a whole number too
    (ANGLES, 2, "116°24′ 40° 12", "116°24′"),  # an angle is never a point name
    (LONLAT, 1, "116.5 116.30 38.5", "116.5"),  # neither reading lies among the points, and 116.5 is no name
])
def test_three_values_among_lines_of_two_name_both_readings(qgis_app, lines, at, line, name):
    caught = refused(listed(lines, at, line))
    other = 2 if at == 0 else 1
    assert caught.line == at + 1
    assert str(caught) == (f"Line {at + 1}: “{line}” has 3 values, but line {other} has 2 (x and y): it may be x and "
                           f"y followed by a third value such as a height, or a point named “{name}” with its x and y. "
                           "Write every point as “x, y”, or every point as “name, x, y”.")


@pytest.mark.parametrize("lines,at,line,point", [
    (LONLAT, 2, "3 116.40 40.00", ("3", 116.40, 40.00)),  # a point number: 3, 116.40 lies among no point
    (LONLAT, 2, "12 116.40 40.00", ("12", 116.40, 40.00)),
    (LONLAT, 2, "S3 116.40 40.00", ("S3", 116.40, 40.00)),  # S3 read as 3°S would be no point either
    (LONLAT, 2, "J3 116.40 40.00", ("J3", 116.40, 40.00)),
    (METRES, 2, "J3,4325170.19,39406081.99", ("J3", 39406081.99, 4325170.19)),
    (METRES, 2, "3,4325170.19,39406081.99", ("3", 39406081.99, 4325170.19)),
    (ANGLES, 2, "3 116°24′ 40°", ("3", 116.4, 40.0)),
])
def test_a_named_point_among_lines_of_two_is_read_when_only_its_name_makes_a_point(qgis_app, lines, at, line, point):
    assert points(listed(lines, at, line))[at] == point


@pytest.mark.parametrize("lines,line,token", [
    (METRES, "S12,4323536.3", "S12"),  # was refused in a projected CRS as degrees with a hemisphere
    (METRES, "E3,39406062.12", "E3"),
    (LONLAT, "N3 116.4", "N3"),  # was "marked as a latitude … check the order of the columns"
    (LONLAT, "E3 40.00", "E3"),  # was read as longitude 3°E
    (LONLAT, "Ｓ3 116.4", "Ｓ3"),
])
def test_a_point_name_that_lost_a_coordinate_among_lines_of_two_names_both_readings(qgis_app, lines, line, token):
    caught = refused(listed(lines, 2, line))
    assert caught.line == 3
    degrees = token.replace("Ｓ", "S") + ".0"
    assert str(caught) == (f"Line 3: “{line}” has 2 values: “{token}” may be a point name whose coordinate is "
                           "missing, or a coordinate in degrees with its hemisphere. Write a named point as "
                           f"“{token}, x, y”, and degrees with a decimal point, as in “{degrees}”.")


@pytest.mark.parametrize("line,point", [
    ("E116 N40", ("3", 116.0, 40.0)),  # both hemispheres: degrees
    ("E116.40 40.00", ("3", 116.4, 40.0)),  # a decimal point: degrees
    ("116.40E 40", ("3", 116.4, 40.0)),
])
def test_degrees_with_a_hemisphere_among_lines_of_two_are_read(qgis_app, line, point):
    assert points(listed(LONLAT, 2, line))[2] == point


@pytest.mark.parametrize("lines,name", [
    ([f"{line} 52.5" for line in LONLAT], "116.30"),  # was points “116.30” … at 39.90°E, 52.5°N: in Russia
    ([f"{line},48.2" for line in METRES], "4323536.30"),
    ([f"{line} 12" for line in ANGLES], "116°18′"),
    ([f"J{n} {line}" for n, line in enumerate(LONLAT[:3], start=1)] + ["-116.30 39.90 40.00"], "-116.30"),
])
def test_a_first_value_that_reads_as_a_coordinate_is_no_point_name(qgis_app, lines, name):
    caught = refused("\n".join(lines))
    line = next(n for n, text in enumerate(lines, start=1) if text.startswith(name))
    assert caught.line == line
    assert str(caught) == (f"Line {line}: “{lines[line - 1]}” has 3 values, and “{name}” reads as a coordinate, not "
                           "as a point name: it may be x and y followed by a third value such as a height. Write "
                           "every point as “x, y”, or every point as “name, x, y” with a name such as J1 or 1.")


@pytest.mark.parametrize("names", [["1", "2", "3", "4"], ["001", "002", "003", "004"], ["N1", "N2", "S3", "E4"]])
def test_whole_numbers_and_hemisphere_letters_before_them_stay_point_names(qgis_app, names):
    text = "\n".join(f"{name} {line}" for name, line in zip(names, LONLAT))
    assert [point[0] for point in points(text)] == names


@pytest.mark.parametrize("lines,at,line", [
    (LONLAT, 1, "1 16.40 39.90"),  # a space typed into 116.40: was point “1” at 16.40, 39.90
    (LONLAT, 1, "116 .40 39.90"),  # was point “116” at 0.40, 39.90
    (METRES, 2, "43 25170.19,39406081.99"),
])
def test_a_whole_number_name_is_read_only_when_its_point_lies_among_the_others(qgis_app, lines, at, line):
    caught = refused(listed(lines, at, line))
    assert caught.line == at + 1 and str(caught).startswith(f"Line {at + 1}: “{line}” has 3 values, but line 1 has 2")


@pytest.mark.parametrize("text,line,token", [
    ("4323536.30 3.94035E+07\n4323504.88 39406062.12\n4325170.19 39406081.99\n", 1, "3.94035E+07"),  # 35 m off
    ("116.3 39.9\n116.4E1 39.9\n116.4 40.0\n", 2, "116.4E1"),  # was read as 1164
    ("[属性描述]\n带号=39\n[地块坐标]\n3,,1,A,面,,,,@\nJ1,1,4.3235363e6,39403464.69\nJ2,1,4323504.88,39406062.12\n"
     "J3,1,4325170.19,39406081.99\n", 5, "4.3235363e6"),
])
def test_a_number_with_an_exponent_is_refused_at_its_line(qgis_app, text, line, token):
    caught = refused(text)
    assert caught.line == line
    assert str(caught) == (f"Line {line}: “{token}” is written with an exponent (as a spreadsheet shows a long number "
                           "in a narrow column): digits may have been cut off, and an E may be a hemisphere. Write "
                           "the number in full, as in 39403464.69.")
