"""The overlay engine: which control units a site overlaps, by how much, and how it stands to
the named constraint layers.

Method: the site is cleaned (see ``geometry_repair``), transformed into the unit layer's own CRS
and intersected there with the units whose bounding boxes it meets (spatial index) and that its
prepared geometry intersects; every area is measured with QgsDistanceArea on the ellipsoid, so
long lon/lat edges are never projected to a plane. Overlaps below the tolerance are reported
apart as boundary touches.
"""

import math
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
)

from ...i18n import tr
from ...typeset import filled
from ..coordinates.worker_crs import broken_crs
from ..model.results import OverlayResult, Reason, SpatialQuery, UnitOverlap
from .batch import overlay_stream
from .crs_check import crs_unknown, lost_layer_crs_error, site_crs_error
from .datum_shift import SHIFT_M, Shifts, covered_after_shift, grown_by, shift_warning
from .dbf_text import filled_fields
from .geometry_repair import Cleaned, clean_polygonal, overlap_parts
from .measure import (
    Measurer,
    Transforms,
    choose_ellipsoid,
    covered_planar,
    crs_key,
    crs_label,
    drawn_area_m2,
    measured_area,
    next_to_no_area,
    shown_label,
    transformed,
    uncovered_share,
)
from .reasons import (  # noqa: F401 (reason_templates re-exported)
    ellipsoid_warning,
    no_area_error,
    overlap_warning,
    reason_templates,
    site_error,
    site_warning,
    unique,
    unmeasured_error,
)
from .relations import RelationFinder, skipped_warning
from .site_view import SiteView
from .types import (
    DEFAULT_TOLERANCE,
    OverlayError,
    PendingOverlay,
    Tolerance,
    UnitLayerSpec,
    UnitRecord,
)
from .unit_index import index_for, source_name
from .unit_records import UnitRecords


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
        if broken_crs(self.crs):  # see coordinates.worker_crs
            raise lost_layer_crs_error(self.index.name, self.crs)
        self.measurer = Measurer(choose_ellipsoid(ellipsoid, self.crs), transform_context)
        if not self.measurer.usable:
            raise OverlayError(tr("No ellipsoid can be set up (tried {ellipsoid}); areas cannot be measured").format(
                ellipsoid=self.measurer.ellipsoid))
        self.transforms = Transforms(transform_context)
        self.shifts = Shifts(transform_context)
        self.relations = RelationFinder(constraints, self.measurer, self.transforms, tolerance, self.shifts)
        self.records = UnitRecords(self.index, units.attribute_fields)

    @property
    def ellipsoid(self) -> str:
        """The ellipsoid every area and distance is measured on."""
        return self.measurer.ellipsoid

    def build_index(self) -> None:
        """Build (or rebuild after a change) the unit layer's index now rather than on first use."""
        self.index.ensure()

    def release(self) -> List[Dict[int, Any]]:
        """Forget the units read (read again on next use) and hand over what held them, for the caller to free."""
        return [*self.index.release(), self.records.release()]

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
        if result.units_uncertain_m and self._placed_after_shift(site_units):
            result.units_uncertain_m = 0.0
        rect = site_units.boundingBox()
        fids = sorted(self.index.candidates(rect))  # by feature id, as in the database
        pending.units = self.records.units(fids, rect)
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
        repaired = site_warning(cleaned)
        if repaired is not None:
            result.warnings.append(repaired)
        shift = self.shifts.operation(site_crs, self.crs, site_key or crs_key(site_crs), self.crs_key)
        if shift:  # which units the site lies in is uncertain until ``begin`` finds it far from their boundaries
            result.warnings.append(shift_warning(self.index.name, crs_label(self.crs), crs_label(site_crs), shift))
            result.units_uncertain_m = SHIFT_M
        return cleaned, self._to_crs(cleaned.geometry, site_crs, site_key), result

    def _placed_after_shift(self, site: QgsGeometry) -> bool:
        """Whether the site (unit CRS) lies in one unit however far up to SHIFT_M a ballpark offset misplaced it."""
        measure = self.measurer.for_crs(self.crs, self.crs_key)
        grown = grown_by(site, SiteView(site, self.crs.isGeographic()).units_for(SHIFT_M, measure))
        if grown is None:
            return False
        rect = grown.boundingBox()
        met = []
        for unit in self.records.units(sorted(self.index.candidates(rect)), rect):
            if unit.raw is not None:
                self.records.clean(unit)
            if unit.geometry is not None and unit.geometry.intersects(grown):
                met.append(unit.geometry)
        return len(met) == 1 and covered_after_shift(grown, met)

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
        self._check_drawn_area(pending.site, areas[0])
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

    def _check_drawn_area(self, site: QgsGeometry, measured: float) -> None:
        """Refuse a site (unit CRS) of next to no area — its vertices almost on one line — whose measured area is
        that of geodesic edges, not of its outline: a number a review would give as the site's when it is none."""
        measure = self.measurer.for_crs(self.crs, self.crs_key)
        if next_to_no_area(measure, site, measured):
            raise no_area_error(measured, drawn_area_m2(measure, site), self.crs)

    def overlay_many(self, sites: Iterable[QgsGeometry], site_crs: QgsCoordinateReferenceSystem,
                     queries: Iterable[SpatialQuery] = (), with_geometries: bool = True
                     ) -> Iterator[Union[OverlayResult, OverlayError]]:
        """Overlay each site in turn; yields its result, or the OverlayError of an unusable site."""
        items = ((None, site, site_crs) for site in sites)
        for _key, outcome in overlay_stream(self, items, queries, with_geometries):
            yield outcome

    def _index_warnings(self) -> List[Reason]:
        """The layer-wide warnings, the unit index built (or rebuilt after a change) first."""
        self.index.ensure()
        return self.general_warnings(self.index)

    def general_warnings(self, index: Any) -> List[Reason]:
        """The warnings every site's result carries: the unit layer's features without geometry (as
        ``index.skipped`` lists them) and an ellipsoid that had to be replaced."""
        warnings = skipped_warning(index)
        if self.measurer.rejected:
            warnings.append(ellipsoid_warning(self.measurer.rejected, self.ellipsoid))
        return warnings

    def _to_crs(self, geometry: QgsGeometry, source: QgsCoordinateReferenceSystem,
                source_key: str = "") -> QgsGeometry:
        """The geometry in the unit layer's CRS."""
        target = self.crs
        try:
            return transformed(geometry, self.transforms.get(source, target, source_key, self.crs_key))
        except QgsCsException as error:
            raise OverlayError(filled(tr("The site could not be transformed to {crs}: {error}"),
                                      {"crs": shown_label(target), "error": str(error)}, names=("crs",))) from error

    def intersect(self, pending: PendingOverlay) -> None:
        """The candidate units the site intersects, each with its (polygonal) intersection, and the units
        first measured for this site; their warnings go where ``begin`` left room for them.

        Cleans each candidate unit's geometry on first use (``UnitRecords.clean``, under a lock) and otherwise
        only reads the records, so worker threads may run it side by side (QGIS 3.38+).
        """
        site = pending.site
        engine = QgsGeometry.createGeometryEngine(site.constGet())
        engine.prepareGeometry()
        site_area = site.area()
        warnings: List[Reason] = []
        hits, meets, clean = pending.hits, engine.intersects, self.records.clean
        for unit in pending.units:
            if unit.raw is not None:
                clean(unit)
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

    def clean_candidates(self, begun: Iterable[PendingOverlay]) -> None:
        """Clean the candidate units of begun overlays not cleaned yet (``UnitRecords.clean``: worker threads may)."""
        clean = self.records.clean
        for pending in begun:
            for unit in pending.units:
                if unit.raw is not None:
                    clean(unit)

    def prefetch(self, sites: Iterable[Tuple[QgsGeometry, QgsCoordinateReferenceSystem]]) -> None:
        """Fetch the candidate units of several sites in one request (a database layer; files need not)."""
        if self.index.keep_geometries:
            return
        boxes = []
        for site, site_crs in sites:
            if site is None or site.isNull() or not site_crs.isValid():
                continue
            try:
                boxes.append(self._to_crs(site, site_crs).boundingBox())
            except OverlayError:
                continue  # begin() reports it for that site
        self.records.prefetch(boxes)

    def _intersection(self, warnings: List[Reason], engine: Any, fid: int, unit: Any,
                      site_area: float) -> Optional[QgsGeometry]:
        """The site's polygonal overlap with one unit (GEOS slivers dropped), or None with a warning."""
        raw = engine.intersection(unit)
        if raw is None:
            warnings.append(overlap_warning(fid, self.index.name))
            return None
        return overlap_parts(QgsGeometry(raw), site_area)

    def _collect(self, result: OverlayResult, hits: List[Any], threshold: float, pending: PendingOverlay) -> None:
        """The measured hits into ``result``: overlaps above ``threshold`` (with geometries if asked), touches."""
        with_geometries = pending.with_geometries
        back = self.transforms.get(pending.site_crs, self.crs, pending.site_key, self.crs_key) \
            if with_geometries else None
        site_area = result.site_area_m2
        for unit, overlap, area in hits:
            item = UnitOverlap(
                fid=unit.fid, code=unit.code, name=unit.name, category=unit.category, overlap_m2=area,
                site_fraction=area / site_area if site_area > 0 else 0.0,
                unit_fraction=self._unit_fraction(unit, area), attributes=dict(unit.attributes))
            item.filled = filled_fields(item.attributes, self.spec.text_widths)
            if area > threshold:
                result.overlaps.append(item)
                if with_geometries:
                    result.geometries[unit.fid] = transformed(overlap, back, reverse=True)
            else:
                result.touches.append(item)
        result.overlaps.sort(key=lambda u: (u.code, u.fid))
        result.touches.sort(key=lambda u: (u.code, u.fid))

    def _unit_fraction(self, unit: UnitRecord, overlap_m2: float) -> float:
        """The share of the unit's area the overlap covers (the unit measured here if it was not)."""
        if unit.area is None:  # only when a batch that was to measure it stopped early
            unit.area = self.measurer.for_crs(self.crs, self.crs_key).measureArea(unit.geometry)
        return overlap_m2 / unit.area if unit.area > 0 else 0.0
