"""The axis order of pasted coordinate lines: which column is the easting (longitude) and which the northing
(latitude), told by the hemispheres written and by the values; a value standing in the other axis's column, or a line
whose hemisphere gives another order than the lines without one, refused at its line."""

from typing import List, NamedTuple, Optional, Tuple

from ...i18n import tr
from .errors import CoordinateError

ANGLE, HEMISPHERE = "degrees", "hemisphere"


class Value(NamedTuple):
    """One coordinate as read: its number, how it was written as an angle (``ANGLE`` with a degree mark,
    ``HEMISPHERE`` decimal degrees with a hemisphere, "" a plain number), the axis its hemisphere names ("lon",
    "lat" or ""), its text."""

    number: float
    angle: str
    axis: str
    text: str


class Row(NamedTuple):
    """One plain line as read: its point name (its number when it writes none), its two values, its line number,
    its text, whether it writes a point name."""

    name: str
    a: Value
    b: Value
    line: int
    text: str
    named: bool


def check_axis(value: Value, axis: str, line: int) -> None:
    """Refuse a coordinate whose hemisphere names the other axis than the one its column is read as, or an angle
    beyond 90° where the latitude is read."""
    if value.axis == "lon" and axis == "lat":
        raise CoordinateError(tr("Line {line}: “{token}” is marked as a longitude (E, W, 东经, 西经) but stands where "
                                 "the latitude is read: check the order of the columns.").format(
            line=line, token=value.text), line)
    if value.axis == "lat" and axis == "lon":
        raise CoordinateError(tr("Line {line}: “{token}” is marked as a latitude (N, S, 北纬, 南纬) but stands where "
                                 "the longitude is read: check the order of the columns.").format(
            line=line, token=value.text), line)
    if value.angle == ANGLE and axis == "lat" and abs(value.number) > 90:
        raise CoordinateError(tr("Line {line}: “{token}” stands where the latitude is read but is more than 90°: a "
                                 "latitude is at most 90°. Check the order of the columns, or correct the "
                                 "degrees.").format(line=line, token=value.text), line)


def written_order(row: Row) -> Optional[bool]:
    """Whether a line's hemispheres put the northing (latitude) first; None when it writes none."""
    if row.a.axis:
        return row.a.axis == "lat"
    if row.b.axis:
        return row.b.axis == "lon"
    return None


def axis_order(rows: List[Row]) -> bool:
    """Whether the first column is the northing: as the lines with a hemisphere write it and as those without one
    look; the first line whose hemisphere gives another order than theirs is refused at its line, never followed."""
    plain = [row for row in rows if written_order(row) is None]
    marked = [row for row in rows if written_order(row) is not None]
    by_values = _values_order(plain)
    if not marked:
        return bool(by_values)
    written = bool(written_order(marked[0]))
    check_axis(marked[0].a, "lat" if written else "lon", marked[0].line)  # two latitudes: the line's own error
    check_axis(marked[0].b, "lon" if written else "lat", marked[0].line)
    if plain and written != bool(by_values):
        raise _order_error(marked[0], plain[0], by_values)
    return written


def _values_order(rows: List[Row]) -> Optional[bool]:
    """Whether lines' values look northing first (True), easting first (False, degrees only), or neither (None)."""
    if looks_northing_first([(row.name, row.a.number, row.b.number) for row in rows]):
        return True
    if all(90 < abs(row.a.number) <= 180 and abs(row.b.number) <= 90 for row in rows):
        return False
    return None


def _order_error(row: Row, other: Row, by_values: Optional[bool]) -> CoordinateError:
    """The refusal of a line whose hemisphere gives another axis order than the lines without one: what it reads,
    what they read, what to write."""
    values = dict(line=row.line, text=row.text.strip(), token=row.a.text if row.a.axis else row.b.text,
                  first=tr("latitude") if written_order(row) else tr("longitude"), other=other.line,
                  other_text=other.text.strip(),
                  example=" ".join(([row.name] if row.named else []) + [row.b.text, row.a.text]))
    if by_values:
        text = tr("Line {line}: “{text}” writes the {first} first ({token}), but the lines without a hemisphere give "
                  "the northing (latitude) first by their values (line {other}: “{other_text}”): write this line in "
                  "their order, as in “{example}”, or write the hemispheres on every line.")
    elif by_values is False:
        text = tr("Line {line}: “{text}” writes the {first} first ({token}), but the lines without a hemisphere give "
                  "the easting (longitude) first by their values (line {other}: “{other_text}”): write this line in "
                  "their order, as in “{example}”, or write the hemispheres on every line.")
    else:
        text = tr("Line {line}: “{text}” writes the {first} first ({token}), but the values of the lines without a "
                  "hemisphere do not tell their order, so they are read with the easting (longitude) first (line "
                  "{other}: “{other_text}”): write the hemispheres on every line, or set the axis order by hand.")
    return CoordinateError(text.format(**values), row.line)


def looks_northing_first(rows: List[Tuple[str, float, float]]) -> bool:
    """True when the first column looks like northings: metres in China's northing range (or
    latitudes) while the second looks like eastings (or longitudes)."""
    a = [r[1] for r in rows]
    b = [r[2] for r in rows]
    if all(abs(v) <= 90 for v in a) and all(90 < abs(v) <= 180 for v in b):
        return True
    northing = all(1e6 <= v < 1e7 for v in a)
    easting = all(v < 1e6 or v >= 1e7 for v in b)
    return northing and easting
