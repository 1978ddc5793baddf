"""Chinese notes: a decisive finding's result reads 冲突（决定性） with no space before the full-width bracket, and a
declared unit without unit_zh (the example's fresh water, m³/d) is written in Chinese in the facts, as the other
rows are (立方米/日)."""

import pytest

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.model import Table

from .notes_helpers import NOTES_DATE, Scenario
from .test_notes_fact_numbers import facts


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


@pytest.mark.parametrize("lang, water, shown", [("zh", "新鲜水用量（立方米/日）", "6,000 立方米/日"),
                                               ("en", "Fresh water use (m³/d)", "6,000 m³/d")])
def test_fresh_water_is_written_in_the_notes_language(scenario, lang, water, shown):
    project = ProjectDescription(name="示例项目", industry="C2614", construction="新建",
                                 attributes={"water_m3d": 6000.0, "vocs_tpa": 5.0})
    context = notes_context(project, scenario.ruleset, scenario.units, scenario.site, scenario.crs,
                            scenario.transform_context, date=NOTES_DATE)
    found = facts(build_document(scenario.review, context, lang))
    assert found[water] == shown
    assert found["VOCs排放量（吨/年）" if lang == "zh" else "VOCs emissions (t/a)"] == (
        "5 吨/年" if lang == "zh" else "5 t/a")  # the rule set's own unit_zh still first


@pytest.mark.parametrize("lang, decisive", [("zh", "冲突（决定性）"), ("en", "Conflict (decisive)")])
def test_a_decisive_result_has_no_space_before_a_full_width_bracket(scenario, lang, decisive):
    document = build_document(scenario.review, scenario.context, lang)
    results = [row[4] for section in document.sections for block in section.blocks
               if isinstance(block, Table) and len(block.columns) == 6 for row in block.rows]
    assert decisive in results
    assert not any(" （" in result for result in results)
