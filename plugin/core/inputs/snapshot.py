"""A layer's snapshot: its features, name, CRS, fields, count and filter, made in the main thread, read in a task."""

from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer, QgsVectorLayerFeatureSource

from ..overlay.unit_index import exact_count


class LayerSnapshot:
    """A thread-safe copy of a layer's feature source, with the layer's name, CRS, fields and count.

    Make it in the main thread; read it from a QgsTask. A database layer's snapshot is asked for
    candidates like the layer (see ``unit_index``), not copied.
    """

    def __init__(self, layer: QgsVectorLayer) -> None:
        self.source = QgsVectorLayerFeatureSource(layer)
        self._name = layer.name()
        self._crs = layer.crs()
        self._fields = layer.fields()
        self._provider_type = layer.providerType()
        self._count = layer.featureCount()
        self._subset = layer.subsetString()
        self.exact_count = exact_count(layer)  # a database's count, for ``unit_index.read_checked``

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

    def featureCount(self) -> int:
        """The layer's feature count when the snapshot was made."""
        return self._count

    def subsetString(self) -> str:
        """The filter set on the layer in the project when the snapshot was made."""
        return self._subset

    def getFeatures(self, request):
        """Features of the snapshot."""
        return self.source.getFeatures(request)
