"""zoningreview:suggestconditions through processing.run and the real qgis_process command line."""

import sys
from pathlib import Path

import pytest
import yaml
from qgis.core import QgsProcessingException

from zoning_review.plugin.core.rules.loader import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
PROSE = "禁止在河流岸线500米范围内新建化工项目。"
# Worked out by hand from the clause: 化工 = GB/T 4754 division C26, 新建 = new, 河流岸线 = the layer
# labelled so, 500米 = 500 m.
EXPECTED_WHEN = {"industry": ["C26"], "construction": ["new"],
                 "spatial": {"layer": "river_bank", "relation": "within", "distance_m": 500}}
PROSE_RULE = (
    "\n  # imported from the bureau's table, still prose\n"
    "  - id: IMP-SL-01\n"
    "    level: general\n"
    "    dimension: spatial_layout\n"
    "    effect: text\n"
    f"    text: {{zh: {PROSE}}}\n"
    "  - id: IMP-SL-02   # prose the suggester must leave alone\n"
    "    level: general\n"
    "    dimension: spatial_layout\n"
    "    effect: text\n"
    "    text: {zh: 严格落实国家和省有关产业政策要求。}\n"
)


def prose_rules(example_rules: Path, folder: Path) -> Path:
    """The example list (two text rules of its own) with two imported text rules appended (one readable, one prose)."""
    path = folder / "imported.yaml"
    path.write_text(example_rules.read_text(encoding="utf-8") + PROSE_RULE, encoding="utf-8")
    assert load_ruleset(str(path)).ruleset is not None
    return path


def rule_of(path: Path, rule_id: str) -> dict:
    return next(r for r in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"] if r["id"] == rule_id)


def test_suggestions_are_marked_and_not_applied(zr_processing, example_rules, tmp_path):
    import processing

    source = prose_rules(example_rules, tmp_path)
    before = source.read_bytes()
    out = tmp_path / "suggested.yaml"
    result = processing.run("zoningreview:suggestconditions", {"INPUT": str(source), "OUTPUT": str(out)})
    assert result["TEXT_RULES"] == 4 and result["SUGGESTED"] == 1 and result["APPLIED"] == 0
    assert source.read_bytes() == before
    marked = rule_of(out, "IMP-SL-01")
    assert marked["effect"] == "text" and "when" not in marked
    assert marked["suggested"]["effect"] == "prohibit"
    assert marked["suggested"]["when"] == EXPECTED_WHEN
    assert marked["suggested"]["suggested_from"] == PROSE
    assert "suggested" not in rule_of(out, "IMP-SL-02")
    loaded = load_ruleset(str(out)).ruleset
    rule = next(r for r in loaded.rules if r.id == "IMP-SL-01")
    assert rule.effect == "text"  # a marker is never applied by the loader
    written = out.read_text(encoding="utf-8")
    assert written.startswith(example_rules.read_text(encoding="utf-8"))  # comments and order kept
    assert "# imported from the bureau's table, still prose" in written
    assert "# prose the suggester must leave alone" in written


def test_accept_applies_the_suggestions(zr_processing, example_rules, tmp_path):
    import processing

    source = prose_rules(example_rules, tmp_path)
    out = tmp_path / "accepted.yaml"
    result = processing.run("zoningreview:suggestconditions", {
        "INPUT": str(source), "ACCEPT": True, "OUTPUT": str(out)})
    assert result["SUGGESTED"] == 1 and result["APPLIED"] == 1
    applied = rule_of(out, "IMP-SL-01")
    assert applied["effect"] == "prohibit" and applied["when"] == EXPECTED_WHEN
    assert applied["suggested_from"] == PROSE and "suggested" not in applied
    loaded = load_ruleset(str(out)).ruleset
    assert next(r for r in loaded.rules if r.id == "IMP-SL-01").effect == "prohibit"


def test_accept_applies_a_marker_edited_by_hand(zr_processing, example_rules, tmp_path):
    import processing

    source = prose_rules(example_rules, tmp_path)
    marked = tmp_path / "marked.yaml"
    processing.run("zoningreview:suggestconditions", {"INPUT": str(source), "OUTPUT": str(marked)})
    text = marked.read_text(encoding="utf-8").replace("distance_m: 500", "distance_m: 800")
    marked.write_text(text, encoding="utf-8")
    out = tmp_path / "accepted.yaml"
    processing.run("zoningreview:suggestconditions", {"INPUT": str(marked), "ACCEPT": True, "OUTPUT": str(out)})
    assert rule_of(out, "IMP-SL-01")["when"]["spatial"]["distance_m"] == 800


def test_the_output_may_not_be_the_input(zr_processing, example_rules, tmp_path):
    import processing

    source = prose_rules(example_rules, tmp_path)
    before = source.read_bytes()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:suggestconditions", {"INPUT": str(source), "OUTPUT": str(source)})
    assert "destroy the input" in str(raised.value)
    assert source.read_bytes() == before


def test_a_broken_input_is_refused_with_its_messages(zr_processing, tmp_path):
    import processing

    source = tmp_path / "broken.yaml"
    source.write_text("format: zoning-review-rules/1\nrules: []\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:suggestconditions", {"INPUT": str(source), "OUTPUT": str(out)})
    assert "metadata" in str(raised.value)
    assert not out.exists()


def test_the_algorithm_has_help_tags_and_its_group(zr_processing):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("zoningreview:suggestconditions")
    assert alg.groupId() == "rulesets" and "ACCEPT" in [p.name() for p in alg.parameterDefinitions()]
    assert "suggested_from" in alg.shortHelpString() and "规则集" in alg.tags()
    assert all(p.help() for p in alg.parameterDefinitions())


@pytest.mark.qgis_process
def test_suggestconditions_from_the_command_line(example_rules, tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    from qgis_process_env import QgisProcess

    source = prose_rules(example_rules, tmp_path)
    out = tmp_path / "cli.yaml"
    with QgisProcess() as runner:
        proc, result = runner.run("zoningreview:suggestconditions", {
            "INPUT": str(source), "ACCEPT": True, "OUTPUT": str(out)})
        assert proc.returncode == 0, proc.stderr
        assert result["results"]["APPLIED"] == 1
        assert rule_of(out, "IMP-SL-01")["when"] == EXPECTED_WHEN
        proc, _result = runner.run("zoningreview:suggestconditions", {"INPUT": str(source), "OUTPUT": str(source)})
        assert proc.returncode != 0 and "destroy the input" in proc.stderr + proc.stdout
