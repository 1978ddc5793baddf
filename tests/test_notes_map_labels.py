"""The notes' maps place no unit label under their own furniture (inset map, north arrow, scale bar,
legend): S05's north arrow hid ZH13063230001 and its inset cut ZH13062930…, S02's scale bar ran
through ZH13063810001 and the second map's legend hid ZH13062930004 and ZH13062910001.

Checked twice: the layout's label-blocking items, and — independently of that API — where QGIS placed
every label in an export of the PDF's layout and of the HTML/Word maps' layout. A label kept out moves to
where its unit shows beside the furniture rather than vanishing.
"""

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from zoning_review.plugin.core.inputs.bindings import detect_binding
from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes
from zoning_review.plugin.core.overlay.engine import OverlayEngine
from zoning_review.plugin.core.overlay.types import UnitLayerSpec
from zoning_review.plugin.core.review.site_review import review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.layout_renderer import TEMPLATE, build_layout, link_maps, load_layout
from zoning_review.plugin.notes.map_render import NotesLayers, build_scene

from .notes_helpers import NOTES_DATE

CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")
# What the shipped template and the notes draw over each map of these two sites.
FURNITURE = {
    "S05": {"map": {"overview", "north_arrow", "scalebar"}},
    "S02": {"map": {"overview", "north_arrow", "scalebar", "legend"},
            "map_causes": {"scalebar_causes", "legend_causes"}},
}
EDGE_MM = 0.05  # labels touching a furniture item's edge are not under it


class Site:
    """One sample site reviewed with the example rules, with its notes context and map scene."""

    def __init__(self, gpkg, rules, site_id: str):
        ruleset = load_ruleset(str(rules)).ruleset
        units = QgsVectorLayer(f"{gpkg}|layername=control_units", "units", "ogr")
        sites = QgsVectorLayer(f"{gpkg}|layername=sites", "sites", "ogr")
        constraints = {n: QgsVectorLayer(f"{gpkg}|layername={n}", n, "ogr") for n in CONSTRAINTS}
        feature = next(sites.getFeatures(QgsFeatureRequest().setFilterExpression(f"\"site_id\" = '{site_id}'")))
        values = dict(zip(feature.fields().names(), feature.attributes()))
        declared = {name: decl.type for name, decl in ruleset.attributes.items()}
        project = project_from_attributes(site_id, values, detect_site_fields(feature.fields().names(), declared))
        binding = detect_binding(units)
        context = QgsProject.instance().transformContext()
        spec = UnitLayerSpec(units, binding.code_field, binding.name_field, binding.category_field,
                             sorted(set(binding.prose_fields.values())))
        self.review = review_site(site_id, feature.geometry(), sites.crs(), project,
                                  OverlayEngine(spec, constraints, context), ruleset, binding.prose_fields)
        self.context = notes_context(project, ruleset, units, feature.geometry(), sites.crs(), context,
                                     date=NOTES_DATE)
        layers = NotesLayers(units, feature.geometry(), sites.crs(), constraints, binding.code_field, context,
                             ruleset)
        self.scene = build_scene(self.review, layers, "zh")

    def layout(self, path: str, lang: str):
        """The PDF's layout ('pdf') or the layout the HTML and Word maps are cut from ('figure')."""
        if path == "pdf":
            return build_layout(build_document(self.review, self.context, lang), self.scene, TEMPLATE,
                                QgsProject.instance())
        layout = load_layout(TEMPLATE, QgsProject.instance())
        link_maps(layout, self.scene)
        return layout


@pytest.fixture(scope="module")
def sites(qgis_app, sample_gpkg, example_rules):
    built = {site_id: Site(sample_gpkg, example_rules, site_id) for site_id in FURNITURE}
    yield built
    built.clear()  # the layers go before QGIS exits: the last test's arguments outlive the session's teardown


def in_map_units(map_item: QgsLayoutItemMap, item, margin: float = 0.0) -> QgsRectangle:
    """An unrotated layout item's rectangle (less ``margin`` mm each side) in the map's coordinates."""
    extent, frame = map_item.extent(), map_item.mapRectToScene(map_item.rect())
    box = item.mapRectToScene(item.rect()).adjusted(margin, margin, -margin, -margin)
    per_mm = extent.width() / frame.width()
    return QgsRectangle(extent.xMinimum() + (box.left() - frame.left()) * per_mm,
                        extent.yMaximum() - (box.bottom() - frame.top()) * per_mm,
                        extent.xMinimum() + (box.right() - frame.left()) * per_mm,
                        extent.yMaximum() - (box.top() - frame.top()) * per_mm)


def placed_labels(layout, folder) -> dict:
    """Map item id → the labels QGIS placed on it, from an export of the layout's first page."""
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    assert exporter.exportToPdf(str(folder / "map.pdf"), settings) == QgsLayoutExporter.ExportResult.Success
    return {layout.itemByUuid(uuid).id(): [label for label in results.allLabels() if not label.isUnplaced]
            for uuid, results in exporter.labelingResults().items()}


@pytest.mark.parametrize("site_id", sorted(FURNITURE))
@pytest.mark.parametrize("path", ["pdf", "figure"])
def test_each_map_keeps_its_labels_from_under_the_items_drawn_over_it(sites, site_id, path):
    layout = sites[site_id].layout(path, "zh")
    for map_id, furniture in FURNITURE[site_id].items():
        map_item = layout.itemById(map_id)
        for item_id in furniture:
            item = layout.itemById(item_id)
            assert item is not None and map_item.isLabelBlockingItem(item), (map_id, item_id)
        for item_id in ("map_caption", "title", "logo", map_id):
            assert not map_item.isLabelBlockingItem(layout.itemById(item_id)), (map_id, item_id)


@pytest.mark.parametrize("site_id, lang", [("S05", "zh"), ("S05", "en"), ("S02", "zh"), ("S02", "en")])
@pytest.mark.parametrize("path", ["pdf", "figure"])
def test_no_label_is_placed_under_a_maps_furniture(sites, site_id, lang, path, tmp_path):
    layout = sites[site_id].layout(path, lang)
    labels = placed_labels(layout, tmp_path)
    for map_id, furniture in FURNITURE[site_id].items():
        map_item = layout.itemById(map_id)
        assert labels[map_id], map_id  # the map is labelled at all
        for item_id in furniture:
            under = in_map_units(map_item, layout.itemById(item_id), EDGE_MM)
            hidden = [label.labelText for label in labels[map_id] if label.labelRect.intersects(under)]
            assert hidden == [], (map_id, item_id)


def test_the_shipped_template_lists_its_maps_furniture_for_the_designer(qgis_app):
    layout = load_layout(TEMPLATE, QgsProject.instance())
    map_item = layout.itemById("map")
    for item_id in ("overview", "north_arrow", "scalebar"):
        assert map_item.isLabelBlockingItem(layout.itemById(item_id)), item_id


@pytest.mark.parametrize("site_id, map_id, code", [
    ("S05", "map", "ZH13063230001"),  # was under the north arrow
    ("S02", "map", "ZH13063810001"),  # was under the scale bar
    ("S02", "map_causes", "ZH13062910001"),  # was under the second map's legend
])
def test_a_label_kept_from_under_the_furniture_moves_within_its_unit(sites, site_id, map_id, code, tmp_path):
    """The unit still shows beside the furniture, and its label is placed there, not dropped."""
    layout = sites[site_id].layout("pdf", "zh")
    labels = [label for label in placed_labels(layout, tmp_path)[map_id] if label.labelText == code]
    assert len(labels) == 1, code
    map_item = layout.itemById(map_id)
    assert map_item.extent().contains(labels[0].labelRect)
    for item_id in FURNITURE[site_id][map_id]:
        assert not labels[0].labelRect.intersects(in_map_units(map_item, layout.itemById(item_id), EDGE_MM))
