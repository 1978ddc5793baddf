"""Three readings of pasted coordinates that were silently wrong or explained by a later, misleading check: a hemisphere
on one line among plain lines, a lone letter ending a line, an angle beyond 180° (or a latitude beyond 90°); each is
refused at its line, naming it. And a valid list, formatted, reads back the same."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.coordinates.parse import CoordinateError, parse_text

# Beijing-area points, longitude first: the values alone tell the order (longitudes above 90, latitudes below)
LONLAT = ["116.30 39.90", "116.40 39.90", "116.40 40.00", "116.30 40.00"]
LATLON = ["39.90 116.30", "39.90 116.40", "40.00 116.40", "40.00 116.30"]


def listed(lines: list, at: int, line: str) -> str:
    """The lines with line ``at + 1`` replaced."""
    return "\n".join(line if n == at else other for n, other in enumerate(lines)) + "\n"


def refused(text: str, northing_first=None) -> CoordinateError:
    with pytest.raises(CoordinateError) as caught:
        parse_text(text, northing_first)
    return caught.value


def corners(text: str, northing_first=None) -> list:
    return [(p.x, p.y) for p in parse_text(text, northing_first).parcels[0].rings[1]]


# --- 1. a hemisphere on one line only ------------------------------------------------------------------------------

@pytest.mark.parametrize("lines,at,line,first,token,other,example", [
    # was: the whole list read latitude first, then refused as outside the CRS's area of use
    (LONLAT, 1, "39.90N 116.40", "latitude", "39.90N", "116.30 39.90", "116.40 39.90N"),
    (LONLAT, 2, "40.00 116.40E", "latitude", "116.40E", "116.30 39.90", "116.40E 40.00"),
    (LONLAT, 0, "北纬39°54′ 东经116°18′", "latitude", "北纬39°54′", "116.40 39.90", "东经116°18′ 北纬39°54′"),
    (["J1 " + xy for xy in LONLAT], 3, "J4 40.00N 116.30", "latitude", "40.00N", "J1 116.30 39.90",
     "J4 116.30 40.00N"),
])
def test_a_hemisphere_on_one_line_in_the_other_order_is_refused_at_its_line(qgis_app, lines, at, line, first, token,
                                                                            other, example):
    caught = refused(listed(lines, at, line))
    assert caught.line == at + 1
    named = 2 if at == 0 else 1
    assert str(caught) == (f"Line {at + 1}: “{line}” writes the {first} first ({token}), but the lines without a "
                           f"hemisphere give the easting (longitude) first by their values (line {named}: "
                           f"“{other}”): write this line in their order, as in “{example}”, or write the hemispheres "
                           "on every line.")
    fixed = parse_text(listed(lines, at, example))
    assert not fixed.northing_first and fixed.parcels[0].rings[1][at].y in (39.9, 40.0)


def test_a_longitude_first_line_among_latitude_first_lines_is_refused(qgis_app):
    caught = refused(listed(LATLON, 1, "116.40E 39.90"))
    assert caught.line == 2
    assert str(caught) == ("Line 2: “116.40E 39.90” writes the longitude first (116.40E), but the lines without a "
                           "hemisphere give the northing (latitude) first by their values (line 1: “39.90 116.30”): "
                           "write this line in their order, as in “39.90 116.40E”, or write the hemispheres on every "
                           "line.")


@pytest.mark.parametrize("lines,at,line,northing_first", [
    (LONLAT, 1, "116.40 39.90N", False), (LONLAT, 1, "E116.40 39.90", False), (LATLON, 1, "39.90N 116.40", True),
    (LATLON, 3, "北纬40° 东经116°18′", True), (LONLAT, 0, "116°18′E 39°54′N", False),
])
def test_a_hemisphere_on_one_line_in_the_others_order_reads_as_without_it(qgis_app, lines, at, line, northing_first):
    parsed = parse_text(listed(lines, at, line))
    assert parsed.northing_first is northing_first
    assert corners(listed(lines, at, line)) == corners("\n".join(lines))


def test_a_hemisphere_on_one_line_cannot_set_an_order_the_values_do_not_tell(qgis_app):
    text = "33.875S 70.5W\n-33.875, -70.4\n-33.8, -70.4\n"  # every value below 90: either order is possible
    caught = refused(text)
    assert caught.line == 1
    assert str(caught) == ("Line 1: “33.875S 70.5W” writes the latitude first (33.875S), but the values of the lines "
                           "without a hemisphere do not tell their order, so they are read with the easting "
                           "(longitude) first (line 2: “-33.875, -70.4”): write the hemispheres on every line, or set "
                           "the axis order by hand.")
    assert corners(text, northing_first=True) == [(-70.5, -33.875), (-70.4, -33.875), (-70.4, -33.8)]
    assert corners("33.875S 70.5W\n33.875S 70.4W\n33.8S 70.4W\n") == corners(text, northing_first=True)


def test_a_line_against_the_order_chosen_by_hand_is_refused_at_its_line(qgis_app):
    caught = refused(listed(LONLAT, 1, "39.90N 116.40"), northing_first=False)
    assert caught.line == 2 and str(caught).startswith("Line 2: “39.90N” is marked as a latitude")


# --- 2. a lone letter ending a line --------------------------------------------------------------------------------

@pytest.mark.parametrize("line,letter,value,example", [
    ("116.40 39.90 N", "N", "39.90", "116.40 39.90N"),
    ("116.40 39.90 E", "E", "39.90", "116.40 39.90E"),  # was: 39.90 read as a longitude, the whole list flipped
    ("116.40 39.90 S", "S", "39.90", "116.40 39.90S"),  # was: read as 39.90 south
    ("116.40 39.90 Ｎ", "Ｎ", "39.90", "116.40 39.90Ｎ"),
    ("J2 116.40 39.90 N", "N", "39.90", "J2 116.40 39.90N"),
    ("116°24′ 39°54′ N", "N", "39°54′", "116°24′ 39°54′N"),
    ("116.4 33d20m15s S", "S", "33d20m15s", "116.4 33d20m15sS"),
])
def test_a_hemisphere_letter_apart_at_the_end_of_a_line_is_refused(qgis_app, line, letter, value, example):
    caught = refused(listed(LONLAT, 1, line))
    assert caught.line == 2
    assert str(caught) == (f"Line 2: “{line}” ends in the letter “{letter}” apart from the values: it may be the "
                           f"hemisphere of “{value}” or a value of its own. Write the hemisphere next to its value, as "
                           f"in “{example}”, or remove the letter.")


@pytest.mark.parametrize("line,letter,example", [
    ("116.40 39.90 x", "x", "x 116.40 39.90"),  # was: “x is not a number … a point name may only come first”
    ("116.40 39.90 m", "m", "m 116.40 39.90"),
    ("116.40, 39.90, A", "A", "A 116.40, 39.90"),
    ("J2 116.40 39.90 界址", "界址", "界址 J2 116.40 39.90"),  # was: “has 4 values”
])
def test_a_word_ending_a_line_is_named_as_no_coordinate(qgis_app, line, letter, example):
    caught = refused(listed(LONLAT, 1, line))
    assert caught.line == 2
    assert str(caught) == (f"Line 2: “{line}” ends in “{letter}”, which is neither a coordinate nor a hemisphere (E, "
                           f"W, N, S): remove it, or, if it names the point, write the name first, as in "
                           f"“{example}”.")


# --- 3. angles beyond 180°, latitudes beyond 90° -------------------------------------------------------------------

@pytest.mark.parametrize("token,degrees", [
    ("181°20′", "181"), ("180°20′", "180"), ("200d10m5s", "200"), ("181度20分", "181"), ("E181°20′", "181"),
])
def test_an_angle_beyond_180_degrees_is_refused_at_its_line(qgis_app, token, degrees):
    caught = refused(listed(LONLAT, 2, f"{token} 40.00"))
    assert caught.line == 3
    assert str(caught) == (f"Line 3: “{token}” is more than 180° (its degrees are {degrees}): a longitude is at most "
                           "180° and a latitude at most 90°. Correct the degrees.")


def test_an_angle_beyond_180_degrees_is_refused_in_a_jzd_file(qgis_app):
    text = ("[属性描述]\n坐标系=2000国家大地坐标系\n[地块坐标]\n4,,1,A,面,,,,@\n"
            "J1,1,39°02′24″,115°53′06″\nJ2,1,39°02′24″,195°54′54″\nJ3,1,39°03′18″,115°54′54″\n"
            "J4,1,39°03′18″,115°53′06″\n")
    caught = refused(text)
    assert caught.line == 6
    assert str(caught) == ("Line 6: “195°54′54″” is more than 180° (its degrees are 195): a longitude is at most 180° "
                           "and a latitude at most 90°. Correct the degrees.")


@pytest.mark.parametrize("token,degrees", [("95°20′N", "95"), ("北纬116°18′", "116"), ("S90°0′1″", "90")])
def test_an_angle_marked_as_a_latitude_beyond_90_degrees_is_refused(qgis_app, token, degrees):
    caught = refused(listed(LONLAT, 1, f"116.40 {token}"))
    assert caught.line == 2
    assert str(caught) == (f"Line 2: “{token}” is marked as a latitude (N, S, 北纬, 南纬) but is more than 90° (its "
                           f"degrees are {degrees}): a latitude is at most 90°. Correct the degrees, or the hemisphere "
                           "if it is a longitude.")


@pytest.mark.parametrize("text,line,token", [
    (listed(LONLAT, 1, "116.40 95°20′"), 2, "95°20′"),
    ("[属性描述]\n[地块坐标]\n3,,1,A,面,,,,@\nJ1,1,39°54′,116°18′\nJ2,1,116°24′,39°54′\nJ3,1,40°,116°24′\n", 5,
     "116°24′"),
])
def test_an_angle_beyond_90_degrees_where_the_latitude_is_read_is_refused(qgis_app, text, line, token):
    caught = refused(text)
    assert caught.line == line
    assert str(caught) == (f"Line {line}: “{token}” stands where the latitude is read but is more than 90°: a "
                           "latitude is at most 90°. Check the order of the columns, or correct the degrees.")


# 179°59′59.9″ = 179 + 3599.9/3600
@pytest.mark.parametrize("line,point", [
    ("180° 40.00", (180, 40)), ("179°59′59.9″ 90°", (179 + Fraction("3599.9") / 3600, 90)), ("W180° S90°", (-180, -90)),
])
def test_angles_at_the_limits_are_read(qgis_app, line, point):
    assert corners(listed(LONLAT, 2, line))[2] == tuple(map(float, point))


# --- round trip ------------------------------------------------------------------------------------------------------

def _dms(tenths: int) -> str:
    """A whole number of tenths of seconds as degrees, minutes and seconds."""
    degrees, rest = divmod(tenths, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{degrees}°{minutes}′{tenths // 10}.{tenths % 10}″"


def _decimal(millionths: int) -> str:
    """A whole number of millionths of a degree as a decimal number."""
    return f"{millionths // 10 ** 6}.{millionths % 10 ** 6:06d}"


# points in China east of 90°E (where the values alone tell a longitude from a latitude), in tenths of seconds
TENTHS = st.tuples(st.integers(91 * 36000, 135 * 36000), st.integers(18 * 36000, 53 * 36000))
NOTATIONS = ["{lon} {lat}", "{lon}, {lat}", "{lat} {lon}", "J{n} {lon} {lat}", "{lon}E {lat}N", "{lat}N\t{lon}E",
             "东经{lon} 北纬{lat}", "北纬{lat}，东经{lon}"]


@settings(max_examples=60, deadline=None)
@given(st.lists(TENTHS, min_size=3, max_size=8, unique=True), st.sampled_from(NOTATIONS), st.booleans(),
       st.integers(0, 7))
def test_a_formatted_list_reads_back_the_same(qgis_app, tenths, notation, angles, marked_at):
    # as angles: tenths of seconds, read exactly as d + m/60 + s/3600; as decimals: the same points to 1e-6°
    written = [(_dms(lon), _dms(lat)) if angles else (_decimal(lon * 1000 // 36), _decimal(lat * 1000 // 36))
               for lon, lat in tenths]
    expected = [(float(Fraction(lon, 36000)), float(Fraction(lat, 36000))) if angles else (float(x), float(y))
                for (lon, lat), (x, y) in zip(tenths, written)]
    if len(set(expected)) < 3:
        return
    lines = [notation.format(n=n, lon=lon, lat=lat) for n, (lon, lat) in enumerate(written, start=1)]
    assert corners("\n".join(lines)) == expected
    # one line written with its hemispheres among lines of plain values in the same order reads the same
    plain = "{lat} {lon}" if notation.startswith(("{lat}", "北纬")) else "{lon} {lat}"
    marked = "{lat}N {lon}E" if plain.startswith("{lat}") else "{lon}E {lat}N"
    mixed = [(marked if n == marked_at % len(written) else plain).format(lon=lon, lat=lat)
             for n, (lon, lat) in enumerate(written)]
    assert corners("\n".join(mixed)) == expected
    # and written in the other order, it is refused at its line
    other = "{lon}E {lat}N" if plain.startswith("{lat}") else "{lat}N {lon}E"
    swapped = [(other if n == marked_at % len(written) else plain).format(lon=lon, lat=lat)
               for n, (lon, lat) in enumerate(written)]
    assert refused("\n".join(swapped)).line == marked_at % len(written) + 1
