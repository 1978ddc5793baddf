"""reviewsites from the Python console with a feature source's definition for SITES, as the toolbox's
"Selected features only" and "Advanced options" give it: the selected sites only (none selected is refused, naming
the layer, before anything is written), a feature limit, and an invalid site under every invalid-geometry setting
reviewed (repaired, never skipped without a word)."""

import pytest
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tests.sample_oracle import EXPECTED_VERDICTS
from tests.test_processing_review import params, rows
from zoning_review.plugin.compat import OVERRIDE_GEOMETRY_CHECK

OVERRIDE = OVERRIDE_GEOMETRY_CHECK


def _check(name: str):
    """An invalid-geometry setting by its scoped name (Qgis.InvalidGeometryCheck from QGIS 3.36, before it
    QgsFeatureRequest.InvalidGeometryCheck, its members then prefixed with Geometry)."""
    if hasattr(Qgis, "InvalidGeometryCheck"):
        return getattr(Qgis.InvalidGeometryCheck, name)
    return getattr(QgsFeatureRequest.InvalidGeometryCheck, f"Geometry{name}")


CHECKS = tuple(_check(name) for name in ("NoCheck", "SkipInvalid", "AbortOnInvalid"))


@pytest.fixture
def sites(zr_processing, sample_gpkg):
    """The sample's sites as a layer of the project."""
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "待审项目", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def review(sample_gpkg, example_rules, out, sites, context=None):
    """reviewsites with SITES given as ``sites``; the summary's verdicts by site id."""
    import processing

    out.mkdir()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, out, sites=sites), context=context)
    return {row["site_id"]: row["verdict"] for row in rows(out / "summary.gpkg")}


def test_the_selected_sites_only_and_a_feature_limit(sites, sample_gpkg, example_rules, tmp_path):
    sites.selectByExpression("\"site_id\" IN ('S02', 'S04', 'S08')")
    selected = QgsProcessingFeatureSourceDefinition(sites.id(), True)
    assert review(sample_gpkg, example_rules, tmp_path / "selected", selected) == {
        site: EXPECTED_VERDICTS[site] for site in ("S02", "S04", "S08")}
    limited = QgsProcessingFeatureSourceDefinition(sites.id(), False, 2)
    assert len(review(sample_gpkg, example_rules, tmp_path / "limited", limited)) == 2


def test_no_site_selected_is_refused_naming_the_layer(sites, sample_gpkg, example_rules, tmp_path):
    import processing

    sites.removeSelection()
    out = tmp_path / "out"
    out.mkdir()
    folder = out / "notes"
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", params(
            sample_gpkg, example_rules, out, sites=QgsProcessingFeatureSourceDefinition(sites.id(), True),
            REPORT_FORMAT=1, REPORT_FOLDER=str(folder)))
    assert "待审项目" in str(caught.value) and "Selected features only" in str(caught.value)
    assert sorted(path.name for path in out.iterdir()) == []


def invalid_sites(sample_gpkg) -> QgsVectorLayer:
    """A memory copy of the sample's sites in the project, S04 drawn as a bow tie over its own extent."""
    source = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    layer = QgsVectorLayer(f"Polygon?crs={source.crs().authid()}", "bow tie", "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    features = list(source.getFeatures())
    for feature in features:
        if feature["site_id"] == "S04":
            box = feature.geometry().boundingBox()
            west, south, east, north = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
            bow_tie = QgsGeometry.fromWkt(
                f"POLYGON(({west} {south}, {east} {north}, {east} {south}, {west} {north}, {west} {south}))")
            assert not bow_tie.isGeosValid()
            feature.setGeometry(bow_tie)
    assert layer.dataProvider().addFeatures(features)[0]
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.mark.parametrize("check", CHECKS)
def test_an_invalid_site_is_reviewed_whatever_the_invalid_geometry_setting(zr_processing, sample_gpkg,
                                                                          example_rules, tmp_path, check):
    layer = invalid_sites(sample_gpkg)
    try:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.setInvalidGeometryCheck(check)
        by_context = review(sample_gpkg, example_rules, tmp_path / "context", layer, context)
        by_definition = review(sample_gpkg, example_rules, tmp_path / "definition",
                               QgsProcessingFeatureSourceDefinition(layer.id(), False, -1, OVERRIDE, check))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    # S04's bow tie still crosses the red line: reviewed, and still refused
    assert by_context == by_definition == EXPECTED_VERDICTS
