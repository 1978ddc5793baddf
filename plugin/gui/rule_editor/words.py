"""Single conditions in words, with the rule set's own labels for layers and attributes."""

import json
from typing import Any, List, Mapping

from ...core.review.labels import catalogue_label, construction_label
from ...core.rules import gbt4754
from ...i18n import grouped, list_separator, tr
from ..industry_picker import entry_text


def _names(value: Any) -> List[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value or []]


def _label(entry: Mapping[str, Any], name: str) -> str:
    label = (entry or {}).get("label") or {}
    return label.get("zh") or label.get("en") or name


def describe(part: Mapping[str, Any], document: Mapping[str, Any]) -> str:
    """One single condition in words, with the rule set's own labels for layers and attributes."""
    (key, value), = part.items()
    layers, attributes = document.get("layers") or {}, document.get("attributes") or {}
    if key == "industry":
        entries = [gbt4754.lookup(code) for code in _names(value)]
        named = [entry_text(e) if e else code for e, code in zip(entries, _names(value))]
        return tr("Industry: {codes}").format(codes="; ".join(named))
    if key == "construction":
        natures = list_separator().join(construction_label(v) for v in _names(value))
        return tr("Construction: {natures}").format(natures=natures)
    if key == "catalogue":
        classes = list_separator().join(catalogue_label(v) for v in _names(value))
        return tr("Catalogue class: {classes}").format(classes=classes)
    if key == "spatial" and isinstance(value, dict):
        return _spatial_words(value, _label(layers.get(value.get("layer")), str(value.get("layer"))))
    if key == "attribute" and isinstance(value, dict):
        name = str(value.get("name"))
        declared = attributes.get(name) or {}
        amount = declared.get("type") == "number" and bool(str(declared.get("unit") or "").strip())
        return tr("{attribute} {op} {value}").format(attribute=_label(attributes.get(name), name),
                                                    op=value.get("op"), value=_value(value.get("value"), amount))
    if key == "unit_attribute" and isinstance(value, dict):
        return tr("Unit field {field} {op} {value}").format(field=value.get("field"), op=value.get("op"),
                                                           value=_value(value.get("value")))
    if key == "flag":
        return tr("{attribute}: yes").format(attribute=_label(attributes.get(value), str(value)))
    if key == "not" and isinstance(value, dict) and list(value) == ["flag"]:
        return tr("{attribute}: no").format(attribute=_label(attributes.get(value["flag"]), str(value["flag"])))
    if key == "expression":
        return tr("Expression: {expression}").format(expression=value)
    return tr("Written in YAML: {text}").format(text=json.dumps(part, ensure_ascii=False))


def _spatial_words(spec: Mapping[str, Any], label: str) -> str:
    relation = spec.get("relation")
    if relation == "within":
        text = tr("Within {distance} m of {layer}").format(distance=_value(spec.get("distance_m"), True),
                                                          layer=label)
    elif relation == "inside":
        text = tr("Entirely inside {layer}").format(layer=label)
    elif relation == "outside":
        text = tr("Outside {layer}").format(layer=label)
    else:
        text = tr("Overlapping {layer}").format(layer=label)
    return text + (tr(" (features where {filter})").format(filter=spec["where"]) if spec.get("where") else "")


def _value(value: Any, amount: bool = False) -> str:
    """A rule's value in words: an ``amount`` (a distance, a declared number with a unit) with thousands separators
    as the reasons write it; any other value (a number without a unit, a unit field's, which may be a code) as
    written."""
    if isinstance(value, list):
        return list_separator().join(_value(v, amount) for v in value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(grouped(value) if amount else value)
