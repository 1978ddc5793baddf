"""Decimal commas in coordinate lines (4323536,30): the values as meant when a comma, read as a separator, split a
number into its whole part and its decimals. Pure text work; parse.py names the line."""

import re
from typing import List, Optional, Sequence, Tuple

NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
INTEGER = re.compile(r"^[+-]?[0-9]+$")
DIGITS = re.compile(r"^[0-9]+$")
COMMA_DECIMAL = re.compile(r"^[+-]?[0-9]+,[0-9]+$")
# one plain line: its values (tokens), its text, its number
Line = Tuple[List[str], str, int]


def spaced_commas(raw: str) -> List[str]:
    """The two values as meant when a line of two values apart by white space writes one (4323536,30) with a decimal
    comma and the other with a decimal point or a decimal comma too, else []."""
    groups = re.split(r"[\s;；]+", raw.strip())
    commas = [bool(COMMA_DECIMAL.match(g)) for g in groups]
    points = [bool(NUMBER.match(g)) and "." in g for g in groups]
    if len(groups) == 2 and any(commas) and all(c or p for c, p in zip(commas, points)):
        return [g.replace(",", ".") for g in groups]
    return []


def split_values(tokens: List[str], raw: str) -> List[str]:
    """“x y” or “name x y” as meant when decimal commas split it into 4 or 5 values (4323536,30,39403464,69),
    else []."""
    for name, values in (([], tokens), (tokens[:1], tokens[1:])):
        joined = decimal_commas(values)
        if joined and _commas_written(joined, values, raw):
            return name + joined
    return []


def named_by_a_comma(lines: Sequence[Line]) -> Optional[Line]:
    """The values as meant, text and number of the first line of three numbers that a decimal comma split
    (4323536,30,39403464.69, read as point 4323536 at 30, 39403464.69) in a list of two-value lines: as meant, it
    lies among the points of those lines; read as a name and two values, it does not. Else None."""
    pairs = [tokens for tokens, _raw, _number in lines if len(tokens) == 2]
    plain = all(NUMBER.match(value) for pair in pairs for value in pair)
    area = area_of([[float(value) for value in pair] for pair in pairs]) if plain else None
    if area is None:
        return None
    for tokens, raw, number in lines:
        meant = decimal_commas(tokens) if len(tokens) == 3 and all(NUMBER.match(t) for t in tokens) else []
        if meant and _commas_written(meant, tokens, raw) and among(list(map(float, meant)), area) \
                and not among(list(map(float, tokens[1:])), area):
            return meant, raw, number
    return None


def decimal_commas(values: List[str]) -> List[str]:
    """X and Y as meant when a decimal comma split them into 3 or 4 values (whole part, digits), else []."""
    if len(values) == 4 and _split(*values[:2]) and _split(*values[2:]):
        return [f"{values[0]}.{values[1]}", f"{values[2]}.{values[3]}"]
    if len(values) == 3 and _split(*values[:2]) and NUMBER.match(values[2]):
        return [f"{values[0]}.{values[1]}", values[2]]
    if len(values) == 3 and NUMBER.match(values[0]) and _split(*values[1:]):
        return [values[0], f"{values[1]}.{values[2]}"]
    return []


def _split(whole: str, digits: str) -> bool:
    """Whether two values are a number's whole part and decimals that a decimal comma set apart."""
    return bool(INTEGER.match(whole)) and bool(DIGITS.match(digits))


def _commas_written(joined: List[str], values: List[str], raw: str) -> bool:
    """Whether every value as meant is one of the values or was written with a comma in the line."""
    return all(v in values or v.replace(".", ",") in raw for v in joined)


def area_of(pairs: List[List[float]]) -> Optional[List[Tuple[float, float]]]:
    """The range of each column of at least two points, grown on every side by the larger range (the points' box and
    as much again around it), else None."""
    if len(pairs) < 2:
        return None
    columns = [[pair[i] for pair in pairs] for i in (0, 1)]
    grow = max(max(c) - min(c) for c in columns)
    return [(min(c) - grow, max(c) + grow) for c in columns]


def among(values: List[float], area: List[Tuple[float, float]]) -> bool:
    """Whether two numbers lie in their columns' grown ranges."""
    return all(low <= v <= high for v, (low, high) in zip(values, area))
