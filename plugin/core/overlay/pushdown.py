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

from itertools import chain, islice
from typing import Any, Iterable, Iterator, List, Optional, Tuple

from qgis.core import QgsDataSourceUri, QgsGeometry, QgsProviderRegistry

from ...i18n import tr
from ...log import log_error, log_info, log_warning
from ..model.results import SpatialQuery
from .batch import Item, Outcome, overlay_stream
from .pushdown_sql import PairRow, UnitTable, chunk_sql, connection_key, parse_chunk, unit_table
from .pushdown_units import DatabaseUnits, PushdownError
from .types import OverlayError, PendingOverlay

CHUNK = 500  # sites per query
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
        self.queries = 0
        self.connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(
            engine.spec.layer.dataProvider().dataSourceUri(), {})

    def run(self, sql: str) -> List[List[Any]]:
        """One SQL statement's rows (cancelled with the feedback)."""
        self.queries += 1
        return self.connection.executeSql(sql, self.feedback) if self.feedback else self.connection.executeSql(sql)

    def cancelled(self) -> bool:
        """True once the user cancelled."""
        return self.feedback is not None and self.feedback.isCanceled()

    def stream(self, items: Iterable[Item], queries: List[SpatialQuery],
               with_geometries: bool) -> Iterator[Tuple[Any, Outcome]]:
        """(key, result or OverlayError) per item, in order; the database does the overlay."""
        items, failures = iter(items), 0
        while not self.cancelled():
            chunk = list(islice(items, CHUNK))
            if not chunk:
                return
            prepared = [(key, self._prepare(site, site_crs)) for key, site, site_crs in chunk]
            try:
                if self.units is None:
                    self._setup(prepared)
                outcomes = self._chunk(chunk, prepared, queries, with_geometries)
            except Exception as error:  # noqa: BLE001 - any failure: the same sites in QGIS, never a traceback
                if self.cancelled():
                    return
                failures += 1
                rest = self._failed(error, chunk, failures)
                yield from overlay_stream(self.engine, chain(chunk, items) if rest else chunk, queries,
                                          with_geometries)
                if rest:
                    return
                continue
            yield from outcomes

    def _failed(self, error: Exception, chunk: List[Item], failures: int) -> bool:
        """Report a failure; True when the rest of the batch goes to QGIS too."""
        if self.units is None or failures >= GIVE_UP:
            reason = str(error) if isinstance(error, PushdownError) else _detail(error)
            _say(self.feedback, tr("The overlay cannot run in the database ({reason}); it runs in QGIS "
                                   "instead.").format(reason=reason), warning=True)
            if not isinstance(error, PushdownError):
                log_error("Database overlay failed", error)
            return True
        _say(self.feedback, tr("A query in the database failed ({reason}); these {n} sites are overlaid in "
                               "QGIS instead.").format(reason=_detail(error), n=len(chunk)), warning=True)
        return False

    def _setup(self, prepared: List[Tuple[Any, Any]]) -> None:
        """Ask the database once what the chunks need; check it measures as QGIS does."""
        units = DatabaseUnits(self.engine, self.connection, self.table, self.run)
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

    def _chunk(self, chunk: List[Item], prepared: List[Tuple[Any, Any]], queries: List[SpatialQuery],
               with_geometries: bool) -> List[Tuple[Any, Outcome]]:
        """The chunk's outcomes, after its one query."""
        units = self.units
        usable = [entry for _key, entry in prepared if not isinstance(entry, OverlayError)]
        areas: List[float] = []
        pairs: List[List[PairRow]] = []
        if usable:
            sites = [entry[1].asWkb().toHex().data().decode("ascii") for entry in usable]
            rows = self.run(chunk_sql(self.table, units.srid, units.geographic, sites, units.problem_keys,
                                      with_geometries))
            areas, pairs = parse_chunk(rows, len(usable))
        found = iter(zip(areas, pairs))
        general = self.engine.general_warnings(units)
        outcomes = []
        for (key, entry), (_key, _site, site_crs) in zip(prepared, chunk):
            if isinstance(entry, OverlayError):
                outcomes.append((key, entry))
                continue
            area, site_pairs = next(found)
            outcomes.append((key, self._finish(entry, site_crs, area, site_pairs, general, queries,
                                               with_geometries)))
        return outcomes

    def _finish(self, entry: Prepared, site_crs: Any, site_m2: float, pairs: List[PairRow], general: List[Any],
                queries: List[SpatialQuery], with_geometries: bool) -> Any:
        """One site's result: the database's pairs, the problem units overlaid in QGIS, the relations."""
        engine, units = self.engine, self.units
        cleaned, site_units, result = entry
        result.warnings[0:0] = general
        pending = PendingOverlay(result, site_units, site_crs, with_geometries, [])
        pending.units = units.candidates(site_units.boundingBox())
        pending.warning_at = len(result.warnings)
        engine.intersect(pending)
        engine.relate(cleaned.geometry, site_crs, queries, result)
        measure = engine.measurer.for_crs(engine.crs)
        areas = [site_m2] + [measure.measureArea(overlap) for _unit, overlap in pending.hits]
        for pair in pairs:
            record = units.record(pair.key)
            if record is None:
                raise PushdownError(tr("unit {key} of the table is not in the layer").format(key=pair.key))
            if record.area is None:
                record.area = pair.unit_m2
            overlap = QgsGeometry()
            if pair.wkb_hex:
                overlap.fromWkb(bytes.fromhex(pair.wkb_hex))
            pending.hits.append((record, overlap))
            areas.append(pair.overlap_m2)
        areas += [measure.measureArea(unit.geometry) for unit in pending.new_units]
        return engine.finish(pending, areas)


def _detail(error: Exception) -> str:
    """An error's own message, short."""
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 300 else text[:300] + "…"
