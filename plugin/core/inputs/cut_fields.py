"""Field names a Shapefile cut: a .dbf holds at most 10 bytes of a name, so GDAL writes ``construction`` as
``constructi`` and, when that is taken, ``construc_1`` (``construc_1``…``construc_9``, then ``constru_10``…).

Such a field is named as what it may be, never read as it: two long names cut alike (``discharges_cod``,
``discharges_nh3``) share the cut form, and a wrong guess could pass a site."""

import re
from typing import Iterable, List, Sequence, Tuple

NAME_BYTES = 10  # the most a .dbf field name holds
ENCODINGS = ("utf-8", "gbk")  # a Chinese Shapefile's field names are written in one of these
NUMBERED = re.compile(r"(.+)_(\d{1,2})")


def _size(text: str, encoding: str) -> int:
    """``text``'s bytes in ``encoding``; more than a name holds when it cannot be written in it."""
    try:
        return len(text.encode(encoding))
    except UnicodeEncodeError:
        return NAME_BYTES + 1


def _cut_at_limit(field: str, name: str) -> bool:
    """True when ``field`` is ``name`` cut where its next character would pass a .dbf name's 10 bytes."""
    if len(field) >= len(name) or not name.lower().startswith(field.lower()):
        return False
    longer = field + name[len(field)]
    return any(_size(field, enc) <= NAME_BYTES < _size(longer, enc) for enc in ENCODINGS)


def _numbered_cut(field: str, name: str) -> bool:
    """True when ``field`` is ``name`` cut and numbered as GDAL names a cut form already taken (``construc_1``)."""
    found = NUMBERED.fullmatch(field)
    if not found or len(field) != NAME_BYTES or len(name) <= NAME_BYTES:
        return False
    return name.lower().startswith(found.group(1).lower())


def cut_forms(names: Sequence[str], field_names: Iterable[str]) -> List[Tuple[str, str]]:
    """(field, name) for each of ``field_names`` that may be one of ``names`` cut by the Shapefile format."""
    fields = list(field_names)
    lowered = {field.lower() for field in fields}
    return [(field, name) for name in names if name.lower() not in lowered for field in fields
            if _cut_at_limit(field, name) or _numbered_cut(field, name)]
