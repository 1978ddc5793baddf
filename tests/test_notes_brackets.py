"""Chinese notes put full-width brackets （） around a version or a unit code written after Chinese text (the
access list's version, the unit of a judged clause); English notes keep ` (…)`. Texts from the rule file and
codes or expressions are not touched."""

import re
from dataclasses import replace

import pytest

from zoning_review.plugin.core.review.judgements import Judgement, Judgements, clause_digest
from zoning_review.plugin.core.review.site_review import evaluate_overlay
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.model import Table

from .notes_helpers import PROSE, Scenario, clause_as_shown, project

# Written out from rules/examples/xiongan_example.yaml's metadata.
ACCESS_LIST = {"zh": ("准入清单", "雄安新区生态环境准入清单（示例）（2024.1-example）"),
               "en": ("Access list", "Xiong'an New Area ecological-environment access list (example) (2024.1-example)")}
JUDGEMENTS = {"zh": "审查人判定及总体审查意见", "en": "Reviewer's judgements and opinion"}
CJK = "\u3400-\u9fff\uff01-\uff5e"  # Chinese characters and full-width forms
ASCII_BRACKET_BY_CHINESE = re.compile(rf"[{CJK}]\s*\(|\)\s*[{CJK}]|\([^()]*[{CJK}][^()]*\)")


@pytest.fixture(scope="module")
def judged(qgis_app, example_rules):
    """The scenario's review with its first unit's first clause judged by the reviewer."""
    scenario = Scenario(example_rules)
    unit = scenario.review.units[0]
    rule_id, code = unit.findings[0].rule_id, unit.overlap.code
    judgements = Judgements([Judgement("S01", code, rule_id, "compliant", "已核实", "王工",
                                       "2026-12-03T10:00+08:00", override=True,
                                       clause=clause_digest(unit.findings[0]))])
    review = evaluate_overlay("S01", scenario.review.overlay, project(), scenario.ruleset, PROSE,
                              judgements=judgements)
    return review, replace(scenario.context, opinion="同意"), rule_id, code


def section_tables(document, title):
    return [b for s in document.sections if s.title == title for b in s.blocks if isinstance(b, Table)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_judged_clause_names_its_unit_in_the_languages_brackets(judged, lang):
    review, context, rule_id, code = judged
    tables = section_tables(build_document(review, context, lang), JUDGEMENTS[lang])
    assert len(tables) == 1
    shown = f"{clause_as_shown(rule_id, 'zh')}（{code}）" if lang == "zh" else \
        f"{clause_as_shown(rule_id, 'en')} ({code})"
    assert [row[0] for row in tables[0].rows] == [shown]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_access_list_gives_its_version_in_the_languages_brackets(judged, lang):
    review, context, _rule_id, _code = judged
    document = build_document(review, context, lang)
    label, value = ACCESS_LIST[lang]
    assert dict(document.header.pairs)[label] == value


def test_no_ascii_bracket_stands_by_chinese_text_the_notes_wrote(judged, example_rules):
    review, context, _rule_id, _code = judged
    authored = example_rules.read_text(encoding="utf-8")  # the rule file's own texts are as written
    found = [text for text in build_document(review, context, "zh").texts()
             if ASCII_BRACKET_BY_CHINESE.search(text) and text not in authored]
    assert found == []
