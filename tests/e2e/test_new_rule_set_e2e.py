"""New Rule Set… from the plugin menu in the real QGIS desktop: a rule set started from nothing, a rule added in the
editor and saved, the file bound to the unit layer and used by the review."""

from pathlib import Path

import pytest
import yaml

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "new_rule_set.py"

# The words the interface shows, per language (from the catalogue, written here by hand).
WORDS = {
    "en_US": {"entry": "New Rule Set…", "non_compliant": "Non-compliant"},
    "zh_CN": {"entry": "新建规则集…", "non_compliant": "不符合"},
}


@pytest.mark.parametrize("locale", ["en_US"])
def test_a_rule_set_started_from_the_menu_is_edited_saved_and_reviews(artifacts_dir, tmp_path, locale):
    words = WORDS[locale]
    target = tmp_path / "county_rules.yaml"
    run = run_in_qgis(SCRIPT, artifacts_dir, locale=locale,
                      env={"ZR_E2E_NEW_RULES": str(target), "ZR_E2E_SUFFIX": "" if locale == "en_US" else "-zh"})
    assert run.returncode == 0 and not run.errors, run.explain()
    seen = run.detail
    assert words["entry"] in seen["menu"], seen
    assert seen["start_dialog"] == "zr_new_rule_set" and seen["offered_id"] == "county_rules", seen
    assert seen["editor"] == "zr_rule_editor" and str(target) in seen["title"] and seen["rules_before"] == 0, seen
    assert "error" not in seen, seen
    assert seen["conditions"] == ["Industry: C26 Manufacture of chemical raw materials and chemical products"], seen
    written = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert written["format"] == "zoning-review-rules/1"
    meta = written["metadata"]
    assert meta == {"id": "county_rules", "title": {"zh": "示例县生态环境准入清单"}, "version": "1",
                    "authority": {"zh": "示例县生态环境分局"}, "effective": meta["effective"],
                    "region": {"zh": "示例县"}}
    assert [rule["id"] for rule in written["rules"]] == ["X-SL-01"]
    assert written["rules"][0]["when"] == {"industry": ["C26"]} and written["rules"][0]["effect"] == "prohibit"
    assert "  - id: X-SL-01" in target.read_text(encoding="utf-8")  # a block list, as the README writes rules
    assert len(list(tmp_path.glob("county_rules.yaml.*.bak"))) == 1  # the started file, kept when first saved
    # S03 is a C2614 chemical plant (sample data): the new rule set's prohibition of C26 applies to it.
    review = seen["review"]
    assert review["findings"]["X-SL-01"] == "conflict", review
    assert review["verdict"] == "non_compliant" and words["non_compliant"] in review["banner"], review
    for shot in (seen["start_shot"], seen["shot"]):
        assert Path(shot).stat().st_size > 5_000
