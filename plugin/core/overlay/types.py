"""The overlay's own types: its error, tolerance, unit-layer spec, unit records and pending overlays."""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from ..model.results import OverlayResult, Reason


class OverlayError(Exception):
    """A site or layer that cannot be reviewed; the message is translated, ``reason`` renders it in any language."""

    def __init__(self, message: str, reason: Optional[Reason] = None) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Tolerance:
    """Overlaps up to ``min_area_m2`` or that fraction of the site (never over ``max_site_fraction``) are touches."""

    min_area_m2: float = 1.0
    min_site_fraction: float = 1e-4
    max_site_fraction: float = 0.1

    def threshold(self, site_area_m2: float) -> float:
        """The overlap area (m²) at or below which an overlap counts as a boundary touch.

        Capped at a tenth of the site: a site smaller than ``min_area_m2`` inside a unit is in it.
        """
        return min(max(self.min_area_m2, self.min_site_fraction * site_area_m2),
                   self.max_site_fraction * site_area_m2)


DEFAULT_TOLERANCE = Tolerance()


@dataclass
class UnitLayerSpec:
    """The bound unit layer (a QgsVectorLayer or feature source with a CRS) and its fields."""

    layer: Any
    code_field: str
    name_field: str
    category_field: str
    attribute_fields: List[str] = field(default_factory=list)
    text_widths: Dict[str, Tuple[int, str]] = field(default_factory=dict)  # a Shapefile's (``dbf_text``)


@dataclass
class UnitRecord:
    """A candidate unit as the overlay needs it: cleaned geometry, warning, labels; area when measured.

    A record made with ``raw`` gets its cleaned geometry and warning from ``UnitRecords.clean``."""

    fid: int
    geometry: Optional[QgsGeometry]
    warning: Optional[Reason]
    code: str
    name: str
    category: str
    attributes: Dict[str, Any] = field(default_factory=dict)
    area: Optional[float] = None
    measuring: bool = False
    raw: Optional[QgsGeometry] = None  # the stored geometry while it is still to be cleaned (then None)

    def __post_init__(self) -> None:
        """Keep the abstract geometry at hand for the GEOS calls."""
        self.abstract = self.geometry.constGet() if self.geometry is not None else None


@dataclass
class PendingOverlay:
    """An overlay whose GEOS work is done and whose ellipsoidal areas are still to be measured."""

    result: OverlayResult
    site: QgsGeometry
    site_crs: QgsCoordinateReferenceSystem
    with_geometries: bool
    hits: List[Tuple[UnitRecord, QgsGeometry]]
    new_units: List[UnitRecord] = field(default_factory=list)
    units: List[UnitRecord] = field(default_factory=list)  # the candidates, intersected by engine.intersect
    warning_at: int = 0  # where the candidates' warnings go among the result's warnings
    site_key: str = ""  # crs_key of site_crs

    def to_measure(self) -> List[QgsGeometry]:
        """The site, then every overlap, then the units first measured for this site (unit CRS)."""
        return [self.site] + self.overlaps() + [u.geometry for u in self.new_units]

    def overlaps(self) -> List[QgsGeometry]:
        """The overlaps of the site with the units it intersects (unit CRS), in ``hits`` order."""
        return [overlap for _unit, overlap in self.hits]
