"""Notes for the real sample sites (sample/xiongan_sample.gpkg + the example rule set), both languages."""

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateTransformContext, QgsVectorLayer

from zoning_review.plugin.core.inputs.bindings import detect_binding
from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes
from zoning_review.plugin.core.overlay.engine import OverlayEngine, UnitLayerSpec
from zoning_review.plugin.core.review.site_review import review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.i18n import tr
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.export import write_findings_table, write_index, write_notes
from zoning_review.plugin.notes.layout_renderer import TEMPLATE
from zoning_review.plugin.notes.map_render import NotesLayers

from .notes_helpers import NOTES_DATE, clause_as_shown

CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")
VERDICT_WORDS = {"compliant": "Compliant", "non_compliant": "Non-compliant",
                 "needs_study": "Needs further study"}


class Text(HTMLParser):
    """The text of an HTML page."""

    def __init__(self, page: str):
        super().__init__()
        self.parts = []
        self.feed(page)

    def handle_data(self, data):
        self.parts.append(data)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def conclusion(verdict: str, lang: str) -> str:
    words = {"compliant": tr("Compliant", lang), "non_compliant": tr("Non-compliant", lang),
             "needs_study": tr("Needs further study", lang)}
    return tr("Conclusion: {verdict}", lang).format(verdict=words[verdict])


class Sample:
    """Every sample site reviewed with the real engines, with its notes context and layers."""

    def __init__(self, gpkg, rules):
        layer = lambda name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")  # noqa: E731
        self.units = layer("control_units")
        self.sites = layer("sites")
        self.constraints = {name: layer(name) for name in CONSTRAINTS}
        loaded = load_ruleset(str(rules))
        assert loaded.ruleset is not None, loaded.text()
        self.ruleset = loaded.ruleset
        binding = detect_binding(self.units)
        self.context = QgsCoordinateTransformContext()
        spec = UnitLayerSpec(self.units, binding.code_field, binding.name_field,
                             binding.category_field, sorted(set(binding.prose_fields.values()) | {"ZLCB"}))
        engine = OverlayEngine(spec, self.constraints, self.context)
        declared = {name: decl.type for name, decl in self.ruleset.attributes.items()}
        mapping = detect_site_fields(self.sites.fields().names(), declared)
        self.items = []
        for feature in sorted(self.sites.getFeatures(), key=lambda f: str(f["site_id"])):
            values = dict(zip(self.sites.fields().names(), feature.attributes()))
            site_id = str(feature["site_id"])
            project = project_from_attributes(site_id, values, mapping)
            geometry = feature.geometry()
            review = review_site(site_id, geometry, self.sites.crs(), project, engine, self.ruleset,
                                 binding.prose_fields)
            context = notes_context(project, self.ruleset, self.units, geometry, self.sites.crs(),
                                    self.context, date=NOTES_DATE)
            layers = NotesLayers(self.units, geometry, self.sites.crs(), self.constraints,
                                 binding.code_field, self.context)
            self.items.append((review, context, layers))


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg, example_rules):
    if not sample_gpkg.exists():
        pytest.fail(f"{sample_gpkg} is missing")
    return Sample(sample_gpkg, example_rules)


def test_the_sample_has_ten_sites_and_more_than_one_verdict(sample):
    assert len(sample.items) == 10
    assert len({review.verdict for review, _c, _l in sample.items}) >= 2


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_html_notes_of_every_sample_site(sample, tmp_path, lang):
    entries = []
    for review, context, layers in sample.items:
        path = write_notes(review, context, str(tmp_path), f"{review.site_id}-{lang}", "html", lang,
                           layers)
        text = "".join(Text(Path(path).read_text(encoding="utf-8")).parts)
        for unit in review.units:
            assert unit.overlap.code in text
            for finding in unit.findings:
                assert clause_as_shown(finding.rule_id, lang) in text
        assert conclusion(review.verdict, lang) in text
        entries.append((review.site_id, review.verdict, path))
    index = Path(write_index(entries, str(tmp_path), lang)).read_text(encoding="utf-8")
    assert len(re.findall(r"<a href=", index)) == 10


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_notes_of_one_site_per_verdict(sample, tmp_path, artifacts_dir, lang):
    chosen = {}
    for item in sample.items:
        chosen.setdefault(item[0].verdict, item)
    for verdict, (review, context, layers) in sorted(chosen.items()):
        path = write_notes(review, context, str(tmp_path), review.site_id, "pdf", lang, layers,
                           template=TEMPLATE)
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
        text = squeezed(out)
        for unit in review.units:
            assert unit.overlap.code in text
            for finding in unit.findings:
                assert squeezed(clause_as_shown(finding.rule_id, lang)) in text, finding.rule_id
        assert squeezed(conclusion(verdict, lang)) in text
        if verdict == "non_compliant":
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                            path, str(artifacts_dir / f"notes-page1-{lang}")], check=True)


def test_findings_table_of_all_sample_sites(sample, tmp_path):
    reviews = [review for review, _c, _l in sample.items]
    path = write_findings_table(reviews, str(tmp_path / "findings.csv"))
    layer = QgsVectorLayer(path, "findings", "ogr")
    expected = sum(len(u.findings) for r in reviews for u in r.units)
    assert layer.featureCount() == expected
    assert {f["site_id"] for f in layer.getFeatures()} == {r.site_id for r in reviews if r.units}
