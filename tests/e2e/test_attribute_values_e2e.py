"""A text attribute's values declared in the real QGIS desktop's rule editor: saved as declared, offered in the
dock's project form as the coating is typed, and the review finds the rule in conflict for a spelling of the
prohibited value and needing information for one the list lacks, in English and Chinese; a value the rule names
cannot be removed (the dialog says why), one no rule names can, and so can an attribute no rule reads."""

from pathlib import Path

import pytest
import yaml

from tests.qgis_desktop import qgis_available, run_on_rules

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "attribute_values.py"
COATING = {"type": "string", "label": {"zh": "涂料类型", "en": "Coating"}, "values": [
    {"id": "water_based", "label": {"zh": "水性涂料"}, "synonyms": ["水性", "水溶性涂料"]},
    {"id": "solvent_based", "label": {"zh": "溶剂型涂料", "en": "Solvent-borne"}, "synonyms": ["油性", "油漆"]}]}
# The dock's words (written by hand) for the values, the conflict and a coating the list lacks.
TOOLTIP = {"en_US": "The rule set's values: 水性涂料, Solvent-borne", "zh_CN": "规则集的取值：水性涂料、溶剂型涂料"}
GIVEN = {"en_US": "Solvent-borne", "zh_CN": "油漆"}
CONFLICT = {"en_US": "Coating is Solvent-borne; rule: Solvent-borne",
            "zh_CN": "涂料类型为溶剂型涂料；条款要求：为溶剂型涂料"}
KEPT = {"en_US": "The value solvent_based cannot be removed: the rules E2E-COAT-01 name it. Change them first.",
        "zh_CN": "不能删除取值 solvent_based：条款 E2E-COAT-01 引用了它。请先修改这些条款。"}
READ = {"en_US": "The attribute Coating cannot be removed: the rules E2E-COAT-01 read it. Change them first.",
        "zh_CN": "不能删除属性“涂料类型”：条款 E2E-COAT-01 读取了该属性。请先修改这些条款。"}
UNKNOWN = {"en_US": "Coating value 粉末涂料 is not recognised; accepted: 水性涂料, Solvent-borne",
           "zh_CN": "无法识别涂料类型的取值“粉末涂料”；可接受：水性涂料、溶剂型涂料"}


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_a_text_attribute_s_values_declared_in_the_editor_reach_the_review(artifacts_dir, example_rules, tmp_path,
                                                                          locale):
    run, rules = run_on_rules(SCRIPT, artifacts_dir, example_rules.read_text(encoding="utf-8"), tmp_path, locale)
    declared = run.detail["declared"]
    assert "error" not in declared and not declared["message"], declared
    assert declared["named"] == {"enabled": False, "note": KEPT[locale]}, declared
    assert declared["free"] and declared["left"] == ["water_based", "solvent_based"], declared
    assert declared["coating"] == {"enabled": False, "note": READ[locale]}, declared
    assert declared["declared_spare"] and declared["spare"] and "spare" not in declared["attributes"], declared
    written = yaml.safe_load(rules.read_text(encoding="utf-8"))
    assert written["attributes"]["coating"] == COATING and "spare" not in written["attributes"]
    assert [r for r in written["rules"] if r["id"] == "E2E-COAT-01"][0]["when"] == {
        "attribute": {"name": "coating", "op": "==", "value": "solvent_based"}}
    offered = run.detail["offered"]
    assert offered["tooltip"] == TOOLTIP[locale] and offered["given"] == GIVEN[locale], offered
    assert offered.get("popup", ["Solvent-borne"]) == ["Solvent-borne"], offered
    assert [text for text in run.detail["conflict"] if CONFLICT[locale] in text], run.detail["conflict"]
    assert [text for text in run.detail["unknown"] if UNKNOWN[locale] in text], run.detail["unknown"]
    assert Path(declared["shot_values"]).stat().st_size > 5_000
    assert Path(declared["shot_kept"]).stat().st_size > 5_000
