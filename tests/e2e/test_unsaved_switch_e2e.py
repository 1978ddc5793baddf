"""Unsaved review work in the real desktop: taking another site asks first (Save review… / Discard / Cancel) over
QGIS; Cancel keeps the site and the opinion typed, Discard takes the other site; a saved review is shown again
without a question when nothing on screen would be lost."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "unsaved_switch.py"
WORDS = {
    "en_US": {"title": "Unsaved review", "save": "Save review…",
              "text": "The review of {name} on screen has judgements or an opinion that are not saved in the project."},
    "zh_CN": {"title": "审查尚未保存", "save": "保存审查…",
              "text": "当前显示的“{name}”审查中有尚未保存到工程中的判定或审查意见。"},
}


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_another_site_asks_before_the_unsaved_opinion_is_replaced(artifacts_dir, locale):
    words = WORDS[locale]
    run = run_in_qgis(SCRIPT, artifacts_dir, locale)
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    before = detail["before"]
    assert before["opinion"] == "同意。需补充材料。" and before["list"] == "S02 初审"
    [asked] = detail["cancelled"]
    assert asked["title"] == words["title"] and asked["text"] == words["text"].format(name=before["name"])
    assert words["save"] in asked["buttons"] and len(asked["buttons"]) == 3
    assert Path(asked["shot"]).stat().st_size > 5_000
    assert detail["after_cancel"] == before  # the site, its opinion and the list as they were
    assert len(detail["discarded"]) == 1
    after = detail["after_discard"]
    assert after["opinion"] == "" and after["site"] != before["site"] and after["name"] != before["name"]
    restored = detail["restored"]
    assert restored["opinion"] == "同意。" and restored["list"] == "S02 初审" and restored["name"] == before["name"]
