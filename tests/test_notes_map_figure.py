"""The HTML notes' map is the layout template's map block: map, overview inset, north arrow, scale bar."""

import base64
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.PyQt.QtGui import QImage

from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.layout_renderer import TEMPLATE

from .notes_helpers import UNITS, Scenario

BLOCK = ("map", "overview", "north_arrow", "scalebar")
DPI = 150


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


def template_boxes(path: str) -> dict:
    """id → (x, y, width, height) in mm of the template's layout items, read from the .qpt XML."""
    boxes = {}
    for item in ET.parse(path).getroot().iter("LayoutItem"):
        x, y, unit = item.get("position").split(",")
        width, height, size_unit = item.get("size").split(",")
        assert unit == size_unit == "mm"
        boxes[item.get("id")] = (float(x), float(y), float(width), float(height))
    return boxes


def without_item(item_id: str, folder: Path) -> str:
    """A copy of the shipped template with one layout item taken out."""
    tree = ET.parse(TEMPLATE)
    root = tree.getroot()
    for parent in root.iter():
        for child in list(parent):
            if child.tag == "LayoutItem" and child.get("id") == item_id:
                parent.remove(child)
    path = folder / f"without_{item_id}.qpt"
    tree.write(path, encoding="utf-8")
    return str(path)


def html_map(scenario, folder: Path, name: str, template=None) -> QImage:
    """The map picture embedded in the scenario's HTML notes."""
    path = write_notes(scenario.review, scenario.context, str(folder), name, "html", "en",
                       scenario.layers, template)
    (src,) = re.findall(r'src="data:image/png;base64,([^"]+)"', Path(path).read_text(encoding="utf-8"))
    image = QImage()
    assert image.loadFromData(base64.b64decode(src), "PNG")
    return image


def pixels(mm: float) -> float:
    return mm / 25.4 * DPI


def differing(first: QImage, second: QImage, box, origin) -> int:
    """How many pixels differ inside ``box`` (mm, page; the block starts at ``origin``), where both pictures are."""
    x0, y0 = pixels(box[0] - origin[0]), pixels(box[1] - origin[1])
    width, height = min(first.width(), second.width()), min(first.height(), second.height())
    count = 0
    for y in range(int(y0) + 1, min(height, int(y0 + pixels(box[3])) - 1)):
        for x in range(int(x0) + 1, min(width, int(x0 + pixels(box[2])) - 1)):
            if first.pixel(x, y) != second.pixel(x, y):
                count += 1
    return count


@pytest.fixture(scope="module")
def figures(scenario, tmp_path_factory):
    folder = tmp_path_factory.mktemp("figure")
    return {
        "full": html_map(scenario, folder, "full"),
        "north_arrow": html_map(scenario, folder, "arrow", without_item("north_arrow", folder)),
        "scalebar": html_map(scenario, folder, "bar", without_item("scalebar", folder)),
    }


def test_the_picture_covers_exactly_the_map_block_of_the_template(figures):
    boxes = template_boxes(TEMPLATE)
    left = min(boxes[i][0] for i in BLOCK)
    top = min(boxes[i][1] for i in BLOCK)
    right = max(boxes[i][0] + boxes[i][2] for i in BLOCK)
    bottom = max(boxes[i][1] + boxes[i][3] for i in BLOCK)
    image = figures["full"]
    assert abs(image.width() - pixels(right - left)) <= 2
    assert abs(image.height() - pixels(bottom - top)) <= 2


@pytest.mark.parametrize("item_id", ["north_arrow", "scalebar"])
def test_north_arrow_and_scale_bar_are_drawn_where_the_template_puts_them(figures, item_id):
    boxes = template_boxes(TEMPLATE)
    origin = (min(boxes[i][0] for i in BLOCK), min(boxes[i][1] for i in BLOCK))
    box = boxes[item_id]
    area = pixels(box[2]) * pixels(box[3])
    changed = differing(figures["full"], figures[item_id], box, origin)
    assert changed > 0.05 * area  # the item's own pixels, missing from the picture without it
    map_box = boxes["map"]
    elsewhere = (map_box[0] + 60, map_box[1] + 40, 40, 30)  # an area away from both decorations
    assert differing(figures["full"], figures[item_id], elsewhere, origin) == 0


def test_a_template_without_a_map_item_gives_the_plain_map(scenario, tmp_path):
    image = html_map(scenario, tmp_path, "plain", without_item("map", tmp_path))
    assert (image.width(), image.height()) == (1600, 1000)


def test_the_overview_shows_a_small_unit_layer_whole(scenario):
    from qgis.core import QgsCoordinateTransform

    from zoning_review.plugin.notes.map_render import build_scene

    scene = build_scene(scenario.review, scenario.layers)
    layer = scenario.layers.unit_layer
    whole = QgsCoordinateTransform(layer.crs(), scene.crs, scenario.layers.context()).transformBoundingBox(
        layer.extent())
    assert scene.overview_extent.contains(whole)


def national_layer(scenario):
    """The scenario's units and one unit 2,000 km away (which makes the layer national), as a memory layer."""
    from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry

    wide = scenario.units.materialize(QgsFeatureRequest())
    far = QgsFeature(wide.fields())
    far.setGeometry(QgsGeometry.fromWkt("POLYGON((95 30, 95.1 30, 95.1 30.1, 95 30.1, 95 30))"))
    far.setAttributes(["ZH54000010001", "far", "一般管控单元"] + [None] * (len(wide.fields()) - 3))
    assert wide.dataProvider().addFeatures([far])[0]
    wide.updateExtents()
    return wide, far


def test_the_overview_of_a_national_layer_is_a_window_around_the_site(scenario):
    """A unit 2,000 km away makes the layer national: the inset shows the site's region, not China."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest

    from zoning_review.plugin.notes.map_render import NotesLayers, build_scene

    wide, far = national_layer(scenario)
    layers = NotesLayers(wide, scenario.site, scenario.crs, scenario.constraints, "HJGKDYBM",
                         scenario.transform_context)
    scene = build_scene(scenario.review, layers)
    back = QgsCoordinateTransform(scene.crs, wide.crs(), scenario.transform_context)
    window = back.transformBoundingBox(scene.overview_extent)
    assert window.contains(scenario.site.boundingBox())
    assert not window.intersects(far.geometry().boundingBox())
    assert scene.overview_extent.width() == pytest.approx(30 * scene.extent.width(), rel=1e-9)
    assert {f.id() for f in wide.getFeatures(QgsFeatureRequest(window))} < {f.id() for f in wide.getFeatures()}


def test_the_overview_draws_only_the_units_it_shows(scenario):
    """A province's 40,000 units were all drawn in the inset for every PDF; now only those in its window are
    copied for it — here the three units around the site, never the unit 2,000 km away."""
    from qgis.core import QgsGeometry, QgsLayoutItemMap, QgsProject, QgsVectorLayer

    from zoning_review.plugin.notes.document import build_document
    from zoning_review.plugin.notes.layout_renderer import build_layout
    from zoning_review.plugin.notes.map_render import NotesLayers, build_scene

    wide, far = national_layer(scenario)
    layers = NotesLayers(wide, scenario.site, scenario.crs, scenario.constraints, "HJGKDYBM",
                         scenario.transform_context)
    scene = build_scene(scenario.review, layers)
    layout = build_layout(build_document(scenario.review, scenario.context, "zh"), scene, TEMPLATE,
                          QgsProject.instance())
    overview = layout.itemById("overview")
    assert isinstance(overview, QgsLayoutItemMap)
    site, units = overview.layers()
    assert isinstance(units, QgsVectorLayer) and units is not wide and units.providerType() == "memory"
    near = [QgsGeometry.fromWkt(wkt) for _code, _name, _category, wkt in UNITS]
    drawn = [feature.geometry() for feature in units.getFeatures()]
    assert len(drawn) == 3 and all(any(g.equals(n) for n in near) for g in drawn)
    assert not units.labelsEnabled() and wide.featureCount() == 4  # the user's layer is left as it was
