"""The unit table behind a database overlay, prepared once per batch.

The database is asked once for what the chunk queries need (the table's SRID, PostGIS, and the
units they must leave alone); the units' keys, labels and attributes are read once through QGIS's
provider (the same values the engine reads, without geometries); the few units that are not plain
valid polygons are fetched and cleaned in QGIS exactly as the engine cleans them, so that they are
overlaid, repaired and reported the engine's way.
"""

from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsEllipsoidUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from ...compat import NO_GEOMETRY
from ...i18n import tr
from .geometry_repair import EMPTY, NULL, clean_polygonal
from .measure import measured_area
from .pushdown_sql import (
    UnitTable,
    base_geographic,
    is_null,
    preflight_sql,
    probe_sql,
    spheroid,
    srs_sql,
)
from .types import UnitRecord
from .unit_index import read_request, source_name

PROBE_TOLERANCE = 1e-9  # relative: the database must measure a site as QgsDistanceArea does


class PushdownError(Exception):
    """The database cannot run this overlay; the message (translated) says why."""


def plain(value: Any) -> Any:
    """A Python value for an attribute (None for NULL)."""
    return None if is_null(value) else value


class DatabaseUnits:
    """The unit table's keys, records and problem units; ``skipped`` and ``name`` as FeatureIndex has them."""

    def __init__(self, engine: Any, table: UnitTable, run: Any):
        self.engine = engine
        self.table = table
        self.name = source_name(engine.spec.layer)
        self.skipped: List[Tuple[int, str]] = []
        self.records: Dict[str, UnitRecord] = {}
        self.problems: Dict[int, UnitRecord] = {}
        self._problem_index = QgsSpatialIndex()
        self._ready = False
        layer = engine.spec.layer
        source = QgsVectorLayerFeatureSource(layer) if isinstance(layer, QgsVectorLayer) else layer
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="zoning-review-units")
        self._fids = pool.submit(self._read_records, source, layer.fields())  # while the database answers
        pool.shutdown(wait=False)
        self._rows = run(preflight_sql(table))
        self.srid = self._srid(self._rows)
        self.geographic = self._geographic(run)
        self.problem_keys = [row[1] for row in self._rows if row[0] == "problem"]  # as text

    def ready(self) -> None:
        """Wait for the unit records; fetch, clean and index the problem units (once)."""
        if not self._ready:
            self._read_problems(self._rows, self._fids.result())
            self._ready = True

    def _srid(self, rows: List[List[Any]]) -> int:
        found = [row[1] for row in rows if row[0] == "srid"]
        srid = int(found[0]) if found and not is_null(found[0]) else 0
        crs = self.engine.crs
        if srid <= 0 or crs.authid() != f"EPSG:{srid}":
            raise PushdownError(tr(
                "the table's spatial reference ({srid}) is not the layer's {crs}").format(
                srid=srid, crs=crs.authid() or crs.description()))
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

    def _read_records(self, source: Any, fields: Any) -> Dict[str, int]:
        """Every unit's record (labels and attributes, no geometry) by key; QGIS feature id by key
        (on a worker thread: ``source`` is the layer's feature source, made on the calling thread)."""
        spec = self.engine.spec
        names = [self.table.key, spec.code_field, spec.name_field, spec.category_field] + list(spec.attribute_fields)
        if self.table.key not in fields.names():
            raise PushdownError(tr("the layer's key {key} is not one of its fields").format(key=self.table.key))
        request = QgsFeatureRequest()
        request.setFlags(NO_GEOMETRY)
        request.setSubsetOfAttributes(names, fields)
        fids: Dict[str, int] = {}
        for feature in read_request(source, request):
            values = [plain(feature[name]) for name in names]
            key = values[0]
            if not isinstance(key, (int, str)) or isinstance(key, bool) or str(key) in fids:
                raise PushdownError(tr("the layer's key {key} is not a unique integer or text").format(
                    key=self.table.key))
            code, name, category = ["" if value is None else str(value) for value in values[1:4]]
            fids[str(key)] = feature.id()
            self.records[str(key)] = UnitRecord(feature.id(), None, None, code, name, category,
                                                dict(zip(spec.attribute_fields, values[4:])))
        return fids

    def _read_problems(self, rows: List[List[Any]], fids: Dict[str, int]) -> None:
        """The units the chunk queries leave out, cleaned and reported as the engine does."""
        missing = {}
        for _kind, key, no_geometry in (row for row in rows if row[0] == "problem"):
            if key not in fids:
                raise PushdownError(tr("unit {key} of the table is not in the layer").format(key=key))
            if no_geometry:
                missing[fids[key]] = key
            else:
                self.problems[fids[key]] = self.records[key]
        if missing:
            self._skip(missing)
        if self.problems:
            self._clean(self.problems)

    def _skip(self, missing: Dict[int, str]) -> None:
        """Units without geometry, listed as the engine's index lists them (null or empty)."""
        request = QgsFeatureRequest().setFilterFids(list(missing))
        request.setNoAttributes()
        for feature in read_request(self.engine.spec.layer, request):
            self.skipped.append((feature.id(), NULL if feature.geometry().isNull() else EMPTY))
        self.skipped.sort()

    def _clean(self, problems: Dict[int, UnitRecord]) -> None:
        """Fetch the problem units' geometries and clean them with the engine's own steps."""
        from .engine import feature_warning  # the engine's warnings, word for word

        request = QgsFeatureRequest().setFilterFids(sorted(problems))
        request.setNoAttributes()
        for feature in read_request(self.engine.spec.layer, request):
            record, geometry = problems[feature.id()], feature.geometry()
            cleaned = clean_polygonal(geometry)
            problems[feature.id()] = UnitRecord(
                record.fid, cleaned.geometry, feature_warning(record.fid, record.code, self.name, cleaned),
                record.code, record.name, record.category, record.attributes)
            self._problem_index.addFeature(feature.id(), geometry.boundingBox())

    def candidates(self, rect: QgsRectangle) -> List[UnitRecord]:
        """The problem units whose boxes meet ``rect`` (the engine overlays them in QGIS), by feature id."""
        if not self.problems:
            return []
        return [self.problems[fid] for fid in sorted(self._problem_index.intersects(rect))]

    def record(self, key: Any) -> Optional[UnitRecord]:
        """The record of a unit the database returned, by key."""
        return self.records.get(str(key))
