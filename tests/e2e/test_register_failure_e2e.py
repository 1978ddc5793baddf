"""The register re-reviewed from the panel's Register menu, failing — here the bound rule set broken on disk as the run
starts — says in the message bar what failed, with which file, and what to do: the failure's whole message, not its
last line (which named one line of the rule set and neither the file nor that it has errors); its button opens the
whole run's text, and the plugin's log holds it all."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis
from zoning_review.plugin.i18n import tr

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "register_failure.py"
# Written from the rule loader's and rereview's messages and their Chinese in the catalogue, not from the panel's code;
# the panel's own new words (the sentence around, the button) come in Chinese with the catalogue's next update.
# The register is re-reviewed with the rule sets bound to the unit layer (no rule set named): the sentence says so in
# words of its own, never a placeholder put where a rule set's name goes ("with the rule set bound to the unit layer",
# 用规则集 绑定到单元图层的规则集 审查); its Chinese (NEW_STRINGS.tsv) comes with the catalogue's next update.
BOUND = "The review of {layer} with the rule sets bound to it stopped: {reason}"
PLACEHOLDERS = ("bound to the unit layer", "绑定到单元图层的规则集")
WORDS = {"en_US": {"stopped": "The review of control_units with the rule sets bound to it stopped: The rule set ",
                   "errors": "has errors", "instead": "use one of: prohibit",
                   "counted": "1 register entry to re-review."},
         "zh_CN": {"stopped": tr(BOUND, "zh").format(layer="control_units", reason=""), "errors": "存在错误",
                   "instead": "请使用以下之一：prohibit", "counted": "待复核的台账记录 1 条。"}}


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_a_failed_rereview_says_what_failed_and_what_to_do(artifacts_dir, tmp_path, locale):
    rules = tmp_path / "规则副本.yaml"
    register = tmp_path / "台账.gpkg"
    run = run_in_qgis(SCRIPT, artifacts_dir, locale=locale, timeout=300,
                      env={"ZR_E2E_RULES": str(rules), "ZR_E2E_REGISTER": str(register)})
    assert run.returncode == 0 and not run.errors, run.explain()
    detail, words = run.detail, WORDS[locale]
    assert not detail["table"]
    # one message about the failure: not the panel's own word on the broken rule set beside it, nor the run's start
    assert [item["text"] for item in detail["every"]] == [item["text"] for item in detail["bar"]], detail["every"]
    [bar] = detail["bar"]
    said = bar["text"]
    # what failed, with which register, layer and file, and why (both rules' lines, each saying what to use instead)
    assert str(register) in said and words["stopped"] in said and words["errors"] in said, said
    assert not [phrase for phrase in PLACEHOLDERS if phrase in said], said
    assert str(rules) in said and said.count("forbid") == 2 and said.count(words["instead"]) == 2, said
    assert len(bar["buttons"]) == 1, bar
    if locale == "en_US":
        assert said.startswith(f"The register {register} was not re-reviewed: "), said
        assert bar["buttons"] == ["Details…"], bar
    # the button opens the failure and the whole run: the entry counted before it stopped
    assert words["errors"] in detail["details"] and detail["details"].count("forbid") >= 2, detail["details"]
    assert words["counted"] in detail["details"], detail["details"]
    [logged] = [text for _tag, level, text in detail["log"] if level == 2 and str(register) in text]
    assert str(rules) in logged and words["counted"] in logged and logged.count("forbid") >= 2, logged
    assert Path(detail["shot"]).stat().st_size > 20_000
