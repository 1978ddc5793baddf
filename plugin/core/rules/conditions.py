"""Three-valued evaluation of rule conditions (True, False, or None = needs information)."""

import operator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Dict, List, Optional, Tuple

from ...i18n import tr
from ..model.project import ProjectDescription
from ..model.results import (
    CRS_PROBLEM,
    FILTER_PROBLEM,
    NO_FEATURES,
    NONE_PASS_PROBLEM,
    SHIFT_PROBLEM,
    SUBSET_PROBLEM,
    UNUSABLE_PROBLEM,
    LayerRelation,
    Listed,
    Reason,
    SpatialQuery,
    Term,
    Words,
)
from ..model.vocab import NOT_LISTED, canonical
from . import comparison_words, condition_words, gbt4754, readings
from .comparison_words import UNIT_ATTRIBUTE, WITH_UNIT, WITHOUT_UNIT
from .condition_words import expression_reason, layer_words
from .expression import NotYesNo, evaluate_expression
from .industry_words import LESS_SPECIFIC, MATCHES, NO_MATCH
from .ruleset import AttributeDecl, Condition, RuleSet, UnitContext
from .spatial_reasons import AMOUNTS as SPATIAL_AMOUNTS
from .spatial_reasons import spatial_outcome, spatial_templates
from .values import as_type, kind_of

OPS: Dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}
NOT_YES_NO = ("expression {expression} gives {value}, which is not yes or no: write it as a comparison, such as "
              "\"water_m3d\" > 5000")
# The templates whose {value} and {limit} are amounts (a declared number with its unit, metres): a number there is
# written with thousands separators; elsewhere as given, for it may be a year, a count or a code (a declared number
# without a unit, a unit attribute's value and the rule's).
AMOUNTS = {WITH_UNIT: ("value", "limit"), **SPATIAL_AMOUNTS}


@dataclass
class Outcome:
    """The value of a condition and why; ``missing`` names what was not given."""

    value: Optional[bool]
    reasons: List[Reason] = field(default_factory=list)
    missing: List[str] = field(default_factory=list)


@dataclass
class Context:
    """What conditions are evaluated against."""

    ruleset: RuleSet
    unit: UnitContext
    project: ProjectDescription
    relations: Dict[str, LayerRelation]


def _r(template: str, **values: Any) -> Reason:
    return Reason(template, dict(values))


def evaluate(cond: Condition, ctx: Context) -> Outcome:
    """Evaluate one condition node."""
    return EVALUATORS[cond.kind](cond, ctx)


def _industry(cond: Condition, ctx: Context) -> Outcome:
    reading = readings.industry(ctx.project)
    if reading.value is None:
        return Outcome(None, [reading.reason], ["industry"])
    code = reading.value
    unsure = []
    for rule_code in cond.values:
        matched = gbt4754.prefix_match(code, rule_code)
        if matched:
            return Outcome(True, [_r(MATCHES, industry=code, code=rule_code)])
        if matched is None:
            unsure.append(rule_code)
    if unsure:
        return Outcome(
            None,
            [_r(LESS_SPECIFIC, industry=code, codes=Listed(tuple(unsure)))],
            ["industry"],
        )
    return Outcome(
        False, [_r(NO_MATCH, industry=code, codes=Listed(tuple(cond.values)))]
    )


def _construction(cond: Condition, ctx: Context) -> Outcome:
    reading = readings.construction(ctx.project)
    if reading.value is None:
        return Outcome(None, [reading.reason], ["construction"])
    return _membership("construction", reading.value, cond.values,
                       "construction nature {value} is one of {expected}",
                       "construction nature {value} is not one of {expected}")


def _catalogue(cond: Condition, ctx: Context) -> Outcome:
    reading = readings.catalogue(ctx.project)
    if reading.value is None:
        return Outcome(None, [reading.reason], ["catalogue"])
    if reading.value == NOT_LISTED and readings.blank(ctx.project.catalogue):
        return Outcome(NOT_LISTED in cond.values,
                       [_r("project is not listed in the Industrial Structure Adjustment Catalogue")])
    return _membership("catalogue", reading.value, cond.values,
                       "catalogue class {value} is one of {expected}",
                       "catalogue class {value} is not one of {expected}")


def _membership(vocab: str, value: str, expected, is_one: str, is_not: str) -> Outcome:
    """Whether a vocabulary id is among the rule's ids, with the reason worded by ``vocab``."""
    matched = value in expected
    return Outcome(matched, [_r(is_one if matched else is_not, value=Term(vocab, (value,)),
                                expected=Term(vocab, tuple(expected)))])


def _read(name: str, ctx: Context) -> readings.Reading:
    """A declared attribute of the project, read through its declaration."""
    return readings.attribute(ctx.ruleset.attributes[name], ctx.project.attributes.get(name))


def _attribute(cond: Condition, ctx: Context) -> Outcome:
    declared = ctx.ruleset.attributes[cond.name]
    reading = _read(cond.name, ctx)
    if reading.value is None:
        return Outcome(None, [reading.reason], [cond.name])
    value = reading.value
    if cond.op == "in":
        result = _comparable(value) in {_comparable(v) for v in cond.value}
    else:
        result = OPS[cond.op](*map(_comparable, (value, cond.value)))
    if declared.values is not None:
        shown, limit = declared.value_words((value,)), _values_shown(declared, cond.value)
    else:
        shown = _value_kept(declared, value)
        limit = _limit(cond)
    unit = {"unit": declared.unit_words()} if declared.unit.strip() else {}
    return Outcome(result, [_r(WITH_UNIT if unit else WITHOUT_UNIT, attribute=declared.words(), value=shown,
                               op=cond.op, limit=limit, **unit)])


def _limit(cond: Condition) -> Any:
    """The rule's value(s) as written: several (``in``) listed in the reason's language."""
    return Listed(tuple(map(str, cond.value))) if cond.op == "in" else cond.value


def _comparable(value: Any) -> Any:
    """Text compared as written but for case, width and white space; anything else as it is."""
    return canonical(value) if isinstance(value, str) else value


def _values_shown(declared: AttributeDecl, value: Any) -> Words:
    """The rule's declared value(s) named by their labels."""
    return declared.value_words(tuple(value) if isinstance(value, tuple) else (value,))


def _value_kept(declared: AttributeDecl, value: Any) -> Any:
    """The project's value as its reason keeps it: a number plainly, yes/no as true or false (worded when shown),
    anything else as text."""
    if declared.type == "number":
        return _plain_number(value)
    return value if declared.type == "boolean" else str(value)


def _plain_number(value: float) -> object:
    return int(value) if float(value).is_integer() else value


def _flag(cond: Condition, ctx: Context) -> Outcome:
    reading = _read(cond.name, ctx)
    if reading.value is None:
        return Outcome(None, [reading.reason], [cond.name])
    words = ctx.ruleset.attributes[cond.name].words()
    return Outcome(reading.value, [_r("{attribute} is yes" if reading.value else "{attribute} is no", attribute=words)])


NOT_BOUND = "layer {layer} is not bound to a map layer, so the site's position to it is unknown"
UNKNOWN_POSITION = {  # by LayerRelation.problem: why a bound layer's position is unknown
    FILTER_PROBLEM: ("the filter of {layer} cannot be applied to the bound layer (see the data warnings), so the "
                     "site's position to it is unknown"),
    CRS_PROBLEM: ("the site cannot be placed in the CRS of the layer bound to {layer} (see the data warnings), so "
                  "the site's position to it is unknown"),
    NO_FEATURES: ("the layer bound to {layer} has no feature with a usable geometry (see the data warnings), so the "
                  "site's position to it is unknown"),
    SHIFT_PROBLEM: ("the layer bound to {layer} is joined to the site only by a ballpark datum offset and the site "
                    "lies too near its features to be placed (see the data warnings), so the site's position to it is "
                    "unknown"),
    NONE_PASS_PROBLEM: ("the filter of {layer} matches none of the bound layer's features (see the data warnings), "
                        "so the site's position to it is unknown"),
    SUBSET_PROBLEM: ("the layer bound to {layer} has a filter set in the project that may hide zones the site lies "
                     "in (see the data warnings), so the site's position to it is unknown"),
    UNUSABLE_PROBLEM: ("a feature of the layer bound to {layer} whose extent meets the site has a geometry of which "
                       "nothing usable is left once repaired (see the data warnings), so the site's position to it is "
                       "unknown"),
}
SHIFTED_DISTANCE = ("the site is {distance} m from {layer}, within {margin} m of the rule limit of {limit} m, and the "
                    "layer is joined to the site only by a ballpark datum offset (see the data warnings), so whether "
                    "it lies within the limit is unknown")
AMOUNTS[SHIFTED_DISTANCE] = ("limit", "margin")


def _spatial(cond: Condition, ctx: Context) -> Outcome:
    query = SpatialQuery(cond.name, cond.where)
    relation = ctx.relations.get(query.key)
    layer = layer_words(ctx.ruleset, query)
    if relation is None or not relation.known:
        template = UNKNOWN_POSITION.get(relation.problem, NOT_BOUND) if relation is not None else NOT_BOUND
        return Outcome(None, [_r(template, layer=layer)], [cond.name])
    if cond.relation == "within" and relation.uncertain_m and relation.relation == "outside" \
            and relation.distance_m is not None and abs(relation.distance_m - cond.distance_m) <= relation.uncertain_m:
        return Outcome(None, [_r(SHIFTED_DISTANCE, distance=round(relation.distance_m), layer=layer,
                                 margin=round(relation.uncertain_m), limit=cond.distance_m)], [cond.name])
    return Outcome(*spatial_outcome(cond, layer, relation))


def _unit_attribute(cond: Condition, ctx: Context) -> Outcome:
    """A unit's attribute against the rule's value(s), read the way the rule writes them; None when unreadable."""
    raw = ctx.unit.attributes.get(cond.name)
    if readings.blank(raw):
        return Outcome(None, [readings.unit_not_given(cond.name)], [f"unit.{cond.name}"])
    if cond.op in ("==", "!=", "in"):
        written = cond.value if isinstance(cond.value, tuple) else (cond.value,)
        result, problems = _unit_equals(cond.name, raw, written)
        result = (not result) if cond.op == "!=" and result is not None else result
    else:
        result, problems = _unit_order(cond, raw)
    if result is None:
        return Outcome(None, problems, [f"unit.{cond.name}"])
    return Outcome(result, [_r(UNIT_ATTRIBUTE, field=cond.name, value=str(raw), op=cond.op, limit=_limit(cond))])


def _unit_equals(name: str, raw: Any, written: Tuple[Any, ...]) -> Tuple[Optional[bool], List[Reason]]:
    """Whether the unit's value equals one of the rule's values, each compared as its kind (a number
    numerically, a yes/no word as yes/no, text and codes as written but for case, width and white space); None, with
    why, when no value matches and the unit's value cannot be read as the kind of one of them."""
    problems: List[Reason] = []
    for value in written:
        kind, expected = _rule_value(value)
        reading = readings.unit_value(name, raw, kind)
        if reading.value is None:
            problems += [] if reading.reason in problems else [reading.reason]
        elif reading.value == expected:
            return True, []
    return (None, problems) if problems else (False, [])


@lru_cache(maxsize=1024, typed=True)
def _rule_value(written: Any) -> Tuple[str, Any]:
    """The kind of a rule's written value (``values.kind_of``) and the value as compared."""
    kind = kind_of(written)
    return kind, canonical(written) if kind in ("string", "code") else as_type(written, kind)


def _unit_order(cond: Condition, raw: Any) -> Tuple[Optional[bool], List[Reason]]:
    """The unit's value read as a finite number and ordered against the rule's number (<, <=, >, >=; the loader
    accepts only a finite number there)."""
    reading = readings.unit_value(cond.name, raw, "number")
    if reading.value is None:
        return None, [reading.reason]
    return OPS[cond.op](reading.value, cond.value), []


def _expression(cond: Condition, ctx: Context) -> Outcome:
    read = {name: _read(name, ctx) for name in ctx.ruleset.attributes}
    values = {name: reading.value for name, reading in read.items()}
    value, missing, problem = evaluate_expression(cond.value, ctx.ruleset.attributes, values)
    if missing:
        return Outcome(None, [read[m].reason for m in missing], missing)
    if isinstance(problem, NotYesNo):
        return Outcome(None, [_r(NOT_YES_NO, expression=cond.value, value=str(problem))], ["expression"])
    if value is None:
        return Outcome(
            None,
            [_r("expression {expression} cannot be evaluated: {problem}", expression=cond.value, problem=problem)],
            ["expression"],
        )
    template, words = expression_reason(value, cond.value, cond.label, ctx.ruleset.attributes)
    return Outcome(value, [_r(template, **words)])


def _all(cond: Condition, ctx: Context) -> Outcome:
    outcomes = [evaluate(child, ctx) for child in cond.children]
    false = [o for o in outcomes if o.value is False]
    if false:
        return Outcome(False, false[0].reasons)
    return _merge(None if any(o.value is None for o in outcomes) else True, outcomes)


def _any(cond: Condition, ctx: Context) -> Outcome:
    outcomes = [evaluate(child, ctx) for child in cond.children]
    true = [o for o in outcomes if o.value is True]
    if true:
        return Outcome(True, true[0].reasons)
    return _merge(False if all(o.value is False for o in outcomes) else None, outcomes)


def _merge(value: Optional[bool], outcomes: List[Outcome]) -> Outcome:
    if value is None:
        outcomes = [o for o in outcomes if o.value is None]
    reasons = [r for o in outcomes for r in o.reasons]
    missing = sorted({m for o in outcomes for m in o.missing})
    return Outcome(value, reasons, missing)


def _not(cond: Condition, ctx: Context) -> Outcome:
    inner = evaluate(cond.children[0], ctx)
    value = None if inner.value is None else not inner.value
    return Outcome(value, inner.reasons, inner.missing)


EVALUATORS: Dict[str, Callable[[Condition, Context], Outcome]] = {
    "industry": _industry,
    "construction": _construction,
    "catalogue": _catalogue,
    "attribute": _attribute,
    "flag": _flag,
    "spatial": _spatial,
    "unit_attribute": _unit_attribute,
    "expression": _expression,
    "all": _all,
    "any": _any,
    "not": _not,
}


def reason_templates() -> List[str]:
    """Every reason template of this module, for the string extractor."""
    return [
        tr("industry {industry} matches {code}"),
        tr("industry {industry} is less specific than {codes}"),
        tr("industry {industry} does not match {codes}"),
        tr("construction nature {value} is one of {expected}"),
        tr("construction nature {value} is not one of {expected}"),
        tr("project is not listed in the Industrial Structure Adjustment Catalogue"),
        tr("catalogue class {value} is one of {expected}"),
        tr("catalogue class {value} is not one of {expected}"),
        tr("{attribute} is yes"),
        tr("{attribute} is no"),
        tr("layer {layer} is not bound to a map layer, so the site's position to it is unknown"),
        tr("the filter of {layer} cannot be applied to the bound layer (see the data warnings), so the site's "
           "position to it is unknown"),
        tr("the filter of {layer} matches none of the bound layer's features (see the data warnings), so the site's "
           "position to it is unknown"),
        tr("the site cannot be placed in the CRS of the layer bound to {layer} (see the data warnings), so the "
           "site's position to it is unknown"),
        tr("the layer bound to {layer} has no feature with a usable geometry (see the data warnings), so the "
           "site's position to it is unknown"),
        tr("the layer bound to {layer} is joined to the site only by a ballpark datum offset and the site lies too "
           "near its features to be placed (see the data warnings), so the site's position to it is unknown"),
        tr("the layer bound to {layer} has a filter set in the project that may hide zones the site lies in (see "
           "the data warnings), so the site's position to it is unknown"),
        tr("a feature of the layer bound to {layer} whose extent meets the site has a geometry of which nothing "
           "usable is left once repaired (see the data warnings), so the site's position to it is unknown"),
        tr("the site is {distance} m from {layer}, within {margin} m of the rule limit of {limit} m, and the layer is "
           "joined to the site only by a ballpark datum offset (see the data warnings), so whether it lies within the "
           "limit is unknown"),
        tr("expression {expression} cannot be evaluated: {problem}"),
        tr("expression {expression} gives {value}, which is not yes or no: write it as a comparison, such as "
           "\"water_m3d\" > 5000"),
    ] + (condition_words.reason_templates() + spatial_templates() + readings.reason_templates()
         + comparison_words.reason_templates())
