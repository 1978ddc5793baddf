"""The notes' map shows why S02 is non-compliant: the river bank and its 1 km band, named in a legend."""

import pytest
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize

from zoning_review.plugin.core.overlay.engine import OverlayEngine
from zoning_review.plugin.core.overlay.types import UnitLayerSpec
from zoning_review.plugin.core.review.site_review import review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.notes.map_render import NotesLayers, build_scene, map_settings

CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")
SIZE = QSize(800, 500)


@pytest.fixture(scope="module")
def s02(qgis_app, sample_gpkg, example_rules):
    """S02 of the sample reviewed with the example rules, and the layers its notes' map uses."""
    from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes

    ruleset = load_ruleset(str(example_rules)).ruleset
    units = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "units", "ogr")
    sites = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    constraints = {n: QgsVectorLayer(f"{sample_gpkg}|layername={n}", n, "ogr") for n in CONSTRAINTS}
    feature = next(sites.getFeatures(QgsFeatureRequest().setFilterExpression("\"site_id\" = 'S02'")))
    values = dict(zip(feature.fields().names(), feature.attributes()))
    declared = {name: decl.type for name, decl in ruleset.attributes.items()}
    project = project_from_attributes("S02", values, detect_site_fields(feature.fields().names(), declared))
    engine = OverlayEngine(UnitLayerSpec(units, "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", []), constraints,
                           QgsProject.instance().transformContext())
    review = review_site("S02", feature.geometry(), sites.crs(), project, engine, ruleset)
    layers = NotesLayers(units, feature.geometry(), sites.crs(), constraints, "HJGKDYBM", None, ruleset)
    return review, layers, constraints["river_bank"]


def render(scene, layers):
    """The main map drawn with ``layers``."""
    from qgis.core import QgsMapRendererSequentialJob

    settings = map_settings(scene, SIZE, QgsProject.instance().transformContext())
    settings.setLayers(layers)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings


def test_s02_is_non_compliant_for_the_river_bank(s02):
    review, _layers, _river = s02
    assert review.verdict == "non_compliant"
    assert any(f.rule_id == "G-SL-03" and f.decisive for u in review.units for f in u.findings)


@pytest.mark.parametrize("lang, river, band, line, park_line", [
    ("zh", "河流岸线", "河流岸线：条款规定的 1,000 m 范围", "选址至河流岸线的最近距离：590 m",
     "选址至工业园区（集聚区）的最近距离：3,963 m"),
    ("en", "River bank", "River bank: 1,000 m band of the clause",
     "Shortest distance from the site to River bank: 590 m",
     "Shortest distance from the site to Industrial park: 3,963 m"),
])
def test_the_legend_names_the_river_bank_its_band_and_the_distance(s02, lang, river, band, line, park_line):
    review, layers, _river = s02
    scene = build_scene(review, layers, lang)
    # the park (C-K-01) lies 3963 m away, on the second map; the line towards it starts on this one
    assert [layer.name() for layer in scene.legend_layers] == [river, band, line, park_line]
    drawn = next(scene.legend_layers[2].getFeatures()).geometry()
    assert drawn.length() == pytest.approx(590, abs=5)  # planar Gauss-Krüger vs the review's ellipsoid


@pytest.mark.parametrize("lang, band, line", [
    ("en", "Lake: 12,500 m band of the clause", "Shortest distance from the site to Lake: 1,234,568 m"),
    ("zh", "Lake：条款规定的 12,500 m 范围", "选址至Lake的最近距离：1,234,568 m"),
])
def test_the_legend_groups_the_digits_of_bands_and_distances(qgis_app, lang, band, line):
    from zoning_review.plugin.core.review.cause_phrases import band_phrase, line_phrase

    assert band_phrase("Lake", 12500.0, lang) == band
    assert band_phrase("Lake", 2500.5, lang) == band.replace("12,500", "2,500.5")
    assert line_phrase("Lake", 1234567.6, lang) == line


def test_pixels_inside_the_1_km_band_differ_from_outside(s02, artifacts_dir):
    review, layers, river = s02
    scene = build_scene(review, layers, "zh")
    band = scene.legend_layers[1]
    without = [layer for layer in scene.layers if layer is not band]
    with_band, settings = render(scene, scene.layers)
    plain, _settings = render(scene, without)
    with_band.save(str(artifacts_dir / "notes-map-S02-river-band.png"))
    to_map = QgsCoordinateTransform(river.crs(), scene.crs, QgsProject.instance().transformContext())
    banks = []
    for feature in river.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_map)
        banks.append(geometry)
    bank = QgsGeometry.unaryUnion(banks)
    site = QgsGeometry(layers.site)
    site.transform(QgsCoordinateTransform(layers.site_crs, scene.crs, QgsProject.instance().transformContext()))
    converter = settings.mapToPixel()
    inside, outside = [], []
    extent = scene.extent
    for i in range(1, 40):
        for j in range(1, 25):
            point = QgsPointXY(extent.xMinimum() + extent.width() * i / 40,
                               extent.yMinimum() + extent.height() * j / 25)
            probe = QgsGeometry.fromPointXY(point)
            distance = probe.distance(bank)  # metres: the map CRS is Gauss-Krüger
            if probe.buffer(30, 4).intersects(site) or distance < 30 or 970 < distance < 1030:
                continue  # away from the site outline, the bank line and the band's edge
            pixel = converter.transform(point)
            changed = with_band.pixelColor(int(pixel.x()), int(pixel.y())) != \
                plain.pixelColor(int(pixel.x()), int(pixel.y()))
            (inside if distance < 1000 else outside).append(changed)
    assert len(inside) > 50 and len(outside) > 20
    assert sum(inside) >= 0.95 * len(inside), (sum(inside), len(inside))  # labels may cover a few
    assert not any(outside)  # and none beyond it
