"""HTML notes, the index page and the findings table, written through the export entry points."""

import base64
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from zoning_review.plugin.i18n import tr
from zoning_review.plugin.notes.export import write_findings_table, write_index, write_notes
from zoning_review.plugin.notes.layout_renderer import NotesError

from .notes_helpers import SCRIPT, UNITS, Scenario, clause_as_shown


class Parsed(HTMLParser):
    """Text and tag names of an HTML page."""

    def __init__(self, page: str):
        super().__init__()
        self.tags, self.text, self.images = [], [], []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "img":
            self.images.append(dict(attrs)["src"])

    def handle_data(self, data):
        self.text.append(data)

    def joined(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


@pytest.fixture(scope="module")
def pages(scenario, tmp_path_factory):
    """lang → (path, parsed page) of the scenario's HTML notes, written on first use."""
    folder = tmp_path_factory.mktemp("html")
    cache = {}

    def page(lang):
        if lang not in cache:
            path = write_notes(scenario.review, scenario.context, str(folder), f"S01-{lang}",
                               "html", lang, scenario.layers)
            cache[lang] = (path, Parsed(Path(path).read_text(encoding="utf-8")))
        return cache[lang]

    return page


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_html_names_every_unit_rule_and_the_conclusion(scenario, pages, lang):
    path, parsed = pages(lang)
    assert path.endswith(f"S01-{lang}.html")
    text = parsed.joined()
    for unit in scenario.review.units:
        assert unit.overlap.code in text
    for rule_id in scenario.applicable_rule_ids():
        assert clause_as_shown(rule_id, lang) in text
    assert tr("Conclusion: {verdict}", lang).format(verdict=tr("Non-compliant", lang)) in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_injected_markup_shows_as_text(pages, lang):
    _path, parsed = pages(lang)
    assert "script" not in parsed.tags
    text = parsed.joined()
    assert "容城产业园区" + SCRIPT in text
    assert "示例化工项目" + SCRIPT in text
    assert "<b>一般</b>管控单元" in text


def test_the_embedded_map_is_a_real_picture_with_verdict_colours(pages):
    _path, parsed = pages("en")
    (src,) = parsed.images
    assert src.startswith("data:image/png;base64,")
    image = QImage()
    assert image.loadFromData(base64.b64decode(src.split(",", 1)[1]), "PNG")
    assert image.width() > 500 and image.height() > 300
    greys, reddish = [], 0
    for y in range(0, image.height(), 10):
        for x in range(0, image.width(), 10):
            colour = image.pixelColor(x, y)
            greys.append(colour.lightness())
            if colour.red() > colour.green() + 60 and colour.red() > colour.blue() + 60:
                reddish += 1
    mean = sum(greys) / len(greys)
    variance = sum((g - mean) ** 2 for g in greys) / len(greys)
    assert variance > 100  # not a blank picture
    assert reddish > 0.2 * len(greys)  # both overlapped units are non-compliant: red fill


def test_html_is_deterministic(scenario, tmp_path):
    first = write_notes(scenario.review, scenario.context, str(tmp_path / "a"), "n", "html", "en",
                        scenario.layers)
    second = write_notes(scenario.review, scenario.context, str(tmp_path / "b"), "n", "html", "en",
                         scenario.layers)
    strip = lambda page: re.sub(r"data:image/png;base64,[^\"]+", "", page)  # noqa: E731
    first_page, second_page = (Path(p).read_text(encoding="utf-8") for p in (first, second))
    assert strip(first_page) == strip(second_page)


def test_notes_without_layers_have_no_map_but_all_content(scenario, tmp_path):
    path = write_notes(scenario.review, scenario.context, str(tmp_path), "plain", "html", "en")
    parsed = Parsed(Path(path).read_text(encoding="utf-8"))
    assert parsed.images == []
    assert UNITS[0][0] in parsed.joined()


def test_unsafe_file_names_are_cleaned_and_unknown_formats_refused(scenario, tmp_path):
    path = write_notes(scenario.review, scenario.context, str(tmp_path), 'S01/../<x>:"', "html",
                       "en")
    assert path.startswith(str(tmp_path)) and "<" not in path and "/../" not in path
    with pytest.raises(NotesError):
        write_notes(scenario.review, scenario.context, str(tmp_path), "x", "rtf", "en")


@pytest.mark.parametrize("basename, expected", [("CON", "CON_.html"), ("nul.txt", "nul_.txt.html"),
                                                ("com1", "com1_.html")])
def test_a_windows_device_name_is_not_a_notes_file_name(scenario, tmp_path, basename, expected):
    path = Path(write_notes(scenario.review, scenario.context, str(tmp_path), basename, "html", "en"))
    assert path.name == expected and path.is_file()


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_site_id_longer_than_a_file_name_holds_is_shortened(scenario, tmp_path, fmt):
    site_id = "雄安新区容城县化工新材料产业园选址方案" * 8  # 152 characters, 456 bytes in UTF-8: over 255
    path = Path(write_notes(scenario.review, scenario.context, str(tmp_path), site_id, fmt, "en"))
    assert path.parent == tmp_path and path.is_file()
    assert site_id.startswith(path.stem) and 150 <= len(path.name.encode("utf-8")) <= 255
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_index_links_every_notes_file_with_its_verdict(tmp_path):
    (tmp_path / "S02.html").write_text("x")
    (tmp_path / "S01.pdf").write_text("x")
    entries = [("S02", "compliant", str(tmp_path / "S02.html")),
               ("S01<script>", "non_compliant", str(tmp_path / "S01.pdf"))]
    path = write_index(entries, str(tmp_path), "en")
    page = Path(path).read_text(encoding="utf-8")
    parsed = Parsed(page)
    assert "script" not in parsed.tags and "S01<script>" in parsed.joined()
    assert re.findall(r'href="([^"]+)"', page) == ["S01.pdf", "S02.html"]
    assert "Non-compliant" in parsed.joined() and "Compliant" in parsed.joined()


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_findings_table_has_one_row_per_finding(scenario, tmp_path, extension):
    path = write_findings_table([scenario.review], str(tmp_path / f"findings.{extension}"), "en")
    layer = QgsVectorLayer(path, "findings", "ogr")
    assert layer.isValid()
    expected = sum(len(u.findings) for u in scenario.review.units)
    assert layer.featureCount() == expected
    names = layer.fields().names()
    assert {"site_id", "unit_code", "rule_id", "status", "text_zh"} <= set(names)
    rows = {(f["unit_code"], f["rule_id"]): f for f in layer.getFeatures()}
    conflict = rows[(UNITS[0][0], "G-SL-03")]
    assert conflict["status"] == "conflict" and str(conflict["decisive"]) == "1"
    assert conflict["unit_name"] == "容城产业园区" + SCRIPT


def test_findings_table_refuses_other_extensions(scenario, tmp_path):
    with pytest.raises(NotesError):
        write_findings_table([scenario.review], str(tmp_path / "findings.txt"))
