"""Shared by the suggester tests: the corpus, its context, schema validation and the comparison of conditions."""

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Optional

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "suggest" / "corpus.yaml"
SCHEMA = ROOT / "rules" / "schema.json"
EXAMPLE = ROOT / "rules" / "examples" / "xiongan_example.yaml"
METADATA = {"id": "t", "title": {"zh": "测试"}, "version": "1", "authority": {"zh": "测试"},
            "effective": "2024-01-01", "region": {"zh": "测试"}}


@lru_cache(maxsize=1)
def corpus() -> Dict[str, Any]:
    """The parsed corpus."""
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))


def context() -> Dict[str, Any]:
    """The corpus's rule-set context: declared attributes and layers."""
    return copy.deepcopy(corpus()["context"])


def document(rules: list, ctx: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """A whole rule set around some rules, in the corpus's context unless another is given."""
    ctx = ctx or context()
    return {"format": "zoning-review-rules/1", "metadata": METADATA, "attributes": ctx["attributes"],
            "layers": ctx["layers"], "rules": rules}


def text_rule(rule_id: str, zh: str, en: str = "", dimension: str = "spatial_layout") -> Dict[str, Any]:
    """A text-only general rule."""
    text = {"zh": zh or en}
    if en:
        text["en"] = en
    return {"id": rule_id, "level": "general", "dimension": dimension, "effect": "text", "text": text}


def schema_errors(doc: Dict[str, Any]) -> list:
    """Messages of rules/schema.json for a document."""
    import jsonschema

    validator = jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    return [e.message for e in validator.iter_errors(doc)]


def ids(condition: Any) -> Any:
    """A condition with Chinese construction and catalogue spellings as their ids (as the loader reads them)."""
    from zoning_review.plugin.core.model.vocab import CATALOGUE_VOCAB, CONSTRUCTION_VOCAB

    if isinstance(condition, list):
        return [ids(c) for c in condition]
    if not isinstance(condition, dict):
        return condition
    out = {}
    for key, value in condition.items():
        vocabulary = {"construction": CONSTRUCTION_VOCAB, "catalogue": CATALOGUE_VOCAB}.get(key)
        if vocabulary is not None:
            listed = [value] if isinstance(value, str) else value
            out[key] = [vocabulary.id_of(v) or v for v in listed]
        else:
            out[key] = ids(value)
    return out


def classify(found: Optional[Dict[str, Any]], expected: Optional[Dict[str, Any]]) -> str:
    """exact, partial (every suggested condition right, some missing), none (nothing suggested) or wrong."""
    from zoning_review.plugin.suggest import canonical

    if found is None:
        return "exact" if expected is None else "none"
    if expected is None:
        return "wrong"
    got, want = canonical(ids(found)), canonical(ids(expected))
    if got == want:
        return "exact"
    if got[0] == want[0] and all(g <= w for g, w in zip(got[1:], want[1:])):
        return "partial"
    return "wrong"


def figures(statuses: list) -> Dict[str, float]:
    """The two shares of issue #19: right without edits, and with no wrong condition (nothing counts as none)."""
    total = len(statuses)
    return {"n": total, "exact": statuses.count("exact") / total,
            "no_wrong": (total - statuses.count("wrong")) / total}
