"""A spatial index per layer (and filter), built once and rebuilt only after the layer changed.

For local providers the index also keeps the features' geometries and the few attributes asked
for, so that a review reads nothing from disk; for database providers (PostGIS…) it keeps only
bounding boxes and fetches candidates with filter rects, so the database does the filtering.
A filter is applied by the index itself (``LayerFilter``), so that one the layer cannot take is
reported as ``filter_problem`` rather than matching nothing, and one that none of the features passes is
``none_pass``. Layers are only read, never modified.
"""

from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from qgis.core import (
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from ...compat import SKIP_GEOMETRY_CHECKS
from ...i18n import tr
from ..model.results import Reason
from .collections_pace import fewer_collections
from .geometry_repair import EMPTY, NULL, Cleaned, clean_any
from .layer_filter import LayerFilter
from .measure import crs_key
from .types import OverlayError
from .unusable import boxes_meet, cleans_to_nothing

REMOTE_PROVIDERS = ("postgres", "mssql", "oracle", "hana", "wfs", "oapif", "arcgisfeatureserver")
LAYER_SIGNALS = (
    "dataChanged",
    "geometryChanged",
    "featureAdded",
    "featureDeleted",
    "attributeValueChanged",
    "subsetStringChanged",
    "dataSourceChanged",
)
READ_FAILED = ("Layer {layer} could not be read completely from its database (the connection failed or the table "
               "changed while it was read): check the connection and review again")


def read_templates() -> List[str]:
    """The reason templates of this module, through tr()."""
    return [tr("Layer {layer} could not be read completely from its database (the connection failed or the table "
               "changed while it was read): check the connection and review again")]


def read_error(source: Any) -> OverlayError:
    """The error of a database layer whose features did not all arrive."""
    name = source_name(source)
    return OverlayError(tr("Layer {layer} could not be read completely from its database (the connection failed or "
                           "the table changed while it was read): check the connection and review again").format(
        layer=name), Reason(READ_FAILED, {"layer": name}))


def source_name(source: Any) -> str:
    """A human name for a layer or feature source."""
    name = getattr(source, "name", None)
    if callable(name) and name():
        return name()
    return source.sourceName() if hasattr(source, "sourceName") else str(source)


def read_request(source: Any, request: QgsFeatureRequest):
    """Features of ``source``; Processing sources are read without validity checks."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, SKIP_GEOMETRY_CHECKS)
    return source.getFeatures(request)


def is_remote(source: Any) -> bool:
    """True for layers (or layer snapshots) whose provider is a database or web service."""
    provider_type = getattr(source, "providerType", None)
    return callable(provider_type) and provider_type() in REMOTE_PROVIDERS


def exact_count(source: Any) -> Optional[int]:
    """The number of features a database layer reports, when it counts them (None: a file, or an estimate)."""
    if hasattr(source, "exact_count"):  # a layer snapshot (``inputs.snapshot.LayerSnapshot``): counted when made
        return source.exact_count
    provider = source.dataProvider() if is_remote(source) and hasattr(source, "dataProvider") else None
    if provider is None or QgsDataSourceUri(provider.dataSourceUri()).useEstimatedMetadata():
        return None
    count = source.featureCount()
    return count if count >= 0 else None


def read_checked(source: Any, request: QgsFeatureRequest, expected: Optional[int] = None,
                 layer: Any = None) -> Iterator[QgsFeature]:
    """The features of a request; for a database layer, OverlayError (``read_error``) when its provider's
    iterator failed or fewer than ``expected`` features came: a lost connection ends a read without a word.
    ``layer``: the map layer a feature source was made from (its provider and name), when not ``source``."""
    layer = source if layer is None else layer
    features = read_request(source, request)
    count = 0
    for feature in features:
        count += 1
        yield feature
    if is_remote(layer) and (not features.isValid() or (expected is not None and count < expected)):
        raise read_error(layer)


def any_feature(source: Any) -> bool:
    """Whether a layer or feature source has any feature at all (a database read that failed is an OverlayError)."""
    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(1)
    return any(True for _feature in read_checked(source, request))


class FeatureIndex:
    """Spatial index, cached geometries and attributes of one layer's features matching ``where``.

    With ``clean`` (a constraint layer) every feature is cleaned as it is read, and one of whose geometry nothing
    usable is left is not indexed but listed in ``unusable``, as the siting screen leaves it out."""

    def __init__(self, source: Any, attributes: Iterable[str] = (), where: str = "",
                 keep_geometries: Optional[bool] = None, clean: bool = False):
        self.source = source
        self.name = source_name(source)
        self.crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
        self.crs_key = crs_key(self.crs)
        self.attributes = list(attributes)
        self.where = where
        self.keep_geometries = (not is_remote(source)) if keep_geometries is None else keep_geometries
        self.clean = clean
        # as of the last build: why ``where`` cannot be applied, whether none of the features passes it, how many do
        self.filter_problem: Optional[Reason] = None
        self.none_pass = False  # ``where`` applied, and none of the layer's features (it has some) passed it
        self.passed = 0  # the features passing ``where`` (all, without one), with or without a geometry
        self.builds = 0
        self._dirty = True
        self._index = QgsSpatialIndex()
        self._geometries: Dict[int, QgsGeometry] = {}
        self._values: Dict[int, Tuple[Any, ...]] = {}
        self._cleaned: Dict[int, Cleaned] = {}
        self._boxes: Dict[int, QgsRectangle] = {}
        self._bounds: Dict[int, Tuple[float, float, float, float]] = {}
        self._positions: List[int] = []
        self.skipped: List[Tuple[int, str]] = []
        self.unusable: List[int] = []  # with ``clean``: features with a geometry of which nothing usable is left
        self._unusable_boxes: List[QgsRectangle] = []  # their bounding boxes
        self._connect()

    def _connect(self) -> None:
        if not isinstance(self.source, QgsVectorLayer):
            return
        for signal in LAYER_SIGNALS:
            bound = getattr(self.source, signal, None)
            if bound is not None:
                bound.connect(self.invalidate)

    def invalidate(self, *_args: Any) -> None:
        """Mark the index stale; it is rebuilt on next use."""
        self._dirty = True

    def _request(self) -> QgsFeatureRequest:
        """A request for the features' geometries and the attributes asked for."""
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes(self.attributes, self.source.fields())
        return request

    def ensure(self) -> None:
        """Build the index if it was never built or the layer changed since."""
        if not self._dirty:
            return
        self._reset()
        fields = self.source.fields()
        found = LayerFilter(self.where, fields, self.name) if self.where else None
        self.filter_problem = found.problem if found is not None else None
        self.none_pass, self.passed = False, 0
        if self.filter_problem is None:
            self.passed = self._read(found, fields)
            self.none_pass = (self.passed == 0 and found is not None and found.problem is None
                              and any_feature(self.source))
        self._dirty = False
        self.builds += 1

    def release(self) -> List[Dict[int, Any]]:
        """Forget every feature (read again on next use) and hand over what held them, for the caller to free where
        it chooses: a province's geometries take a while to free."""
        held = [self._geometries, self._values, self._cleaned, self._boxes, self._bounds]
        self._reset()
        self._dirty = True
        return held

    def _reset(self) -> None:
        """Forget every feature."""
        self._index = QgsSpatialIndex()
        self._geometries, self._values, self._cleaned = {}, {}, {}
        self._boxes, self._bounds = {}, {}
        self.skipped, self.unusable, self._unusable_boxes = [], [], []

    def _read(self, found: Optional[LayerFilter], fields: QgsFields) -> int:
        """Index the features passing the filter; none when the filter fails on one (``filter_problem``). How many
        passed (with or without a geometry)."""
        wanted = set(self.attributes) if self.keep_geometries else set()
        columns = found.columns() if found is not None else []
        request = QgsFeatureRequest()
        if columns is not None:  # else the filter may read any field
            request.setSubsetOfAttributes(sorted(wanted | set(columns)), fields)
        self._positions = self._lookup(self.attributes)
        passed = 0
        with fewer_collections():
            features = read_checked(self.source, request, exact_count(self.source))
            for feature in features if found is None else found.select(features):
                self._add(feature)
                passed += 1
        if found is not None and found.problem is not None:
            self.filter_problem = found.problem
            self._reset()
        return passed

    def _add(self, feature) -> None:
        fid = feature.id()
        geometry = feature.geometry()
        if geometry.isEmpty():  # also true when there is no geometry at all
            self.skipped.append((fid, NULL if geometry.isNull() else EMPTY))
            return
        if self.clean:
            cleaned = clean_any(geometry)
            if cleans_to_nothing(cleaned):
                self.unusable.append(fid)
                self._unusable_boxes.append(geometry.boundingBox())
                return
            if self.keep_geometries:
                self._cleaned[fid] = cleaned
        box = geometry.boundingBox()
        self._index.addFeature(fid, box)
        self._boxes[fid] = box
        if self.keep_geometries:
            self._geometries[fid] = geometry
            values = feature.attributes()
            self._values[fid] = tuple([values[i] for i in self._positions])

    def usable(self) -> bool:
        """Whether a feature (passing ``where``) has a geometry to relate a site to."""
        self.ensure()
        return bool(self._boxes)

    def unusable_near(self, rect: QgsRectangle) -> bool:
        """Whether a feature with a geometry of which nothing usable is left has a bounding box meeting ``rect``."""
        self.ensure()
        return boxes_meet(self._unusable_boxes, rect)

    def candidates(self, rect: QgsRectangle) -> List[int]:
        """Ids of features whose bounding box intersects ``rect``."""
        self.ensure()
        return self._index.intersects(rect)

    def nearest(self, geometry: QgsGeometry, count: int = 1) -> List[int]:
        """Ids of the features with the nearest bounding boxes to ``geometry``."""
        self.ensure()
        return self._index.nearestNeighbor(geometry, count)

    def fetch(self, fids: List[int],
              rect: Optional[QgsRectangle] = None) -> Dict[int, Tuple[QgsGeometry, Tuple[Any, ...]]]:
        """Geometry and requested attribute values of the given features."""
        if self.keep_geometries:
            return {fid: (self._geometries[fid], self._values[fid]) for fid in fids}
        if not fids:
            return {}
        request = self._request()
        if rect is not None:
            request.setFilterRect(rect)
        request.setFilterFids(fids)
        found = {f.id(): (f.geometry(), tuple(f[name] for name in self.attributes))
                 for f in read_checked(self.source, request)}
        if len(found) < len(set(fids)):  # a feature the index has did not come: never read as "not there"
            raise read_error(self.source)
        return found

    def _lookup(self, names: List[str]) -> List[int]:
        """Positions of the named fields in the source's features."""
        fields = self.source.fields()
        return [fields.lookupField(name) for name in names]

    def box(self, fid: int) -> QgsRectangle:
        """The bounding box of a feature."""
        return self._boxes[fid]

    def bounds(self, fid: int) -> Tuple[float, float, float, float]:
        """The bounding box of a feature as (xmin, ymin, xmax, ymax), kept per build."""
        found = self._bounds.get(fid)
        if found is None:
            box = self._boxes[fid]
            found = self._bounds[fid] = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        return found

    def cleaned(self, fid: int, geometry: QgsGeometry) -> Cleaned:
        """The cleaned geometry of a feature (``clean_any``), computed once per build."""
        found = self._cleaned.get(fid)
        if found is None:
            found = clean_any(geometry)
            if self.keep_geometries:
                self._cleaned[fid] = found
        return found


_CACHE: Dict[Tuple[str, Tuple[str, ...], str, bool], FeatureIndex] = {}


def index_for(source: Any, attributes: Iterable[str] = (), where: str = "", clean: bool = False) -> FeatureIndex:
    """The shared index of a map layer (one per layer, attributes, filter and ``clean``); fresh for sources."""
    attributes = tuple(attributes)
    if not isinstance(source, QgsVectorLayer):
        return FeatureIndex(source, attributes, where, clean=clean)
    key = (source.id(), attributes, where, clean)
    found = _CACHE.get(key)
    if found is None or found.source is not source:
        found = FeatureIndex(source, attributes, where, clean=clean)
        _CACHE[key] = found
        source.willBeDeleted.connect(lambda: _forget(key))
    return found


def _forget(key: Tuple[str, Tuple[str, ...], str, bool]) -> None:
    _CACHE.pop(key, None)
