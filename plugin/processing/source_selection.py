"""A feature source parameter given as a definition (the toolbox's "Selected features only" and "Advanced options").

SITES and UNITS share one reading (``selected_source``): with "Selected features only", the selected features, an
empty selection refused naming the layer. They differ in what else they take. SITES may be cut short (a feature
limit or filter reviews some sites, which is what was asked). UNITS may not: a unit left out is a unit a site may
lie in, and that site would read as outside every unit, so a feature limit or filter on UNITS is refused; the
selected units are reviewed on purpose, as the user chose them. QGIS's invalid-geometry setting is never applied to
the selected features: an invalid unit (or site) is repaired and named in the log, never skipped.
"""

from typing import Optional

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
)

from ..compat import NO_GEOMETRY_CHECK, OVERRIDE_GEOMETRY_CHECK
from ..core.inputs.resolve import layer_label
from ..i18n import tr


def definition_of(parameters, name: str) -> Optional[QgsProcessingFeatureSourceDefinition]:
    """Parameter ``name``'s value when it is a feature source's definition, else None (a layer, its id or a path)."""
    value = parameters.get(name)
    return value if isinstance(value, QgsProcessingFeatureSourceDefinition) else None


def whole_layer(parameters, name: str) -> bool:
    """Whether parameter ``name`` gives every feature of its layer: no "Selected features only", feature limit or
    feature filter."""
    definition = definition_of(parameters, name)
    if definition is None:
        return True
    expression = (getattr(definition, "filterExpression", "") or "").strip()  # QGIS 3.32+
    return not definition.selectedFeaturesOnly and definition.featureLimit < 0 and not expression


def unchecked(definition: QgsProcessingFeatureSourceDefinition) -> QgsProcessingFeatureSourceDefinition:
    """The same definition read without QGIS's invalid-geometry check (the plugin repairs and names such features)."""
    copy = QgsProcessingFeatureSourceDefinition(definition)
    copy.flags = copy.flags | OVERRIDE_GEOMETRY_CHECK
    copy.geometryCheck = NO_GEOMETRY_CHECK
    return copy


def selected_source(alg, parameters, name: str, context, layer_name: str,
                    nothing_selected: str) -> Optional[QgsProcessingFeatureSource]:
    """Parameter ``name``'s features when it is given with "Selected features only", else None (the whole layer);
    read without the invalid-geometry check; an empty selection refused with ``nothing_selected`` (a translated
    text with {layer}, formatted with ``layer_name``): no feature selected is no run over "every selected feature"."""
    definition = definition_of(parameters, name)
    if definition is None or not definition.selectedFeaturesOnly:
        return None
    source = alg.parameterAsSource({**parameters, name: unchecked(definition)}, name, context)
    if source is None:
        raise QgsProcessingException(tr("Layer {layer}: its selected features could not be read.").format(
            layer=layer_name))
    if source.featureCount() == 0:
        raise QgsProcessingException(nothing_selected.format(layer=layer_name))
    return source


def selected_units(alg, parameters, context, units: QgsVectorLayer) -> Optional[QgsProcessingFeatureSource]:
    """UNITS' selected units ("Selected features only"), else None (every unit of the layer); a feature limit or
    filter is refused, and so is an empty selection, naming the layer."""
    refuse_cut_units(definition_of(parameters, alg.UNITS), units.name())
    return selected_source(alg, parameters, alg.UNITS, context, units.name(), tr(
        "Control unit layer {layer}: \"Selected features only\" is set, but no unit is selected. Select the "
        "units to use, or clear the option to use every unit."))


def refuse_cut_units(definition: Optional[QgsProcessingFeatureSourceDefinition], layer_name: str) -> None:
    """Stop when UNITS comes with a feature limit or a feature filter: the units it leaves out would be missing from
    the run without a word, and a site in one would read as outside every unit."""
    refuse_cut(definition, layer_name, tr(
        "Control unit layer {layer}: a feature limit of {limit} is set (Advanced options), so the units past it "
        "would be left out and a site in one of them would read as outside every unit. Clear the feature limit; "
        "to use some units only, select them and set \"Selected features only\"."), tr(
        "Control unit layer {layer}: a feature filter is set (Advanced options: {filter}), so the units it leaves "
        "out would be missing and a site in one of them would read as outside every unit. Clear the filter; to "
        "use some units only, select them (Select by Expression) and set \"Selected features only\"."))


def refuse_cut(definition: Optional[QgsProcessingFeatureSourceDefinition], layer_name: str, limited: str,
               filtered: str) -> None:
    """Stop when a source's definition carries a feature limit (``limited``: a translated text with {layer} and
    {limit}) or a feature filter (``filtered``: with {layer} and {filter}); the features left out would be missing
    from the run without a word."""
    if definition is None:
        return
    if definition.featureLimit >= 0:
        raise QgsProcessingException(limited.format(layer=layer_name, limit=definition.featureLimit))
    expression = (getattr(definition, "filterExpression", "") or "").strip()  # QGIS 3.32+
    if expression:
        raise QgsProcessingException(filtered.format(layer=layer_name, filter=expression))


def check_site_selection(alg, parameters, context, sites: Optional[QgsVectorLayer]) -> None:
    """Refuse SITES given as "Selected features only" with no site selected: a run over no site would write empty
    outputs without a word. A feature limit or filter on SITES reviews the sites it keeps, as asked."""
    definition = definition_of(parameters, alg.SITES)
    if definition is None:
        return
    name = layer_label(sites) if sites is not None else definition.source.staticValue()
    selected_source(alg, parameters, alg.SITES, context, name, tr(
        "Candidate sites {layer}: \"Selected features only\" is set, but no site is selected. Select the sites "
        "to review, or clear the option to review every site."))

