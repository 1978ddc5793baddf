"""*Attributes…* in the real QGIS desktop: a number attribute declared in the rule editor, a rule comparing it added
and saved; the dock's project form asks for it and the review shows the rule's finding in its words, in English and
Chinese."""

from pathlib import Path

import pytest
import yaml

from tests.qgis_desktop import qgis_available, run_on_rules

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "attribute_names.py"
INVEST = {"type": "number", "unit": "亿元", "label": {"zh": "项目总投资（亿元）", "en": "Total investment"}}
# The dock's words for S01's finding (written by hand): its own description lacks the attribute, the form gives 3.
NOT_GIVEN = {"en_US": "Total investment is not given", "zh_CN": "未提供项目总投资（亿元）"}
SAID = {"en_US": "Total investment is 3 (100 million yuan); rule: more than 1 (100 million yuan)",
        "zh_CN": "项目总投资（亿元）为 3 亿元；条款要求：高于 1 亿元"}


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_an_attribute_declared_in_the_editor_is_asked_for_and_reviewed(artifacts_dir, example_rules, tmp_path,
                                                                      locale):
    run, rules = run_on_rules(SCRIPT, artifacts_dir, example_rules.read_text(encoding="utf-8"), tmp_path, locale)
    declared = run.detail["declared"]
    assert "error" not in declared and not declared["message"], declared
    written = yaml.safe_load(rules.read_text(encoding="utf-8"))
    assert written["attributes"]["invest_yi"] == INVEST
    assert [r for r in written["rules"] if r["id"] == "E2E-INV-01"][0]["when"] == {
        "attribute": {"name": "invest_yi", "op": ">", "value": 1}}
    assert [text for text in run.detail["before"] if NOT_GIVEN[locale] in text], run.detail["before"]
    assert [text for text in run.detail["texts"] if SAID[locale] in text], run.detail["texts"]
    assert Path(declared["shot_names"]).stat().st_size > 5_000
