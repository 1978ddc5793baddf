"""reviewsites' site fields: detected from common names, set by the parameters, every one checked.

A field the user names that the sites lack stops the run naming the parameter, the field and the fields
the sites have. An industry, construction or catalogue field the rules read but nobody gave or detected
is warned about once; the catalogue class of every site is then not given (never "not listed").
"""

from typing import Dict, List, Set, Tuple

from qgis.core import QgsProcessingException

from ..core.inputs.cut_fields import cut_forms
from ..core.inputs.site_attributes import (
    CATALOGUE_FIELDS,
    CONSTRUCTION_FIELDS,
    INDUSTRY_FIELDS,
    SiteFieldMap,
    detect_site_fields,
)
from ..core.rules.ruleset import RuleSet
from ..i18n import list_separator, tr
from .parameter_words import alg_parameter_said
from .review_inputs import name_values

SHOWN_FIELDS = 40  # fields of the sites named in one message


def site_field_map(alg, parameters, context, feedback, ruleset: RuleSet) -> SiteFieldMap:
    """The site field mapping: detected from names (the id field not when SITE_FEATURE_IDS is set), overridden by the
    parameters, each field checked."""
    names = alg.parameterAsSource(parameters, alg.SITES, context).fields().names()
    declared = {name: decl.type for name, decl in ruleset.attributes.items()}
    mapping = detect_site_fields(names, declared)
    if alg.parameterAsBoolean(parameters, alg.SITE_FEATURE_IDS, context):
        mapping.id_field = ""  # rereview without a site id field: the feature ids, which no two sites share
    for attr, param in (("id_field", alg.SITE_ID_FIELD), ("name_field", alg.SITE_NAME_FIELD),
                        ("industry_field", alg.INDUSTRY_FIELD),
                        ("construction_field", alg.CONSTRUCTION_FIELD),
                        ("catalogue_field", alg.CATALOGUE_FIELD)):
        given = alg.parameterAsString(parameters, param, context) or ""
        if given:
            require_field(alg, param, given, names)
        setattr(mapping, attr, given or getattr(mapping, attr))
    attribute_map = name_values(alg, parameters, alg.ATTRIBUTE_MAP, context)
    for attribute, field_name in attribute_map.items():
        if attribute not in declared:
            raise QgsProcessingException(tr(
                "Attribute fields: the rule set declares no attribute {name}.").format(name=attribute))
        require_field(alg, alg.ATTRIBUTE_MAP, field_name, names)
        mapping.attributes[attribute] = (field_name, declared[attribute])
    warn_unmapped(alg, mapping, declared, condition_kinds(ruleset), feedback, names)
    return mapping


def require_field(alg, param: str, field_name: str, names: List[str]) -> None:
    """Stop the run when the field a parameter names is not one of the sites' fields."""
    if field_name in names:
        return
    shown = list_separator().join(names[:SHOWN_FIELDS] + (["…"] if len(names) > SHOWN_FIELDS else []))
    raise QgsProcessingException(alg_parameter_said(alg, param, tr(
        "the sites have no field {field}. Their fields are: {fields}.").format(field=field_name, fields=shown or "—")))


def condition_kinds(ruleset: RuleSet) -> Set[str]:
    """The kinds of condition the rules use (industry, catalogue, spatial, …)."""
    return {condition.kind for rule in ruleset.rules for condition in rule.conditions()}


def warn_unmapped(alg, mapping: SiteFieldMap, declared: Dict[str, str], kinds: Set[str], feedback,
                  names: List[str]) -> None:
    """Warn once of each project value the rules read and of each declared attribute that no site field holds, and
    of the sites' fields that may be its name cut by the Shapefile format (``names``: the sites' fields)."""
    for kind, attr, param, spellings in (
            ("industry", "industry_field", alg.INDUSTRY_FIELD, INDUSTRY_FIELDS),
            ("construction", "construction_field", alg.CONSTRUCTION_FIELD, CONSTRUCTION_FIELDS),
            ("catalogue", "catalogue_field", alg.CATALOGUE_FIELD, CATALOGUE_FIELDS)):
        if kind in kinds and not getattr(mapping, attr):
            feedback.pushWarning(unmapped_text(kind).format(
                names=list_separator().join(spellings), parameter=alg.parameterDefinition(param).description()))
            warn_cut(alg, param, cut_forms(spellings, names), feedback)
    for attribute in sorted(set(declared) - set(mapping.attributes)):
        feedback.pushWarning(tr(
            "No site field for the rule-set attribute {name}: rules that use it will need "
            "information. Map it in 'Attribute fields'.").format(name=attribute))
        warn_cut(alg, alg.ATTRIBUTE_MAP, cut_forms([attribute], names), feedback)


def warn_cut(alg, param: str, cuts: List[Tuple[str, str]], feedback) -> None:
    """Name the sites' fields that may be a name the run looked for, cut by the Shapefile format: never read as it
    (two names may be cut alike), until chosen in ``param``."""
    for name in dict.fromkeys(name for _field, name in cuts):
        fields = [field for field, cut_name in cuts if cut_name == name]
        feedback.pushWarning(cut_text(len(fields)).format(
            fields=list_separator().join(fields), name=name, parameter=alg.parameterDefinition(param).description()))


def cut_text(count: int) -> str:
    """The warning ({fields}, {name}, {parameter}) of ``count`` sites' fields that may each be a name cut by the
    Shapefile format."""
    if count == 1:
        return tr("The sites' field {fields} may be {name} cut to 10 characters by the Shapefile format: it is not "
                  "read as {name}, since a wrong guess could pass a site. If it holds {name}, choose it in "
                  "“{parameter}”.")
    return tr("The sites' fields {fields} may each be {name} cut to 10 characters by the Shapefile format: none of "
              "them is read as {name}, since a wrong guess could pass a site. If one of them holds {name}, choose "
              "that field in “{parameter}”.")


def unmapped_text(kind: str) -> str:
    """The warning that no site field holds the industry, construction or catalogue the rules read."""
    if kind == "catalogue":
        return tr("No site field holds the catalogue class (the names looked for: {names}): every site's "
                  "catalogue class is taken as not given, not as not listed, and the rules that read it need "
                  "information. Choose the field in “{parameter}”.")
    if kind == "industry":
        return tr("No site field holds the industry code (the names looked for: {names}): the rules that read "
                  "it need information for every site. Choose the field in “{parameter}”.")
    return tr("No site field holds the construction nature (the names looked for: {names}): the rules that "
              "read it need information for every site. Choose the field in “{parameter}”.")
