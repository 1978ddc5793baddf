"""A thread-safe snapshot of a layer that the overlay engine can read from a task."""

from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer, QgsVectorLayerFeatureSource


class LayerSnapshot:
    """A thread-safe copy of a layer's feature source, with the name, CRS and fields of the layer."""

    def __init__(self, layer: QgsVectorLayer) -> None:
        self.source = QgsVectorLayerFeatureSource(layer)
        self._name = layer.name()
        self._crs = layer.crs()
        self._fields = layer.fields()
        self._provider_type = layer.providerType()

    def name(self) -> str:
        """The layer's name (used in warnings)."""
        return self._name

    def sourceCrs(self) -> QgsCoordinateReferenceSystem:
        """The layer's CRS."""
        return self._crs

    def fields(self):
        """The layer's fields."""
        return self._fields

    def providerType(self) -> str:
        """The layer's data provider (a database is asked for candidates, not copied)."""
        return self._provider_type

    def getFeatures(self, request):
        """Features of the snapshot."""
        return self.source.getFeatures(request)
