"""Turn a checked rule-set document (plain dicts) into the rule-set model."""

from typing import Any, Dict, List, Optional

from ..model.vocab import CATALOGUE_VOCAB, CONSTRUCTION_VOCAB, Vocabulary
from . import gbt4754
from .checks import parse_date
from .messages import Marks
from .ruleset import (
    AttributeDecl,
    CategoryKind,
    Condition,
    LayerDecl,
    Rule,
    RuleSet,
    RuleSetMetadata,
    SourceDocument,
    expression_parts,
    values_vocabulary,
)

CONDITION_KEYS = (
    "industry",
    "construction",
    "catalogue",
    "attribute",
    "flag",
    "spatial",
    "unit_attribute",
    "expression",
    "all",
    "any",
    "not",
)


def build_ruleset(data: Dict[str, Any], marks: Marks, path: str) -> RuleSet:
    """The model of a document that passed the schema and the semantic checks."""
    attributes = {n: attribute(n, a) for n, a in (data.get("attributes") or {}).items()}
    return RuleSet(
        metadata=_metadata(data["metadata"]),
        attributes=attributes,
        layers={n: _layer(n, layer) for n, layer in (data.get("layers") or {}).items()},
        kinds={
            n: CategoryKind(n, k["parent"], tuple(k["values"]), *_text(k["label"]))
            for n, k in (data.get("kinds") or {}).items()
        },
        rules=[_rule(r, marks.get(("rules", i), (0, 0))[0], attributes) for i, r in enumerate(data["rules"])],
        path=path,
    )


def attribute(name: str, raw: Dict[str, Any]) -> AttributeDecl:
    """A declared attribute; its declared values (if any) become a closed vocabulary."""
    values = raw.get("values") or []
    return AttributeDecl(
        name, raw["type"], raw.get("unit", ""), *_text(raw["label"]),
        unit_aliases=tuple(raw.get("unit_aliases", [])), values=values_vocabulary(name, values),
        value_labels=tuple((v["id"], *_text(v["label"])) for v in values), unit_zh=raw.get("unit_zh", ""),
    )


def _layer(name: str, raw: Dict[str, Any]) -> LayerDecl:
    """A declared constraint layer, with the labels of the fields its filters name."""
    fields = tuple((field, *_text(label)) for field, label in (raw.get("fields") or {}).items())
    return LayerDecl(name, *_text(raw["label"]), field_labels=fields)


def _text(value: Optional[Dict[str, str]]) -> tuple:
    value = value or {}
    return value.get("zh", ""), value.get("en", "")


def _metadata(meta: Dict[str, Any]) -> RuleSetMetadata:
    return RuleSetMetadata(
        id=meta["id"],
        title_zh=meta["title"]["zh"],
        title_en=meta["title"].get("en", ""),
        version=meta["version"],
        authority=meta["authority"]["zh"],
        effective=parse_date(meta["effective"]),
        expiry=parse_date(meta["expiry"]) if "expiry" in meta else None,
        region=meta["region"]["zh"],
        sources=[
            SourceDocument(*_text(s["title"]), s.get("number", ""), s.get("url", "")) for s in meta.get("sources", [])
        ],
        applies_to=meta.get("applies_to"),
    )


def _rule(raw: Dict[str, Any], line: int, attributes: Dict[str, AttributeDecl]) -> Rule:
    zh, en = _text(raw["text"])
    return Rule(
        id=raw["id"],
        level=raw["level"],
        dimension=raw["dimension"],
        effect=raw["effect"],
        text_zh=zh,
        text_en=en,
        basis=raw.get("basis", ""),
        category=raw.get("category", ""),
        units=tuple(u.strip() for u in raw.get("units", [])),
        when=condition(raw["when"], attributes) if "when" in raw else None,
        exceptions=tuple(condition(e, attributes) for e in raw.get("except", [])),
        only_if=condition(raw["only_if"], attributes) if "only_if" in raw else None,
        line=line,
    )


def _codes(value: Any) -> List[str]:
    return [value] if isinstance(value, str) else list(value)


def condition(raw: Dict[str, Any], attributes: Dict[str, AttributeDecl]) -> Condition:
    """A condition mapping; several keys in one mapping mean that all of them must hold."""
    parts = [_single(key, raw[key], attributes) for key in CONDITION_KEYS if key in raw]
    return parts[0] if len(parts) == 1 else Condition("all", children=tuple(parts))


def _single(key: str, value: Any, attributes: Dict[str, AttributeDecl]) -> Condition:
    if key == "industry":
        return Condition(key, values=tuple(gbt4754.normalise_code(c) for c in _codes(value)))
    if key in ("construction", "catalogue"):
        vocabulary = CONSTRUCTION_VOCAB if key == "construction" else CATALOGUE_VOCAB
        return Condition(key, values=tuple(vocabulary.id_of(v) for v in _codes(value)))
    if key == "attribute":
        return Condition(key, name=value["name"], op=value["op"],
                         value=_attribute_value(value["value"], attributes[value["name"]].values))
    if key == "flag":
        return Condition(key, name=value)
    if key == "spatial":
        return Condition(
            key,
            name=value["layer"],
            relation=value["relation"],
            distance_m=value.get("distance_m"),
            where=value.get("where", ""),
        )
    if key == "unit_attribute":
        unit_value = tuple(value["value"]) if isinstance(value["value"], list) else value["value"]
        return Condition(key, name=value["field"], op=value["op"], value=unit_value)
    if key == "expression":
        formula, label = expression_parts(value)
        return Condition(key, value=formula, label=label)
    if key == "not":
        return Condition(key, children=(condition(value, attributes),))
    return Condition(key, children=tuple(condition(v, attributes) for v in value))


def _attribute_value(value: Any, vocabulary: Optional[Vocabulary]) -> Any:
    """A compared value as conditions use it: declared values as their ids, lists as tuples."""
    if isinstance(value, list):
        return tuple(_attribute_value(v, vocabulary) for v in value)
    return vocabulary.id_of(value) if vocabulary is not None else value
