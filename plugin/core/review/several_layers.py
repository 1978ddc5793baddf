"""A site reviewed against several unit layers at once (the panel with several bound layers, rereview with
OTHER_UNITS): which layers decide its verdict, and the part of it outside every unit of them all.

The layers may share a territory (a province's units and a city's) or split it (one layer per city). A layer
none of whose units the site overlaps has nothing to say of it (unless a unit near the site could not be
overlaid), so the verdict is the worst over the layers that have a say (all of them when none has). Each
layer's own review leaves its part outside alone, since it may lie in another layer's units; the part
outside them all was not reviewed at all, so the site needs further study (fail closed).
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Mapping, Sequence, Set, TypeVar

from qgis.core import QgsGeometry

from ..model.results import OverlayResult, SiteReview
from ..model.verdicts import Verdict, worst
from ..overlay.geometry_repair import clean_polygonal
from ..overlay.measure import covered_planar
from ..overlay.reasons import NOT_OVERLAID
from ..overlay.types import Tolerance
from .site_review import PARTLY_OUTSIDE_LAYERS, mark_outside

Item = TypeVar("Item")


@dataclass
class SiteCover:
    """A site as one layer's review found it: its geometry, area (m²), whether the layer has a say of it
    (``has_say``) and its overlaps with the layer's units (site CRS)."""

    site: QgsGeometry
    site_m2: float
    say: bool
    pieces: List[QgsGeometry] = field(default_factory=list)


def has_say(review: SiteReview) -> bool:
    """Whether a layer's review speaks of the site: units of it lie under the site, or a unit near the site
    could not be overlaid (invalid, not a polygon, or GEOS failed), so the site may lie in it."""
    return bool(review.units) or any(warning.template in NOT_OVERLAID for warning in review.overlay.warnings)


def deciding(items: Sequence[Item], review_of: Callable[[Item], SiteReview] = lambda item: item) -> List[Item]:
    """The reviews (or items holding them) that decide the site's verdict: of the layers that have a say
    (``has_say``; all of them when none has)."""
    return [item for item in items if has_say(review_of(item))] or list(items)


def verdict_over_layers(reviews: Sequence[SiteReview]) -> Verdict:
    """The site's verdict over several layers: the worst of the deciding reviews."""
    return worst(review.verdict for review in deciding(reviews))


def units_overlapped(reviews: Sequence[SiteReview]) -> int:
    """How many control units the site overlaps over the layers: a unit in two layers (by its code) counts once;
    a unit without a code counts once per layer."""
    return len({unit.overlap.code or (number, unit.overlap.fid)
                for number, review in enumerate(reviews) for unit in review.units})


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


def mark_outside_every_layer(reviews: Sequence[SiteReview], site: QgsGeometry, tolerance: Tolerance) -> None:
    """Give the first deciding review of a site over several layers the part of the site outside them all."""
    if len(reviews) < 2:
        return
    outside = outside_every_layer(site, [review.overlay for review in reviews], tolerance)
    if outside > 0.0:
        first = deciding(reviews)[0]
        mark_outside(first, PARTLY_OUTSIDE_LAYERS, outside, first.overlay.site_area_m2)


def outside_layers(covers: Sequence[Mapping[str, SiteCover]]) -> List[Set[str]]:
    """Per layer, the sites it reviewed and has no say of (a site it could not review is not among them)."""
    return [{site_id for site_id, cover in layer.items() if not cover.say} for layer in covers]


def compliant_outside_every_layer(verdicts: Dict[str, str], covers: Sequence[Mapping[str, SiteCover]],
                                  tolerance: Tolerance) -> None:
    """Make 'needs further study' the compliant verdicts of sites partly outside every layer (``covers``: per
    layer, by site id, as its review found them)."""
    for site_id, verdict in verdicts.items():
        found = [cover[site_id] for cover in covers if site_id in cover]
        if verdict != Verdict.COMPLIANT or not found:
            continue
        pieces = [piece for cover in found for piece in cover.pieces]
        if outside_of(found[0].site, pieces, found[0].site_m2, tolerance) > 0.0:
            verdicts[site_id] = str(Verdict.NEEDS_STUDY)
