"""Layers and fields that cannot be reviewed stop with a message naming them (#15): no silent 'outside every unit'."""

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from tests.test_processing_review import CONSTRAINTS, params


def copy_layer(gpkg, name: str, path, driver: str = "ESRI Shapefile", request=None):
    """A copy of one sample layer in another file (a shapefile's .prj removed: no CRS)."""
    source = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    layer = source.materialize(request or QgsFeatureRequest())
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = name
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), layer.transformContext(), options)
    path.with_suffix(".prj").unlink(missing_ok=True)
    return str(path) if driver != "GPKG" else f"{path}|layername={name}"


def test_a_constraint_layer_without_crs_stops_every_algorithm(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    river = copy_layer(sample_gpkg, "river_bank", tmp_path / "river_bank.shp")
    layers = [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS if n != "river_bank"] + [river]
    with pytest.raises(QgsProcessingException, match="river_bank has no coordinate reference system"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, CONSTRAINTS=layers))
    with pytest.raises(QgsProcessingException, match="river_bank has no coordinate reference system"):
        processing.run("zoningreview:sitingscreen", {
            "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
            "CONSTRAINTS": layers, "OUTPUT": str(tmp_path / "s.gpkg"), "ZONES": str(tmp_path / "z.gpkg")})


def test_a_unit_layer_without_crs_stops_sitingscreen_too(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    units = copy_layer(sample_gpkg, "control_units", tmp_path / "control_units.shp")
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        processing.run("zoningreview:sitingscreen", {
            "UNITS": units, "RULES": str(example_rules), "INDUSTRY": "C2614",
            "OUTPUT": str(tmp_path / "s.gpkg"), "ZONES": str(tmp_path / "z.gpkg")})


def test_an_empty_unit_layer_is_an_error(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    empty = copy_layer(sample_gpkg, "control_units", tmp_path / "empty.gpkg", "GPKG",
                       QgsFeatureRequest().setFilterExpression("1 = 0"))
    with pytest.raises(QgsProcessingException, match="has no features"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, UNITS=empty))


def test_units_without_code_or_category_are_named(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    units = copy_layer(sample_gpkg, "control_units", tmp_path / "units.gpkg", "GPKG")
    layer = QgsVectorLayer(units, "units", "ogr")
    first, second = sorted(f.id() for f in layer.getFeatures())[:2]
    layer.dataProvider().changeAttributeValues({
        first: {layer.fields().indexOf("HJGKDYBM"): None},
        second: {layer.fields().indexOf("ZHGKDYFL"): "  "}})
    del layer
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, UNITS=units),
                   feedback=Feedback())
    named = [w for w in warnings if "no unit code or category" in w]
    assert len(named) == 1 and f"{first}, {second}" in named[0]


def test_a_missing_site_id_field_is_named(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="no field NO_SUCH_ID"):
        processing.run("zoningreview:reviewsites", params(
            sample_gpkg, example_rules, tmp_path, SITE_ID_FIELD="NO_SUCH_ID"))


def test_a_site_without_geometry_is_explained_in_the_chosen_language(zr_processing, sample_gpkg, example_rules,
                                                                      sites_layer, tmp_path):
    import processing

    from tests.test_processing_review import _sites_with_broken_ones, rows

    sites = _sites_with_broken_ones(sites_layer, tmp_path / "sites.gpkg")
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites, LANGUAGE=0))
    reason = {r["site_id"]: r["reason"] for r in rows(tmp_path / "summary.gpkg")}["B2"]
    assert reason.startswith("选址 B2 未审查") and "几何" in reason
    assert not any(word in reason for word in ("The site", "geometry", "nothing to review")), reason
