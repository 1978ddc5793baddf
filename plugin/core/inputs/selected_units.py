"""The selected units of a unit layer ("Selected features only" in Processing) as the overlay reads them."""

from typing import Any, Iterator, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureRequest, QgsFields

from ..overlay.unit_index import read_checked


class SelectedUnits:
    """A Processing feature source of some of a layer's units, named by the layer; read like the layer (a database
    read that stops part way, or brings fewer units than are selected, is an OverlayError), never pushed down to the
    database (the selection is QGIS's, not the table's)."""

    def __init__(self, source: Any, layer: Any) -> None:
        self.source = source
        self.layer = layer
        count = source.featureCount()
        self.exact_count: Optional[int] = count if count >= 0 else None

    def name(self) -> str:
        """The unit layer's name (used in messages)."""
        return self.layer.name()

    def sourceCrs(self) -> QgsCoordinateReferenceSystem:  # noqa: N802 - as QGIS's sources name it
        """The unit layer's CRS."""
        return self.source.sourceCrs()

    def fields(self) -> QgsFields:
        """The unit layer's fields."""
        return self.source.fields()

    def featureCount(self) -> int:  # noqa: N802 - as QGIS's sources name it
        """How many units are selected."""
        return self.source.featureCount()

    def getFeatures(self, request: QgsFeatureRequest) -> Iterator[QgsFeature]:  # noqa: N802 - as QGIS's sources
        """The selected units a request asks for; every one of them when it asks for all."""
        whole = request.filterType() == QgsFeatureRequest.FilterType.FilterNone and request.filterRect().isNull()
        return read_checked(self.source, request, self.exact_count if whole else None, self.layer)
