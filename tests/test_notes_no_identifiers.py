"""No internal identifier reaches a reader of the notes: the visible text of the HTML notes and the text
extracted from the PDF notes, in Chinese and English, for every sample site, is scanned for the shapes
internal names take — snake_case words (boiler_tph, major_infrastructure, non_compliant), raw filter
expressions (["grade" = 'I']), unit-and-dimension joins (ZH13063810001:spatial_layout), Python reprs
(None, True, {'…'}, object at 0x…) and unfilled {placeholders}.

Identifiers a reader is meant to see are allowed, each form written down in ALLOWED: rule ids (G-SL-03),
unit codes (ZH13063810001), GB/T 4754 codes (C2614), EPSG codes, the user's own file and layer names
(the provenance section names the files and layers the review read, as the user named them), and the
SHA-256 digests of those files.
"""

import re
import subprocess
from pathlib import Path
from typing import List

import pytest

from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.layout_renderer import TEMPLATE

from .test_notes_sample import Sample, Text

INTERNAL = {
    "snake_case word": re.compile(r"(?<![\w./\\-])[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+(?![\w.])"),
    "filter expression": re.compile(r"\[\s*\"|\"\s*(=|!=|<>|>=|<=|<|>|IN|in)\s*'"),
    "code:dimension join": re.compile(r"[A-Z0-9-]{4,}:[a-z_]+"),
    "Python repr": re.compile(r"\b(None|True|False)\b|\{'|\['|'\}|'\]|object at 0x|<qgis\.|Verdict\.|Status\."),
    "unfilled placeholder": re.compile(r"\{[a-z_]+\}"),
}
ALLOWED = [
    re.compile(r"\b[A-Z]{1,2}-[A-Z]{1,4}-\d{2}\b"),  # rule ids: G-SL-03, C-KP-01, U-BYD-01
    re.compile(r"\bZH\d{11}\b(?!:)"),  # unit codes (not joined to a dimension id)
    re.compile(r"\b[A-T]\d{2,4}\b"),  # GB/T 4754-2017 codes
    re.compile(r"\bEPSG:\d{4,5}\b"),  # CRS codes
    re.compile(r"[\w.-]+\.(yaml|yml|gpkg|qgz|qgs|shp|geojson)\b"),  # the user's file names
    re.compile(r"\b[0-9a-f]{64}\b"),  # SHA-256 digests of those files
    # the sample's layer names, as the user named them in the GeoPackage
    re.compile(r"\b(control_units|red_line|water_source|river_bank|industrial_park|sites)\b"),
]


def internal_names(text: str) -> List[str]:
    """Every internal-looking piece of ``text`` (with the kind of pattern), allowed forms taken out first."""
    for allowed in ALLOWED:
        text = allowed.sub(" ", text)
    return [f"{kind}: {match.group(0)!r} in …{text[max(0, match.start() - 30):match.end() + 30]}…"
            for kind, pattern in INTERNAL.items() for match in pattern.finditer(text)]


@pytest.mark.parametrize("text, found", [
    ("未提供 boiler_tph", ["boiler_tph"]),
    ("major_infrastructure is not given", ["major_infrastructure"]),
    ("饮用水水源保护区[\"grade\" = 'I']", ["[\"", "\" = '", "']"]),
    ("ZH13063810001:spatial_layout", ["spatial_layout", "ZH13063810001:spatial_layout"]),
    ("值为 None", ["None"]),
    ("{'a': 1}", ["{'"]),
    ("G-SL-03 ZH13063810001 C2614 EPSG:4490 xiongan_example.yaml", []),
])
def test_the_scan_finds_internal_names_and_passes_cited_identifiers(text, found):
    hits = internal_names(text)
    assert len(hits) == len(found) and all(f"{piece!r}" in hit for piece, hit in zip(found, hits)), hits


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg, example_rules):
    sample = Sample(sample_gpkg, example_rules)
    for _review, _context, layers in sample.items:
        layers.ruleset = sample.ruleset  # the map's legend names the causes from the rule set
    return sample


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_html_notes_of_every_sample_site_show_no_internal_name(sample, tmp_path, lang):
    found = {}
    for review, context, layers in sample.items:
        path = write_notes(review, context, str(tmp_path), f"{review.site_id}-{lang}", "html", lang, layers,
                           template=TEMPLATE)
        text = " ".join(Text(Path(path).read_text(encoding="utf-8")).parts)
        found.update({f"{review.site_id} {hit}": 1 for hit in internal_names(text)})
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_pdf_notes_of_every_sample_site_show_no_internal_name(sample, tmp_path, lang):
    found = {}
    for review, context, layers in sample.items:
        path = write_notes(review, context, str(tmp_path), f"{review.site_id}-{lang}", "pdf", lang, layers,
                           template=TEMPLATE)
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
        found.update({f"{review.site_id} {hit}": 1 for hit in internal_names(text)})
    assert not found, "\n".join(found)
