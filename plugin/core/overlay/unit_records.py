"""The candidate units as the overlay keeps them: one record per feature, per build of the unit index.

A record holds the unit's labels and attributes as read, and its stored geometry until the unit is
first intersected; it is then cleaned once (``clean``, under one of a few locks, so worker threads
may ask for it together). A file layer's records are all kept; a database layer's only the most
recent ones (``REMOTE_RECORDS``: a batch's recent candidates).
"""

import threading
from typing import Any, Dict, Iterable, List, Sequence, Tuple

from qgis.core import QgsGeometry, QgsRectangle
from qgis.PyQt.QtCore import QVariant

from .geometry_repair import clean_polygonal
from .reasons import feature_warning
from .types import UnitRecord
from .unit_index import FeatureIndex

REMOTE_RECORDS = 5_000  # unit records of a database layer kept at once (a batch's recent candidates)
CLEANING_LOCKS = 16  # units are cleaned under one of these locks, by feature id


def plain(value: Any) -> Any:
    """A Python value for an attribute or a database row's value (None for NULL: QGIS's NULL QVariant or None;
    a provider or ``executeSql`` gives any other value as a Python value already)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


class UnitRecords:
    """The records of the units an index's sites meet, read once per index build and cleaned once."""

    def __init__(self, index: FeatureIndex, attribute_fields: Sequence[str]):
        self.index = index
        self.attribute_fields = list(attribute_fields)
        self.kept: Dict[int, UnitRecord] = {}
        self._cleaning = [threading.Lock() for _lock in range(CLEANING_LOCKS)]
        self._build = -1

    def units(self, fids: List[int], rect: QgsRectangle) -> List[UnitRecord]:
        """The records of these candidate units (those the layer still holds), in ``fids`` order."""
        self._check_build()
        known = self.kept
        missing = [fid for fid in fids if fid not in known]
        if not missing:
            return [known[fid] for fid in fids]
        records = self._store(self.index.fetch(missing, rect))
        records.update((fid, known[fid]) for fid in fids if fid in known)
        return [records[fid] for fid in fids if fid in records]

    def prefetch(self, boxes: Iterable[QgsRectangle]) -> None:
        """Fetch the candidate units of several sites' boxes (unit CRS) in one request."""
        self._check_build()
        fids = sorted({fid for box in boxes for fid in self.index.candidates(box)} - self.kept.keys())
        if fids:  # by key alone: the sites may lie far apart, so their joint box would select too much
            self._store(self.index.fetch(fids))

    def release(self) -> Dict[int, UnitRecord]:
        """Forget the records (read again on next use) and hand over what held them, for the caller to free."""
        held, self.kept, self._build = self.kept, {}, -1
        return held

    def _check_build(self) -> None:
        """Forget the records when the index was rebuilt (the layer changed)."""
        if self._build != self.index.builds:
            self.kept, self._build = {}, self.index.builds

    def _store(self, found: Dict[int, Tuple[QgsGeometry, Any]]) -> Dict[int, UnitRecord]:
        """Records of fetched features, kept (for a database layer, only the most recent ones)."""
        if not self.index.keep_geometries and len(self.kept) + len(found) > REMOTE_RECORDS:
            self.kept = {}
        made = {fid: self._record(fid, *value) for fid, value in found.items()}
        self.kept.update(made)
        return made

    def _record(self, fid: int, geometry: QgsGeometry, values: Any) -> UnitRecord:
        """A unit's record, its geometry cleaned when first intersected (by ``clean``, maybe on a worker)."""
        code, name, category = ["" if value is None else str(value) for value in map(plain, values[:3])]
        attributes = {key: plain(value) for key, value in zip(self.attribute_fields, values[3:])}
        return UnitRecord(fid, None, None, code, name, category, attributes, raw=geometry)

    def clean(self, unit: UnitRecord) -> None:
        """Give a record its cleaned geometry and warning, once (worker threads may ask for it together)."""
        with self._cleaning[unit.fid % CLEANING_LOCKS]:
            if unit.raw is None:
                return
            cleaned = clean_polygonal(unit.raw)
            unit.geometry = cleaned.geometry
            unit.warning = feature_warning(unit.fid, unit.code, self.index.name, cleaned)
            unit.abstract = cleaned.geometry.constGet() if cleaned.geometry is not None else None
            unit.raw = None
