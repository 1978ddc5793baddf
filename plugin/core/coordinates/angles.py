"""Angles written in degrees, minutes and seconds — 116°23'45.6", 116°23′45.6″, 116d23m45.6s,
116度23分45.6秒, full-width characters too — read exactly as decimal degrees (d + m/60 + s/3600, the
sign applying to the whole angle). Pure text work."""

import re
from fractions import Fraction
from typing import Optional

FULL_WIDTH = str.maketrans("０１２３４５６７８９．－＋＇＂ｄｍｓＤＭＳ−", "0123456789.-+'\"dmsDMS-")
NUMBER = r"[0-9]+(?:\.[0-9]+)?"
ANGLE = re.compile(
    rf"^(?P<sign>[+-]?)\s*(?P<d>{NUMBER})\s*[°º˚dD度]"
    rf"(?:\s*(?P<m>{NUMBER})\s*['′’mM分]"
    rf"(?:\s*(?P<s>{NUMBER})\s*(?:''|′′|’’|[\"″”sS秒]))?)?$"
)
# the white space inside an angle written with symbols ("116° 23′ 45.6″"): after the degrees before minutes, after
# the minutes before seconds (never between two angles: "116°23′ 39°54′")
PART = r"[0-9０-９]+(?:[.．][0-9０-９]+)?\s*"
INNER_SPACE = re.compile(
    rf"(?<=[0-9０-９])\s*([°º˚度])\s+(?={PART}['′’＇分])"
    rf"|(?<=[0-9０-９])\s*(['′’＇分])\s+(?={PART}(?:''|′′|’’|[\"″”＂秒]))"
)


class AngleError(ValueError):
    """Minutes or seconds of 60 or more: ``part`` is 'minutes' or 'seconds', ``value`` as written."""

    def __init__(self, part: str, value: str) -> None:
        super().__init__(part, value)
        self.part, self.value = part, value


def read_angle(token: str) -> Optional[float]:
    """Decimal degrees of an angle written with a degree mark, None for any other text (also a fraction
    before the last part, as in 116.5°30′); AngleError when its minutes or seconds are 60 or more."""
    found = ANGLE.match(token.strip().translate(FULL_WIDTH))
    if not found:
        return None
    degrees, minutes, seconds = found.group("d", "m", "s")
    if (minutes is not None and "." in degrees) or (seconds is not None and "." in minutes):
        return None
    value = Fraction(degrees)
    for part, text, size in (("minutes", minutes, 60), ("seconds", seconds, 3600)):
        if text is not None:
            if Fraction(text) >= 60:
                raise AngleError(part, text)
            value += Fraction(text) / size
    return float(-value if found.group("sign") == "-" else value)


def join_angles(line: str) -> str:
    """A line with the white space inside its angles removed, so that splitting at white space keeps each
    angle whole."""
    return INNER_SPACE.sub(lambda found: found.group(1) or found.group(2), line)
