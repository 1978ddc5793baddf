"""A decimal comma that splits one line of a comma-separated list into three numbers (4323536,30,39403464.69) is
named at its line when the list's other lines, of two values, tell it apart from a point name; a named point is
still read."""

import pytest

from zoning_review.plugin.core.coordinates.parse import CoordinateError, parse_text

PROJECTED = ["4323504.883,39406062.122", "4325170.191,39406081.991", "4325170.191,39403464.69"]
GEOGRAPHIC = ["115.915,39.04", "115.915,39.055", "115.885,39.055"]


def text(first: str, others: list, at: int = 0) -> str:
    """A list with ``first`` as line ``at + 1`` among the other lines."""
    lines = list(others)
    lines.insert(at, first)
    return "".join(line + "\n" for line in lines)


@pytest.mark.parametrize("line,others,at,meant,named", [
    # X as 4323536,30 was read as point “4323536” at x = 30, y = 39403464.69
    ("4323536,30,39403464.69", PROJECTED, 0, "4323536.30 39403464.69", "1,4323536,39403464"),
    ("4323536.30,39403464,69", PROJECTED, 1, "4323536.30 39403464.69", "1,4323536,39403464"),
    ("115,885,39.04", GEOGRAPHIC, 2, "115.885 39.04", "1,115.9,39.04"),
    ("115.885,39,04", GEOGRAPHIC, 0, "115.885 39.04", "1,115.885,39.05"),
])
def test_a_decimal_comma_making_three_numbers_among_two_is_named(qgis_app, line, others, at, meant, named):
    with pytest.raises(CoordinateError) as caught:
        parse_text(text(line, others, at))
    assert caught.value.line == at + 1
    assert str(caught.value) == (f"Line {at + 1}: “{line}” writes a decimal comma: write the coordinates with a "
                                 f"decimal point, as in “{meant}”.")
    # a point really named so, among the other lines' points, is read (the northing first in metres)
    parsed = parse_text(text(named, others, at))
    point = parsed.parcels[0].rings[1][at]
    written = (point.y, point.x) if parsed.northing_first else (point.x, point.y)
    assert (point.name, *written) == ("1", *map(float, named.split(",")[1:]))
    assert parsed.northing_first == (others is PROJECTED)


@pytest.mark.parametrize("line,refusal", [
    ("4323536,30,39403464.69", "writes a decimal comma"),  # refused among lines of two values, read among named ones
    # no decimal part a comma set apart (3.5), or not among the other points (4323.536): no decimal comma; but as a
    # name and x, y the point lies far from the others, so it is refused as three values among two, never read
    ("4323536,3.5,39403464.69", "has 3 values, but line 2 has 2"),
    ("4323,536,39403464.69", "has 3 values, but line 2 has 2"),
])
def test_only_points_of_two_values_around_it_tell_a_comma_from_a_name(qgis_app, line, refusal):
    named = parse_text(text(line, [f"J{n},{xy}" for n, xy in enumerate(PROJECTED, start=2)]))
    assert named.parcels[0].rings[1][0].name == line.split(",")[0]
    with pytest.raises(CoordinateError, match=f"^Line 1: .* {refusal}"):
        parse_text(text(line, PROJECTED))
