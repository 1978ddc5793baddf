"""E2E: press Selected on features whose catalogue class the review does not recognise (a mistyped 淘汰类), is
禁止类, or is missing; save the first review and show it again after another site."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import bind_example_rules, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsFeature, QgsField, QgsFields, QgsMemoryProviderUtils, QgsProject, QgsWkbTypes  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

FEATURES = {"typo": {"catalogue": "淘汰累"}, "prohibited": {"catalogue": "禁止类"}, "no_field": None}


def _layer(name: str, changes):
    """A layer of S01's polygon and fields, ``changes`` to its values (None: without its catalogue field)."""
    sites = QgsProject.instance().mapLayersByName("sites")[0]
    s01 = next(f for f in sites.getFeatures() if f["site_id"] == "S01")
    values = {n: s01[n] for n in sites.fields().names() if n != "fid" and (changes is not None or n != "catalogue")}
    values.update(changes or {})
    fields = QgsFields()
    for name in values:
        fields.append(QgsField(sites.fields().field(name)))
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, fields, QgsWkbTypes.Polygon, sites.crs())
    feature = QgsFeature(fields)
    feature.setAttributes(list(values.values()))
    feature.setGeometry(s01.geometry())
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    return layer


def _select(iface, dock, layer) -> dict:
    """Select the layer's feature, press Selected as the user does, wait for the review; what the dock shows."""
    layer.selectAll()
    iface.setActiveLayer(layer)
    before = dock.runner.reviews
    QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dock.runner.reviews is not before and not dock.runner.busy, 120, "the review")
    pump(0.6)  # past the form's edit delay: no later review changes the verdict
    return _shown(dock)


def _shown(dock) -> dict:
    """The catalogue combo, the verdict, the banner and the input findings on screen."""
    return {"catalogue": dock.form.catalogue.currentText(), "data": dock.form.catalogue.currentData(),
            "verdict": str(dock.runner.verdict()), "banner": dock.banner.text(),
            "inputs": sorted({f.rule_id for r in dock.runner.reviews for u in r.review.units for f in u.findings
                              if f.rule_id.startswith("input:")})}


def main(iface):
    """Each feature through Selected; the first saved and shown again after the sample's S01."""
    dock = open_sample_dock(iface)
    bind_example_rules(dock, QgsProject.instance().mapLayersByName("control_units")[0])
    shown = {key: _select(iface, dock, _layer(key, changes)) for key, changes in FEATURES.items()}
    shot = screenshot(iface, "selected-values")
    _select(iface, dock, _layer("typo again", FEATURES["typo"]))
    assert dock.saved.save_as("淘汰累")
    clean = _select(iface, dock, _layer("clean", {}))
    before = dock.runner.reviews
    assert dock.saved.restore("淘汰累")
    wait_until(lambda: dock.runner.reviews is not before and not dock.runner.busy, 120, "the restored review")
    pump(0.6)
    return {"shown": shown, "clean": clean, "restored": _shown(dock), "shot": shot}
