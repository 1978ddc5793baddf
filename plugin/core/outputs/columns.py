"""Output columns: name, kind, Chinese alias and decimals, turned into QgsFields and rounded values."""

from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Sequence, Tuple

from qgis.core import QgsFields

from ..model.fields import make_field

ALIASES = "zh"  # aliases are Chinese whatever the UI language (a name, not a literal: pylupdate reads a
# literal second argument of tr() as a disambiguation)
AREA_DECIMALS = 2  # square metres to the centimetre square
DISTANCE_DECIMALS = 1  # metres to the decimetre
FRACTION_DECIMALS = 6  # a fraction to 0.0001 % (the touch tolerance is 0.01 %)


@dataclass(frozen=True)
class Column:
    """One output column; ``decimals`` rounds a double (-1: not rounded)."""

    name: str
    kind: str
    alias: str
    decimals: int = -1


def output_fields(columns: Sequence[Column]) -> QgsFields:
    """QgsFields of ``columns`` with their aliases and precision."""
    fields = QgsFields()
    for column in columns:
        field = make_field(column.name, column.kind, precision=max(column.decimals, 0))
        field.setAlias(column.alias)
        fields.append(field)
    return fields


def rounded(columns: Sequence[Column], values: Iterable[Any]) -> List[Any]:
    """``values`` in column order, doubles rounded to their column's decimals (None stays None)."""
    out = list(values)[:len(columns)]
    for index, decimals in _rounding(columns):
        if index < len(out) and isinstance(out[index], float):
            out[index] = round(out[index], decimals)
    return out


_ROUNDING: Dict[int, Tuple[Sequence[Column], Tuple[Tuple[int, int], ...]]] = {}


def _rounding(columns: Sequence[Column]) -> Tuple[Tuple[int, int], ...]:
    """The position and decimals of each column that rounds its doubles, found once per list of columns (the entry
    keeps the list, so its id stays its own)."""
    entry = _ROUNDING.get(id(columns))
    if entry is None:
        if len(_ROUNDING) >= 64:
            _ROUNDING.clear()
        positions = tuple((index, column.decimals) for index, column in enumerate(columns) if column.decimals >= 0)
        entry = _ROUNDING[id(columns)] = (columns, positions)
    return entry[1]


def apply_aliases(layer, columns: Sequence[Column]) -> None:
    """Give a loaded output layer the aliases of ``columns`` (file formats may not keep them)."""
    fields = layer.fields()
    for column in columns:
        index = fields.indexOf(column.name)
        if index >= 0:
            layer.setFieldAlias(index, column.alias)
