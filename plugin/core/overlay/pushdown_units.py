"""The unit table behind a database overlay, prepared once per batch.

The database is asked once for what the chunk queries need (the table's SRID, PostGIS, and the
units without geometry). The labels and attributes of the units the chunk queries return are read
through QGIS's provider (the same values the engine reads, without geometries), once per unit and
one request per chunk, so a batch reads only the units its sites meet, not the whole table, and the
database measures each of them once, asked by key when a chunk first meets it; the few
units that are not plain valid polygons, as the chunk queries name them, are fetched and cleaned in
QGIS exactly as the engine cleans them, so that they are overlaid, repaired and reported the
engine's way.
"""

import queue
import threading
from typing import Any, Dict, Iterable, List, Optional, Tuple

from qgis.core import (
    QgsEllipsoidUtils,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from ...compat import NO_GEOMETRY
from ...i18n import tr
from ...typeset import filled
from ..coordinates.crs_names import shown_crs
from .geometry_repair import EMPTY, NULL, clean_polygonal
from .measure import measured_area
from .pushdown_sql import (
    UnitTable,
    base_geographic,
    finite,
    is_null,
    preflight_sql,
    probe_sql,
    spheroid,
    srs_sql,
    unit_areas_sql,
)
from .reasons import feature_warning
from .types import UnitRecord
from .unit_index import read_checked, source_name
from .unit_records import plain

PROBE_TOLERANCE = 1e-9  # relative: the database must measure a site as QgsDistanceArea does


class PushdownError(Exception):
    """The database cannot run this overlay; the message (translated) says why."""


class DatabaseUnits:
    """The unit table's keys, records and problem units; ``skipped`` and ``name`` as FeatureIndex has them."""

    def __init__(self, engine: Any, table: UnitTable, run: Any, readers: int = 1):
        self.engine = engine
        self.table = table
        self.name = source_name(engine.spec.layer)
        self.skipped: List[Tuple[int, str]] = []
        self.records: Dict[str, UnitRecord] = {}
        self.problems: Dict[str, UnitRecord] = {}  # cleaned, by key (as text)
        self._ready = False
        layer = engine.spec.layer
        self._fields = layer.fields()  # the key is one of them (``pushdown.database_plan``)
        self._sources: queue.SimpleQueue[Any] = queue.SimpleQueue()  # one per thread that reads records
        for _reader in range(readers):
            self._sources.put(QgsVectorLayerFeatureSource(layer) if isinstance(layer, QgsVectorLayer) else layer)
        self._local = threading.local()
        self._rows = run(preflight_sql(table))
        self.srid = self._srid(self._rows)
        self.geographic = self._geographic(run)
        self.jit = any(row[0] == "jit" and not is_null(row[1]) for row in self._rows)

    def ready(self) -> None:
        """List the units without geometry (once)."""
        if not self._ready:
            self._read_missing(self._rows)
            self._ready = True

    def _srid(self, rows: List[List[Any]]) -> int:
        found = [row[1] for row in rows if row[0] == "srid"]
        srid = int(found[0]) if found and not is_null(found[0]) else 0
        crs = self.engine.crs
        if srid <= 0 or crs.authid() != f"EPSG:{srid}":
            raise PushdownError(filled(tr("the table's spatial reference ({srid}) is not the layer's {crs}"),
                                       {"srid": srid, "crs": shown_crs(crs)}, names=("crs",)))
        return srid

    def _geographic(self, run: Any) -> int:
        """The geographic SRID whose ellipsoid areas are measured on; the ellipsoid must be the engine's."""
        own = run(srs_sql(self.srid))
        geographic = base_geographic(str(own[0][0])) if own else None
        text = run(srs_sql(geographic))[0][0] if geographic else ""
        params = QgsEllipsoidUtils.ellipsoidParameters(self.engine.ellipsoid)
        shape = spheroid(str(text)) if text else None
        if (shape is None or not params.valid or abs(shape[0] - params.semiMajor) > 1e-6
                or abs(shape[1] - params.inverseFlattening) > 1e-9):
            raise PushdownError(tr(
                "the database has no geographic CRS on the ellipsoid {ellipsoid} for the units' CRS").format(
                ellipsoid=self.engine.ellipsoid))
        return geographic

    def check_measure(self, site_units: QgsGeometry, run: Any) -> None:
        """Raise PushdownError unless the database measures this site (unit CRS) as QGIS does."""
        expected = measured_area(self.engine.measurer.for_crs(self.engine.crs), site_units)
        rows = run(probe_sql(bytes(site_units.asWkb()).hex(), self.srid, self.geographic))
        measured = None if not rows or is_null(rows[0][0]) else float(rows[0][0])
        if measured is None or not abs(measured - expected) <= PROBE_TOLERANCE * max(abs(expected), 1.0):
            raise PushdownError(tr(
                "the database measures areas differently from QGIS ({measured} m² against {expected} m²)").format(
                measured=measured, expected=expected))

    def read_records(self, keys: Iterable[Any]) -> Dict[str, UnitRecord]:
        """The records (labels and attributes, no geometry) of the units with these keys that are not
        known yet, by key as text, in one request; ``add`` keeps them. May run on a worker thread
        (the feature source was made on the calling thread) and changes nothing here."""
        wanted = sorted({str(key): key for key in keys if str(key) not in self.records}.items())
        if not wanted:
            return {}
        spec = self.engine.spec
        names = [self.table.key, spec.code_field, spec.name_field, spec.category_field] + list(spec.attribute_fields)
        request = QgsFeatureRequest()
        request.setFlags(NO_GEOMETRY)
        request.setSubsetOfAttributes(names, self._fields)
        request.setFilterExpression("{} IN ({})".format(QgsExpression.quotedColumnRef(self.table.key), ",".join(
            QgsExpression.quotedValue(value) for _text, value in wanted)))
        found: Dict[str, UnitRecord] = {}
        layer = self.engine.spec.layer  # every key came from the table just now: one not read is a read cut short
        for feature in read_checked(self._reader_source(), request, len(wanted), layer):
            values = [plain(feature[name]) for name in names]
            key = values[0]
            if not isinstance(key, (int, str)) or isinstance(key, bool) or str(key) in found:
                raise PushdownError(tr("the layer's key {key} is not a unique integer or text").format(
                    key=self.table.key))
            code, name, category = ["" if value is None else str(value) for value in values[1:4]]
            found[str(key)] = UnitRecord(feature.id(), None, None, code, name, category,
                                         dict(zip(spec.attribute_fields, values[4:])))
        return found

    def measure(self, found: Dict[str, UnitRecord], keys: Iterable[Any], run: Any) -> None:
        """Give the records just read (``found``) of the units with these keys (the plain valid polygons of a
        chunk) their area on the ellipsoid, in one query; on the worker thread, before ``add``."""
        wanted = {str(key): key for key in keys if str(key) in found and found[str(key)].area is None}
        if not wanted:
            return
        for key, area in run(unit_areas_sql(self.table, self.srid, self.geographic, wanted.values())):
            record = found.get(str(plain(key)))
            if record is not None:
                record.area = finite(area)

    def _reader_source(self) -> Any:
        """This thread's own feature source of the unit layer (made on the calling thread)."""
        source = getattr(self._local, "source", None)
        if source is None:
            source = self._local.source = self._sources.get_nowait()
        return source

    def add(self, found: Dict[str, UnitRecord]) -> None:
        """Keep records read by ``read_records`` (on the calling thread; a unit read twice keeps its first)."""
        for key, record in found.items():
            self.records.setdefault(key, record)

    def _read_missing(self, rows: List[List[Any]]) -> None:
        """The units without geometry, listed as the engine's index lists them (null or empty, as QGIS
        reads them)."""
        keys = [row[1] for row in rows if row[0] == "missing"]  # as text
        numeric = self._fields.field(self.table.key).isNumeric()
        self.add(self.read_records(int(key) if numeric else key for key in keys))
        missing = []
        for key in keys:
            if key not in self.records:
                raise PushdownError(tr("unit {key} of the table is not in the layer").format(key=key))
            missing.append(self.records[key].fid)
        if not missing:
            return
        request = QgsFeatureRequest().setFilterFids(missing)
        request.setNoAttributes()
        for feature in read_checked(self.engine.spec.layer, request, len(missing)):
            self.skipped.append((feature.id(), NULL if feature.geometry().isNull() else EMPTY))
        self.skipped.sort()

    def problem_units(self, keys: List[Any]) -> List[UnitRecord]:
        """The cleaned records of units the database named as not plain valid polygons, by feature id
        (those met first here are fetched in one request and cleaned with the engine's own steps)."""
        new = {}
        for key in keys:
            record = self.records.get(str(key))
            if record is None:
                raise PushdownError(tr("unit {key} of the table is not in the layer").format(key=key))
            if str(key) not in self.problems:
                new[record.fid] = str(key)
        if new:
            request = QgsFeatureRequest().setFilterFids(sorted(new))
            request.setNoAttributes()
            for feature in read_checked(self.engine.spec.layer, request, len(new)):
                record, cleaned = self.records[new[feature.id()]], clean_polygonal(feature.geometry())
                self.problems[new[feature.id()]] = UnitRecord(
                    record.fid, cleaned.geometry, feature_warning(record.fid, record.code, self.name, cleaned),
                    record.code, record.name, record.category, record.attributes)
        return sorted((self.problems[str(key)] for key in keys if str(key) in self.problems), key=lambda r: r.fid)

    def record(self, key: Any) -> Optional[UnitRecord]:
        """The record of a unit the database returned, by key."""
        return self.records.get(str(key))
