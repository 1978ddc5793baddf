"""The layers a run's parameters name that are already open (project or run layers), without opening any."""

from typing import Any, Iterator

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProperty,
)


def open_layer_crs(parameters: dict, context: QgsProcessingContext) -> Iterator[QgsCoordinateReferenceSystem]:
    """The CRS of every open layer the parameter values name (a layer, its id or name, a source definition, lists)."""
    for value in parameters.values():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            layer = _open_layer(item, context)
            if layer is not None:
                yield layer.crs()


def _open_layer(value: Any, context: QgsProcessingContext):
    """The open layer a parameter value names, None for anything else (a path not open yet, a number)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if isinstance(value, QgsMapLayer):
        return value
    if isinstance(value, str) and value:
        return QgsProcessingUtils.mapLayerFromString(value, context, False)
    return None
