"""Inputs of the siting screen: feature sources, and each queried constraint layer as zones in
the unit CRS (the layer itself and its ellipsoidal distance bands), built once and on demand.
"""

from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsRectangle,
)

from ...i18n import tr
from ..model.results import CRS_PROBLEM, FILTER_PROBLEM, Reason, SpatialQuery
from ..overlay.datum_shift import SHIFT_M, ballpark_operation, screen_shift_warning, shift_templates
from ..overlay.geometry_repair import clean_any, overlap_parts, polygon_parts
from ..overlay.layer_filter import LayerFilter, filter_templates, none_passes
from ..overlay.layer_subset import hidden_zones
from ..overlay.measure import crs_label
from ..overlay.no_zones import no_zones, no_zones_templates
from ..overlay.relations import finite
from ..overlay.unit_index import any_feature, exact_count, read_checked, source_name
from ..overlay.unusable import boxes_meet, cleans_to_nothing, listed_fids, unusable_templates, unusable_warning
from ..review.cause_phrases import metres
from .scenarios import Atom, KeyCoverage, thresholds
from .zones import ALL, NONE, EllipsoidalBuffer, UnitArea, ZoneLayer, is_polygonal

LATITUDE_LIMIT = 90.0 + 1e-9
NOT_FINITE = (
    "Constraint layer {layer} ({source}): 1 of its features has no finite coordinates in the unit "
    "layer's CRS {crs}, so where a site lies to the layer is unknown: check the CRS set for the layer.",
    "Constraint layer {layer} ({source}): {count} of its features have no finite coordinates in the unit "
    "layer's CRS {crs}, so where a site lies to the layer is unknown: check the CRS set for the layer.")
MISPLACED = (
    "Constraint layer {layer} ({source}): 1 of its features lies outside where its CRS {crs} can be "
    "used, so where a site lies to the layer is unknown: check the CRS set for the layer.",
    "Constraint layer {layer} ({source}): {count} of its features lie outside where its CRS {crs} can be "
    "used, so where a site lies to the layer is unknown: check the CRS set for the layer.")
NO_GEOMETRY = (
    "Constraint layer {layer} ({source}): feature {fids} has no usable geometry, so it was left out of the screen: "
    "draw its geometry in the layer, or delete the feature if it is no zone.",
    "Constraint layer {layer} ({source}): {count} features have no usable geometry ({fids}), so they were left out "
    "of the screen: draw their geometries in the layer, or delete those that are no zones.")
NO_BAND = ("Constraint layer {layer} ({source}): the {distance} m band around {count} of its features cannot be drawn "
           "({error}), so where a site lies to the layer is unknown: check the CRS set for the layer.")


def reason_templates() -> List[str]:
    """The warnings this module reports (listed for the string extractor)."""
    return [
        tr("Constraint layer {layer} ({source}): feature {fids} has no usable geometry, so it was left out of the "
           "screen: draw its geometry in the layer, or delete the feature if it is no zone."),
        tr("Constraint layer {layer} ({source}): {count} features have no usable geometry ({fids}), so they were left "
           "out of the screen: draw their geometries in the layer, or delete those that are no zones."),
        tr("Constraint layer {layer} ({source}): the {distance} m band around {count} of its features cannot be "
           "drawn ({error}), so where a site lies to the layer is unknown: check the CRS set for the layer."),
        tr("Constraint layer {layer} ({source}): {count} of its features have no finite coordinates in the unit "
           "layer's CRS {crs}, so where a site lies to the layer is unknown: check the CRS set for the layer."),
        tr("Constraint layer {layer} ({source}): 1 of its features has no finite coordinates in the unit "
           "layer's CRS {crs}, so where a site lies to the layer is unknown: check the CRS set for the layer."),
        tr("Constraint layer {layer} ({source}): {count} of its features lie outside where its CRS {crs} can be "
           "used, so where a site lies to the layer is unknown: check the CRS set for the layer."),
        tr("Constraint layer {layer} ({source}): 1 of its features lies outside where its CRS {crs} can be "
           "used, so where a site lies to the layer is unknown: check the CRS set for the layer."),
    ] + filter_templates() + shift_templates() + no_zones_templates() + unusable_templates()


@dataclass
class SourceRef:
    """Something to read features from, with its CRS, fields and a name for messages."""

    source: Any
    crs: QgsCoordinateReferenceSystem
    fields: QgsFields
    name: str
    count: int = 0
    expected: Optional[int] = None  # a database layer's exact count (``unit_index.exact_count``)
    layer: Any = None  # the map layer a Processing feature source was made from (its provider, for read checks)

    @classmethod
    def of(cls, source: Any) -> "SourceRef":
        """A layer, a layer snapshot (``core.inputs.snapshot.LayerSnapshot``, for a QgsTask) or a Processing
        feature source."""
        crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
        return cls(source, crs, source.fields(), source_name(source), max(0, source.featureCount()),
                   exact_count(source))

    @classmethod
    def part_of(cls, source: Any, layer: Any) -> "SourceRef":
        """A Processing feature source that gives some of ``layer``'s features (its selected ones): named by the
        layer, and a database read checked against the count of those features."""
        count = source.featureCount()
        return cls(source, source.sourceCrs(), source.fields(), layer.name(), max(0, count),
                   count if count >= 0 else None, layer)

    def features(self, request: QgsFeatureRequest) -> Iterator[QgsFeature]:
        """Every feature, with the attributes ``request`` asks for (Processing sources skip validity checks);
        a database read that stops part way, or brings fewer features than counted, is an OverlayError."""
        return read_checked(self.source, request, self.expected, self.layer)

    def any_feature(self) -> bool:
        """Whether the source has any feature at all (a database read that failed is an OverlayError)."""
        return any_feature(self.source)


class KeyZones:
    """One queried layer (with its filter) as zones in the unit CRS; ``problem`` says why the site's position to it
    is unknown (its filter cannot be applied, no feature has a usable geometry, or a feature cannot be placed in
    the unit CRS), ``kind`` is that ``LayerRelation.problem``; then it has no zones."""

    def __init__(self, query: SpatialQuery, ref: SourceRef, target: QgsCoordinateReferenceSystem,
                 context: QgsCoordinateTransformContext, builder: EllipsoidalBuffer):
        self.query = query
        self.ref = ref
        self.target = target
        self.builder = builder
        self.warnings: List[Reason] = []
        self.problem: Optional[Reason] = None
        self.kind = ""
        self.shifted = False  # joined to the unit layer only by a ballpark datum offset (``datum_shift``)
        self.unusable_boxes: List[QgsRectangle] = []  # of the features of which nothing usable is left (layer CRS)
        self.raw = self._read()
        self.base = ZoneLayer(self._to_target(context) if self.problem is None else [])
        self.unusable_boxes = [self._box_in_target(box, context) for box in self.unusable_boxes]  # unit CRS
        self._bands: Dict[float, ZoneLayer] = {}

    def _read(self) -> List[QgsGeometry]:
        """The layer's cleaned geometries matching the filter, in the layer's CRS; none, with ``problem`` and
        its warning, when the filter cannot be applied to the layer or fails on one of its features, when the layer has
        a filter set in the project (the zones it hides may hold a site), or when it gives no usable zone."""
        hidden = hidden_zones(self.ref.source, self.ref.name)
        if hidden is not None:
            self._unknown(*hidden)
            return []
        found = LayerFilter(self.query.where, self.ref.fields, self.query.layer) if self.query.where else None
        features = self.ref.features(found.request() if found is not None else QgsFeatureRequest().setNoAttributes())
        out, skipped, unusable = [], [], []
        for feature in found.select(features) if found is not None else features:
            cleaned = clean_any(feature.geometry())
            if cleaned.geometry is not None:
                out.append(cleaned.geometry)
            elif cleans_to_nothing(cleaned):  # left out, as in a site's review, its box kept
                unusable.append(feature.id())
                self.unusable_boxes.append(feature.geometry().boundingBox())
            else:
                skipped.append(feature.id())
        if found is not None and found.problem is not None:
            self._unknown(FILTER_PROBLEM, found.problem)
            return []
        self._left_out(skipped)
        self.warnings.extend(unusable_warning(self.query.layer, self.ref.name, unusable))
        if not out:  # never "no such zone anywhere": as in a site's review, the position is unknown
            self._unknown(*self._why_none(bool(skipped or unusable)))
        return out

    def _why_none(self, passed: bool) -> Tuple[str, Reason]:
        """Why the layer gave no zone (``passed``: features passed the filter, none with a usable geometry): a filter
        none of its features passes (a value written otherwise than the layer holds it?), or no usable feature."""
        layer, source, where = self.query.layer, self.ref.name, self.query.where
        held = passed or self.ref.any_feature()
        if held and not passed and where:
            return none_passes(where, layer, source)
        return no_zones(layer, source, where, held)

    def _unknown(self, kind: str, problem: Reason) -> None:
        """The site's position to the layer is unknown for ``kind`` (a LayerRelation.problem): say why."""
        self.kind, self.problem = kind, problem
        self.warnings.append(problem)

    def _to_target(self, context: QgsCoordinateTransformContext) -> List[QgsGeometry]:
        """The geometries in the unit CRS (polygonal ones reduced to their polygonal parts); none, with ``problem``,
        when a feature lies nowhere its own CRS places on the earth or has no finite coordinates in the unit CRS."""
        misplaced = off_earth(self.raw, QgsCoordinateTransform(self.ref.crs, self.builder.hub, context))
        if misplaced:
            self._crs_unknown(MISPLACED, misplaced, self.ref.crs)
            return []
        shift = ballpark_operation(self.ref.crs, self.target, context)
        self.shifted = bool(shift)
        if shift:
            self.warnings.append(screen_shift_warning(self.ref.name, crs_label(self.ref.crs), crs_label(self.target),
                                                      shift))
        transform = QgsCoordinateTransform(self.ref.crs, self.target, context)
        out, failed = [], 0
        for geometry in self.raw:
            copy = QgsGeometry(geometry)
            try:
                copy.transform(transform)
            except QgsCsException:
                copy = QgsGeometry()
            if copy.isNull() or not finite(copy.boundingBox()):  # PROJ answers inf outside the CRS's reach
                failed += 1
                continue
            out.append(polygon_parts(copy) if is_polygonal(geometry) else copy)
        if failed:
            self._crs_unknown(NOT_FINITE, failed, self.target)
            return []
        return out

    def _box_in_target(self, box: QgsRectangle, context: QgsCoordinateTransformContext) -> QgsRectangle:
        """A box of the layer's CRS in the unit CRS (all of it when it cannot be placed there)."""
        try:
            found = QgsCoordinateTransform(self.ref.crs, self.target, context).transformBoundingBox(box)
        except QgsCsException:
            found = QgsRectangle()
        return found if finite(found) and not found.isNull() else QgsRectangle(-1e300, -1e300, 1e300, 1e300)

    def unusable_near(self, unit: QgsRectangle) -> bool:
        """Whether a feature of which nothing usable is left has a box meeting the unit's (``unit``): a site in the
        unit may lie in it or across it, as in a site's review (``FeatureIndex.unusable_near``)."""
        return boxes_meet(self.unusable_boxes, unit)

    def _crs_unknown(self, templates: Tuple[str, str], count: int, crs: QgsCoordinateReferenceSystem) -> None:
        """The site's position to the layer is unknown: ``count`` features cannot be placed in ``crs``."""
        self._unknown(CRS_PROBLEM, Reason(templates[0] if count == 1 else templates[1], {
            "count": count, "layer": self.query.layer, "crs": crs.authid() or crs.description(),
            "source": self.ref.name}))

    def _left_out(self, fids: List[int]) -> None:
        """Warn of the features left out for having no usable geometry, by their ids."""
        if fids:
            self.warnings.append(Reason(NO_GEOMETRY[0] if len(fids) == 1 else NO_GEOMETRY[1], {
                "count": len(fids), "fids": listed_fids(fids), "layer": self.query.layer, "source": self.ref.name}))

    def band(self, distance_m: float) -> ZoneLayer:
        """The zone within ``distance_m`` of the layer's features (ellipsoidal), built once."""
        found = self._bands.get(distance_m)
        if found is None:
            pieces, errors = self.builder.buffer(self.raw, self.ref.crs, distance_m, self.target)
            if errors and self.problem is None:  # a band left out is never "beyond": the position is unknown
                self._unknown(CRS_PROBLEM, Reason(NO_BAND, {
                    "layer": self.query.layer, "source": self.ref.name, "distance": metres(distance_m),
                    "count": len(errors), "error": errors[0]}))
            found = self._bands[distance_m] = ZoneLayer(pieces)
        return found

    def coverage(self, unit: UnitArea, atoms: List[Atom]) -> KeyCoverage:
        """How the layer and each distance band the atoms use cover the unit."""
        base, inside = self.base.coverage(unit)
        found = KeyCoverage(base, self.base.polygonal or not self.base.pieces, inside)
        for limit in thresholds(atoms):
            if base == ALL and found.polygonal:
                found.bands[limit] = ALL
            else:
                found.bands[limit] = self.band(limit).coverage(unit)[0]
        return found

    def shift_unknown(self, unit: UnitArea, atoms: List[Atom]) -> bool:
        """Whether a site in the unit may lie within SHIFT_M of a boundary the atoms ask about (the layer's edge, or
        a rule's distance from it) while the layer is joined to the units by a ballpark offset: there, as in the
        review, where the site lies to the layer is unknown (not so deep inside the layer's polygons)."""
        if not self.shifted:
            return False
        limits = ([0.0] if any(atom.relation != "within" for atom in atoms) else []) + thresholds(atoms)
        return any(self._near(unit, limit) for limit in limits) and not self._deep_inside(unit)

    def _near(self, unit: UnitArea, limit: float) -> bool:
        """Whether part of the unit lies within SHIFT_M of the distance ``limit`` from the features (0: their
        edges)."""
        if self.band(limit + SHIFT_M).coverage(unit)[0] == NONE:
            return False
        return limit <= SHIFT_M or self.band(limit - SHIFT_M).coverage(unit)[0] != ALL

    def _deep_inside(self, unit: UnitArea) -> bool:
        """Whether the unit lies inside the layer's polygons by more than SHIFT_M everywhere."""
        if not self.base.polygonal:
            return False
        pieces, errors = self.builder.buffer([unit.geometry], self.target, SHIFT_M, self.target)
        if errors or not pieces:
            return False
        grown = UnitArea(QgsGeometry.unaryUnion(pieces), unit.measure, unit.min_area_m2, unit.min_fraction,
                         unit.bounds)
        return self.base.coverage(grown)[0] == ALL

    def region(self, unit: UnitArea, atom: Atom, truth: bool) -> Optional[QgsGeometry]:
        """The part of the unit where the atom has value ``truth`` (None when it has no area)."""
        if atom.relation == "within":
            zone = self.band(float(atom.distance_m or 0.0))
            covered = truth
        else:
            zone = self.base
            covered = truth if atom.relation in ("overlaps", "inside") else not truth
            if not zone.polygonal and zone.pieces:
                return None if covered else unit.geometry
        inside = zone.clip(unit)
        if covered:
            return inside if not inside.isEmpty() else None
        if inside.isEmpty():
            return unit.geometry
        return overlap_parts(unit.geometry.difference(inside), unit.geometry.area())


def key_zones(queries: List[SpatialQuery], constraints: Dict[str, SourceRef],
              target: QgsCoordinateReferenceSystem, context: QgsCoordinateTransformContext,
              builder: EllipsoidalBuffer) -> Dict[str, "LazyKeyZones"]:
    """Lazily built zones for every query whose layer is bound (unbound ones are absent)."""
    return {q.key: LazyKeyZones(q, constraints[q.layer], target, context, builder)
            for q in queries if q.layer in constraints}


class LazyKeyZones:
    """Builds KeyZones on first use (a layer no applicable rule asks about is never read; one that is asked about is
    read to know whether the site's position to it can be known)."""

    def __init__(self, query: SpatialQuery, *args: Any):
        self.query = query
        self._args = (query,) + args
        self._zones: Optional[KeyZones] = None

    def get(self) -> KeyZones:
        """The zones, read now if not yet."""
        if self._zones is None:
            self._zones = KeyZones(*self._args)
        return self._zones

    def unusable(self) -> bool:
        """Whether the site's position to the layer is unknown (the layer is read now)."""
        return self.get().problem is not None

    @property
    def built(self) -> bool:
        """True once the layer was read."""
        return self._zones is not None


def off_earth(geometries: List[QgsGeometry], to_lonlat: QgsCoordinateTransform) -> int:
    """How many of the geometries lie where their CRS places nothing on the earth (``to_lonlat``: that CRS to
    longitude and latitude): checked one by one only when their common box is not on the earth."""
    if not geometries:
        return 0
    box = QgsRectangle(geometries[0].boundingBox())
    for geometry in geometries[1:]:
        box.combineExtentWith(geometry.boundingBox())
    if on_earth(box, to_lonlat):
        return 0
    return sum(1 for geometry in geometries if not on_earth(geometry.boundingBox(), to_lonlat))


def on_earth(box: QgsRectangle, to_lonlat: QgsCoordinateTransform) -> bool:
    """Whether a box transforms to finite longitudes and latitudes (latitudes within ±90°, longitudes ±360°)."""
    try:
        lonlat = to_lonlat.transformBoundingBox(box)
    except QgsCsException:
        return False
    return (finite(lonlat) and abs(lonlat.yMinimum()) <= LATITUDE_LIMIT and abs(lonlat.yMaximum()) <= LATITUDE_LIMIT
            and abs(lonlat.xMinimum()) <= 360.0 and abs(lonlat.xMaximum()) <= 360.0)
