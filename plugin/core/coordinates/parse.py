"""Parse coordinate lists into parcels: plain ``x, y`` lines, ``J1, x, y`` lines, and the
界址点 exchange file (``[属性描述]`` + ``[地块坐标]``). Pure text work, no geometry library.

Easting/northing: a parsed Point always has ``x`` = easting (or longitude) and ``y`` = northing
(or latitude). Chinese surveying writes X = northing first; the 界址点 file always does.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ...i18n import tr
from ..text_decoding import UndecodableTextError, decode_text
from .angles import AngleError, join_angles, read_angle
from .axes import ANGLE, HEMISPHERE, Row, Value, axis_order, check_axis
from .commas import NUMBER, Line, decimal_commas
from .crs import guess_crs
from .errors import CoordinateError
from .lines import (
    check_hemisphere_names,
    check_lone_hemisphere,
    check_lost_values,
    check_named_commas,
    check_plain_commas,
    check_seconds_or_value,
    check_third_values,
    check_trailing_letter,
    check_value_count,
)

SPLIT = re.compile(r"[,\s;，；\t]+")
BLOCK = re.compile(r"^\s*\[(.+?)\]\s*$")


@dataclass
class Point:
    """One vertex: name, ring (1 outer, 2+ holes), easting/longitude x, northing/latitude y; ``angle``: how a
    coordinate was written in degrees (``ANGLE`` with °, minutes and seconds; ``HEMISPHERE`` a decimal number with
    its hemisphere; "" neither)."""

    name: str
    ring: int
    x: float
    y: float
    line: int
    angle: str = ""


@dataclass
class Parcel:
    """One polygon: its name and its rings by number."""

    name: str
    line: int
    rings: Dict[int, List[Point]] = field(default_factory=dict)
    declared_points: Optional[int] = None

    def points(self) -> List[Point]:
        """Every point of every ring."""
        return [p for ring in self.rings.values() for p in ring]


@dataclass
class ParsedCoordinates:
    """What a coordinate text held: parcels, a suggested CRS and where it came from."""

    kind: str
    parcels: List[Parcel]
    crs: str = ""
    crs_reason: str = ""
    attributes: Dict[str, str] = field(default_factory=dict)
    northing_first: bool = False

    def point_count(self) -> int:
        """Number of points over all parcels and rings."""
        return sum(len(p.points()) for p in self.parcels)


def decode(data: bytes) -> Tuple[str, str]:
    """Text of a coordinate file and its encoding's name (``text_decoding.decode_text``); else the translated
    refusal naming the first byte that fails."""
    try:
        return decode_text(data)
    except UndecodableTextError as error:
        raise CoordinateError(tr("The file is not text in UTF-8, UTF-16 (with its byte-order mark) or GBK (byte "
                                 "{offset}): save it as UTF-8 or GBK text and try again.").format(
            offset=error.offset)) from error


def parse_text(text: str, northing_first: Optional[bool] = None) -> ParsedCoordinates:
    """Parse any supported format; ``northing_first`` forces the axis order of plain lists."""
    if "[地块坐标]" in text:
        return parse_jzd(text)
    return parse_lines(text, northing_first)


def _coordinate(token: str, line: int, raw: str) -> Value:
    """A coordinate as a number, as an angle in degrees, minutes and seconds or as decimal degrees with a hemisphere
    (with its hemisphere's axis); else the error."""
    if NUMBER.match(token) and "e" in token.lower():
        raise CoordinateError(tr("Line {line}: “{token}” is written with an exponent (as a spreadsheet shows a long "
                                 "number in a narrow column): digits may have been cut off, and an E may be a "
                                 "hemisphere. Write the number in full, as in 39403464.69.").format(
            line=line, token=token), line)
    if NUMBER.match(token):
        return Value(float(token), "", "", token)
    try:
        angle = read_angle(token)
    except AngleError as error:
        meant = dict(zip(("meant", "seconds"), error.meant))
        raise CoordinateError(_angle_error(error).format(line=line, token=token, value=error.value, **meant),
                              line) from error
    if angle is None:
        raise CoordinateError(tr("Line {line}: “{text}” is not a coordinate — “{token}” is not a number. "
                                 "Write coordinates as numbers such as 4323456.78, as degrees, minutes and seconds "
                                 "such as 116°23′45.6″E or 东经116°23′45.6″, or as decimal degrees with a hemisphere "
                                 "such as 116.396E or 东经116.396 (a point name such as J1 may only come "
                                 "first).").format(line=line, text=raw.strip(), token=token), line)
    return Value(angle.degrees, ANGLE if angle.marked else HEMISPHERE, angle.axis, token)


def _angle_error(error: AngleError) -> str:
    """The translated template of an angle that cannot be read (minutes or seconds of 60 or more, beyond 180° or a
    latitude beyond 90°, a minus sign
    with a hemisphere, a letter after the seconds that may be their mark or the south, no seconds mark)."""
    if error.part == "minutes":
        return tr("Line {line}: the minutes of “{token}” are {value}: minutes and seconds of an angle are below 60.")
    if error.part == "seconds":
        return tr("Line {line}: the seconds of “{token}” are {value}: minutes and seconds of an angle are below 60.")
    if error.part == "degrees":
        return tr("Line {line}: “{token}” is more than 180° (its degrees are {value}): a longitude is at most 180° and "
                  "a latitude at most 90°. Correct the degrees.")
    if error.part == "latitude":
        return tr("Line {line}: “{token}” is marked as a latitude (N, S, 北纬, 南纬) but is more than 90° (its degrees "
                  "are {value}): a latitude is at most 90°. Correct the degrees, or the hemisphere if it is a "
                  "longitude.")
    if error.part == "south":
        return tr("Line {line}: in “{token}” the {value} after the seconds may be their mark or the south: write "
                  "“{meant}” for a south latitude, or “{seconds}” for seconds.")
    if error.part == "mark":
        return tr("Line {line}: “{token}” writes no seconds mark before the hemisphere {value}: write “{meant}”.")
    return tr("Line {line}: “{token}” has both a minus sign and a hemisphere ({value}): write one of them, as in "
              "33°52′S or -33°52′.")


def _tokens(raw: str) -> List[str]:
    return [t for t in SPLIT.split(raw.strip()) if t]


def parse_lines(text: str, northing_first: Optional[bool] = None) -> ParsedCoordinates:
    """``x, y`` or ``name, x, y`` lines (one ring); blank lines and ``#`` comments are skipped."""
    rows: List[Row] = []
    lines: List[Line] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        tokens = _tokens(join_angles(raw))
        if not tokens or tokens[0].startswith("#"):
            continue
        if not rows and not any(ch.isdigit() for ch in raw):
            continue  # a header line such as "点号,X,Y"
        check_plain_commas(raw, number)
        check_seconds_or_value(tokens, raw, number)
        check_lone_hemisphere(tokens[1:] if len(tokens) == 3 else tokens, raw, number)
        check_trailing_letter(raw, number)
        check_value_count(tokens, raw, number)
        lines.append((list(tokens), raw, number))
        named = len(tokens) == 3
        name = tokens.pop(0) if named else str(len(rows) + 1)
        rows.append(Row(name, _coordinate(tokens[0], number, raw), _coordinate(tokens[1], number, raw), number, raw,
                        named))
    if not rows:
        raise CoordinateError(tr("No coordinates found: paste one point a line, as “x, y” or “J1, x, y”."))
    check_named_commas(lines)
    check_lost_values(lines)
    check_hemisphere_names(lines)
    check_third_values(lines)
    first = axis_order(rows) if northing_first is None else northing_first
    points = [_plain_point(row, first) for row in rows]
    parcel = Parcel(tr("Site"), rows[0].line, {1: points})
    check_rings([parcel])
    crs, reason = guess_crs({}, points)
    return ParsedCoordinates("numbered" if any(not row.name.isdigit() for row in rows) else "plain",
                             [parcel], crs, reason, {}, first)


def _plain_point(row: Row, northing_first: bool) -> Point:
    """One plain line's point, its columns read in the axis order; a hemisphere naming the other axis is refused."""
    (east, north) = (row.b, row.a) if northing_first else (row.a, row.b)
    check_axis(row.a, "lat" if northing_first else "lon", row.line)
    check_axis(row.b, "lon" if northing_first else "lat", row.line)
    return Point(row.name, 1, east.number, north.number, row.line, row.a.angle or row.b.angle)


def parse_jzd(text: str) -> ParsedCoordinates:
    """The 界址点 exchange file: ``[属性描述]`` key=value lines, ``[地块坐标]`` parcels and points."""
    attributes: Dict[str, str] = {}
    parcels: List[Parcel] = []
    block = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        found = BLOCK.match(line)
        if found:
            block = found.group(1).strip()
        elif block == "属性描述":
            key, _sep, value = line.partition("=")
            attributes[key.strip()] = value.strip()
        elif block == "地块坐标":
            _jzd_line(line, number, parcels)
    if not parcels:
        raise CoordinateError(tr("The [地块坐标] block holds no parcel: each parcel starts with a header "
                                 "line ending in “@”, followed by lines “点号,圈号,X,Y”."))
    check_point_counts(parcels)
    check_rings(parcels)
    points = [p for parcel in parcels for p in parcel.points()]
    crs, reason = guess_crs(attributes, points)
    return ParsedCoordinates("jzd", parcels, crs, reason, attributes, True)


def _jzd_line(line: str, number: int, parcels: List[Parcel]) -> None:
    """One line of the [地块坐标] block: a parcel header (ends with @) or a point."""
    if line.endswith("@"):
        fields = [f.strip() for f in line[:-1].split(",")]
        name = next((f for f in (fields[3:4] + fields[2:3]) if f), "") or str(len(parcels) + 1)
        parcels.append(Parcel(name, number, {}, _declared_count(fields[0], number)))
        return
    if not parcels:
        raise CoordinateError(tr("Line {line}: a point comes before any parcel header; a parcel starts "
                                 "with a line ending in “@”.").format(line=number), number)
    fields = [f.strip() for f in line.split(",")]
    if len(fields) < 4:
        raise CoordinateError(tr("Line {line}: “{text}” is not a point line “点号,圈号,X,Y”.").format(
            line=number, text=line), number)
    _check_point_fields(fields, number, line)
    ring_text = fields[1]
    if not ring_text.isdigit() or int(ring_text) < 1:
        raise CoordinateError(tr("Line {line}: the ring number (圈号) “{ring}” must be 1 for the outer "
                                 "boundary or 2, 3 … for holes.").format(line=number, ring=ring_text), number)
    northing, easting = _coordinate(fields[2], number, line), _coordinate(fields[3], number, line)
    check_axis(northing, "lat", number)
    check_axis(easting, "lon", number)
    _check_ring_continues(parcels[-1], int(ring_text), number)
    parcels[-1].rings.setdefault(int(ring_text), []).append(
        Point(fields[0], int(ring_text), easting.number, northing.number, number, northing.angle or easting.angle))


def _check_point_fields(fields: List[str], number: int, line: str) -> None:
    """A point line holds 点号,圈号,X,Y and nothing more; numbers split by a decimal comma are named as such."""
    values = fields[2:]
    while len(values) > 2 and not values[-1]:
        values.pop()  # a trailing comma
    if len(values) == 2:
        return
    joined = decimal_commas(values)
    if joined:
        raise CoordinateError(tr("Line {line}: “{text}” writes a decimal comma (X and Y make {count} values): "
                                 "write X and Y with a decimal point, as in “{example}”.").format(
            line=number, text=line, count=len(values), example=",".join(fields[:2] + joined)), number)
    raise CoordinateError(tr("Line {line}: “{text}” has {count} values after 点号 and 圈号; a point line is "
                             "“点号,圈号,X,Y”.").format(line=number, text=line, count=len(values)), number)


def _declared_count(text: str, line: int) -> Optional[int]:
    """A parcel header's 界址点数 (None when left empty); anything but a whole number is an error."""
    if not text:
        return None
    if not text.isdigit():
        raise CoordinateError(tr("Line {line}: the parcel header's point count (界址点数) “{count}” is not "
                                 "a whole number: the header starts with the number of point lines that "
                                 "follow.").format(line=line, count=text), line)
    return int(text)


def _check_ring_continues(parcel: Parcel, ring: int, line: int) -> None:
    """A ring number may not come back once another ring of the parcel has begun."""
    if ring in parcel.rings and ring != next(reversed(parcel.rings)):
        raise CoordinateError(tr("Line {line}: ring {ring} (圈号) of parcel {parcel} continues after another "
                                 "ring began: the points of each ring must be consecutive lines.").format(
            line=line, ring=ring, parcel=parcel.name), line)


def check_point_counts(parcels: List[Parcel]) -> None:
    """Every parcel has as many point lines as its header's 界址点数 says (a cut file loses points)."""
    for parcel in parcels:
        count = len(parcel.points())
        if parcel.declared_points is not None and count != parcel.declared_points:
            raise CoordinateError(tr("Parcel {parcel} (line {line}) declares {declared} points (界址点数) but "
                                     "{count} point lines follow: check whether lines are missing or the "
                                     "file was cut short.").format(
                parcel=parcel.name, line=parcel.line, declared=parcel.declared_points, count=count),
                parcel.line)


def too_few_points(count: int) -> str:
    """The error of a ring with fewer than 3 distinct points, in the singular for one."""
    if count == 1:
        return tr("Parcel {parcel}, ring {ring} (from line {line}): only 1 distinct point; a boundary needs at "
                  "least 3.")
    return tr("Parcel {parcel}, ring {ring} (from line {line}): only {count} distinct points; a boundary needs at "
              "least 3.")


def check_rings(parcels: List[Parcel]) -> None:
    """Every parcel has an outer ring 1, and every ring at least 3 distinct points (closed here)."""
    for parcel in parcels:
        if 1 not in parcel.rings:
            raise CoordinateError(tr("Parcel {parcel} (line {line}) has no outer ring (圈号 1).").format(
                parcel=parcel.name, line=parcel.line), parcel.line)
        for ring, points in parcel.rings.items():
            distinct = {(p.x, p.y) for p in points}
            if len(distinct) < 3:
                line = points[0].line if points else parcel.line
                raise CoordinateError(too_few_points(len(distinct)).format(
                    parcel=parcel.name, ring=ring, line=line, count=len(distinct)), line)
            if (points[0].x, points[0].y) == (points[-1].x, points[-1].y):
                points.pop()
