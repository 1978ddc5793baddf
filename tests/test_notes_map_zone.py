"""The map shows the zone a must-be-inside clause requires, and a second map when the causes lie far away.

S02 of the sample is a new chemical project outside every industrial park: C-K-01 (chemical projects in
key control units must be inside a lawful park) decides, with the park 3.96 km away, and G-SL-03 (river
bank within 1 km) decides with the bank 590 m away. The park is drawn and named; with it the site would
be a speck, so the notes get a map at the site's scale and a second one with the site and every cause —
in PDF (a second map item), HTML and Word alike. Expected places are worked out from the GeoPackage here.
"""

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize

from zoning_review.plugin.core.overlay.engine import OverlayEngine
from zoning_review.plugin.core.overlay.types import UnitLayerSpec
from zoning_review.plugin.core.review.deciding_causes import (
    BAND,
    REQUIRED,
    DecidingCause,
    clause_causes,
    review_causes,
)
from zoning_review.plugin.core.review.site_review import review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.notes.export import write_site_notes
from zoning_review.plugin.notes.map_causes import MIN_SITE_SHARE, site_share
from zoning_review.plugin.notes.map_render import NotesLayers, build_scene, map_settings

from .notes_helpers import Scenario

CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")
ZONE = {"zh": "工业园区（集聚区）：条款要求的选址范围", "en": "Industrial park: where the clause requires the site"}
SECOND_CAPTION = {"zh": "选址及较远处的判定原因（虚线框为上图范围）",
                  "en": "The site and the causes of its verdict farther away; the frame marks the map above"}
READABLE_MM = 10.0  # the site's larger side on the detail map of a 180 mm wide PDF map


class Sample:
    """The sample's layers, the example rules, and a site reviewed as the notes do."""

    def __init__(self, gpkg: Path, rules: Path):
        self.ruleset = load_ruleset(str(rules)).ruleset
        self.units = QgsVectorLayer(f"{gpkg}|layername=control_units", "units", "ogr")
        self.sites = QgsVectorLayer(f"{gpkg}|layername=sites", "sites", "ogr")
        self.constraints = {n: QgsVectorLayer(f"{gpkg}|layername={n}", n, "ogr") for n in CONSTRAINTS}
        self.engine = OverlayEngine(UnitLayerSpec(self.units, "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", []),
                                    self.constraints, QgsProject.instance().transformContext())

    def site(self, site_id: str):
        """(feature, project description, review) of one sample site."""
        from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes

        request = QgsFeatureRequest().setFilterExpression(f"\"site_id\" = '{site_id}'")
        feature = next(self.sites.getFeatures(request))
        values = dict(zip(feature.fields().names(), feature.attributes()))
        declared = {name: decl.type for name, decl in self.ruleset.attributes.items()}
        project = project_from_attributes(site_id, values, detect_site_fields(feature.fields().names(), declared))
        review = review_site(site_id, feature.geometry(), self.sites.crs(), project, self.engine, self.ruleset)
        return feature, project, review

    def layers(self, feature) -> NotesLayers:
        return NotesLayers(self.units, feature.geometry(), self.sites.crs(), self.constraints, "HJGKDYBM",
                           None, self.ruleset)


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg, example_rules):
    return Sample(sample_gpkg, example_rules)


@pytest.fixture(scope="module")
def s02(sample):
    return sample.site("S02")


def in_crs(geometry: QgsGeometry, source_crs, crs) -> QgsGeometry:
    copy = QgsGeometry(geometry)
    copy.transform(QgsCoordinateTransform(source_crs, crs, QgsProject.instance().transformContext()))
    return copy


def parks(sample, crs):
    """Every park of the GeoPackage in ``crs``."""
    layer = sample.constraints["industrial_park"]
    return [in_crs(f.geometry(), layer.crs(), crs) for f in layer.getFeatures()]


def test_the_sample_clauses_that_require_the_park(sample):
    park = DecidingCause(REQUIRED, "industrial_park")
    required = sorted(r.id for r in sample.ruleset.rules if park in clause_causes(r))
    assert required == ["C-G-01", "C-K-01", "U-XX-01"]  # 应进入园区 (twice), 园区外禁止 (once)


def test_s02_is_decided_by_the_river_band_and_the_park_it_is_not_in(sample, s02):
    _feature, _project, review = s02
    assert review_causes(review, sample.ruleset) == [DecidingCause(BAND, "river_bank", "", 1000.0),
                                                     DecidingCause(REQUIRED, "industrial_park")]


def test_a_site_inside_the_park_has_no_required_zone(sample):
    _feature, _project, review = sample.site("S03")  # inside the Xiongxian park, compliant
    assert all(c.kind != REQUIRED for c in review_causes(review, sample.ruleset))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_second_map_legend_names_the_required_park(sample, s02, lang):
    feature, _project, review = s02
    scene = build_scene(review, sample.layers(feature), lang)
    assert ZONE[lang] in [layer.name() for layer in scene.causes_legend]
    assert ZONE[lang] not in [layer.name() for layer in scene.legend_layers]  # 3.96 km off the detail map


def render(scene, layers, extent):
    settings = map_settings(scene, QSize(1200, 500), QgsProject.instance().transformContext(), extent)
    settings.setLayers(layers)
    settings.setFlag(QgsMapSettings.Flag.DrawLabeling, False)  # unit codes would hide a few pixels
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings


def test_pixels_inside_the_required_park_differ_from_the_map_without_it(sample, s02, artifacts_dir):
    feature, _project, review = s02
    scene = build_scene(review, sample.layers(feature), "en")
    zone = next(layer for layer in scene.layers if layer.name() == ZONE["en"])
    extent = scene.causes_extent
    drawn, settings = render(scene, scene.layers, extent)
    plain, _settings = render(scene, [layer for layer in scene.layers if layer is not zone], extent)
    drawn.save(str(artifacts_dir / "notes-map-S02-required-park.png"))
    park = QgsGeometry.unaryUnion(parks(sample, scene.crs))
    converter, shown = settings.mapToPixel(), settings.visibleExtent()
    inside, outside = [], []
    for i in range(1, 120):
        for j in range(1, 50):
            point = QgsPointXY(shown.xMinimum() + shown.width() * i / 120,
                               shown.yMinimum() + shown.height() * j / 50)
            probe = QgsGeometry.fromPointXY(point)
            if probe.buffer(80, 4).intersects(park) and not probe.buffer(80, 4).within(park):
                continue  # near the park's outline
            pixel = converter.transform(point)
            x, y = int(pixel.x()), int(pixel.y())
            if not (0 <= x < drawn.width() and 0 <= y < drawn.height()):
                continue
            (inside if probe.within(park) else outside).append(drawn.pixelColor(x, y) != plain.pixelColor(x, y))
    assert len(inside) > 100 and len(outside) > 1000, (len(inside), len(outside))
    assert all(inside), (sum(inside), len(inside))
    assert not any(outside)


def expected_places(sample, feature, crs):
    """The site's box and the nearest point of the nearest park, in ``crs``, from the GeoPackage."""
    site = in_crs(feature.geometry(), sample.sites.crs(), crs)
    nearest = min(parks(sample, crs), key=site.distance)
    line = site.shortestLine(nearest)
    return site.boundingBox(), line.constGet().endPoint(), line.length()


def test_the_detail_map_shows_the_site_readably_and_the_second_map_shows_the_park(sample, s02):
    feature, _project, review = s02
    scene = build_scene(review, sample.layers(feature), "zh")
    site_box, park_point, distance = expected_places(sample, feature, scene.crs)
    assert distance == pytest.approx(3963, abs=15)  # planar Gauss-Krüger vs the review's ellipsoid
    assert scene.causes_extent is not None
    assert scene.extent.contains(site_box)
    assert not scene.extent.contains(QgsPointXY(park_point))  # the park would make the site a speck
    assert site_share(site_box, scene.extent) >= MIN_SITE_SHARE
    assert scene.causes_extent.contains(site_box) and scene.causes_extent.contains(QgsPointXY(park_point))


def test_a_cause_nearby_keeps_one_map_showing_both(qgis_app, example_rules):
    scenario = Scenario(example_rules)  # the river bank about 650 m east of a 870 × 670 m site
    scene = build_scene(scenario.review, NotesLayers(
        scenario.units, scenario.site, scenario.crs, scenario.constraints, "HJGKDYBM",
        scenario.transform_context, scenario.ruleset), "en")
    assert scene.causes_extent is None
    site = in_crs(scenario.site, scenario.crs, scene.crs)
    river = in_crs(QgsGeometry.fromWkt("LINESTRING(115.9625 38.90, 115.9625 39.00)"), scenario.crs, scene.crs)
    assert scene.extent.contains(site.boundingBox())
    assert scene.extent.contains(QgsPointXY(site.shortestLine(river).constGet().endPoint()))


@pytest.fixture(scope="module")
def s02_notes(sample, s02, tmp_path_factory):
    feature, project, review = s02
    folder = tmp_path_factory.mktemp("s02")
    written = {}
    for fmt in ("pdf", "html", "docx"):
        for lang in ("zh", "en"):
            written[fmt, lang] = Path(write_site_notes(
                review, project, sample.ruleset, sample.units, "HJGKDYBM", sample.constraints,
                feature.geometry(), sample.sites.crs(), str(folder), f"S02-{lang}", fmt, lang))
    return written


def test_the_pdf_layout_has_a_second_map_item_with_both(sample, s02):
    from zoning_review.plugin.notes.context import notes_context
    from zoning_review.plugin.notes.document import build_document
    from zoning_review.plugin.notes.layout_renderer import TEMPLATE, build_layout

    feature, project, review = s02
    scene = build_scene(review, sample.layers(feature), "zh")
    context = notes_context(project, sample.ruleset, sample.units, feature.geometry(), sample.sites.crs())
    layout = build_layout(build_document(review, context, "zh", causes_map=True), scene, TEMPLATE,
                          QgsProject.instance())
    detail, both = layout.itemById("map"), layout.itemById("map_causes")
    site_box, park_point, _distance = expected_places(sample, feature, scene.crs)
    assert detail.extent().contains(site_box)
    site_mm = max(site_box.width() / detail.extent().width() * detail.rect().width(),
                  site_box.height() / detail.extent().height() * detail.rect().height())
    assert site_mm >= READABLE_MM
    assert both.extent().contains(site_box) and both.extent().contains(QgsPointXY(park_point))
    assert both.overviews().overview(0).linkedMap() is detail  # the detail's extent framed
    assert layout.itemById("scalebar_causes").linkedMap() is both
    legend = layout.itemById("legend_causes")
    assert ZONE["zh"] in [child.name() for child in legend.model().rootGroup().children()]
    assert both.pagePos().y() >= detail.pagePos().y() + detail.rect().height()  # under the first map


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_pdf_names_the_park_and_captions_the_second_map(s02_notes, lang, artifacts_dir):
    path = s02_notes["pdf", lang]
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    squeezed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", ZONE[lang]) in squeezed
    assert re.sub(r"\s+", "", SECOND_CAPTION[lang]) in squeezed
    stem = artifacts_dir / f"notes-S02-two-maps-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(path), str(stem)],
                   check=True)
    assert stem.with_suffix(".png").stat().st_size > 0


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_html_and_word_show_both_maps_with_their_captions(s02_notes, lang):
    page = s02_notes["html", lang].read_text(encoding="utf-8")
    assert len(re.findall(r'<img src="data:image/png;base64,', page)) == 2
    assert f"<figcaption>{SECOND_CAPTION[lang]}</figcaption>" in page
    with zipfile.ZipFile(s02_notes["docx", lang]) as word:
        body = word.read("word/document.xml").decode("utf-8")
        pictures = [n for n in word.namelist() if n.startswith("word/media/")]
    assert body.count("<pic:pic") == 2 and len(pictures) == 2
    assert SECOND_CAPTION[lang] in body


@pytest.mark.parametrize("site_id, lang, names", [
    ("S04", "zh", ["生态保护红线：条款禁止的范围"]),
    ("S04", "en", ["Ecological protection red line: where the clause prohibits the project"]),
    ("S07", "zh", ["饮用水水源保护区中保护区级别为 I 的部分：条款禁止的范围",
                   "饮用水水源保护区中保护区级别为 II 的部分：条款禁止的范围"]),
    ("S07", "en", ["Drinking-water source protection zone where protection grade is I: where the clause prohibits "
                   "the project",
                   "Drinking-water source protection zone where protection grade is II: where the clause prohibits "
                   "the project"]),
])
def test_the_legend_names_the_zone_a_deciding_prohibition_applies_in(sample, site_id, lang, names):
    feature, _project, review = sample.site(site_id)  # S04 in the red line (G-SL-04), S07 in grade I and II
    scene = build_scene(review, sample.layers(feature), lang)
    assert [layer.name() for layer in scene.legend_layers] == names
    assert scene.causes_extent is None  # the site lies in the zone: one map


def test_pixels_inside_grade_i_differ_with_its_prohibited_zone_and_nowhere_else(sample, artifacts_dir):
    feature, _project, review = sample.site("S07")
    scene = build_scene(review, sample.layers(feature), "en")
    zone = scene.legend_layers[0]
    drawn, settings = render(scene, scene.layers, scene.extent)
    plain, _settings = render(scene, [layer for layer in scene.layers if layer is not zone], scene.extent)
    drawn.save(str(artifacts_dir / "notes-map-S07-prohibited-zone.png"))
    source = sample.constraints["water_source"]
    grade_one = QgsGeometry.unaryUnion([in_crs(f.geometry(), source.crs(), scene.crs) for f in source.getFeatures()
                                        if f["grade"] == "I"])
    site = in_crs(feature.geometry(), sample.sites.crs(), scene.crs)
    converter, shown = settings.mapToPixel(), settings.visibleExtent()
    inside, outside = [], []
    for i in range(1, 120):
        for j in range(1, 50):
            point = QgsPointXY(shown.xMinimum() + shown.width() * i / 120, shown.yMinimum() + shown.height() * j / 50)
            probe = QgsGeometry.fromPointXY(point)
            near = probe.buffer(20, 4)
            if any(near.intersects(area) and not near.within(area) for area in (grade_one, site)):
                continue  # near the zone's outline or the site's
            pixel = converter.transform(point)
            x, y = int(pixel.x()), int(pixel.y())
            if 0 <= x < drawn.width() and 0 <= y < drawn.height():
                changed = drawn.pixelColor(x, y) != plain.pixelColor(x, y)
                (inside if probe.within(grade_one) else outside).append(changed)
    assert len(inside) > 100 and len(outside) > 1000, (len(inside), len(outside))
    assert all(inside), (sum(inside), len(inside))
    assert not any(outside)


def template_with(folder: Path, name: str, change) -> str:
    """A copy of the shipped template with ``change(root)`` applied to its XML."""
    import xml.etree.ElementTree as ET

    from zoning_review.plugin.notes.layout_renderer import TEMPLATE

    tree = ET.parse(TEMPLATE)
    change(tree.getroot())
    path = folder / name
    tree.write(path, encoding="utf-8")
    return str(path)


def items(root, item_id):
    return [item for item in root.iter("LayoutItem") if item.get("id") == item_id]


def short_body(root):
    """The first page's body 60 mm tall: no room for a second map under the first."""
    (body,) = items(root, "body")
    body.set("size", "180,60,mm")


def no_map(root):
    for parent in root.iter():
        for child in list(parent):
            if child.tag == "LayoutItem" and child.get("id") == "map":
                parent.remove(child)


def test_without_room_below_the_second_map_goes_beside_the_first(sample, s02, tmp_path):
    from zoning_review.plugin.notes.context import notes_context
    from zoning_review.plugin.notes.document import build_document
    from zoning_review.plugin.notes.layout_renderer import build_layout

    feature, project, review = s02
    scene = build_scene(review, sample.layers(feature), "en")
    context = notes_context(project, sample.ruleset, sample.units, feature.geometry(), sample.sites.crs())
    layout = build_layout(build_document(review, context, "en", causes_map=True), scene,
                          template_with(tmp_path, "short.qpt", short_body), QgsProject.instance())
    detail, both = layout.itemById("map"), layout.itemById("map_causes")
    assert detail.rect().width() == pytest.approx(89, abs=0.5)  # 180 mm split, 2 mm apart
    assert both.rect().width() == pytest.approx(89, abs=0.5)
    assert both.pagePos().x() == pytest.approx(detail.pagePos().x() + 91, abs=0.5)
    assert both.pagePos().y() == pytest.approx(detail.pagePos().y())
    site_box, park_point, _distance = expected_places(sample, feature, scene.crs)
    assert detail.extent().contains(site_box)
    assert both.extent().contains(site_box) and both.extent().contains(QgsPointXY(park_point))


def test_a_template_without_a_map_item_gives_two_plain_maps(sample, s02, tmp_path):
    feature, project, review = s02
    from zoning_review.plugin.notes.context import notes_context
    from zoning_review.plugin.notes.export import write_notes

    context = notes_context(project, sample.ruleset, sample.units, feature.geometry(), sample.sites.crs())
    path = write_notes(review, context, str(tmp_path), "plain", "html", "en", sample.layers(feature),
                       template_with(tmp_path, "nomap.qpt", no_map))
    page = Path(path).read_text(encoding="utf-8")
    assert len(re.findall(r'<img src="data:image/png;base64,', page)) == 2
    assert f"<figcaption>{SECOND_CAPTION['en']}</figcaption>" in page
