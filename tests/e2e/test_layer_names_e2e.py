"""*Layer names…* in the real QGIS desktop: a declared layer's field labels and English name edited in the rule
editor's table and saved, only the changed words rewritten (the comments in the declaration kept), a layer the rules
use kept and one no rule uses removed; the dock stops asking for the layer removed, and its review names the filtered
part by the new words, in English and Chinese."""

from pathlib import Path

import pytest
import yaml

from tests.qgis_desktop import qgis_available, run_on_rules

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "layer_names.py"
# The dock's words for S07's grade-I overlap with the new labels (written by hand).
WATER = {"label": {"zh": "饮用水水源保护区", "en": "Source-water zone"},
         "fields": {"grade": {"zh": "级别", "en": "grade"}}}
WETLAND = "  wetland:   # not used yet\n    label: {zh: 湿地保护区, en: Wetland}\n"
KEPT = {"en_US": "The layer River bank cannot be removed: the rules G-SL-03 use it. Change them first.",
        "zh_CN": "不能删除图层“河流岸线”：条款 G-SL-03 使用了该图层。请先修改这些条款。"}
SAID = {"en_US": "Source-water zone where grade is I", "zh_CN": "饮用水水源保护区中级别为 I 的部分"}


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_layer_names_edited_in_the_editor_reach_the_review(artifacts_dir, example_rules, tmp_path, locale):
    original = example_rules.read_text(encoding="utf-8").replace(
        "    label: {zh: 饮用水水源保护区, en: Drinking-water source protection zone}\n    fields:\n",
        "    label: {zh: 饮用水水源保护区, en: Drinking-water source protection zone}   # as the plan names it\n"
        "    fields:   # what the filters read\n").replace("\nkinds:\n", WETLAND + "\nkinds:\n")
    run, rules = run_on_rules(SCRIPT, artifacts_dir, original, tmp_path, locale)
    renamed = run.detail["renamed"]
    assert "error" not in renamed, renamed
    assert renamed["rows"] == ["grade"]  # the one field the example labels (and its filters read)
    assert renamed["river_bank"] == {"enabled": False, "note": KEPT[locale]}, renamed
    assert renamed["layers"] == ["red_line", "water_source", "river_bank", "industrial_park"], renamed
    assert renamed["rows_after"] == ["constraint_industrial_park", "constraint_red_line", "constraint_river_bank",
                                     "constraint_water_source"], renamed
    written = rules.read_text(encoding="utf-8")
    assert yaml.safe_load(written)["layers"]["water_source"] == WATER
    assert written[written.index("  water_source:"):written.index("  river_bank:")] == (  # only the words changed
        "  water_source:\n    label: {zh: 饮用水水源保护区, en: Source-water zone}   # as the plan names it\n"
        "    fields:   # what the filters read\n      grade: {zh: 级别, en: grade}\n")
    assert written.replace(written[written.index("  water_source:"):written.index("  river_bank:")], "") == \
        original.replace(original[original.index("  water_source:"):original.index("  river_bank:")], "").replace(
            WETLAND, "")
    assert [text for text in run.detail["texts"] if SAID[locale] in text], run.detail["texts"]
    assert Path(renamed["shot_names"]).stat().st_size > 5_000
