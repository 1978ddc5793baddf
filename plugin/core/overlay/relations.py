"""How a site stands to the features of a named constraint layer: inside, overlapping or
outside, the shared area, and the ellipsoidal distance to the nearest matching feature.

Distance method: work in the constraint layer's CRS; for a geographic CRS, longitudes are
scaled by cos(latitude of the site) so that a planar search finds the nearest feature and the
nearest pair of points (GEOS shortest line) as on the ground; that pair is then measured with
QgsDistanceArea, i.e. along the ellipsoid's geodesic. The search is branch-and-bound on the
features' bounding boxes, so only a few exact distances are computed.
"""

import math
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsCsException, QgsDistanceArea, QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes

from ...compat import LINE_GEOMETRY, POINT_GEOMETRY, POLYGON_GEOMETRY
from ...i18n import tr
from ..model.results import (
    CRS_PROBLEM,
    FILTER_PROBLEM,
    SHIFT_PROBLEM,
    UNUSABLE_PROBLEM,
    LayerRelation,
    Reason,
    SpatialQuery,
)
from .datum_shift import SHIFT_M, Shifts, position_kept, shift_templates, shift_warning
from .geometry_repair import overlap_parts
from .layer_filter import filter_templates, none_passes
from .layer_subset import hidden_zones, subset_templates
from .measure import MEASURE_NOISE, Measurer, Transforms, crs_key, crs_label, transformed, uncovered_m2
from .no_zones import no_zones, no_zones_templates
from .site_view import SiteView, bounds_gap, bounds_of, diagonal, line_length, outside_part, scaled
from .unit_index import FeatureIndex, index_for
from .unusable import no_geometry_warning, unusable_templates, unusable_warning

INSIDE = "inside"
OVERLAPPING = "overlapping"
OUTSIDE = "outside"
UNKNOWN = "unknown"  # a bound layer the site could not be related to (LayerRelation.problem says why)
NOT_TRANSFORMED = "The site could not be transformed to the CRS {crs} of layer {layer}: {error}"
NOT_FINITE = ("The site has no finite coordinates in the CRS {crs} of layer {layer}: the CRS cannot show where "
              "the site lies")


def relation_templates() -> List[str]:
    """The warning templates of this module, through tr()."""
    return [
        tr("The site could not be transformed to the CRS {crs} of layer {layer}: {error}"),
        tr("The site has no finite coordinates in the CRS {crs} of layer {layer}: the CRS cannot show where "
           "the site lies"),
        tr("Feature {fid} of {layer} has an invalid geometry ({detail}); repaired for the computation"),
    ] + filter_templates() + shift_templates() + subset_templates() + no_zones_templates() + unusable_templates()


def unknown(relation: LayerRelation, problem: str) -> LayerRelation:
    """The relation marked as not found, for ``problem`` (FILTER_PROBLEM, NONE_PASS_PROBLEM, NO_FEATURES…)."""
    relation.relation, relation.problem = UNKNOWN, problem
    return relation


def finite(rect: QgsRectangle) -> bool:
    """Whether every bound of a rectangle is a finite number."""
    return all(math.isfinite(v) for v in bounds_of(rect))


def skipped_warning(index: FeatureIndex) -> List[Reason]:
    """One warning listing the features of a layer skipped for having no geometry."""
    return no_geometry_warning(index.name, [fid for fid, _status in index.skipped])


class RelationFinder:
    """Answers SpatialQuery objects against named constraint layers."""

    def __init__(self, layers: Dict[str, Any], measurer: Measurer, transforms: Transforms, tolerance: Any,
                 shifts: Optional[Shifts] = None):
        self.layers = dict(layers)
        self.shifts = shifts
        self.measurer = measurer
        self.transforms = transforms
        self.tolerance = tolerance
        self._indexes: Dict[Tuple[str, str], FeatureIndex] = {}

    def _index(self, query: SpatialQuery) -> Optional[FeatureIndex]:
        """The index of the query's layer and filter (None: no such layer), looked up once per query."""
        key = (query.layer, query.where)
        found = self._indexes.get(key)
        if found is None:
            layer = self.layers.get(query.layer)
            if layer is None:
                return None
            found = self._indexes[key] = index_for(layer, (), query.where, clean=True)
        return found

    def relate(self, site: QgsGeometry, site_crs: Any, query: SpatialQuery,
               views: Optional[Dict[str, SiteView]] = None, site_key: str = "") -> Tuple[LayerRelation, List[Reason]]:
        """The relation of a cleaned site (in ``site_crs``, whose ``crs_key`` is ``site_key`` if given)
        to the query's layer and filter.

        ``views`` (one dict per site) shares the site's transformed and prepared forms between queries.
        """
        relation = LayerRelation(layer=query.layer, where=query.where, distance_m=None)
        index = self._index(query)
        if index is None:
            relation.bound = False
            return relation, []
        hidden = hidden_zones(self.layers[query.layer], index.name)  # zones it hides may hold the site
        if hidden is not None:
            return unknown(relation, hidden[0]), [hidden[1]]
        index.ensure()
        if index.filter_problem is not None:
            return unknown(relation, FILTER_PROBLEM), [index.filter_problem]
        if index.none_pass:  # a value written otherwise than the layer holds it: never "no such zone near the site"
            problem, warning = none_passes(query.where, query.layer, index.name)
            return unknown(relation, problem), [warning]
        left_out = skipped_warning(index) + unusable_warning(query.layer, index.name, index.unusable)
        if not index.usable():  # no features, or none with a usable geometry: never "no such zone near the site"
            problem, warning = no_zones(query.layer, index.name, query.where, index.passed > 0)
            return unknown(relation, problem), left_out + [warning]
        view, problem = self._view(site, site_crs, index, views, site_key)
        if view is None:
            return unknown(relation, CRS_PROBLEM), [problem]
        warnings = left_out
        if index.unusable_near(view.rect):  # a feature left out may hold the site or lie across it: never "outside"
            return unknown(relation, UNUSABLE_PROBLEM), warnings
        measure = self.measurer.for_crs(index.crs, index.crs_key)
        shift = self.shifts.operation(site_crs, index.crs, site_key or crs_key(site_crs), index.crs_key) \
            if self.shifts is not None else ""
        reach = query.reach_m + SHIFT_M if shift and query.reach_m is not None else query.reach_m
        if not self._shared(relation, index, view, measure, warnings) and self._worth_searching(index, view, reach,
                                                                                                measure):
            self._nearest(relation, index, view, measure)
        if shift:
            warnings.append(shift_warning(index.name, crs_label(index.crs), crs_label(site_crs), shift))
            relation.uncertain_m = SHIFT_M
            if not position_kept(relation, index, view, measure):
                unknown(relation, SHIFT_PROBLEM)
        return relation, warnings

    def _view(self, site: QgsGeometry, site_crs: Any, index: FeatureIndex, views: Optional[Dict[str, SiteView]],
              site_key: str) -> Tuple[Optional[SiteView], Optional[Reason]]:
        """The site in the layer's CRS (shared through ``views``), or None and why it cannot be placed there."""
        key = index.crs_key
        view = views.get(key) if views is not None else None
        if view is not None:
            return view, None
        values = {"layer": index.name, "crs": crs_label(index.crs)}
        try:
            site_l = transformed(site, self.transforms.get(site_crs, index.crs, site_key, key))
        except QgsCsException as error:
            return None, Reason(NOT_TRANSFORMED, {**values, "error": str(error)})
        if not finite(site_l.boundingBox()):
            return None, Reason(NOT_FINITE, values)
        view = SiteView(site_l, index.crs.isGeographic())
        if views is not None:
            views[key] = view
        return view, None

    @staticmethod
    def _worth_searching(index: FeatureIndex, view: SiteView, reach_m: Optional[float],
                         measure: QgsDistanceArea) -> bool:
        """Whether to look for the nearest feature: always, unless the query limits its reach (``reach_m``)."""
        if reach_m is None:
            return True
        if reach_m <= 0:
            return False
        window = view.window(reach_m, measure)
        return window is None or bool(index.candidates(window))

    def _geometry(self, index: FeatureIndex, fid: int, geometry: QgsGeometry,
                  warnings: List[Reason]) -> Optional[QgsGeometry]:
        cleaned = index.cleaned(fid, geometry)
        if cleaned.status and cleaned.geometry is not None:
            warnings.append(Reason(
                "Feature {fid} of {layer} has an invalid geometry ({detail}); repaired for the computation",
                {"fid": fid, "layer": index.name, "detail": cleaned.detail}))
        return cleaned.geometry

    def _shared(self, relation: LayerRelation, index: FeatureIndex, view: SiteView,
                measure: QgsDistanceArea, warnings: List[Reason]) -> bool:
        """Fill the relation from features meeting the site; False when none does."""
        rect = view.rect
        candidates = index.candidates(rect)
        if not candidates:
            return False
        engine, site_area = view.engine(), view.geometry.area()
        parts: List[Tuple[int, QgsGeometry]] = []
        met: List[int] = []
        lines: List[QgsGeometry] = []
        for fid, (geometry, _values) in sorted(index.fetch(candidates, rect).items()):
            feature = self._geometry(index, fid, geometry, warnings)
            if feature is None or not engine.intersects(feature.constGet()):
                continue
            met.append(fid)
            kind = QgsWkbTypes.geometryType(feature.wkbType())
            if kind == POLYGON_GEOMETRY:
                shared = engine.intersection(feature.constGet())
                if shared is not None:
                    parts.append((fid, overlap_parts(QgsGeometry(shared), site_area)))
            elif kind == LINE_GEOMETRY:
                lines.append(feature)
            elif kind == POINT_GEOMETRY:
                relation.points += 1
        if not met:
            return False
        self._classify(relation, view, measure, met, parts)
        relation.lines = len(lines)
        relation.line_m = line_length(view, lines, measure) if lines else 0.0
        return True

    def _classify(self, relation: LayerRelation, view: SiteView, measure: QgsDistanceArea,
                  met: List[int], parts: List[Tuple[int, QgsGeometry]]) -> None:
        site_area = view.area(measure)
        threshold = self.tolerance.threshold(site_area)
        areas = [(measure.measureArea(g), fid) for fid, g in parts if not g.isEmpty()]
        union = QgsGeometry.unaryUnion([g for _fid, g in parts if not g.isEmpty()]) if areas else None
        relation.overlap_m2 = measure.measureArea(union) if union is not None else 0.0
        relation.distance_m = 0.0
        relation.nearest_fid = max(areas)[1] if areas else met[0]
        crossed = len(met) > len(parts)
        if relation.overlap_m2 > threshold:
            relation.relation = INSIDE if self._covered(view, union, site_area, relation.overlap_m2,
                                                        threshold) else OVERLAPPING
            if relation.relation == INSIDE and union is not None:
                relation.outside_m2, relation.sliver_limit_m2 = outside_part(view, union, site_area), threshold
        else:
            relation.relation = OVERLAPPING if crossed else OUTSIDE
        if relation.overlap_m2 <= threshold:
            relation.sliver_m2, relation.sliver_limit_m2 = relation.overlap_m2, threshold
            relation.overlap_m2 = 0.0

    @staticmethod
    def _covered(view: SiteView, union: QgsGeometry, site_area: float, overlap: float, threshold: float) -> bool:
        """Whether the features cover the site but for a sliver.

        Near the tolerance, measured areas of the site and of its cut pieces differ by more than it
        on large sites (geodesic edges), so there the uncovered rest decides.
        """
        if site_area - overlap <= threshold:
            return True
        if site_area - overlap > threshold + MEASURE_NOISE * site_area:
            return False
        return uncovered_m2(view.geometry, union, site_area) <= threshold

    def _nearest(self, relation: LayerRelation, index: FeatureIndex, view: SiteView,
                 measure: QgsDistanceArea) -> None:
        """Fill distance and nearest feature for a site that meets no feature."""
        seed = index.nearest(view.geometry, 1)
        if not seed:
            return
        scale = view.scale
        site_s = view.scaled()
        best_fid, best_geometry, best = None, None, math.inf
        for lower, fid in self._ordered(index, view, seed[0]):
            if lower > best:
                break
            geometry = self._geometry(index, fid, index.fetch([fid])[fid][0], [])
            if geometry is None:
                continue
            candidate = scaled(geometry, scale)
            distance = site_s.distance(candidate)
            if distance < best or (distance == best and fid < best_fid):
                best_fid, best_geometry, best = fid, candidate, distance
        if best_geometry is None:
            return
        line = site_s.shortestLine(best_geometry).asPolyline()
        start, end = (QgsPointXY(p.x() / scale, p.y()) for p in (line[0], line[-1]))
        relation.distance_m = measure.measureLine(start, end)
        relation.nearest_fid = best_fid
        relation.relation = OUTSIDE

    def _ordered(self, index: FeatureIndex, view: SiteView, seed: int) -> List[Tuple[float, int]]:
        """Features that may be nearer than the seed, by increasing lower-bound distance."""
        rect, site, scale = view.rect, view.bounds, view.scale
        seed_box = index.bounds(seed)
        reach = (bounds_gap(site, seed_box, scale) + diagonal(rect, scale)
                 + math.hypot((seed_box[2] - seed_box[0]) * scale, seed_box[3] - seed_box[1]))
        window = QgsRectangle(site[0] - reach / scale, site[1] - reach,
                              site[2] + reach / scale, site[3] + reach)
        bounds = index.bounds
        found = [(bounds_gap(site, bounds(fid), scale), fid) for fid in index.candidates(window)]
        found.sort()
        return found
