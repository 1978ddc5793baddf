"""diffrules: rules added, removed and changed between two rule-set files (core, and through qgis_process)."""

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.rules.diff import diff_rulesets
from zoning_review.plugin.core.rules.loader import load_ruleset

ROOT = Path(__file__).resolve().parents[1]

# Edits of the example rule set, and what each must show (worked out by hand from the edits).
EDITS = [
    # G-SL-03: the bank distance 1 km → 3 km, in the condition and in the Chinese text
    ("      spatial: {layer: river_bank, relation: within, distance_m: 1000}",
     "      spatial: {layer: river_bank, relation: within, distance_m: 3000}"),
    ("      zh: 禁止在河流岸线1公里范围内新建、扩建化工项目，不新增产能的改建项目除外。",
     "      zh: 禁止在河流岸线3公里范围内新建、扩建化工项目，不新增产能的改建项目除外。"),
    # C-P-02: only the basis
    ("    basis: 白洋淀生态环境治理和保护规划（2018—2035年）", "    basis: 白洋淀生态环境治理和保护条例"),
    # G-PE-01: 'new' written in Chinese — the same condition, no change
    ("        - construction: new\n", "        - construction: 新建\n"),
    # C-G-02: require → prohibit (effect only)
    ("    effect: require\n    when: {industry: A03}", "    effect: prohibit\n    when: {industry: A03}"),
    # the version
    ('  version: "2024.1-example"', '  version: "2025.1-example"'),
]
ADDED_RULE = """
  - id: G-PE-04
    level: general
    dimension: pollutant_emission
    effect: prohibit
    when: {industry: C2614}
    text:
      zh: 禁止新建有机化学原料制造项目。
    basis: 示例
"""
REMOVED = "U-XX-02"
EXPECTED = [  # (rule id, change, aspects), in rule-id order
    ("C-G-02", "changed", ("effect",)),
    ("C-P-02", "changed", ("basis",)),
    ("G-PE-04", "added", ("level", "dimension", "effect", "scope", "conditions", "text_zh", "text_en", "basis")),
    ("G-SL-03", "changed", ("conditions", "text_zh")),
    ("U-XX-02", "removed", ("level", "dimension", "effect", "scope", "conditions", "text_zh", "text_en", "basis")),
]


def changed_copy(example_rules: Path, target: Path) -> Path:
    """The example rule set with EDITS applied, G-PE-04 added and U-XX-02 removed."""
    text = example_rules.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    start = text.index(f"  - id: {REMOVED}")
    text = text[:start].rstrip("\n") + "\n" + ADDED_RULE
    target.write_text(text, encoding="utf-8")
    return target


def test_the_changes_worked_out_by_hand(example_rules, ruleset, tmp_path):
    changed = load_ruleset(str(changed_copy(example_rules, tmp_path / "new.yaml")))
    assert changed.ruleset is not None, changed.messages
    found = diff_rulesets(ruleset, changed.ruleset)
    assert [(c.rule_id, c.change, c.aspects) for c in found] == EXPECTED
    g_sl_03 = found[3]
    assert "distance_m=1000" in g_sl_03.before and "distance_m=3000" in g_sl_03.after
    assert "1公里" in g_sl_03.before and "3公里" in g_sl_03.after
    assert found[0].before == "effect: require" and found[0].after == "effect: prohibit"


def test_a_rule_set_against_itself_has_no_difference(ruleset, example_rules):
    assert diff_rulesets(ruleset, load_ruleset(str(example_rules)).ruleset) == []


def test_a_rule_whose_declarations_changed_is_listed_though_its_text_is_not(example_rules, ruleset, tmp_path):
    """The boiler capacity declared in MW instead of t/h, and the kind key_park covering other units: the text of
    no rule changes, yet the two boiler rules now compare other amounts and the three key_park rules apply in
    other units. Their labels changing alone is no change."""
    text = example_rules.read_text(encoding="utf-8")
    for old, new in (("    unit: t/h\n    unit_zh: 蒸吨/小时\n    unit_aliases: [蒸吨]\n", "    unit: MW\n"),
                     ("values: [重点管控单元（产业园区）]", "values: [重点管控单元（城镇）]"),
                     ("{zh: 是否新增产能, en: Increases production capacity}", "{zh: 新增产能, en: Adds capacity}")):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (tmp_path / "new.yaml").write_text(text, encoding="utf-8")
    changed = load_ruleset(str(tmp_path / "new.yaml"))
    assert changed.ruleset is not None, changed.messages
    found = diff_rulesets(ruleset, changed.ruleset)
    assert [(c.rule_id, c.aspects) for c in found] == [
        ("C-KP-01", ("scope",)), ("C-KP-02", ("scope",)), ("C-KP-03", ("scope",)),
        ("G-PE-01", ("conditions",)), ("G-PE-03", ("conditions",))]
    assert "重点管控单元（产业园区）" in found[0].before and "重点管控单元（城镇）" in found[0].after
    assert "boiler_tph: number t/h" in found[3].before and "boiler_tph: number MW" in found[3].after


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_subsets_differ_by_exactly_the_ids_they_do_not_share(ruleset, data):
    ids = [rule.id for rule in ruleset.rules]
    left = set(data.draw(st.lists(st.sampled_from(ids), unique=True)))
    right = set(data.draw(st.lists(st.sampled_from(ids), unique=True)))
    old = replace(ruleset, rules=[r for r in ruleset.rules if r.id in left])
    new = replace(ruleset, rules=[r for r in ruleset.rules if r.id in right])
    found = diff_rulesets(old, new)
    assert {c.rule_id for c in found if c.change == "added"} == right - left
    assert {c.rule_id for c in found if c.change == "removed"} == left - right
    assert not [c for c in found if c.change == "changed"]
    assert [c.rule_id for c in found] == sorted(c.rule_id for c in found)


@pytest.mark.qgis_process
def test_diffrules_from_the_command_line(example_rules, tmp_path):
    from tests.test_processing_review import rows

    sys.path.insert(0, str(ROOT / "tools"))
    from qgis_process_env import QgisProcess

    new = changed_copy(example_rules, tmp_path / "新清单.yaml")
    with QgisProcess() as runner:
        proc, result = runner.run("zoningreview:diffrules", {
            "OLD": str(example_rules), "NEW": str(new), "OUTPUT": str(tmp_path / "diff.gpkg")})
        assert proc.returncode == 0, proc.stderr
        assert {k: result["results"][k] for k in ("ADDED", "REMOVED", "CHANGED")} == {
            "ADDED": 1, "REMOVED": 1, "CHANGED": 3}
        assert result["results"]["SUMMARY"].endswith("2024.1-example → xiongan-example 2025.1-example: rules added 1, "
                                                     "removed 1, changed 3."), result["results"]["SUMMARY"]
        table = [(r["rule_id"], r["change"], tuple(r["aspects"].split(", "))) for r in rows(tmp_path / "diff.gpkg")]
        assert table == EXPECTED
        broken = tmp_path / "broken.yaml"
        broken.write_text("format: zoning-review-rules/1\nrules: [\n", encoding="utf-8")
        proc, _ = runner.run("zoningreview:diffrules", {
            "OLD": str(example_rules), "NEW": str(broken), "OUTPUT": str(tmp_path / "d2.gpkg")})
        assert proc.returncode == 1 and "broken.yaml" in proc.stderr


def test_diffrules_names_a_value_yaml_1_1_would_read_otherwise_and_compares_nothing(zr_processing, example_rules,
                                                                                   tmp_path):
    """A distance written 1_000 was read as 1000: diffrules said G-SL-03 was unchanged."""
    import processing
    from qgis.core import QgsProcessingException

    text = example_rules.read_text(encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text(text.replace("distance_m: 1000}", "distance_m: 1_000}"), encoding="utf-8")
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "distance_m: 1000}" in row)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:diffrules", {"OLD": str(example_rules), "NEW": str(new),
                                                  "OUTPUT": str(tmp_path / "diff.gpkg")})
    assert f"{new}:{line}:" in str(raised.value) and "write 1000, or put it in quotes ('1_000')" in str(raised.value)
    assert not (tmp_path / "diff.gpkg").exists()
