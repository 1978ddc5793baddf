"""The overlay engine: which control units a site overlaps, by how much, and how it stands to
the named constraint layers.

Method: the site is cleaned (see ``geometry_repair``), transformed into the unit layer's own CRS
and intersected there with the units whose bounding boxes it meets (spatial index) and that its
prepared geometry intersects; every area is measured with QgsDistanceArea on the ellipsoid, so
long lon/lat edges are never projected to a plane. Overlaps below the tolerance are reported
apart as boundary touches.
"""

import math
import threading
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
)
from qgis.PyQt.QtCore import QVariant

from ...i18n import tr
from ..model.results import OverlayResult, Reason, SpatialQuery, UnitOverlap
from .batch import overlay_stream
from .crs_check import crs_unknown, site_crs_error
from .geometry_repair import (
    EMPTY,
    NOT_POLYGONAL,
    NULL,
    REPAIRED,
    UNUSABLE,
    Cleaned,
    clean_polygonal,
    overlap_parts,
)
from .measure import (
    Measurer,
    Transforms,
    choose_ellipsoid,
    covered_planar,
    crs_key,
    measured_area,
    transformed,
    uncovered_share,
)
from .relations import RelationFinder, relation_templates, skipped_warning
from .types import (
    DEFAULT_TOLERANCE,
    OverlayError,
    PendingOverlay,
    Tolerance,
    UnitLayerSpec,
    UnitRecord,
)
from .unit_index import index_for, read_templates, source_name

REMOTE_RECORDS = 5_000  # unit records of a database layer kept at once (a batch's recent candidates)
CLEANING_LOCKS = 16  # units are cleaned under one of these locks, by feature id


def plain(value: Any) -> Any:
    """A Python value for an attribute (None for NULL)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def unique(reasons: List[Reason]) -> List[Reason]:
    """The reasons without repeats, in first-seen order."""
    seen, out = set(), []
    for reason in reasons:
        key = (reason.template, tuple(sorted((k, str(v)) for k, v in reason.values.items())))
        if key not in seen:
            seen.add(key)
            out.append(reason)
    return out


def reason_templates() -> List[str]:
    """Every warning template this module and its helpers put into results, through tr()."""
    return [
        tr("The site geometry is invalid ({detail}); repaired for the computation"),
        tr("Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}); repaired for the "
           "computation"),
        tr("Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}) and nothing polygonal is "
           "left; skipped"),
        tr("Unit {code} (feature {fid}) of {layer} is not a polygon ({detail}); skipped"),
        tr("The overlap of the site with feature {fid} of {layer} could not be computed: {detail}"),
        tr("The ellipsoid {requested} is unknown; {used} was used"),
    ] + relation_templates() + read_templates()


def unmeasured_error(crs: QgsCoordinateReferenceSystem) -> OverlayError:
    """The error of a site whose area cannot be measured in the unit layer's CRS."""
    template = ("The site's area cannot be measured on the ellipsoid: some of its coordinates (or those of a unit "
                "it meets) lie outside where {crs} can be used. Check the site's coordinates and its CRS.")
    values = {"crs": crs.authid() or crs.description()}
    return OverlayError(tr("The site's area cannot be measured on the ellipsoid: some of its coordinates (or those "
                           "of a unit it meets) lie outside where {crs} can be used. Check the site's coordinates "
                           "and its CRS.").format(**values), Reason(template, values))


def site_error(cleaned: Cleaned) -> Optional[OverlayError]:
    """Why a cleaned site cannot be reviewed (translated, and as a Reason for any language), or None."""
    values = {"detail": cleaned.detail}
    if cleaned.status in (NULL, EMPTY):
        return OverlayError(tr("The site has no geometry; nothing to review"),
                            Reason("The site has no geometry; nothing to review", {}))
    if cleaned.status == NOT_POLYGONAL:
        return OverlayError(tr("The site geometry is not a polygon ({detail}); nothing to review").format(**values),
                            Reason("The site geometry is not a polygon ({detail}); nothing to review", values))
    if cleaned.status == UNUSABLE:
        return OverlayError(tr("The site geometry is invalid ({detail}) and nothing polygonal is left").format(
            **values), Reason("The site geometry is invalid ({detail}) and nothing polygonal is left", values))
    return None


OVERLAP_FAILED = "The overlap of the site with feature {fid} of {layer} could not be computed: {detail}"
UNIT_WARNINGS = {
    REPAIRED: "Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}); repaired for the "
              "computation",
    UNUSABLE: "Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}) and nothing polygonal is "
              "left; skipped",
    NOT_POLYGONAL: "Unit {code} (feature {fid}) of {layer} is not a polygon ({detail}); skipped",
}


SKIPPED = (UNUSABLE, NOT_POLYGONAL)  # the cleaning statuses of units the overlay leaves out
NOT_OVERLAID = tuple(UNIT_WARNINGS[status] for status in SKIPPED) + (OVERLAP_FAILED,)  # a unit's part is unknown


def feature_warning(fid: int, code: str, layer: str, cleaned: Cleaned) -> Optional[Reason]:
    """The data-quality warning for a cleaned unit (named by code and feature id), or None when it was clean."""
    template = UNIT_WARNINGS.get(cleaned.status)
    if template is None:
        return None
    return Reason(template, {"code": code, "fid": fid, "layer": layer, "detail": cleaned.detail})


def check_fields(spec: UnitLayerSpec) -> None:
    """Raise OverlayError when a bound field is missing from the unit layer."""
    names = spec.layer.fields().names()
    wanted = [spec.code_field, spec.name_field, spec.category_field] + list(spec.attribute_fields)
    for name in wanted:
        if name not in names:
            raise OverlayError(tr("Field {field} not found in layer {layer}").format(
                field=name, layer=source_name(spec.layer)))


class OverlayEngine:
    """Overlays sites on a bound unit layer and relates them to named constraint layers."""

    def __init__(self, units: UnitLayerSpec, constraints: Dict[str, Any],
                 transform_context: QgsCoordinateTransformContext,
                 ellipsoid: Optional[str] = None, tolerance: Tolerance = DEFAULT_TOLERANCE):
        check_fields(units)
        self.spec = units
        self.tolerance = tolerance
        self.index = index_for(units.layer, [units.code_field, units.name_field, units.category_field]
                               + list(units.attribute_fields))
        self.crs = self.index.crs
        self.crs_key = self.index.crs_key
        if crs_unknown(self.crs):  # none, or GDAL's undefined SRS of a GeoPackage layer saved without one
            raise OverlayError(tr("Layer {layer} has no valid coordinate reference system").format(
                layer=self.index.name))
        self.measurer = Measurer(choose_ellipsoid(ellipsoid, self.crs), transform_context)
        if not self.measurer.usable:
            raise OverlayError(tr("No ellipsoid can be set up (tried {ellipsoid}); areas cannot be measured").format(
                ellipsoid=self.measurer.ellipsoid))
        self.transforms = Transforms(transform_context)
        self.relations = RelationFinder(constraints, self.measurer, self.transforms, tolerance)
        self._records: Dict[int, UnitRecord] = {}
        self._cleaning = [threading.Lock() for _lock in range(CLEANING_LOCKS)]
        self._area_build = -1

    @property
    def ellipsoid(self) -> str:
        """The ellipsoid every area and distance is measured on."""
        return self.measurer.ellipsoid

    def build_index(self) -> None:
        """Build (or rebuild after a change) the unit layer's index now rather than on first use."""
        self.index.ensure()

    def prepare_batch(self) -> None:
        """Get ready for many sites (the index is built now)."""
        self.build_index()

    def overlay(self, site: QgsGeometry, site_crs: QgsCoordinateReferenceSystem,
                queries: Iterable[SpatialQuery] = (), with_geometries: bool = True) -> OverlayResult:
        """Units the site overlaps or touches and its relations to the queried layers.

        Raises OverlayError (translated message) when the site cannot be reviewed.
        """
        pending = self.begin(site, site_crs, queries, with_geometries)
        measure = self.measurer.for_crs(self.crs, self.crs_key)
        return self.finish(pending, [measured_area(measure, g) for g in pending.to_measure()])

    def begin(self, site: QgsGeometry, site_crs: QgsCoordinateReferenceSystem,
              queries: Iterable[SpatialQuery] = (), with_geometries: bool = True,
              defer: bool = False) -> PendingOverlay:
        """Everything but the areas of the overlay: the GEOS work, relations and warnings.

        ``finish`` completes it with the ellipsoidal areas of ``to_measure()``, which may be
        measured on another thread (measuring uses no GEOS). With ``defer`` the intersections with
        the candidate units are left to ``intersect`` (for a worker thread, where QGIS gives each
        thread its own GEOS context). Raises OverlayError like overlay().
        """
        site_key = crs_key(site_crs)
        cleaned, site_units, result = self.start(site, site_crs, self._index_warnings, site_key)
        pending = PendingOverlay(result, site_units, site_crs, with_geometries, [], site_key=site_key)
        rect = site_units.boundingBox()
        pending.units = self._units(sorted(self.index.candidates(rect)), rect)  # by feature id, as in the database
        pending.warning_at = len(result.warnings)
        if not defer:
            self.intersect(pending)
        self.relate(cleaned.geometry, site_crs, queries, result, site_key)
        return pending

    def start(self, site: QgsGeometry, site_crs: QgsCoordinateReferenceSystem,
              general: Callable[[], List[Reason]], site_key: str = "") -> Tuple[Cleaned, QgsGeometry, OverlayResult]:
        """The cleaned site, the same in the unit CRS, and its result begun with the layer-wide warnings
        (``general()``) and the site's own (``site_key``: the ``crs_key`` of ``site_crs``, if known).
        Raises OverlayError when the site cannot be reviewed."""
        error = site_crs_error(site_crs)
        if error:
            raise error
        cleaned = clean_polygonal(site)
        error = site_error(cleaned)
        if error:
            raise error
        result = OverlayResult(site_area_m2=0.0, crs=self.crs_key, ellipsoid=self.ellipsoid)
        result.warnings.extend(general())
        if cleaned.status == REPAIRED:
            result.warnings.append(Reason("The site geometry is invalid ({detail}); repaired for the computation",
                                          {"detail": cleaned.detail}))
        return cleaned, self._to_crs(cleaned.geometry, site_crs, site_key), result

    def relate(self, site: QgsGeometry, site_crs: QgsCoordinateReferenceSystem, queries: Iterable[SpatialQuery],
               result: OverlayResult, site_key: str = "") -> None:
        """The cleaned site's relations to the queried layers, with their warnings, into ``result``
        (``site_key``: the ``crs_key`` of ``site_crs``, if known); ``finish`` says a repeated warning once."""
        views: Dict[str, Any] = {}
        for query in queries:
            relation, warnings = self.relations.relate(site, site_crs, query, views, site_key)
            result.relations[query.key] = relation
            result.warnings.extend(warnings)

    def finish(self, pending: PendingOverlay, areas: List[float], covered: Optional[float] = None) -> OverlayResult:
        """The overlay result, given the areas (m²) of ``pending.to_measure()`` in that order, and the planar
        area the overlaps cover together (``covered_planar`` of them, which is computed when not given).

        Raises OverlayError when an area is not a finite number, or the site's is not positive: a site
        or unit with vertices outside the domain of the unit layer's CRS is never measured as nothing.
        """
        count = len(pending.hits)
        units = areas[1 + count:]
        if not (areas[0] > 0.0 and all(math.isfinite(area) for area in areas) and all(area > 0.0 for area in units)):
            raise unmeasured_error(self.crs)
        for unit, area in zip(pending.new_units, units):
            unit.area = area
        result = pending.result
        result.site_area_m2 = areas[0]
        hits = [(unit, overlap, area) for (unit, overlap), area in zip(pending.hits, areas[1:1 + count])]
        threshold = self.tolerance.threshold(areas[0])
        self._collect(result, hits, threshold, pending)
        if covered is None:
            covered = covered_planar(pending.overlaps())
        result.uncovered_m2 = uncovered_share(pending.site.area(), covered, areas[0], threshold)
        result.warnings = unique(result.warnings)
        return result

    def overlay_many(self, sites: Iterable[QgsGeometry], site_crs: QgsCoordinateReferenceSystem,
                     queries: Iterable[SpatialQuery] = (), with_geometries: bool = True
                     ) -> Iterator[Union[OverlayResult, OverlayError]]:
        """Overlay each site in turn; yields its result, or the OverlayError of an unusable site."""
        items = ((None, site, site_crs) for site in sites)
        for _key, outcome in overlay_stream(self, items, queries, with_geometries):
            yield outcome

    def _index_warnings(self) -> List[Reason]:
        self.index.ensure()
        return self.general_warnings(self.index)

    def general_warnings(self, index: Any) -> List[Reason]:
        """The warnings every site's result carries: the unit layer's features without geometry (as
        ``index.skipped`` lists them) and an ellipsoid that had to be replaced."""
        warnings = skipped_warning(index)
        if self.measurer.rejected:
            warnings.append(Reason("The ellipsoid {requested} is unknown; {used} was used",
                                   {"requested": self.measurer.rejected, "used": self.ellipsoid}))
        return warnings

    def _to_crs(self, geometry: QgsGeometry, source: QgsCoordinateReferenceSystem,
                source_key: str = "") -> QgsGeometry:
        """The geometry in the unit layer's CRS."""
        target = self.crs
        try:
            return transformed(geometry, self.transforms.get(source, target, source_key, self.crs_key))
        except QgsCsException as error:
            raise OverlayError(tr("The site could not be transformed to {crs}: {error}").format(
                crs=target.authid() or target.description(), error=str(error))) from error

    def intersect(self, pending: PendingOverlay) -> None:
        """The candidate units the site intersects, each with its (polygonal) intersection, and the units
        first measured for this site; their warnings go where ``begin`` left room for them.

        Cleans each candidate unit's geometry on first use (``clean_unit``, under a lock) and otherwise
        only reads the records, so worker threads may run it side by side (QGIS 3.38+).
        """
        site = pending.site
        engine = QgsGeometry.createGeometryEngine(site.constGet())
        engine.prepareGeometry()
        site_area = site.area()
        warnings: List[Reason] = []
        hits, meets = pending.hits, engine.intersects
        for unit in pending.units:
            if unit.raw is not None:
                self.clean_unit(unit)
            if unit.warning is not None:
                warnings.append(unit.warning)
            abstract = unit.abstract
            if abstract is None or not meets(abstract):
                continue
            overlap = self._intersection(warnings, engine, unit.fid, abstract, site_area)
            if overlap is not None:
                hits.append((unit, overlap))
        pending.result.warnings[pending.warning_at:pending.warning_at] = warnings
        pending.new_units = [unit for unit, _overlap in pending.hits if unit.area is None and not unit.measuring]
        for unit in pending.new_units:
            unit.measuring = True

    def prefetch(self, sites: Iterable[Tuple[QgsGeometry, QgsCoordinateReferenceSystem]]) -> None:
        """Fetch the candidate units of several sites in one request (a database layer; files need not)."""
        if self.index.keep_geometries:
            return
        self._check_build()
        boxes = []
        for site, site_crs in sites:
            if site is None or site.isNull() or not site_crs.isValid():
                continue
            try:
                boxes.append(self._to_crs(site, site_crs).boundingBox())
            except OverlayError:
                continue  # begin() reports it for that site
        fids = sorted({fid for box in boxes for fid in self.index.candidates(box)} - self._records.keys())
        if fids:  # by key alone: the sites may lie far apart, so their joint box would select too much
            self._store(self.index.fetch(fids))

    def _check_build(self) -> None:
        """Forget the unit records when the index was rebuilt (the layer changed)."""
        if self._area_build != self.index.builds:
            self._records, self._area_build = {}, self.index.builds

    def _units(self, fids: List[int], rect: Any) -> List[UnitRecord]:
        """The cleaned candidate units, kept per index build."""
        self._check_build()
        known = self._records
        missing = [fid for fid in fids if fid not in known]
        if not missing:
            return [known[fid] for fid in fids]
        records = self._store(self.index.fetch(missing, rect))
        records.update((fid, known[fid]) for fid in fids if fid in known)
        return [records[fid] for fid in fids if fid in records]

    def _store(self, found: Dict[int, Tuple[QgsGeometry, Any]]) -> Dict[int, UnitRecord]:
        """Records of fetched features, kept (for a database layer, only the most recent ones)."""
        if not self.index.keep_geometries and len(self._records) + len(found) > REMOTE_RECORDS:
            self._records = {}
        made = {fid: self._record(fid, *value) for fid, value in found.items()}
        self._records.update(made)
        return made

    def _record(self, fid: int, geometry: QgsGeometry, values: Any) -> UnitRecord:
        """A unit's record, its geometry cleaned when first intersected (by ``intersect``, maybe on a worker)."""
        code, name, category = ["" if value is None else str(value) for value in map(plain, values[:3])]
        attributes = {key: plain(value) for key, value in zip(self.spec.attribute_fields, values[3:])}
        return UnitRecord(fid, None, None, code, name, category, attributes, raw=geometry)

    def clean_unit(self, unit: UnitRecord) -> None:
        """Give a record its cleaned geometry and warning, once (worker threads may ask for it together)."""
        with self._cleaning[unit.fid % CLEANING_LOCKS]:
            if unit.raw is None:
                return
            cleaned = clean_polygonal(unit.raw)
            unit.geometry = cleaned.geometry
            unit.warning = feature_warning(unit.fid, unit.code, self.index.name, cleaned)
            unit.abstract = cleaned.geometry.constGet() if cleaned.geometry is not None else None
            unit.raw = None

    def _intersection(self, warnings: List[Reason], engine: Any, fid: int, unit: Any,
                      site_area: float) -> Optional[QgsGeometry]:
        raw = engine.intersection(unit)
        if raw is None:
            warnings.append(Reason(OVERLAP_FAILED, {"fid": fid, "layer": self.index.name, "detail": "GEOS"}))
            return None
        return overlap_parts(QgsGeometry(raw), site_area)

    def _collect(self, result: OverlayResult, hits: List[Any], threshold: float, pending: PendingOverlay) -> None:
        with_geometries = pending.with_geometries
        back = self.transforms.get(pending.site_crs, self.crs, pending.site_key, self.crs_key) \
            if with_geometries else None
        site_area = result.site_area_m2
        for unit, overlap, area in hits:
            item = UnitOverlap(
                fid=unit.fid, code=unit.code, name=unit.name, category=unit.category, overlap_m2=area,
                site_fraction=area / site_area if site_area > 0 else 0.0,
                unit_fraction=self._unit_fraction(unit, area), attributes=dict(unit.attributes))
            if area > threshold:
                result.overlaps.append(item)
                if with_geometries:
                    result.geometries[unit.fid] = transformed(overlap, back, reverse=True)
            else:
                result.touches.append(item)
        result.overlaps.sort(key=lambda u: (u.code, u.fid))
        result.touches.sort(key=lambda u: (u.code, u.fid))

    def _unit_fraction(self, unit: UnitRecord, overlap_m2: float) -> float:
        if unit.area is None:  # only when a batch that was to measure it stopped early
            unit.area = self.measurer.for_crs(self.crs, self.crs_key).measureArea(unit.geometry)
        return overlap_m2 / unit.area if unit.area > 0 else 0.0
