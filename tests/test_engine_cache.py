"""The dock's overlay engines: kept per bound layer, dropped when the layer changes."""

from qgis.core import QgsFeatureRequest, QgsProject


def _target(units_layer, river, example_rules):
    """A bound memory copy of the sample units (edits never reach the sample file)."""
    from zoning_review.plugin.core.inputs.bindings import detect_binding
    from zoning_review.plugin.core.inputs.resolve import BoundUnitLayer
    from zoning_review.plugin.core.rules.loader import load_ruleset

    units = units_layer.materialize(QgsFeatureRequest())
    QgsProject.instance().addMapLayers([units, river], False)
    ruleset = load_ruleset(str(example_rules)).ruleset
    return BoundUnitLayer(units, detect_binding(units), ruleset, {"river_bank": river})


def test_engine_is_reused_until_the_layer_changes(units_layer, river_bank_layer, example_rules):
    from zoning_review.plugin.gui.engine_cache import EngineCache

    target = _target(units_layer, river_bank_layer, example_rules)
    cache = EngineCache()
    context = QgsProject.instance().transformContext()
    first = cache.engine(target, context, None)
    assert cache.engine(target, context, None) is first
    assert cache.engine(target, context, None, reuse=False) is not first
    layer = target.layer
    layer.startEditing()
    feature = next(layer.getFeatures())
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("ZLCB"), "是")
    layer.commitChanges()
    second = cache.engine(target, context, None)
    assert second is not first
    cache.clear()
    assert cache.engine(target, context, None) is not second
    cache.clear()
    QgsProject.instance().removeMapLayers([target.layer.id(), target.constraints["river_bank"].id()])


def test_bound_layer_reads_the_unit_fields_rules_test(units_layer, river_bank_layer, example_rules):
    target = _target(units_layer, river_bank_layer, example_rules)
    assert "ZLCB" in target.attribute_fields
    assert {"KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ"} <= set(target.attribute_fields)
    QgsProject.instance().removeMapLayers([target.layer.id(), target.constraints["river_bank"].id()])
