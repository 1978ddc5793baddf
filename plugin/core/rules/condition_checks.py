"""Checks of one condition's values: known codes and vocabulary values, declared attributes and layers,
unit-attribute values, finite numbers."""

from typing import Any, Dict, List

from qgis.core import QgsExpression

from ...i18n import tr
from ..model.filters import parser_error
from ..model.results import Listed
from ..model.vocab import CATALOGUE_VOCAB, CONSTRUCTION_VOCAB
from . import gbt4754
from .checker import Checker
from .expression_checks import check_expression, check_filter_variables
from .messages import PathKey
from .ruleset import expression_parts, values_vocabulary
from .values import as_number

NUMERIC_OPS = ("<", "<=", ">", ">=")


def _as_list(value: Any) -> List[str]:
    """A rule's value or values as a list."""
    return [value] if isinstance(value, str) else list(value)


def check_condition(c: Checker, cond: Dict[str, Any], path: PathKey) -> None:
    """Every message about one condition node (not its children)."""
    for code in _as_list(cond.get("industry", [])):
        if gbt4754.lookup(code) is None:
            c.add(
                "error",
                path + ("industry",),
                "Unknown industry code {code}: it is not in GB/T 4754-2017. Use a section letter "
                "or a code such as C26 or 2614.",
                code=code,
            )
    for key, vocabulary in (("construction", CONSTRUCTION_VOCAB), ("catalogue", CATALOGUE_VOCAB)):
        for value in _as_list(cond.get(key, [])):
            if not vocabulary.id_of(value):
                c.add(
                    "error",
                    path + (key,),
                    "{value} is not allowed for {field}; use one of: {allowed}.",
                    value=value,
                    field=key,
                    allowed=Listed(tuple(vocabulary.ids)),
                )
    _check_finite(c, cond, path)
    if "attribute" in cond:
        _check_attribute(c, cond["attribute"], path + ("attribute",))
    if "flag" in cond:
        c.declared(cond["flag"], path + ("flag",), "boolean")
    if "unit_attribute" in cond:
        _check_unit_attribute(c, cond["unit_attribute"], path + ("unit_attribute",))
    if "spatial" in cond:
        _check_spatial(c, cond["spatial"], path + ("spatial",))
    if "expression" in cond:
        formula, _label = expression_parts(cond["expression"])
        where = ("expression", "formula") if isinstance(cond["expression"], dict) else ("expression",)
        check_expression(c, formula, path + where)


def _check_attribute(c: Checker, spec: Dict[str, Any], path: PathKey) -> None:
    kind = c.declared(spec["name"], path + ("name",))
    if kind is None:
        return
    value, op, name = spec["value"], spec["op"], spec["name"]
    values = value if isinstance(value, list) else [value]
    if op in NUMERIC_OPS and kind != "number":
        c.add("error", path + ("op",), "The comparison {op} needs a number attribute; {name} is {declared}.",
              op=op, name=name, declared=kind)
    elif (op == "in") != isinstance(value, list) or (op == "in" and kind != "string"):
        c.add("error", path + ("op",), "in compares a string attribute with a list of values; write "
              "op: in with value: [...], or one value with another comparison.")
    elif any(not _fits(v, kind) for v in values):
        c.add("error", path + ("value",), "The value {value} does not fit attribute {name} of type {declared}.",
              value=str(value), name=name, declared=kind)
    elif kind == "string" and not _empty_values(c, value, path + ("value",)):
        _check_text_values(c, name, values, path)


def _check_unit_attribute(c: Checker, spec: Dict[str, Any], path: PathKey) -> None:
    """A unit-layer comparison's value has its operator's shape: one word or number, a list for in, a number."""
    op, value = spec["op"], spec["value"]
    if _empty_values(c, value, path + ("value",)):
        return
    if any(isinstance(v, bool) for v in (value if isinstance(value, list) else [value])):
        c.add("error", path + ("value",), "YAML reads yes, no, true, false, on and off without quotes as yes/no, "
              "which a unit-layer field does not hold; write the value in quotes as the layer holds it, such as "
              "'是', '否' or 'yes'.")
    elif (op == "in") != isinstance(value, list):
        c.add("error", path + ("op",), "in compares a unit-layer field with a list of values; write op: in with "
              "value: [...], or one value with ==, != or a number comparison.")
    elif op in NUMERIC_OPS and not _fits(value, "number"):
        c.add("error", path + ("value",), "The comparison {op} needs a number, not {value}.", op=op, value=str(value))


def _empty_values(c: Checker, value: Any, path: PathKey) -> bool:
    """An error at each empty (or blank) text among a rule's values; True when there was one."""
    places = [(path + (i,), v) for i, v in enumerate(value)] if isinstance(value, list) else [(path, value)]
    empty = [where for where, v in places if isinstance(v, str) and not v.strip()]
    for where in empty:
        c.add("error", where, "The value is empty, but an empty value is read as not given (a rule reading it needs "
              "information), so nothing is ever compared with it; write the value to compare with, such as '是' "
              "or 'ZH13062920001'.")
    return bool(empty)


def _number(value: Any) -> bool:
    """True for a number as YAML reads one (int or float, not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _fits(value: Any, kind: str) -> bool:
    """True when a rule's value has the attribute's type."""
    return (kind == "number") == _number(value) and (kind == "boolean") == isinstance(value, bool)


def _check_text_values(c: Checker, name: str, values: List[Any], path: PathKey) -> None:
    """A rule's values of a string attribute: declared ones, or a warning that free text is compared."""
    declared = c.attributes[name].get("values")
    vocabulary = values_vocabulary(name, declared or [])
    if vocabulary is None:
        c.add("warning", path, "{name} declares no values:, so a project value is compared as written (ignoring "
              "case and width); declare its values with their synonyms so that other spellings are recognised "
              "and unknown ones need information.", name=name)
        return
    for value in values:
        if not vocabulary.id_of(value):
            c.add("error", path + ("value",), "{value} is not one of the values declared for {name}: {allowed}.",
                  value=str(value), name=name, allowed=Listed(tuple(vocabulary.ids)))


def _check_finite(c: Checker, cond: Dict[str, Any], path: PathKey) -> None:
    """Every number a condition compares with (or measures) is finite: no .nan, no .inf, no integer too large
    for a number (as values.as_number reads it)."""
    found = [(("attribute", "value"), cond.get("attribute", {}).get("value")),
             (("unit_attribute", "value"), cond.get("unit_attribute", {}).get("value")),
             (("spatial", "distance_m"), cond.get("spatial", {}).get("distance_m"))]
    for where, value in found:
        for item in value if isinstance(value, list) else [value]:
            if _number(item) and as_number(item) is None:
                c.add("error", path + where, "{field} must be a finite number, not {value}.",
                      field=where[-1], value=str(item))


def _check_spatial(c: Checker, spec: Dict[str, Any], path: PathKey) -> None:
    if spec["layer"] not in c.layers:
        c.add(
            "error", path + ("layer",), "The layer {layer} is used but not declared under layers:.", layer=spec["layer"]
        )
    where = spec.get("where", "")
    if where and QgsExpression(where).hasParserError():
        c.add(
            "error",
            path + ("where",),
            "The filter expression is not valid: {problem}",
            problem=parser_error(QgsExpression(where)),
        )
    elif where:
        check_filter_variables(c, where, path + ("where",))
    if "distance_m" in spec and spec["relation"] != "within":
        c.add("error", path + ("distance_m",), "distance_m: is only for relation within.")


def reason_templates() -> List[str]:
    """Every message template of this module, for the string extractor."""
    return [
        tr("in compares a string attribute with a list of values; write op: in with value: [...], or one value "
           "with another comparison."),
        tr("{name} declares no values:, so a project value is compared as written (ignoring case and width); "
           "declare its values with their synonyms so that other spellings are recognised and unknown ones "
           "need information."),
        tr("{value} is not one of the values declared for {name}: {allowed}."),
        tr("YAML reads yes, no, true, false, on and off without quotes as yes/no, which a unit-layer field does not "
           "hold; write the value in quotes as the layer holds it, such as '是', '否' or 'yes'."),
        tr("in compares a unit-layer field with a list of values; write op: in with value: [...], or one value "
           "with ==, != or a number comparison."),
        tr("The comparison {op} needs a number, not {value}."),
        tr("The value is empty, but an empty value is read as not given (a rule reading it needs information), so "
           "nothing is ever compared with it; write the value to compare with, such as '是' or 'ZH13062920001'."),
        tr("{field} must be a finite number, not {value}."),
        tr(
            "Unknown industry code {code}: it is not in GB/T 4754-2017. Use a section letter "
            "or a code such as C26 or 2614."
        ),
        tr("{value} is not allowed for {field}; use one of: {allowed}."),
        tr("The comparison {op} needs a number attribute; {name} is {declared}."),
        tr("The value {value} does not fit attribute {name} of type {declared}."),
        tr("The layer {layer} is used but not declared under layers:."),
        tr("The filter expression is not valid: {problem}"),
        tr("distance_m: is only for relation within."),
    ]
