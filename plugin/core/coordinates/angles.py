"""Angles written in degrees, minutes and seconds — 116°23'45.6", 116°23′45.6″, 116d23m45.6s,
116度23分45.6秒, full-width characters too — read exactly as decimal degrees (d + m/60 + s/3600, the
sign applying to the whole angle). A hemisphere before or after the angle (E116°23′, 39°54′20″N,
东经116°23′, 北纬39°54′) tells its axis; S and W (南纬, 西经) make it negative. A decimal number of degrees with its
hemisphere (116.396E, E116.396, 东经116.396, 39.9S) is read the same way. Pure text work."""

import re
from fractions import Fraction
from typing import NamedTuple, Optional, Tuple

FULL_WIDTH = str.maketrans("０１２３４５６７８９．－＋＇＂ｄｍｓＤＭＳＥＮＷ−", "0123456789.-+'\"dmsDMSENW-")
NUMBER = r"[0-9]+(?:\.[0-9]+)?"
# a hemisphere: its axis ("lon" or "lat") and the sign it gives the angle
HEMISPHERES = {"E": ("lon", 1), "W": ("lon", -1), "N": ("lat", 1), "S": ("lat", -1),
               "东经": ("lon", 1), "西经": ("lon", -1), "北纬": ("lat", 1), "南纬": ("lat", -1)}
WORDS = "东经|西经|北纬|南纬"
ANGLE = re.compile(
    rf"^(?P<sign>[+-]?)\s*(?P<before>[EWNS]|{WORDS})?\s*(?P<inner>[+-]?)\s*"
    rf"(?P<d>{NUMBER})\s*(?P<mark>[°º˚dD度])"
    rf"(?:\s*(?P<m>{NUMBER})\s*['′’mM分]"
    rf"(?:\s*(?P<s>{NUMBER})\s*(?P<second>''|′′|’’|[\"″”sS秒])?)?)?"
    rf"\s*(?P<after>[EWNS])?$"
)
# decimal degrees with a hemisphere before or after them: 116.396E, E116.396, 东经116.396, 39.9S
DECIMAL = re.compile(
    rf"^(?P<sign>[+-]?)\s*(?P<before>[EWNS]|{WORDS})?\s*(?P<inner>[+-]?)\s*(?P<d>{NUMBER})\s*(?P<after>[EWNS])?$"
)
# the white space inside an angle written with symbols ("116° 23′ 45.6″"): after the degrees before minutes, after
# the minutes before seconds, marked or followed by a letter (never between two angles: "116°23′ 39°54′"), after a
# hemisphere word ("东经 116°", "东经 116.396"), before a hemisphere letter that ends its column ("39.9 N" before a
# comma, a tab or the line's end)
FIGURES = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
PART = rf"{FIGURES}\s*"
INNER_SPACE = re.compile(
    rf"(?<=[0-9０-９])\s*([°º˚度])\s+(?={PART}['′’＇分])"
    rf"|(?<=[0-9０-９])\s*(['′’＇分])\s+(?={PART}(?:''|′′|’’|[\"″”＂秒sSｓＳEWNＥＷＮ]))"
    rf"|({WORDS})\s+(?=[+-]?[0-9０-９])"
    rf"|(?<=[0-9０-９°º˚度′'’＇分″\"”＂秒sSdDmM])[ \u3000]+([EWNSＥＷＮＳ])(?=[ \u3000]*(?:[,;，；\t]|$))"
)

# white space after the minutes before a number and a hemisphere that ends its value ("116°23′ 39.9N", "116d23m
# 39.9N"): the angle's seconds without their mark, or decimal degrees of their own
SECONDS_OR_VALUE = re.compile(
    rf"(?<=[0-9０-９])\s*(?P<minutes>['′’＇分mMｍＭ])\s+(?P<number>{FIGURES})[ \u3000]*"
    rf"(?P<hemisphere>[EWNSＥＷＮＳ])(?=[\s,;，；]|$)"
)
SEPARATORS = re.compile(r"[,\s;，；]+")
# the seconds mark that goes with each minutes mark (s after M too: S could be the south)
SECONDS_MARKS = {"'": '"', "′": "″", "’": "”", "＇": "＂", "分": "秒", "m": "s", "M": "s", "ｍ": "ｓ", "Ｍ": "ｓ"}
# the minutes marks whose white space join_angles never removes: after them, white space parts values
LETTER_MINUTES = "mMｍＭ"


class Angle(NamedTuple):
    """Decimal degrees, the axis its hemisphere names: "lon" (E, W, 东经, 西经), "lat" (N, S, 北纬, 南纬) or ""
    (none written), and whether it was written with a degree mark (False: a decimal number with its hemisphere)."""

    degrees: float
    axis: str
    marked: bool


class AngleError(ValueError):
    """An angle written but not readable: ``part`` is 'minutes' or 'seconds' (60 or more), 'degrees' (an angle with
    a degree mark beyond 180°), 'latitude' (one marked as a latitude beyond 90°), 'sign' (a minus sign with a
    hemisphere), 'south' (an S after the seconds: their mark or the south?) or 'mark' (a hemisphere right after the
    seconds, without their mark); ``value`` as written; ``meant``: the angle written unambiguously."""

    def __init__(self, part: str, value: str, meant: Tuple[str, ...] = ()) -> None:
        super().__init__(part, value)
        self.part, self.value, self.meant = part, value, meant


def read_angle(token: str) -> Optional[Angle]:
    """An angle written with a degree mark, or decimal degrees with a hemisphere; None for any other text (also a
    fraction before the last part, as in 116.5°30′, two hemispheres or two signs, seconds without their mark);
    AngleError when its minutes or seconds are 60 or more, it has a degree mark and is beyond 180° (a latitude beyond
    90°), a minus sign comes with a hemisphere, or a letter after the seconds leaves their mark unclear (33°20′15S,
    33d20m15S: seconds or south?) or missing (116°20′15E)."""
    text = token.strip().translate(FULL_WIDTH)
    found = ANGLE.match(text)
    if found:
        return None if _ambiguous(found) or _unmarked(found) else _angle(found, True)
    found = DECIMAL.match(text)
    if found and (found.group("before") or found.group("after")) and not _doubled(found):
        return _angle(found, False)
    return None


def _angle(found: re.Match, marked: bool) -> Angle:
    """The angle a match holds, signed by its hemisphere or its sign; AngleError for a sign with a hemisphere."""
    hemisphere = found.group("before") or found.group("after")
    if hemisphere and "-" in found.group("sign", "inner"):
        raise AngleError("sign", hemisphere)
    value = _degrees(*found.group("d", "m", "s")) if marked else Fraction(found.group("d"))
    axis, sign = HEMISPHERES.get(hemisphere, ("", 1))
    if marked and value > (90 if axis == "lat" else 180):
        raise AngleError("latitude" if axis == "lat" else "degrees", found.group("d"))
    negative = sign < 0 or "-" in found.group("sign", "inner")
    return Angle(float(-value if negative else value), axis, marked)


def _doubled(found: re.Match) -> bool:
    """Two hemispheres or two signs."""
    return bool(found.group("before") and found.group("after") or found.group("sign") and found.group("inner"))


def _ambiguous(found: re.Match) -> bool:
    """Two hemispheres, two signs, or a fraction before the last part."""
    if _doubled(found):
        return True
    degrees, minutes, seconds = found.group("d", "m", "s")
    return (minutes is not None and "." in degrees) or (seconds is not None and "." in minutes)


def _unmarked(found: re.Match) -> bool:
    """Whether the seconds are written without their mark; AngleError when a letter right after the seconds may be
    their mark or the south (S, or s after a degree sign, with no other hemisphere), or is a hemisphere."""
    degrees, minutes, seconds = found.group("d", "m", "s")
    if seconds is None:
        return False
    mark, after = found.group("second"), found.group("after")
    meant = f"{degrees}°{minutes}′{seconds}″"
    if mark is None and after:
        raise AngleError("mark", after, (meant + after,))
    south = mark == "S" or mark == "s" and found.group("mark") not in ("d", "D")
    if south and not (found.group("before") or after):
        raise AngleError("south", mark, (meant + "S", meant))
    return mark is None


def _degrees(degrees: str, minutes: Optional[str], seconds: Optional[str]) -> Fraction:
    """d + m/60 + s/3600 exactly; AngleError for minutes or seconds of 60 or more."""
    value = Fraction(degrees)
    for part, text, size in (("minutes", minutes, 60), ("seconds", seconds, 3600)):
        if text is not None:
            if Fraction(text) >= 60:
                raise AngleError(part, text)
            value += Fraction(text) / size
    return value


def is_hemisphere(token: str) -> bool:
    """Whether the text is a hemisphere alone (E, N, 东经, full-width Ｅ …), without its angle."""
    return token.strip().translate(FULL_WIDTH) in HEMISPHERES


def join_angles(line: str) -> str:
    """A line with the white space inside its angles removed, so that splitting at white space keeps each
    angle whole."""
    return INNER_SPACE.sub(lambda found: next(group for group in found.groups() if group), line)


class SecondsOrValue(NamedTuple):
    """White space after the minutes before a number and a hemisphere (116°23′ 39.9N): the number and hemisphere as
    written, the one angle they may end (116°23′39.9″N), the two values they may be (116°23′ and 39.9N), and whether
    the white space parts values as the line is read (after the letter m of 116d23m)."""

    value: str
    angle: str
    first: str
    second: str
    parted: bool


def seconds_or_value(line: str) -> Optional[SecondsOrValue]:
    """The first white space after the minutes of an angle that comes before a number and a hemisphere, with both
    readings (a hemisphere before the angle ends its one-angle reading at the seconds); else None."""
    for found in SECONDS_OR_VALUE.finditer(line):
        first = SEPARATORS.split(join_angles(line[:found.end("minutes")]).strip())[-1]
        angle = ANGLE.match(first.translate(FULL_WIDTH))
        if angle and angle.group("m") is not None and angle.group("s") is None:
            number, hemisphere = found.group("number", "hemisphere")
            seconds = SECONDS_MARKS[found.group("minutes")] + ("" if angle.group("before") else hemisphere)
            return SecondsOrValue(line[found.start("number"):found.end()], first + number + seconds, first,
                                  number + hemisphere, found.group("minutes") in LETTER_MINUTES)
    return None
