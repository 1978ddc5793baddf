"""Reading what a review depends on — industry code, catalogue class, construction nature, unit category,
declared attributes — through their vocabularies and the number reader: a usable value, or why there is none.

This is the one place a written value is understood. A value given but not understood is never
taken for 'not given', 'not listed' or 'not applicable': conditions that read it need information,
and ``input_findings`` adds a needs-information finding for it to every unit, so that no unit and
no site is compliant on an input the review did not understand.
"""

from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

from ...i18n import tr
from ..misread_text import first_misread, misread
from ..model.project import FieldNumber, ProjectDescription
from ..model.results import Finding, Reason, Term
from ..model.verdicts import Status
from ..model.vocab import (
    CATALOGUE,
    CATALOGUE_VOCAB,
    CATEGORIES,
    CONSTRUCTION,
    CONSTRUCTION_VOCAB,
    INPUTS_DIMENSION,
    NOT_LISTED,
    canonical,
)
from . import gbt4754
from .ruleset import AttributeDecl, RuleSet, UnitContext
from .values import as_bool, as_number, as_type

UNIT_CODE_NOT_GIVEN = ("the unit's code is not given, so the rules that name units by their code (and the lists "
                       "whose scope is an administrative code) cannot be chosen: give the unit its code")
SET_ENCODING = ("set the layer's data source encoding (Layer Properties ▸ Source), such as GBK, and review "
                "again")
UNIT_VALUE_MISREAD = ("unit attribute {field} value {value} was not decoded as the unit layer's file was written: "
                      + SET_ENCODING)
CATEGORY_MISREAD = ("unit category {value} was not decoded as the unit layer's file was written, so the rules of its "
                    "category cannot be chosen: " + SET_ENCODING)
UNIT_TEXT_MISREAD = ("the unit's text {value} was not decoded as the unit layer's file was written, so what the layer "
                     "says of the unit cannot be relied on: " + SET_ENCODING)
PROJECT_MISREAD = ("{attribute} value {value} was not decoded as the site layer's file was written: "
                   + SET_ENCODING)
CATALOGUE_MISREAD = "catalogue class {value} was not decoded as the site layer's file was written: " + SET_ENCODING
CONSTRUCTION_MISREAD = ("construction nature {value} was not decoded as the site layer's file was written: "
                        + SET_ENCODING)
NUMBER_FOR_CODE = ("unit attribute {field} value {value} is a number, but the rule compares it with a code written "
                   "as text, and a number loses leading zeros (0313 becomes 313): store the field as text")


@dataclass(frozen=True)
class Reading:
    """A value as rules use it (vocabulary id(s), finite number, yes/no, text); else None and why.

    ``given`` is False when nothing was given (NULL, blank), True when a value was given — a
    given value with no usable ``value`` is one the review did not understand.
    """

    value: Any = None
    reason: Optional[Reason] = None
    given: bool = True

    @property
    def misunderstood(self) -> bool:
        """True when a value was given but could not be read."""
        return self.given and self.value is None


def blank(value: Any) -> bool:
    """True for None, QVariant NULL and blank text."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return True
    return isinstance(value, str) and not value.strip()


def _shown(value: Any) -> str:
    """A given value as the user wrote it, for a message."""
    return str(value).strip()


def industry(project: ProjectDescription) -> Reading:
    """The industry as a GB/T 4754-2017 code in its normal form (C2614)."""
    raw = project.industry
    if blank(raw):
        return Reading(None, Reason("industry is not given"), given=False)
    number = _number_given(raw)
    if number is not None:
        return Reading(None, _numeric_industry(number))
    code = gbt4754.normalise_code(raw)
    if gbt4754.lookup(code) is not None:
        return Reading(code)
    return Reading(None, Reason("industry code {industry} is not in GB/T 4754-2017", {"industry": _shown(raw)}))


def _number_given(raw: Any) -> Optional[FieldNumber]:
    """A code given as a number (by a site's field, or as a Python number); None for anything else."""
    if isinstance(raw, FieldNumber):
        return raw
    return FieldNumber(raw) if isinstance(raw, (int, float)) and not isinstance(raw, bool) else None


def _numeric_industry(number: FieldNumber) -> Reason:
    """Why an industry given as a number is not read: its leading zeros are lost."""
    if number.field:
        return Reason("industry {industry} in field {field} is a number, which loses leading zeros (0313 becomes "
                      "313, another industry): store industry codes as text, such as A0313",
                      {"industry": str(number), "field": number.field})
    return Reason("industry {industry} is a number, which loses leading zeros (0313 becomes 313, another "
                  "industry): give industry codes as text, such as A0313", {"industry": str(number)})


def catalogue(project: ProjectDescription) -> Reading:
    """The catalogue class id; an empty class means the project is not listed (允许类), no class read at all
    means it is not given."""
    if project.catalogue_unknown:
        return Reading(None, Reason("catalogue class is not given: no site field holds it"), given=False)
    raw = project.catalogue
    if blank(raw):
        return Reading(NOT_LISTED)
    if misread(raw):
        return Reading(None, Reason(CATALOGUE_MISREAD, {"value": _shown(raw)}))
    found = CATALOGUE_VOCAB.id_of(raw)
    if found:
        return Reading(found)
    return Reading(None, Reason(
        "catalogue class {value} is not recognised; accepted: {accepted}, or nothing when the project is not listed",
        {"value": _shown(raw), "accepted": Term("catalogue", CATALOGUE)}))


def construction(project: ProjectDescription) -> Reading:
    """The construction nature id."""
    raw = project.construction
    if blank(raw):
        return Reading(None, Reason("construction nature is not given"), given=False)
    if misread(raw):
        return Reading(None, Reason(CONSTRUCTION_MISREAD, {"value": _shown(raw)}))
    found = CONSTRUCTION_VOCAB.id_of(raw)
    if found:
        return Reading(found)
    return Reading(None, Reason("construction nature {value} is not recognised; accepted: {accepted}",
                                {"value": _shown(raw), "accepted": Term("construction", CONSTRUCTION)}))


def category(ruleset: RuleSet, unit: UnitContext) -> Reading:
    """The unit's category ids (main category, then its finer kind)."""
    if blank(unit.category):
        return Reading(None, Reason("the unit's category is not given, so the rules of its category cannot be "
                                    "chosen"), given=False)
    if misread(unit.category):
        return Reading(None, Reason(CATEGORY_MISREAD, {"value": _shown(unit.category)}))
    keys = ruleset.category_keys(unit.category)
    if keys:
        return Reading(keys)
    return Reading(None, Reason(
        "unit category {value} is not recognised, so the rules of its category cannot be chosen; accepted: "
        "{accepted}", {"value": _shown(unit.category), "accepted": Term("category", CATEGORIES)}))


def attribute(decl: AttributeDecl, raw: Any) -> Reading:
    """A declared attribute's value: a finite number, yes/no, a declared value's id, or text."""
    if blank(raw):
        return Reading(None, Reason("{attribute} is not given", {"attribute": decl.words()}), given=False)
    if misread(raw):
        return Reading(None, Reason(PROJECT_MISREAD, {"attribute": decl.words(), "value": _shown(raw)}))
    if decl.type == "number":
        value: Any = as_number(raw, decl.units)
        template = ("{attribute} value {value} is not a number (write digits, optionally followed by {unit})"
                    if decl.unit else "{attribute} value {value} is not a number")
    elif decl.type == "boolean":
        value, template = as_bool(raw), "{attribute} value {value} is not yes or no"
    elif decl.values is not None:
        value = decl.values.id_of(raw) or None
        template = "{attribute} value {value} is not recognised; accepted: {accepted}"
    else:
        return Reading(_shown(raw))
    if value is not None:
        return Reading(value)
    values = {"attribute": decl.words(), "value": _shown(raw), "unit": decl.unit}
    if decl.values is not None:
        values["accepted"] = decl.value_words(decl.values.ids)
    return Reading(None, Reason(template, values))


def unit_not_given(name: str) -> Reason:
    """Why a condition on a unit attribute that is NULL or blank needs information."""
    return Reason("unit attribute {field} is not given", {"field": name})


def unit_value(name: str, raw: Any, kind: str) -> Reading:
    """A unit attribute's given (not blank) value read as ``kind`` (``values.kind_of`` of the rule's value it
    is compared with): a finite number, yes/no, or text as compared (case, full width and white space ignored);
    never a number as a code (a number has lost a code's leading zeros)."""
    if kind == "code" and isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return Reading(None, Reason(NUMBER_FOR_CODE, {"field": name, "value": _shown(raw)}))
    if misread(raw):
        return Reading(None, Reason(UNIT_VALUE_MISREAD, {"field": name, "value": _shown(raw)}))
    if kind in ("string", "code"):
        return Reading(canonical(raw))
    value = as_type(raw, kind)
    if value is not None:
        return Reading(value)
    template = ("unit attribute {field} value {value} is not a number" if kind == "number"
                else "unit attribute {field} value {value} is not yes or no")
    return Reading(None, Reason(template, {"field": name, "value": _shown(raw)}))


def project_problems(ruleset: RuleSet, project: ProjectDescription) -> List[Tuple[str, Reason]]:
    """(name, reason) of every value of the project that was given but not understood."""
    readings = [("industry", industry(project)), ("catalogue", catalogue(project)),
                ("construction", construction(project))]
    readings += [(name, attribute(decl, raw)) for name, decl in ruleset.attributes.items()
                 if not blank(raw := project.attributes.get(name))]
    return [(name, reading.reason) for name, reading in readings if reading.misunderstood]


def category_problem(ruleset: RuleSet, unit: UnitContext) -> Optional[Reason]:
    """Why the unit's category rules cannot be chosen (not recognised, or missing where there are some)."""
    reading = category(ruleset, unit)
    if reading.misunderstood or (reading.value is None and ruleset.has_category_rules()):
        return reading.reason
    return None


def unit_code_problem(ruleset: RuleSet, unit: UnitContext) -> Optional[Reason]:
    """Why the rules that depend on a unit's code cannot be chosen: it has none where some rule names units
    (or some list's scope is an administrative code)."""
    if blank(unit.code) and ruleset.needs_unit_code():
        return Reason(UNIT_CODE_NOT_GIVEN)
    return None


def unit_text_problem(unit: UnitContext) -> Optional[Reason]:
    """Why what the unit layer says of the unit cannot be relied on: some of its text was misread (its category
    aside, which has a reason of its own)."""
    if misread(unit.category):
        return None
    value = first_misread([unit.code, unit.name, *unit.attributes.values(), *unit.prose.values()])
    return None if value is None else Reason(UNIT_TEXT_MISREAD, {"value": _shown(value)})


def input_findings(ruleset: RuleSet, unit: UnitContext, project: ProjectDescription,
                   problems: Optional[List[Tuple[str, Reason]]] = None) -> List[Finding]:
    """A needs-information finding for the unit's code and category and for every project value not understood
    (``problems``: the project's, when already found)."""
    found = []
    reason = unit_code_problem(ruleset, unit)
    if reason is not None:
        found.append(_finding("input:unit_code", "unit", "unit_code", reason, duty="code"))
    reason = category_problem(ruleset, unit)
    if reason is not None:
        found.append(_finding("input:category", "category", "unit_category", reason, duty="category"))
    reason = unit_text_problem(unit)
    if reason is not None:
        found.append(_finding("input:unit_text", "unit", "unit_text", reason, duty="text"))
    for name, reason in project_problems(ruleset, project) if problems is None else problems:
        found.append(_finding(f"input:{name}", "general", name, reason))
    return found


def _finding(rule_id: str, level: str, missing: str, reason: Reason, duty: str = "project") -> Finding:
    """A needs-information finding about an input (``duty``: the unit's code or category, or the project's
    information), worded in both languages."""
    return Finding(
        rule_id=rule_id, level=level, dimension=INPUTS_DIMENSION, effect="require", status=Status.NEEDS_INFO,
        text_zh=_duty(duty, "zh"), text_en=_duty(duty, "en"), reasons=[reason],
        missing=[missing],
    )


def _duty(duty: str, lang: str) -> str:
    """What an input finding asks for, in ``lang``."""
    if duty == "code":
        return tr("The unit's code must be given.", lang)
    if duty == "category":
        return tr("The unit's category must be given in words the review recognises.", lang)
    if duty == "text":
        return tr("The unit layer's text must be read in the encoding its file was written in.", lang)
    return tr("The project's information must be given in words the review recognises.", lang)


def reason_templates() -> List[str]:
    """Every reason template of this module, for the string extractor."""
    return [
        tr("industry is not given"),
        tr("industry code {industry} is not in GB/T 4754-2017"),
        tr("industry {industry} in field {field} is a number, which loses leading zeros (0313 becomes 313, "
           "another industry): store industry codes as text, such as A0313"),
        tr("industry {industry} is a number, which loses leading zeros (0313 becomes 313, another industry): "
           "give industry codes as text, such as A0313"),
        tr("catalogue class {value} is not recognised; accepted: {accepted}, or nothing when the project is "
           "not listed"),
        tr("catalogue class is not given: no site field holds it"),
        tr("construction nature is not given"),
        tr("construction nature {value} is not recognised; accepted: {accepted}"),
        tr("the unit's code is not given, so the rules that name units by their code (and the lists whose scope is "
           "an administrative code) cannot be chosen: give the unit its code"),
        tr("the unit's category is not given, so the rules of its category cannot be chosen"),
        tr("unit category {value} is not recognised, so the rules of its category cannot be chosen; accepted: "
           "{accepted}"),
        tr("{attribute} is not given"),
        tr("{attribute} value {value} is not a number (write digits, optionally followed by {unit})"),
        tr("{attribute} value {value} is not a number"),
        tr("{attribute} value {value} is not yes or no"),
        tr("{attribute} value {value} is not recognised; accepted: {accepted}"),
        tr("unit attribute {field} is not given"),
        tr("unit attribute {field} value {value} was not decoded as the unit layer's file was written: set the "
           "layer's data source encoding (Layer Properties ▸ Source), such as GBK, and review again"),
        tr("unit category {value} was not decoded as the unit layer's file was written, so the rules of its category "
           "cannot be chosen: set the layer's data source encoding (Layer Properties ▸ Source), such as GBK, and "
           "review again"),
        tr("the unit's text {value} was not decoded as the unit layer's file was written, so what the layer says of "
           "the unit cannot be relied on: set the layer's data source encoding (Layer Properties ▸ Source), such as "
           "GBK, and review again"),
        tr("{attribute} value {value} was not decoded as the site layer's file was written: set the layer's data "
           "source encoding (Layer Properties ▸ Source), such as GBK, and review again"),
        tr("catalogue class {value} was not decoded as the site layer's file was written: set the layer's data "
           "source encoding (Layer Properties ▸ Source), such as GBK, and review again"),
        tr("construction nature {value} was not decoded as the site layer's file was written: set the layer's data "
           "source encoding (Layer Properties ▸ Source), such as GBK, and review again"),
        tr("unit attribute {field} value {value} is not a number"),
        tr("unit attribute {field} value {value} is not yes or no"),
        tr("unit attribute {field} value {value} is a number, but the rule compares it with a code written as text, "
           "and a number loses leading zeros (0313 becomes 313): store the field as text"),
    ]
