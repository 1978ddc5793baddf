"""The rule editor in the real QGIS desktop labels the field a new layer's filter reads by the layer's QGIS alias;
the dock's review then names the filtered part by it, in English and Chinese; a later rule's filter on the layer, now
declared and bound, labels the field it reads too."""

from pathlib import Path

import pytest
import yaml

from tests.qgis_desktop import qgis_available, run_on_rules

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "editor_aliases.py"
# The words the dock shows for the new rule's condition (written by hand: the layer and its field have no English
# labels, so English names both by their Chinese ones).
SAID = {"en_US": "水源地 where 保护区级别 is I", "zh_CN": "水源地中保护区级别为 I 的部分"}


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_a_declared_layers_filter_is_said_with_the_alias(artifacts_dir, example_rules, tmp_path, locale):
    run, rules = run_on_rules(SCRIPT, artifacts_dir, example_rules.read_text(encoding="utf-8"), tmp_path, locale)
    detail = run.detail
    assert "error" not in detail["added"] and "error" not in detail["again"], (detail["added"], detail["again"])
    written = yaml.safe_load(rules.read_text(encoding="utf-8"))
    assert written["layers"]["layer"] == {"label": {"zh": "水源地"},  # name's label added by the second rule
                                          "fields": {"grade": {"zh": "保护区级别"}, "name": {"zh": "水源地名称"}}}
    assert [r for r in written["rules"] if r["id"] == "E2E-WS-01"][0]["when"] == {
        "spatial": {"layer": "layer", "relation": "overlaps", "where": "\"grade\" = 'I'"}}
    assert detail["bound"]  # the declared layer bound to the project layer picked
    assert [text for text in detail["texts"] if SAID[locale] in text], detail["texts"]
    assert not [text for text in detail["texts"] if "grade 为" in text or "where grade" in text], detail["texts"]
    assert Path(detail["shot"]).stat().st_size > 20_000
