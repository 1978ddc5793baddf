"""Numbers (Arabic or Chinese numerals) with units: dimension, scale, conversion into a declared unit."""

import re
from typing import List, NamedTuple, Optional, Tuple

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_TENS = {"十": 10, "百": 100, "千": 1000}
MULTIPLIERS = {"万": 1e4, "亿": 1e8, "million": 1e6, "100 million": 1e8, "hundred million": 1e8}

# (spellings, dimension, scale): the scale turns the unit into the dimension's base unit. "volume" and
# "mass" need a time base from the clause (日 / 年) before they can be compared with a rate attribute.
UNITS: Tuple[Tuple[Tuple[str, ...], str, float], ...] = (
    (("蒸吨/小时", "蒸吨/时", "蒸吨每小时", "t/h", "吨/小时", "tonnes per hour", "tons per hour"), "steam", 1.0),
    (("蒸吨",), "steam", 1.0),
    (("吨/年", "t/a", "吨每年", "tonnes per year", "tons per year"), "mass_year", 1.0),
    (("立方米/日", "立方米/天", "立方米每日", "立方米每天", "m³/d", "m3/d", "cubic metres per day",
      "cubic meters per day"), "volume_day", 1.0),
    (("公里", "千米", "km", "kilometres", "kilometers", "kilometre", "kilometer"), "length", 1000.0),
    (("立方米", "m³", "m3"), "volume", 1.0),
    (("吨", "tonnes", "tons"), "mass", 1.0),
    (("米", "metres", "meters", "metre", "meter", "m"), "length", 1.0),
    (("元", "yuan"), "money", 1.0),
)
TIME_BASES = {"volume": "volume_day", "mass": "mass_year"}
_SPELLINGS = sorted(((s, d, f) for spellings, d, f in UNITS for s in spellings), key=lambda x: len(x[0]), reverse=True)
_UNIT = "|".join(re.escape(s) for s, _d, _f in _SPELLINGS)
_NUMBER = r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+"
QUANTITY = re.compile(
    rf"(?<![\d.零〇一二两三四五六七八九十百千万亿])(?P<num>{_NUMBER})\s*"
    rf"(?P<mult>万|亿|(?:100 |hundred )?million(?= ))?\s*(?P<unit>{_UNIT})(?![a-z0-9³])"
)


class Quantity(NamedTuple):
    """A number with its unit in a text: where it is, its value in the base unit, its dimension."""

    start: int
    end: int
    value: float
    dimension: str


def parse_number(text: str) -> Optional[float]:
    """An Arabic number, or a Chinese numeral such as 三十五, 五百, 一千 or 两; None if it is neither."""
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    total, digit = 0, None
    for char in text:
        if char in ZH_DIGITS:
            if digit is not None:
                return None
            digit = ZH_DIGITS[char]
        elif char in ZH_TENS:
            total += (1 if digit is None else digit) * ZH_TENS[char]
            digit = None
        else:
            return None
    return float(total + (digit or 0))


def unit_of(spelling: str) -> Optional[Tuple[str, float]]:
    """(dimension, scale) of a unit spelling, or None."""
    found = next(((d, f) for s, d, f in _SPELLINGS if s == spelling.strip().lower() or s == spelling.strip()), None)
    return found


def scale_of(declared_unit: str) -> Optional[Tuple[str, float]]:
    """(dimension, scale) of a declared attribute unit such as t/h, 万元 or m³/d; None if not understood."""
    text = (declared_unit or "").strip()
    match = re.fullmatch(r"(万|亿)?(.+)", text)
    if not text or not match:
        return None
    found = unit_of(match.group(2))
    if found is None or found[0] in TIME_BASES or found[0] == "length":
        return None
    return found[0], found[1] * MULTIPLIERS.get(match.group(1) or "", 1.0)


def find_quantities(folded: str) -> List[Quantity]:
    """Every number with a unit in a folded text, in order."""
    found = []
    for match in QUANTITY.finditer(folded):
        number = parse_number(match.group("num"))
        dimension, scale = unit_of(match.group("unit")) or ("", 0.0)
        if number is None or not dimension:
            continue
        value = number * MULTIPLIERS.get(match.group("mult") or "", 1.0) * scale
        found.append(Quantity(match.start(), match.end(), value, dimension))
    return found


def in_unit(value: float, scale: float) -> float:
    """A base-unit value in a declared unit of the given scale, as a whole number when it is one."""
    converted = round(value / scale, 6)
    return int(converted) if converted == int(converted) else converted
