"""A site reviewed against several unit layers at once: the part of it outside every unit of every layer.

Each layer's own review leaves its part outside alone (it may lie in another layer's units); the part
outside them all was not reviewed at all, so the site needs further study (fail closed).
"""

from typing import Sequence

from qgis.core import QgsGeometry

from ..model.results import OverlayResult, Reason, SiteReview
from ..overlay.geometry_repair import clean_polygonal
from ..overlay.measure import covered_planar
from ..overlay.types import Tolerance
from .site_review import PARTLY_OUTSIDE_LAYERS, mark_outside


def outside_every_layer(site: QgsGeometry, overlays: Sequence[OverlayResult], tolerance: Tolerance) -> float:
    """The site's area (m²) outside every unit of every layer, from its overlaps with them all (site CRS,
    as ``OverlayEngine.overlay`` returns them); 0 at or below the slivers' threshold, or when one layer
    covers the site."""
    if not overlays or any(overlay.uncovered_m2 <= 0.0 for overlay in overlays):
        return 0.0
    whole = clean_polygonal(site).geometry
    planar = whole.area() if whole is not None and not whole.isEmpty() else 0.0
    site_m2 = overlays[0].site_area_m2
    if planar <= 0.0 or site_m2 <= 0.0:
        return 0.0
    pieces = [piece for overlay in overlays for piece in overlay.geometries.values()]
    rest = max(0.0, 1.0 - covered_planar(pieces) / planar) * site_m2
    return rest if rest > tolerance.threshold(site_m2) else 0.0


def mark_outside_every_layer(reviews: Sequence[SiteReview], site: QgsGeometry, tolerance: Tolerance) -> None:
    """Give the first of a site's reviews against several layers the part of the site outside them all."""
    if len(reviews) < 2:
        return
    outside = outside_every_layer(site, [review.overlay for review in reviews], tolerance)
    if outside > 0.0:
        site_m2 = reviews[0].overlay.site_area_m2
        mark_outside(reviews[0], Reason(PARTLY_OUTSIDE_LAYERS, {"area": round(outside),
                                                               "percent": round(100.0 * outside / site_m2, 1)}))
