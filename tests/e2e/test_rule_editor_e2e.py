"""The rule editor in the real QGIS desktop: accept a suggestion for an imported prose clause, add a distance
rule with the pickers; after each save the dock's review of S03 follows."""

from pathlib import Path

import pytest
import yaml

from tests.qgis_desktop import qgis_available, run_in_qgis
from tests.test_processing_suggest import PROSE_RULE

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "rule_editor.py"
# An imported clause about electroplating (C3360 金属表面处理及热处理加工): S03 is a chemical plant (C2614),
# so once the clause is machine-checked it does not apply; as prose it is a check by hand.
PLATING = PROSE_RULE.split("  - id: IMP-SL-02")[0].replace("新建化工项目", "新建电镀项目")


# The words the interface shows, per language (from the catalogue, written here by hand).
WORDS = {
    "en_US": {"saved": "Saved", "compliant": "Compliant", "non_compliant": "Non-compliant",
              "river": "Within 1,000 m of 河流岸线", "entry": "Edit a Rule Set…",
              "delete": "Delete rule"},
    "zh_CN": {"saved": "已保存", "compliant": "符合", "non_compliant": "不符合",
              "river": "距河流岸线 1,000 m 范围内", "entry": "编辑规则集…",
              "delete": "删除条款"},
}


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_accept_a_suggestion_then_add_a_distance_rule(artifacts_dir, example_rules, tmp_path, locale):
    words = WORDS[locale]
    rules = tmp_path / "imported.yaml"
    original = example_rules.read_text(encoding="utf-8") + PLATING
    rules.write_text(original, encoding="utf-8")
    run = run_in_qgis(SCRIPT, artifacts_dir, locale=locale,
                      env={"ZR_E2E_RULES": str(rules), "ZR_E2E_SUFFIX": "" if locale == "en_US" else "-zh"})
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    before, after_suggestion, after_rule = detail["before"], detail["after_suggestion"], detail["after_rule"]
    # S03 is compliant with the example list (oracle: the G-SL-03 exception); the prose clause makes it a
    # check by hand, the accepted clause (electroplating) does not apply to it.
    assert before["verdict"] == "needs_study" and before["findings"]["IMP-SL-01"] == "manual_check"
    accepted = detail["accepted"]
    assert "error" not in accepted, accepted
    assert accepted["shown"] and "在河流岸线500米范围内" in accepted["words"]
    assert accepted["rule"]["effect"] == "prohibit" and accepted["rule"]["when"]["industry"] == ["C3360"]
    assert accepted["rule"]["suggested_from"] == "禁止在河流岸线500米范围内新建电镀项目。"
    assert words["saved"] in accepted["status"]
    assert after_suggestion["verdict"] == "compliant" and words["compliant"] in after_suggestion["banner"]
    assert after_suggestion["findings"].get("IMP-SL-01") in (None, "not_applicable")
    added = detail["added"]
    assert "error" not in added, added
    assert added["rule"]["when"] == {"industry": ["C26"], "construction": ["renovation"],
                                     "spatial": {"layer": "river_bank", "relation": "within", "distance_m": 1000}}
    assert added["conditions"][2] == words["river"]
    # S03 lies about 650 m from the river bank and is a renovation of a C2614 plant: the new rule bites.
    assert after_rule["findings"]["E2E-SL-01"] == "conflict"
    assert after_rule["verdict"] == "non_compliant" and words["non_compliant"] in after_rule["banner"]
    written = rules.read_text(encoding="utf-8")
    assert written.startswith(original.split("  - id: IMP-SL-01")[0])  # comments and rules before kept
    data = yaml.safe_load(written)
    assert [r["id"] for r in data["rules"]][-2:] == ["U-XX-02", "IMP-SL-01"]  # E2E-SL-01 added, then removed
    assert len(list(tmp_path.glob("imported.yaml.*.bak"))) == 3
    toolbox = detail["toolbox"]  # the toolbox's context menu on a Rule sets algorithm opens the editor
    assert toolbox["found"] and words["entry"] in toolbox["menu"], toolbox
    assert toolbox["editor"] == "zr_rule_editor" and str(rules) in toolbox["title"]
    assert toolbox["entries"] == 1 and toolbox["zoningreview:suggestconditions"]  # offered on Rule sets only
    assert not toolbox["native:buffer"] and not toolbox["zoningreview:reviewsites"]
    assert toolbox["after_reload"] == {"reloaded": 1, "unloaded": 0}  # unload takes the entry away
    # the editor opened from the toolbox removed the added rule again: the panel and the review follow
    assert toolbox["asked"].startswith(words["delete"] + " E2E-SL-01 河流岸线1公里范围内禁止改建化工项目"), toolbox
    assert words["saved"] in toolbox["status"] and "32" in toolbox["panel"], toolbox  # the example's 31 + IMP-SL-01
    assert toolbox["after_delete"]["verdict"] == "compliant"
    for shot in (accepted["shot"], added["shot"], detail["shot"]):
        assert Path(shot).stat().st_size > 20_000
