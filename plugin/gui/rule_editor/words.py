"""Single conditions in words, with the rule set's own labels for layers and attributes."""

import json
from typing import Any, List, Mapping, Optional

from ...core.model.vocab import ENGLISH_UNITS
from ...core.review.labels import catalogue_label, construction_label
from ...core.rules import gbt4754
from ...core.rules.comparison_words import limit_kind, operator_words, requirement
from ...i18n import grouped, list_separator, tr, ui_language
from ...typeset import filled
from ..industry_picker import entry_text
from ..labels import pick_label


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
        unit = _unit(attributes.get(name) or {})
        return tr("{attribute}: {requirement}").format(attribute=_label(attributes.get(name), name),
                                                       requirement=_comparison(value, unit is not None, unit))
    if key == "unit_attribute" and isinstance(value, dict):
        return filled(tr("Unit field {field}: {requirement}"), {
            "field": str(value.get("field")), "requirement": _comparison(value, False, None, True)}, names=("field",))
    if key == "flag":
        return tr("{attribute}: yes").format(attribute=_label(attributes.get(value), str(value)))
    if key == "not" and isinstance(value, dict) and list(value) == ["flag"]:
        return tr("{attribute}: no").format(attribute=_label(attributes.get(value["flag"]), str(value["flag"])))
    if key == "expression" and isinstance(value, (str, dict)):
        return _expression_words(value)
    return tr("Written in YAML: {text}").format(text=json.dumps(part, ensure_ascii=False))


def _expression_words(value: Any) -> str:
    """An expression as written: its label in the UI language with its formula, or its formula alone."""
    formula = value.get("formula") if isinstance(value, dict) else value
    label = value.get("label") if isinstance(value, dict) else None
    if not isinstance(label, dict):
        return tr("Expression: {expression}").format(expression=formula)
    shown = pick_label(str(label.get("zh") or ""), str(label.get("en") or ""), str(formula))
    return tr("Expression: {label} (formula: {expression})").format(label=shown, expression=formula)


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


def _unit(declared: Mapping[str, Any]) -> Optional[str]:
    """A declared number's unit as the UI language writes it (蒸吨/小时, t/h); None without one."""
    unit = str(declared.get("unit") or "").strip()
    if declared.get("type") != "number" or not unit:
        return None
    if ui_language() == "en":
        return ENGLISH_UNITS.get(unit, unit)
    return str(declared.get("unit_zh") or "").strip() or unit


def _comparison(spec: Mapping[str, Any], amount: bool, unit: Optional[str], unit_field: bool = False) -> str:
    """A comparison's requirement in words, as the reasons write it (at least 35 t/h; yes; one of a, b)."""
    op, written = str(spec.get("op")), spec.get("value")
    shown = _value(written, amount)
    words = requirement(op, limit_kind(written, unit_field), written if isinstance(written, bool) else shown,
                        unit=unit)
    return words if words is not None else f"{operator_words(op)} {shown}"


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
