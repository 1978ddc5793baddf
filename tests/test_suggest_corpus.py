"""The suggester measured (issue #19) on its corpus and on the example rule set's hand-written conditions."""

# Figures: the share of clauses whose suggestion is right without edits (no suggestion is right when a careful
# reviewer writes none), and the share with no wrong condition (no suggestion counts as no wrong condition).
# The floors sit just below the figures measured when the suggester was written (plugin/suggest/README.md).

import copy
import tempfile
from pathlib import Path

import pytest
import yaml

from tests.suggest_support import EXAMPLE, classify, context, corpus, document, figures
from zoning_review.plugin.suggest import make_context, suggest_in, suggest_ruleset

FLOORS = {
    "all": {"exact": 0.92, "no_wrong": 0.995},
    "dev": {"exact": 0.90, "no_wrong": 0.995},
    "holdout": {"exact": 0.97, "no_wrong": 0.995},
    "example": {"exact": 0.38, "no_wrong": 0.87},
}


@pytest.fixture(scope="module")
def corpus_statuses():
    """(clause, status, suggested) for every clause of the corpus."""
    ctx = make_context(context()["attributes"], context()["layers"])
    found = []
    for clause in corpus()["clauses"]:
        suggestion = suggest_in(ctx, clause.get("zh", ""), clause.get("en", ""), "en")
        expect = None if clause["expect"] == "none" else clause["expect"]
        found.append((clause, classify(suggestion.rule_fields() if suggestion else None, expect), bool(suggestion)))
    return found


@pytest.fixture(scope="module")
def example_statuses():
    """(rule, status) for the example rule set with every rule turned into text, against its own conditions."""
    original = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    stripped = copy.deepcopy(original)
    for rule in stripped["rules"]:
        rule["effect"] = "text"
        for key in ("when", "except", "only_if"):
            rule.pop(key, None)
    marked = suggest_ruleset(stripped, lang="en")
    found = []
    for rule, suggested in zip(original["rules"], marked["rules"]):
        expect = None if rule["effect"] == "text" else rule
        found.append((rule, classify(suggested.get("suggested"), expect)))
    return found


def test_the_corpus_is_as_the_issue_asks():
    clauses = corpus()["clauses"]
    assert len(clauses) >= 60
    assert {c["dimension"] for c in clauses} == {"spatial_layout", "pollutant_emission", "risk_prevention",
                                                 "resource_efficiency"}
    assert sum(1 for c in clauses if c.get("en")) >= 10
    assert sum(1 for c in clauses if c["expect"] == "none") >= 20
    assert len({c["id"] for c in clauses}) == len(clauses)


def test_every_expected_condition_loads_with_the_rule_loader(qgis_app):
    from zoning_review.plugin.core.rules.loader import load_ruleset

    rules = []
    for clause in corpus()["clauses"]:
        if clause["expect"] != "none":
            rule = {"id": clause["id"], "level": "general", "dimension": clause["dimension"],
                    "text": {"zh": clause.get("zh") or clause["en"]}}
            rules.append(dict(rule, **clause["expect"]))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "expected.yaml"
        path.write_text(yaml.safe_dump(document(rules), allow_unicode=True), encoding="utf-8")
        result = load_ruleset(str(path))
    assert result.ruleset is not None, [m.text("en") for m in result.messages]


@pytest.mark.parametrize("split", ["all", "dev", "holdout"])
def test_corpus_figures(corpus_statuses, split):
    statuses = [s for c, s, _ in corpus_statuses if split in ("all", c["split"])]
    found = figures(statuses)
    chosen = [(c, s, made) for c, s, made in corpus_statuses if split in ("all", c["split"])]
    suggested = sum(1 for _c, _s, made in chosen if made)
    conditions = [(s, made) for c, s, made in chosen if c["expect"] != "none"]
    print(f"\ncorpus {split}: {found['n']} clauses, {len(conditions)} with conditions expected, {suggested} "
          f"suggested ({sum(1 for s, made in conditions if made and s == 'exact')} exactly); right without edits "
          f"{found['exact']:.1%}, no wrong condition {found['no_wrong']:.1%}; "
          f"statuses {dict((s, statuses.count(s)) for s in sorted(set(statuses)))}")
    wrong = [c["id"] for c, s, _ in corpus_statuses if s == "wrong" and split in ("all", c["split"])]
    assert found["exact"] >= FLOORS[split]["exact"]
    assert found["no_wrong"] >= FLOORS[split]["no_wrong"], wrong


def test_example_rule_set_figures(example_statuses):
    statuses = [s for _r, s in example_statuses]
    found = figures(statuses)
    print(f"\nexample rule set (conditions by another author): {found['n']} rules; right without edits "
          f"{found['exact']:.1%}, no wrong condition {found['no_wrong']:.1%}; "
          f"differing: {[r['id'] for r, s in example_statuses if s in ('wrong', 'partial')]}")
    assert found["exact"] >= FLOORS["example"]["exact"]
    assert found["no_wrong"] >= FLOORS["example"]["no_wrong"]
