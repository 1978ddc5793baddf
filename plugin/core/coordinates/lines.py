"""Checks of pasted coordinate lines (``x, y`` or ``name, x, y``), each refusing a line that could be read in more
than one way at its line, with the line as it should be written: decimal commas, a hemisphere apart from its angle,
white space after the minutes, a value count, a line of two values among named lines."""

import re
from typing import List, Optional, Tuple

from ...i18n import tr
from .angles import FULL_WIDTH, AngleError, is_hemisphere, join_angles, read_angle, seconds_or_value
from .commas import DIGITS, NUMBER, Line, among, area_of, named_by_a_comma, spaced_commas, split_values
from .errors import CoordinateError

# a hemisphere letter before a whole number (S12, N1, E3): as often a point name as degrees
NAME_LIKE = re.compile(r"^[EWNS][0-9]+$")
# letters ending a line after its values, and what parts them from the values (116.40 39.90 N, 116.40, 39.90 x)
TRAILING = re.compile(
    r"^(?P<values>.*[0-9０-９°º˚′'’＇″\"”＂dDmMsS度分秒])(?P<apart>[\s,;，；]+)(?P<letter>[^\W\d_]+)$")


def check_plain_commas(raw: str, number: int) -> None:
    """Refuse two values apart by white space of which one is written with a decimal comma (4323536,30) and the other
    with a decimal point or a decimal comma too: never read as a point name and two other numbers."""
    meant = spaced_commas(raw)
    if meant:
        raise _comma_error(raw, number, meant)


def _comma_error(raw: str, number: int, meant: List[str]) -> CoordinateError:
    """The refusal of a plain line written with a decimal comma, with the line as meant."""
    return CoordinateError(tr("Line {line}: “{text}” writes a decimal comma: write the coordinates with a decimal "
                              "point, as in “{example}”.").format(line=number, text=raw.strip(),
                                                                   example=" ".join(meant)), number)


def check_seconds_or_value(tokens: List[str], raw: str, number: int) -> None:
    """Refuse white space after the minutes before a number and a hemisphere (116°23′ 39.9N, 116d23m 39.9N) when the
    line reads as a point both ways: the angle's seconds without their mark (one value, or a name and one value), or
    decimal degrees of their own; after the letter m, where white space parts values, on any line."""
    found = seconds_or_value(raw)
    if found and (found.parted or len(tokens) == 1 or len(tokens) == 2 and _is_name(tokens[0])):
        raise CoordinateError(tr("Line {line}: in “{text}” the “{value}” after the minutes may be the seconds of the "
                                 "same angle or a value of its own: write “{angle}” for one angle, or “{first}, "
                                 "{second}” for two values.").format(
            line=number, text=raw.strip(), value=found.value, angle=found.angle, first=found.first,
            second=found.second), number)


def _is_name(token: str) -> bool:
    """Whether a value can only be a point name: neither a number nor an angle."""
    try:
        return not NUMBER.match(token) and read_angle(token) is None
    except AngleError:
        return False


def check_lone_hemisphere(values: List[str], raw: str, number: int) -> None:
    """Refuse a hemisphere written apart from its angle (116°23′45.6″ E): whose angle it is cannot be told."""
    if any(is_hemisphere(value) for value in values):
        raise CoordinateError(tr("Line {line}: “{text}” writes a hemisphere apart from its angle: write it next to the "
                                 "angle, as in 116°23′45.6″E or E116°23′45.6″.").format(
            line=number, text=raw.strip()), number)


def check_trailing_letter(raw: str, number: int) -> None:
    """Refuse letters ending a line after its values: a hemisphere letter apart by white space when only white space
    parts the values (116.40 39.90 N: the last value's hemisphere or a value of its own), or any other word (116.40
    39.90 x), which is neither a coordinate nor a hemisphere."""
    found = TRAILING.match(raw.strip())
    if not found:
        return
    written, letter = found.group("values", "letter")
    values = _values(raw)  # a hemisphere letter joined to the last value, any other word a value of its own
    if len(values) < (2 if is_hemisphere(letter) else 3):
        return
    if not is_hemisphere(letter):
        raise CoordinateError(tr("Line {line}: “{text}” ends in “{letter}”, which is neither a coordinate nor a "
                                 "hemisphere (E, W, N, S): remove it, or, if it names the point, write the name "
                                 "first, as in “{example}”.").format(
            line=number, text=raw.strip(), letter=letter, example=f"{letter} {written}"), number)
    if found.group("apart").strip() or re.search(r"[,;，；\t]", written):
        return  # a comma, a semicolon or a tab parts the values: the letter ends the last one's column
    try:
        read_angle(values[-1])
    except AngleError:
        return  # the angle's own refusal names what is unclear in it
    raise CoordinateError(tr("Line {line}: “{text}” ends in the letter “{letter}” apart from the values: it may be the "
                             "hemisphere of “{value}” or a value of its own. Write the hemisphere next to its value, "
                             "as in “{example}”, or remove the letter.").format(
        line=number, text=raw.strip(), letter=letter, value=values[-1][:-len(letter)], example=written + letter),
        number)


def _values(text: str) -> List[str]:
    """The values of a line, angles written with white space inside kept whole (a hemisphere letter ending a column
    joined to its value)."""
    return [value for value in re.split(r"[,\s;，；]+", join_angles(text).strip()) if value]


def check_value_count(tokens: List[str], raw: str, number: int) -> None:
    """Refuse a line of neither two nor three values; one whose decimal commas split “x y” or “name x y” into 4 or 5
    values (4323536,30,39403464,69) is named with the line as meant."""
    if len(tokens) in (2, 3):
        return
    meant = split_values(tokens, raw)
    if meant:
        raise _comma_error(raw, number, meant)
    if len(tokens) == 1:
        text = tr("Line {line}: “{text}” has 1 value; write “x, y” or “name, x, y”, one point a line.")
    else:
        text = tr("Line {line}: “{text}” has {count} values; write “x, y” or “name, x, y”, one point a line.")
    raise CoordinateError(text.format(line=number, text=raw.strip(), count=len(tokens)), number)


def check_named_commas(lines: List[Line]) -> None:
    """Refuse a line of three numbers that a decimal comma split, among lines of two values (named_by_a_comma)."""
    found = named_by_a_comma(lines)
    if found:
        meant, raw, number = found
        raise _comma_error(raw, number, meant)


def check_lost_values(lines: List[Line]) -> None:
    """Refuse the first line of two values when lines of three (a name and two coordinates) are as many or more: it
    may have lost a coordinate, its name read as one (N1 as a latitude)."""
    two = [line for line in lines if len(line[0]) == 2]
    three = [number for tokens, _raw, number in lines if len(tokens) == 3]
    if not two or len(three) < len(two):
        return
    (token, _second), raw, number = two[0]
    angle = read_angle(token)
    if angle is not None and not angle.marked:
        text = tr("Line {line}: “{text}” has 2 values, but line {other} has 3 (a point name, x and y): “{token}” "
                  "may be a point name whose coordinate is missing, or a coordinate with its hemisphere. Write every "
                  "point as “name, x, y”, or every point as “x, y”.")
    else:
        text = tr("Line {line}: “{text}” has 2 values, but line {other} has 3 (a point name, x and y): a coordinate "
                  "may be missing. Write every point as “name, x, y”, or every point as “x, y”.")
    raise CoordinateError(text.format(line=number, text=raw.strip(), other=three[0], token=token), number)


def check_hemisphere_names(lines: List[Line]) -> None:
    """Refuse a line of two values whose first is a hemisphere letter before a whole number (S12) and whose second has
    no hemisphere: a point name that lost a coordinate, or degrees."""
    for tokens, raw, number in lines:
        name = tokens[0].translate(FULL_WIDTH)
        if len(tokens) == 2 and NAME_LIKE.match(name) and not _reading(tokens[1])[1]:
            raise CoordinateError(tr("Line {line}: “{text}” has 2 values: “{token}” may be a point name whose "
                                     "coordinate is missing, or a coordinate in degrees with its hemisphere. Write a "
                                     "named point as “{token}, x, y”, and degrees with a decimal point, as in "
                                     "“{degrees}”.").format(
                line=number, text=raw.strip(), token=tokens[0], degrees=name + ".0"), number)


def check_third_values(lines: List[Line]) -> None:
    """Refuse a line of three values that may be x and y followed by a third value such as a height: its first value
    reads as a coordinate rather than as a point name (116.40, 116°23′; a whole number or a hemisphere letter before
    one, 12 or S12, is a name), or, among lines of two, its first two values lie among their points (4323505 39406062
    48) or its last two do not (1 16.40 39.90: a space typed into 116.40)."""
    two = [(tokens, number) for tokens, _raw, number in lines if len(tokens) == 2]
    area = area_of([[_reading(token)[0] for token in tokens] for tokens, _number in two])
    for tokens, raw, number in lines:
        if len(tokens) == 3 and area and _height_or_name(tokens, area):
            raise CoordinateError(tr("Line {line}: “{text}” has 3 values, but line {other} has 2 (x and y): it may be "
                                     "x and y followed by a third value such as a height, or a point named “{name}” "
                                     "with its x and y. Write every point as “x, y”, or every point as “name, x, "
                                     "y”.").format(line=number, text=raw.strip(), other=two[0][1], name=tokens[0]),
                                  number)
        if len(tokens) == 3 and not area and _coordinate_name(tokens[0]):
            raise CoordinateError(tr("Line {line}: “{text}” has 3 values, and “{name}” reads as a coordinate, not as "
                                     "a point name: it may be x and y followed by a third value such as a height. "
                                     "Write every point as “x, y”, or every point as “name, x, y” with a name such "
                                     "as J1 or 1.").format(line=number, text=raw.strip(), name=tokens[0]), number)


def _height_or_name(tokens: List[str], area: List[Tuple[float, float]]) -> bool:
    """Whether three values may be x, y and a third value: their first reads as a number or an angle, and they do not
    make a point among the others only as a name, x and y."""
    first, x, y = (_reading(token)[0] for token in tokens)
    if first is None:
        return False
    return _coordinate_name(tokens[0]) or among([first, x], area) or not among([x, y], area)


def _coordinate_name(token: str) -> bool:
    """Whether a point name reads as a coordinate (116.40, -3, 116°23′, S12.5): not a whole number, nor a hemisphere
    letter before one (S12)."""
    whole = DIGITS.match(token) or NAME_LIKE.match(token.translate(FULL_WIDTH))
    return not whole and _reading(token)[0] is not None


def _reading(token: str) -> Tuple[Optional[float], str]:
    """A value as a number or an angle, and the axis its hemisphere names; (None, "") for anything else."""
    if NUMBER.match(token):
        return float(token), ""
    try:
        angle = read_angle(token)
    except AngleError:
        return None, ""
    return (angle.degrees, angle.axis) if angle else (None, "")
