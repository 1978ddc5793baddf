"""A site reviewed against several unit layers at once: the part of it outside every unit of every layer.

Each layer's own review leaves its part outside alone (it may lie in another layer's units); the part
outside them all was not reviewed at all, so the site needs further study (fail closed).
"""

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Sequence

from qgis.core import QgsGeometry

from ..model.results import OverlayResult, Reason, SiteReview
from ..model.verdicts import Verdict
from ..overlay.geometry_repair import clean_polygonal
from ..overlay.measure import covered_planar
from ..overlay.types import Tolerance
from .site_review import PARTLY_OUTSIDE_LAYERS, mark_outside


@dataclass
class SiteCover:
    """A site as reviewed against one layer of several: its geometry, its area (m²) and its overlaps (site CRS)."""

    site: QgsGeometry
    site_m2: float
    pieces: List[QgsGeometry] = field(default_factory=list)


def outside_of(site: QgsGeometry, pieces: Sequence[QgsGeometry], site_m2: float, tolerance: Tolerance) -> float:
    """The site's area (m², ``site_m2`` in all) outside the union of ``pieces`` (its overlaps, in its CRS):
    the share of its planar area they leave; 0 at or below the slivers' threshold."""
    whole = clean_polygonal(site).geometry
    planar = whole.area() if whole is not None and not whole.isEmpty() else 0.0
    if planar <= 0.0 or site_m2 <= 0.0:
        return 0.0
    rest = max(0.0, 1.0 - covered_planar(pieces) / planar) * site_m2
    return rest if rest > tolerance.threshold(site_m2) else 0.0


def outside_every_layer(site: QgsGeometry, overlays: Sequence[OverlayResult], tolerance: Tolerance) -> float:
    """The site's area (m²) outside every unit of every layer, from its overlaps with them all (site CRS,
    as ``OverlayEngine.overlay`` returns them); 0 at or below the slivers' threshold, or when one layer
    covers the site."""
    if not overlays or any(overlay.uncovered_m2 <= 0.0 for overlay in overlays):
        return 0.0
    pieces = [piece for overlay in overlays for piece in overlay.geometries.values()]
    return outside_of(site, pieces, overlays[0].site_area_m2, tolerance)


def compliant_outside_every_layer(verdicts: Dict[str, str], covers: Sequence[Mapping[str, SiteCover]],
                                  tolerance: Tolerance) -> List[str]:
    """Make 'needs further study' the compliant verdicts of sites partly outside every layer (``covers``: per
    layer, by site id, as its review found them); the ids of those sites."""
    changed = []
    for site_id, verdict in verdicts.items():
        found = [cover[site_id] for cover in covers if site_id in cover]
        if verdict != Verdict.COMPLIANT or not found:
            continue
        pieces = [piece for cover in found for piece in cover.pieces]
        if outside_of(found[0].site, pieces, found[0].site_m2, tolerance) > 0.0:
            verdicts[site_id] = str(Verdict.NEEDS_STUDY)
            changed.append(site_id)
    return changed


def mark_outside_every_layer(reviews: Sequence[SiteReview], site: QgsGeometry, tolerance: Tolerance) -> None:
    """Give the first of a site's reviews against several layers the part of the site outside them all."""
    if len(reviews) < 2:
        return
    outside = outside_every_layer(site, [review.overlay for review in reviews], tolerance)
    if outside > 0.0:
        site_m2 = reviews[0].overlay.site_area_m2
        mark_outside(reviews[0], Reason(PARTLY_OUTSIDE_LAYERS, {"area": round(outside),
                                                               "percent": round(100.0 * outside / site_m2, 1)}))
