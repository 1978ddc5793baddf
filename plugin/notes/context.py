"""What the notes need beyond the review: project, rule-set provenance, layers, site geometry facts."""

import datetime
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, NamedTuple, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsProject,
)

from .. import settings
from ..core.coordinates.crs import gauss_kruger_epsg
from ..core.inputs.layer_source import shown_source
from ..core.model.project import ProjectDescription
from ..core.model.results import ListSource
from ..core.overlay.layer_subset import layer_subset
from ..core.overlay.measure import FALLBACK_ELLIPSOID, choose_ellipsoid
from ..core.review.judgements import NotApplied, Withdrawal
from ..core.rules.layered import LayeredRuleSet
from ..core.rules.loader import file_sha256
from ..core.rules.ruleset import AttributeDecl, CategoryKind, LayerDecl, RuleSet, RuleSetMetadata
from ..paths import PLUGIN_DIR
from .sites_layer import SiteOrigin, TakenSite

MU_M2 = 10000.0 / 15.0  # 1 亩 = 666.67 m²
MAX_POINTS = 500
CGCS2000 = "EPSG:4490"


@dataclass
class BoundaryPoint:
    """One vertex of the site boundary: number, part and ring, CGCS2000 lon/lat and GK X/Y."""

    number: int
    part: int
    ring: int
    lon: float
    lat: float
    x: float
    y: float


@dataclass
class SiteFacts:
    """Measured facts of the site geometry (ellipsoidal area, centroid, boundary points)."""

    area_m2: float = 0.0
    centroid_lon: Optional[float] = None
    centroid_lat: Optional[float] = None
    points: List[BoundaryPoint] = field(default_factory=list)
    point_total: int = 0
    grid_crs: str = ""

    @property
    def area_mu(self) -> float:
        """Area in 亩 (666.67 m²)."""
        return self.area_m2 / MU_M2


@dataclass
class ListFacts:
    """One access list of a layered rule set, as the notes name it: metadata, source, scope and file."""

    metadata: RuleSetMetadata
    source: ListSource
    scope: str
    path: str


class LayerFilter(NamedTuple):
    """A constraint layer read through a filter set in the project: the rule set's layer name, the map layer's name
    and the filter."""

    key: str
    layer: str
    subset: str


@dataclass
class NotesContext:
    """Everything the notes state that is not in the SiteReview itself."""

    project: ProjectDescription = field(default_factory=ProjectDescription)
    ruleset: Optional[RuleSetMetadata] = None
    ruleset_path: str = ""
    ruleset_sha256: str = ""
    attributes: Dict[str, AttributeDecl] = field(default_factory=dict)
    layers: Dict[str, LayerDecl] = field(default_factory=dict)
    kinds: Dict[str, CategoryKind] = field(default_factory=dict)  # the rule set's unit kinds, for their labels
    unit_layer_source: str = ""
    unit_feature_count: int = 0
    unit_layer_filter: str = ""  # the filter set on the unit layer in the project (Query Builder), '' for none
    zone_filters: List[LayerFilter] = field(default_factory=list)  # the constraint layers read through one
    crs_authid: str = ""  # the unit layer's CRS: its authority id and QGIS's description, named per language
    crs_description: str = ""
    ellipsoid: str = ""
    site: SiteFacts = field(default_factory=SiteFacts)
    reviewer: str = ""
    organisation: str = ""
    date: datetime.date = field(default_factory=datetime.date.today)
    plugin_version: str = ""
    qgis_version: str = ""
    opinion: str = ""  # the reviewer's overall opinion (审查意见), free text
    lists: List[ListFacts] = field(default_factory=list)  # the access lists of a layered rule set, in order
    withdrawn: List[Withdrawal] = field(default_factory=list)  # judgements the reviewer removed, in order
    not_applied: List[NotApplied] = field(default_factory=list)  # judgements the review did not apply, with why
    origin: Optional[SiteOrigin] = None  # the feature of a sites layer the site is (reviewsites), else None
    taken: Optional[TakenSite] = None  # where the dock's site came from (a layer's features, drawn…), else None

    def expired(self) -> bool:
        """True when the rule set's expiry date lies before the notes' date."""
        expiry = self.ruleset.expiry if self.ruleset else None
        return expiry is not None and expiry < self.date


def gauss_kruger_crs(lon: float) -> QgsCoordinateReferenceSystem:
    """The CGCS2000 3-degree Gauss-Krüger CRS (central meridian only, EPSG:4534–4554) for a longitude."""
    return QgsCoordinateReferenceSystem(gauss_kruger_epsg(lon))


def plugin_version() -> str:
    """The version in metadata.txt."""
    try:
        with open(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return ""


def site_facts(site: QgsGeometry, crs: QgsCoordinateReferenceSystem,
               transform_context: QgsCoordinateTransformContext) -> SiteFacts:
    """Ellipsoidal area (CGCS2000 ellipsoid), centroid and boundary points of a site."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, transform_context)
    measure.setEllipsoid(FALLBACK_ELLIPSOID)
    geographic = QgsGeometry(site)
    geographic.transform(QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(CGCS2000),
                                                transform_context))
    centre = geographic.centroid().asPoint()
    grid = gauss_kruger_crs(centre.x())
    projected = QgsGeometry(site)
    projected.transform(QgsCoordinateTransform(crs, grid, transform_context))
    points, total = boundary_points(geographic, projected)
    return SiteFacts(area_m2=measure.measureArea(site), centroid_lon=centre.x(),
                     centroid_lat=centre.y(), points=points, point_total=total,
                     grid_crs=grid.authid())


def boundary_points(geographic: QgsGeometry, projected: QgsGeometry) -> tuple:
    """The first MAX_POINTS boundary vertices (closing repeats left out) and the total count."""
    points: List[BoundaryPoint] = []
    total = 0
    parts = zip(polygons(geographic), polygons(projected))
    for part_no, (geo_rings, grid_rings) in enumerate(parts, start=1):
        for ring_no, (geo_ring, grid_ring) in enumerate(zip(geo_rings, grid_rings), start=1):
            for geo, xy in zip(geo_ring[:-1], grid_ring[:-1]):
                total += 1
                if len(points) < MAX_POINTS:
                    points.append(BoundaryPoint(total, part_no, ring_no, geo.x(), geo.y(),
                                                xy.y(), xy.x()))
    return points, total


def polygons(geometry: QgsGeometry) -> list:
    """The rings of every polygon part of a (multi)polygon."""
    if geometry.isMultipart():
        return geometry.asMultiPolygon()
    return [geometry.asPolygon()]


def notes_context(project: ProjectDescription, ruleset: Optional[RuleSet], unit_layer,
                  site: QgsGeometry, site_crs: QgsCoordinateReferenceSystem,
                  transform_context: Optional[QgsCoordinateTransformContext] = None,
                  ellipsoid: str = "", date: Optional[datetime.date] = None,
                  reviewer: Optional[str] = None, organisation: Optional[str] = None) -> NotesContext:
    """A NotesContext filled from the rule set, the unit layer, the site and the plugin settings.

    ``reviewer`` and ``organisation`` replace the settings' when given.
    """
    context = transform_context or QgsProject.instance().transformContext()
    crs = unit_layer.crs()
    path = ruleset.path if ruleset else ""
    return NotesContext(
        project=project,
        ruleset=ruleset.metadata if ruleset else None,
        ruleset_path=path,
        ruleset_sha256=(ruleset.sha256 or file_sha256(path)) if path else "",  # the file as it was read
        attributes=dict(ruleset.attributes) if ruleset else {},
        layers=dict(ruleset.layers) if ruleset else {},
        kinds=dict(ruleset.kinds) if ruleset else {},
        unit_layer_source=shown_source(unit_layer) or unit_layer.name(),
        unit_feature_count=max(0, int(unit_layer.featureCount())),
        unit_layer_filter=layer_subset(unit_layer),
        crs_authid=crs.authid(),
        crs_description=crs.description(),
        ellipsoid=choose_ellipsoid(ellipsoid, crs),
        site=site_facts(site, site_crs, context),
        reviewer=settings.REVIEWER.value() if reviewer is None else reviewer,
        organisation=settings.ORGANISATION.value() if organisation is None else organisation,
        date=date or datetime.date.today(),
        plugin_version=plugin_version(),
        qgis_version=Qgis.QGIS_VERSION,
        lists=list_facts(ruleset),
    )


def list_facts(ruleset: Optional[RuleSet]) -> List[ListFacts]:
    """The access lists of a layered rule set, in binding order (none for a single list)."""
    if not isinstance(ruleset, LayeredRuleSet):
        return []
    return [ListFacts(part.ruleset.metadata, part.source, part.scope.text(), part.ruleset.path)
            for part in ruleset.parts]


def zone_filters(constraints: Dict[str, Any]) -> List[LayerFilter]:
    """The constraint layers (by the rule set's layer name) read through a filter set in the project, by name."""
    return [LayerFilter(key, layer.name(), layer_subset(layer)) for key, layer in sorted(constraints.items())
            if layer is not None and layer_subset(layer)]
