"""A layer list parameter (CONSTRAINTS) given a feature source's definition from a script — "Selected features
only", a feature limit or a filter, which QGIS's multiple-layer parameter never takes: refused before the run with
a message naming the parameter, the layer and what to pass instead (QGIS's own says only "Incorrect parameter
value"). A constraint layer is read whole: some of its features only would leave zones out, and a site in one would
read as outside it."""

from typing import Any, Optional

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingUtils,
    QgsProperty,
)

from ..i18n import tr
from .parameter_words import parameter_said


def definition_refusal(alg, parameters: dict, context: QgsProcessingContext) -> Optional[str]:
    """The message refusing the first layer list parameter of ``alg`` given a feature source's definition, or None."""
    for parameter in alg.parameterDefinitions():
        if not isinstance(parameter, QgsProcessingParameterMultipleLayers):
            continue
        value = parameters.get(parameter.name())
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, QgsProcessingFeatureSourceDefinition):
                return parameter_said(parameter.description(), parameter.name(), tr(
                    "the layer {layer} is given as a feature source's definition (\"Selected "
                    "features only\", a feature limit or a filter), which this parameter does not take: each of "
                    "its layers is read whole, so that no zone is left out. Pass the layer itself (the layer, its "
                    "id or its source); to use some of its features only, save them as a layer of their own "
                    "(Export ▸ Save Selected Features As) and pass that layer.").format(
                    layer=_layer_name(item, context)))
    return None


def _layer_name(definition: QgsProcessingFeatureSourceDefinition, context: QgsProcessingContext) -> str:
    """The name of the layer a definition reads from, else the text that names it (an id or a source)."""
    source: Any = definition.source
    text = source.staticValue() if isinstance(source, QgsProperty) else source
    layer = QgsProcessingUtils.mapLayerFromString(str(text), context, False) if text else None
    return layer.name() if layer is not None else str(text)
