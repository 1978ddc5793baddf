"""The batch overlay where the units live: one SQL query per chunk of sites in their PostGIS database.

When the unit layer and the site layer are tables of one PostgreSQL/PostGIS database, the database
finds each site's candidate units with its GiST index, intersects and measures them on the
ellipsoid (``pushdown_sql``), and QGIS never fetches the units' geometries. Everything else is the
engine's own code: the site is checked, cleaned and moved into the unit CRS by ``engine.start``
(the query gets that very geometry), the few units that are not plain valid polygons are cleaned,
overlaid and reported in QGIS by ``engine.intersect``, the constraint relations by
``engine.relate``, and every result is completed by ``engine.finish`` — so the results are those of
``overlay_stream`` up to the last bits of the areas. A database that cannot do it, or a query that
fails, leaves the sites to ``overlay_stream`` with a warning.
"""

import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from qgis.core import QgsDataSourceUri, QgsGeometry, QgsProviderRegistry

from ...i18n import grouped, tr
from ...log import log_error, log_info, log_warning
from ..model.results import SpatialQuery
from .batch import Item, Outcome, overlay_stream
from .measure import covered_planar, measured_area
from .pushdown_sql import PairRow, UnitTable, chunk_sql, connection_key, is_null, parse_chunk, unit_table
from .pushdown_units import DatabaseUnits, PushdownError
from .types import OverlayError, PendingOverlay
from .unit_index import READ_FAILED

CHUNK = 500  # sites per query
AHEAD = 2  # queries running while the calling thread completes the chunk before them
WORKERS = 2  # database connections used at once
GIVE_UP = 2  # failed chunk queries after which the rest of the batch runs in QGIS

Prepared = Tuple[Any, Any, Any]  # (cleaned site, site in the unit CRS, result begun)


def _uri(layer: Any) -> Optional[QgsDataSourceUri]:
    """The data source of a postgres layer, else None."""
    provider_type = getattr(layer, "providerType", None)
    if not callable(provider_type) or provider_type() != "postgres":
        return None
    return QgsDataSourceUri(layer.dataProvider().dataSourceUri())


def database_plan(engine: Any, sites: Any) -> Tuple[Optional[UnitTable], str]:
    """The unit table when units and sites are tables of one PostGIS database, and a translated note
    why not when the units are in a database but the overlay cannot run there ('' when it can)."""
    units_uri = _uri(engine.spec.layer)
    if units_uri is None:
        return None, ""
    sites_uri = _uri(sites)
    if sites_uri is None or connection_key(sites_uri) != connection_key(units_uri):
        return None, tr("The units are in a database but the sites are not in the same one, so the overlay "
                        "runs in QGIS; load the sites into the units' database to run it there.")
    table = unit_table(units_uri)
    if table is None:
        return None, tr("The unit layer is not one table with a one-column key, so the overlay runs in QGIS.")
    if table.key not in engine.spec.layer.fields().names():  # no primary key: QGIS numbers the rows by their ctid
        return None, tr("The unit table {table} has no primary key (QGIS tells its rows apart by where they are "
                        "stored), so the overlay runs in QGIS; give the table a primary key to run it in the "
                        "database.").format(table=table.table)
    return table, ""


def batch_overlay(engine: Any, sites: Any, items: Iterable[Item], queries: Iterable[SpatialQuery] = (),
                  feedback: Any = None, with_geometries: bool = True) -> Iterator[Tuple[Any, Outcome]]:
    """Overlay (key, site, site CRS) items like ``overlay_stream``, in the units' database when the
    ``sites`` layer is in the same one. ``feedback``: Processing feedback (messages and cancel)."""
    table, note = database_plan(engine, sites)
    if note:
        _say(feedback, note)
    if table is None:
        yield from overlay_stream(engine, items, queries, with_geometries)
        return
    yield from DatabaseOverlay(engine, table, feedback).stream(items, list(queries), with_geometries)


def _say(feedback: Any, text: str, warning: bool = False) -> None:
    """A line for the user (Processing feedback) and the plugin log."""
    push = getattr(feedback, "pushWarning" if warning else "pushInfo", None)
    if push is not None:
        push(text)
    (log_warning if warning else log_info)(text)


class DatabaseOverlay:
    """One batch overlaid in the database, chunk by chunk."""

    def __init__(self, engine: Any, table: UnitTable, feedback: Any = None):
        self.engine = engine
        self.table = table
        self.feedback = feedback
        self.units: Optional[DatabaseUnits] = None
        self._source = engine.spec.layer.dataProvider().dataSourceUri()
        self._local = threading.local()

    def run(self, sql: str) -> List[List[Any]]:
        """One SQL statement's rows (cancelled with the feedback), on this thread's own connection."""
        connection = getattr(self._local, "connection", None)
        if connection is None:
            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            connection = self._local.connection = metadata.createConnection(self._source, {})
        return connection.executeSql(sql, self.feedback) if self.feedback else connection.executeSql(sql)

    def _query(self, sql: str) -> Tuple[List[List[Any]], Dict[str, Any]]:
        """A chunk query's rows and the records of the units they name that were not read yet, those of plain
        valid polygons with their area (a worker's job)."""
        rows = self.run(sql)
        records = self.units.read_records(row[2] for row in rows if not is_null(row[2]))
        self.units.measure(records, (row[2] for row in rows if row[3] is True), self.run)
        return rows, records

    def cancelled(self) -> bool:
        """True once the user cancelled."""
        return self.feedback is not None and self.feedback.isCanceled()

    def stream(self, items: Iterable[Item], queries: List[SpatialQuery],
               with_geometries: bool) -> Iterator[Tuple[Any, Outcome]]:
        """(key, result or OverlayError) per item, in order; the database does the overlay, the next
        chunks' queries running while the calling thread completes a chunk."""
        items, jobs, failures = iter(items), deque(), 0
        pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="zoning-review-sql")
        try:
            while not self.cancelled():  # cancelled: nothing more is read, queried or completed
                chunk = list(islice(items, CHUNK))
                if chunk:
                    try:
                        jobs.append(self._submit(pool, chunk, with_geometries))
                    except Exception as error:  # noqa: BLE001 - the database cannot: all in QGIS, no traceback
                        self._failed(error, chunk, GIVE_UP)
                        rest = chain(*(earlier.chunk for earlier in jobs), chunk, items)  # in order, none lost
                        jobs.clear()
                        yield from overlay_stream(self.engine, rest, queries, with_geometries)
                        return
                while jobs and (len(jobs) > AHEAD or not chunk):
                    job = jobs.popleft()
                    try:
                        outcomes = self._complete(job, queries, with_geometries)
                    except Exception as error:  # noqa: BLE001 - the same sites in QGIS instead, no traceback
                        if self.cancelled():
                            return
                        failures += 1
                        if self._failed(error, job.chunk, failures):
                            rest = chain(job.chunk, *(later.chunk for later in jobs), items)
                            jobs.clear()
                            yield from overlay_stream(self.engine, rest, queries, with_geometries)
                            return
                        outcomes = overlay_stream(self.engine, job.chunk, queries, with_geometries)
                    yield from outcomes
                if not chunk:
                    return
        finally:
            pool.shutdown(wait=True)

    def _submit(self, pool: ThreadPoolExecutor, chunk: List[Item], with_geometries: bool) -> "_Job":
        """Prepare a chunk's sites on this thread and start its query on a worker."""
        prepared = [(key, self._prepare(site, site_crs)) for key, site, site_crs in chunk]
        if self.units is None:
            self._setup(prepared)
        units = self.units
        usable = [entry for _key, entry in prepared if not isinstance(entry, OverlayError)]
        future = None
        if usable:
            sites = [entry[1].asWkb().toHex().data().decode("ascii") for entry in usable]
            sql = chunk_sql(self.table, units.srid, units.geographic, sites, with_geometries, units.jit)
            future = pool.submit(self._query, sql)
        return _Job(chunk, prepared, future, len(usable))

    def _failed(self, error: Exception, chunk: List[Item], failures: int) -> bool:
        """Report a failure; True when the rest of the batch goes to QGIS too."""
        layer = _unread_layer(error)
        if self.units is None or failures >= GIVE_UP or isinstance(error, PushdownError):
            reason = str(error) if isinstance(error, PushdownError) else _detail(error)
            said = tr("The overlay cannot run in the database ({reason}); it runs in QGIS instead.") \
                if layer is None else \
                tr("Layer {layer} could not be read completely from its database (the connection failed or the "
                   "table changed while it was read), so the overlay runs in QGIS instead.")
            _say(self.feedback, said.format(reason=reason, layer=layer), warning=True)
            if not isinstance(error, PushdownError):
                log_error(tr("Database overlay failed"), error)
            return True
        _say(self.feedback, _chunk_fallback(layer, len(chunk)).format(
            reason=_detail(error), layer=layer, n=grouped(len(chunk))), warning=True)
        return False

    def _setup(self, prepared: List[Tuple[Any, Any]]) -> None:
        """Ask the database once what the chunks need; check it measures as QGIS does."""
        units = DatabaseUnits(self.engine, self.table, self.run, readers=WORKERS + 1)
        probe = next((entry[1] for _key, entry in prepared if not isinstance(entry, OverlayError)), None)
        if probe is not None:
            units.check_measure(probe, self.run)
        self.units = units
        _say(self.feedback, tr("The overlay of the sites with the units runs in the database {database}: one "
                               "query per {n} sites.").format(database=self._database(), n=CHUNK))

    def _database(self) -> str:
        uri = QgsDataSourceUri(self.engine.spec.layer.dataProvider().dataSourceUri())
        return uri.database() or uri.service()

    def _prepare(self, site: QgsGeometry, site_crs: Any) -> Any:
        """The site checked, cleaned and in the unit CRS (the layer-wide warnings come later), or its error."""
        try:
            return self.engine.start(site, site_crs, list)
        except OverlayError as error:
            return error

    def _complete(self, job: "_Job", queries: List[SpatialQuery],
                  with_geometries: bool) -> List[Tuple[Any, Outcome]]:
        """The chunk's outcomes, once its query has answered."""
        self.units.ready()
        areas: List[float] = []
        pairs: List[List[PairRow]] = []
        if job.future is not None:
            rows, records = job.future.result()
            self.units.add(records)
            areas, pairs = parse_chunk(rows, job.usable)
            self.units.problem_units([pair.key for site in pairs for pair in site if pair.problem])  # in one request
        found = iter(zip(areas, pairs))
        general = self.engine.general_warnings(self.units)
        outcomes = []
        for (key, entry), (_key, _site, site_crs) in zip(job.prepared, job.chunk):
            if isinstance(entry, OverlayError):
                outcomes.append((key, entry))
                continue
            area, site_pairs = next(found)
            try:
                outcomes.append((key, self._finish(entry, site_crs, area, site_pairs, general, queries,
                                                   with_geometries)))
            except OverlayError as error:
                outcomes.append((key, error))
        return outcomes

    def _finish(self, entry: Prepared, site_crs: Any, site_m2: float, pairs: List[PairRow], general: List[Any],
                queries: List[SpatialQuery], with_geometries: bool) -> Any:
        """One site's result: the database's pairs, the problem units overlaid in QGIS, the relations."""
        engine, units = self.engine, self.units
        cleaned, site_units, result = entry
        result.warnings[0:0] = general
        pending = PendingOverlay(result, site_units, site_crs, with_geometries, [])
        pending.units = units.problem_units([pair.key for pair in pairs if pair.problem])
        pending.warning_at = len(result.warnings)
        engine.intersect(pending)
        engine.relate(cleaned.geometry, site_crs, queries, result)
        measure = engine.measurer.for_crs(engine.crs)
        areas = [site_m2] + [measured_area(measure, overlap) for _unit, overlap in pending.hits]
        in_qgis = pending.overlaps()
        plain = [pair for pair in pairs if not pair.problem]
        for pair in plain:
            record = units.record(pair.key)
            if record is None:
                raise PushdownError(tr("unit {key} of the table is not in the layer").format(key=pair.key))
            if record.area is None:
                raise PushdownError(tr("the database did not measure unit {key}").format(key=pair.key))
            overlap = QgsGeometry()
            if pair.wkb_hex:
                overlap.fromWkb(bytes.fromhex(pair.wkb_hex))
            pending.hits.append((record, overlap))
            areas.append(pair.overlap_m2)
        areas += [measured_area(measure, unit.geometry) for unit in pending.new_units]
        return engine.finish(pending, areas, covered_by_both(in_qgis, plain, pending.overlaps()[len(in_qgis):]))


def covered_by_both(in_qgis: List[QgsGeometry], plain: List[PairRow], cut: List[QgsGeometry]) -> float:
    """The planar area a site's overlaps cover together: those of the problem units, cut in QGIS, and
    those the database cut (``plain``, their geometries ``cut``; the database gives them for a site that
    meets a problem unit), united in QGIS when there are both, as a problem unit may lie over a plain one."""
    if not in_qgis:
        united = next((pair.covered for pair in plain if pair.covered is not None), None)
        return united if united is not None else sum(pair.planar for pair in plain)
    if any(pair.planar > 0.0 and overlap.isEmpty() for pair, overlap in zip(plain, cut)):
        raise PushdownError(tr("the database did not return an overlap's geometry"))
    return covered_planar(in_qgis + [overlap for overlap in cut if not overlap.isEmpty()])


@dataclass
class _Job:
    """One chunk: its items, each site prepared (or its error) and the future of its query's rows."""

    chunk: List[Item]
    prepared: List[Tuple[Any, Any]]
    future: Optional[Future]
    usable: int


def _unread_layer(error: Exception) -> Optional[str]:
    """The layer a database read did not bring whole (``unit_index.read_error``), else None: its message advises
    reviewing again, which a fallback that goes on does not need."""
    reason = getattr(error, "reason", None) if isinstance(error, OverlayError) else None
    return reason.values.get("layer") if reason is not None and reason.template == READ_FAILED else None


def _chunk_fallback(layer: Optional[str], sites: int) -> str:
    """The warning ({reason}, {layer}, {n}) of a chunk's sites overlaid in QGIS after its database query failed."""
    if layer is None:
        if sites == 1:
            return tr("A query in the database failed ({reason}); this site is overlaid in QGIS instead.")
        return tr("A query in the database failed ({reason}); these {n} sites are overlaid in QGIS instead.")
    if sites == 1:
        return tr("Layer {layer} could not be read completely from its database (the connection failed or the "
                  "table changed while it was read); this site is overlaid in QGIS instead.")
    return tr("Layer {layer} could not be read completely from its database (the connection failed or the table "
              "changed while it was read); these {n} sites are overlaid in QGIS instead.")


def _detail(error: Exception) -> str:
    """An error's own message, short."""
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 300 else text[:300] + "…"
