"""Processing as QGIS users expect it: bilingual tags, groups, a one-line description, a local guide as help, the
bound layer preselected."""

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from qgis.core import QgsApplication, QgsProject

from tests.test_i18n import messages
from zoning_review.plugin.gui.sample_project import prepare_sample

IDS = ["reviewsites", "sitingscreen", "validaterules", "importaccesslist", "diffrules"]


def algorithm(name: str):
    """A fresh instance of one of the provider's algorithms."""
    alg = QgsApplication.processingRegistry().createAlgorithmById(f"zoningreview:{name}")
    assert alg is not None, name
    return alg


@pytest.mark.parametrize("name", IDS)
def test_tags_in_both_languages_and_a_local_guide(zr_processing, name):
    alg = algorithm(name)
    tags = alg.tags()
    assert {"三线一单", "生态环境分区管控", "EIA", "环评"} <= set(tags)
    assert any(t.isascii() for t in tags[11:]) and any(not t.isascii() for t in tags[11:]), tags
    url = urlparse(alg.helpUrl())
    assert url.scheme == "file"
    page = Path(unquote(url.path))
    text = page.read_text(encoding="utf-8")
    assert page.suffix == ".html" and '<meta charset="utf-8" />' in text and "<h2" in text
    images = [Path(unquote(urlparse(src).path)) for src in __import__("re").findall(r'<img src="([^"]+)"', text)]
    assert images and all(p.exists() for p in images)


def test_groups(zr_processing):
    groups = {name: algorithm(name).groupId() for name in IDS}
    assert groups == {"reviewsites": "review", "sitingscreen": "review", "validaterules": "rulesets",
                      "importaccesslist": "rulesets", "diffrules": "rulesets"}


def test_every_algorithm_has_its_own_one_line_description(zr_processing):
    descriptions = {alg.name(): alg.shortDescription() for alg in zr_processing.algorithms()}
    assert len(descriptions) == 7, sorted(descriptions)
    assert all(text.strip() and "\n" not in text and len(text) <= 120 for text in descriptions.values()), descriptions
    assert len(set(descriptions.values())) == len(descriptions), descriptions


def test_every_description_has_a_chinese_translation(zr_processing):
    """Fails until the descriptions' entries are added to i18n/zoning_review_zh.ts."""
    chinese = {source: (element.text or "").strip() for source, element in messages()
               if element is not None and not element.get("type")}
    missing = [alg.name() for alg in zr_processing.algorithms() if not chinese.get(alg.shortDescription())]
    assert not missing, missing


def test_toolbox_search_finds_algorithms_by_chinese_and_english_words(zr_processing):
    provider = QgsApplication.processingRegistry().providerById("zoningreview")
    for word in ("三线一单", "环评", "EIA", "siting", "选址", "规则集"):
        found = [a.name() for a in provider.algorithms() if any(word.lower() in t.lower() for t in a.tags())]
        assert found, word
    assert "validaterules" in [a.name() for a in provider.algorithms() if "校验" in a.tags()]


@pytest.mark.parametrize("name", ["reviewsites", "sitingscreen"])
def test_the_bound_unit_layer_and_its_constraints_are_the_defaults(zr_processing, tmp_path, name):
    project = QgsProject.instance()
    assert algorithm(name).parameterDefinition("UNITS").defaultValue() is None
    assert project.read(prepare_sample(str(tmp_path / "sample")))
    try:
        alg = algorithm(name)
        units = project.mapLayersByName("control_units")[0]
        assert alg.parameterDefinition("UNITS").defaultValue() == units.id()
        names = sorted(project.mapLayer(i).name() for i in alg.parameterDefinition("CONSTRAINTS").defaultValue())
        assert names == ["industrial_park", "red_line", "river_bank", "water_source"]
    finally:
        project.clear()


@pytest.mark.parametrize("name", IDS)
def test_algorithm_help_prints_no_markup(zr_processing, capsys, name):
    import processing

    processing.algorithmHelp(f"zoningreview:{name}")
    printed = capsys.readouterr().out
    assert "zoningreview:" + name in printed
    assert not __import__("re").search(r"</?[a-z]+>", printed), printed[:500]


@pytest.mark.parametrize("name", ["sitingscreen", "validaterules", "importaccesslist", "diffrules", "reviewsites",
                                  "rereview"])
def test_every_parameter_has_help(zr_processing, name):
    alg = algorithm(name)
    missing = [p.name() for p in alg.parameterDefinitions() if not p.help()]
    assert not missing, missing
