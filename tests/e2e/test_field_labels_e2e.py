"""The layer declaration's field labels in the real desktop: the dock's results name a filtered part of a layer by
the field's label, in English and Chinese; the panel warns of a label whose field the chosen layer lacks."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "field_labels.py"
SAID = {"en_US": ("Drinking-water source protection zone where protection grade is I", "where grade is"),
        "zh_CN": ("饮用水水源保护区中保护区级别为 I 的部分", "grade 为")}
WARNED = {"en_US": "Layer water_source gives a label to the field grade, which the bound layer industrial_park does "
                   "not have",
          "zh_CN": "图层 water_source 为字段 grade 设置了显示名称，但所绑定图层 industrial_park 没有该字段"}


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_the_dock_names_a_filtered_part_by_the_fields_label(artifacts_dir, example_rules, locale):
    rules = example_rules  # its water_source declaration labels the field grade
    run = run_in_qgis(SCRIPT, artifacts_dir, locale=locale, env={"ZR_E2E_LABELLED_RULES": str(rules)})
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    said, unlabelled = SAID[locale]
    assert [text for text in detail["texts"] if said in text], detail["texts"]
    assert not [text for text in detail["texts"] if unlabelled in text], detail["texts"]
    assert "gives a label" not in detail["bound_messages"] and "显示名称" not in detail["bound_messages"]
    assert WARNED[locale] in detail["warned"], detail["warned"]
    for shot in detail["shots"]:
        assert Path(shot).stat().st_size > 20_000, shot
