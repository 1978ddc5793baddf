"""zoningreview:validaterules — every message of the rule loader for one rule-set file or several access lists
applied together (rule ids that clash across lists; with a unit layer, the units no list covers)."""

from typing import Dict, List, Optional

from qgis.core import (
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..compat import NO_GEOMETRY, SOURCE_ANY_GEOMETRY, SOURCE_POLYGON
from ..core.inputs.bindings import detect_binding
from ..core.inputs.resolve import crs_error, layer_rule_names, scoped_entries
from ..core.inputs.rule_lists import given_scopes_failure, list_warnings, load_lists, uncovered_units
from ..core.rules.layer_fields import check_filters
from ..core.rules.loader import check_against_layer
from ..core.rules.messages import LoadMessage
from ..core.rules.ruleset import RuleSet
from ..i18n import grouped, list_separator, tr
from .base import ZoningReviewAlgorithm
from .review_inputs import (
    constraint_names_help,
    name_values,
    processing_errors,
    rule_paths,
    rules_parameter,
    scopes_help,
    scopes_parameter,
)

MAX_LISTED_CODES = 50  # the uncovered units the warning names; the UNCOVERED_CODES output has every one


class ValidateRulesAlgorithm(ZoningReviewAlgorithm):
    """Validate a rule set (schema, semantics, and optionally against a unit layer)."""

    ALGORITHM_ID = "validaterules"
    RULE_SETS = True
    TAGS = ("rule set", "规则集", "validate", "check", "校验", "检查", "YAML")
    RULES = "RULES"
    RULE_SCOPES = "RULE_SCOPES"
    UNITS = "UNITS"
    UNIT_CODE_FIELD = "UNIT_CODE_FIELD"
    CONSTRAINTS = "CONSTRAINTS"
    CONSTRAINT_NAMES = "CONSTRAINT_NAMES"
    VALID = "VALID"
    ERRORS = "ERRORS"
    WARNINGS = "WARNINGS"
    MESSAGES = "MESSAGES"
    CLASHES = "CLASHES"
    UNCOVERED = "UNCOVERED"
    UNCOVERED_CODES = "UNCOVERED_CODES"

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Validate rule set")

    def short_description(self) -> str:
        """One line: what the algorithm does."""
        return tr("Checks a rule-set file and names each problem with its line and column.")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return tr(
            "Checks an access-list rule set (YAML) against the rule-set schema and its semantic "
            "rules: unique rule ids, GB/T 4754-2017 industry codes that exist, attributes and "
            "layers that are declared. With a unit layer, also warns about unit codes the layer "
            "lacks and about constraint layers left unbound. Every message names the file, line, "
            "column and JSON path. Fails when the rule set has errors."
        ) + "\n\n" + tr(
            "Several lists given together (e.g. the province's, the county's and the unit list) are checked as "
            "they are applied: rule ids found in more than one list are reported (their findings are named "
            "list/rule), and with a unit layer every unit no list's scope covers is reported (a review finds "
            "such a unit needs information)."
        ) + "\n\n" + tr(
            "A unit layer or constraint layer given without a coordinate reference system, or with an undefined one "
            "(a GeoPackage layer saved without one), is an error naming the layer: 'Review sites' would refuse it."
        )

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters and outputs."""
        self.add_parameter(rules_parameter(self.RULES, tr("Rule sets (YAML, one or several lists in order)"),
                                           optional=False),
                           tr("The rule-set files to check: their structure, dates, ids, codes and declared names, "
                              "and, for several lists, the rule ids they share."))
        self.add_parameter(scopes_parameter(self.RULE_SCOPES), scopes_help())
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.UNITS, tr("Unit layer to check unit codes against"),
            [SOURCE_POLYGON], optional=True),
            tr("Optional: unit rules whose code is not in this layer are reported."))
        self.add_parameter(QgsProcessingParameterField(
            self.UNIT_CODE_FIELD, tr("Unit code field"), parentLayerParameterName=self.UNITS,
            optional=True), tr("Detected from common names (e.g. HJGKDYBM) when empty."))
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.CONSTRAINTS, tr("Constraint layers (named as in the rule set)"),
            SOURCE_ANY_GEOMETRY, optional=True),
            tr("Optional: the layers the rules name; a declared layer missing here is reported, and so is a "
               "rule's filter naming a field its layer lacks or a field label (fields:) of a field it lacks."))
        self.add_parameter(QgsProcessingParameterString(
            self.CONSTRAINT_NAMES, tr("Constraint names (rule_name=layer_name; …)"),
            optional=True), constraint_names_help())
        self.addOutput(QgsProcessingOutputNumber(self.VALID, tr("Valid (1) or not (0)")))
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, tr("Number of errors")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, tr("Number of warnings")))
        self.addOutput(QgsProcessingOutputString(self.MESSAGES, tr("Messages")))
        self.addOutput(QgsProcessingOutputNumber(self.CLASHES, tr("Rule ids found in several lists")))
        self.addOutput(QgsProcessingOutputNumber(self.UNCOVERED, tr("Units no list covers")))
        self.addOutput(QgsProcessingOutputString(self.UNCOVERED_CODES, tr("Codes of the units no list covers")))

    def run_algorithm(self, parameters, context, feedback):
        """Load the lists, report every message, fail on errors."""
        paths = rule_paths(self, parameters, context)
        if not paths:
            raise QgsProcessingException(tr("Choose at least one rule-set file."))
        with processing_errors():
            entries = scoped_entries(paths, self.parameterAsString(parameters, self.RULE_SCOPES, context) or "")
        result = load_lists(entries)
        messages = list(result.messages) + list_warnings(result.ruleset)
        uncovered = []
        units = self.parameterAsVectorLayer(parameters, self.UNITS, context)
        given = self.parameterAsLayerList(parameters, self.CONSTRAINTS, context)
        explicit = name_values(self, parameters, self.CONSTRAINT_NAMES, context)
        if result.ruleset is not None and units is None:
            messages.extend(m for listed in result.ruleset.lists()
                            for m in check_filters(listed, named(given, listed, explicit)))
        if result.ruleset is not None and units is not None:
            code_field = self.parameterAsString(parameters, self.UNIT_CODE_FIELD, context)
            code_field = code_field or detect_binding(units).code_field
            if not code_field:
                raise QgsProcessingException(tr(
                    "Layer {layer} has no unit code field (such as HJGKDYBM): choose one in "
                    "'Unit code field'.").format(layer=units.name()))
            codes = _unit_codes(units, code_field)
            for listed in result.ruleset.lists():
                messages.extend(check_against_layer(listed, codes, named(given, listed, explicit)))
            uncovered = uncovered_units(result.ruleset, units, code_field)
        for item in messages:
            report = feedback.reportError if item.severity == "error" else feedback.pushWarning
            report(item.text())
        layer_errors = crs_errors(units, given, result.ruleset, explicit)
        for text in layer_errors:
            feedback.reportError(text)
        if uncovered:
            feedback.pushWarning(uncovered_warning(len(uncovered)).format(
                layer=units.name(), n=grouped(len(uncovered)), codes=listed_codes(uncovered)))
        errors = [m for m in messages if m.severity == "error"]
        text = "\n".join(m.text() for m in messages)
        shown = list_separator().join(paths)
        if errors or layer_errors:
            raise QgsProcessingException("\n".join(failures(shown, errors, text, layer_errors)))
        valid = tr("The rule set {path} is valid (1 rule).") if len(result.ruleset.rules) == 1 else \
            tr("The rule set {path} is valid ({n} rules).")
        feedback.pushInfo(valid.format(
            path=shown, n=grouped(len(result.ruleset.rules))))
        clashes = len(getattr(result.ruleset, "clashes", {}))
        return {self.VALID: 1, self.ERRORS: 0, self.WARNINGS: len(messages) + (1 if uncovered else 0),
                self.MESSAGES: text, self.CLASHES: clashes, self.UNCOVERED: len(uncovered),
                self.UNCOVERED_CODES: ", ".join(uncovered)}


def crs_errors(units: Optional[QgsMapLayer], given: List[QgsMapLayer], ruleset: Optional[RuleSet],
               explicit: Dict[str, str]) -> List[str]:
    """Why reviewsites would refuse the unit layer or a constraint layer the rule set names (every one given when
    it does not load): no CRS, or one that does not place the layer on the earth (``resolve.crs_error``)."""
    used = given if ruleset is None else [layer for listed in ruleset.lists()
                                          for layer in named(given, listed, explicit).values()]
    kept = {layer.id() for layer in used}
    layers = ([units] if units is not None else []) + [layer for layer in given if layer.id() in kept]
    found = [crs_error(layer) for layer in layers]
    return list(dict.fromkeys(error for error in found if error))


def failures(shown: str, errors: List[LoadMessage], text: str, layer_errors: List[str]) -> List[str]:
    """The run's failure, translated: the rule set's errors (the scopes given for it when only those are wrong,
    as ``require_rules`` says), then the layers a review could not use."""
    out = []
    if errors:
        has_errors = tr("The rule set {path} has 1 error:\n{messages}") if len(errors) == 1 else \
            tr("The rule set {path} has {n} errors:\n{messages}")
        out.append(given_scopes_failure(errors) or has_errors.format(path=shown, n=grouped(len(errors)),
                                                                      messages=text))
    if layer_errors:
        out.append(tr("Layers given with the rule set {path} cannot be used by a review:\n{messages}").format(
            path=shown, messages="\n".join(layer_errors)))
    return out


def uncovered_warning(count: int) -> str:
    """The warning naming the units no list covers, in the singular for one."""
    if count == 1:
        return tr("Layer {layer}: 1 unit no list covers, reviewed as 'needs information': {codes}")
    return tr("Layer {layer}: {n} units no list covers, reviewed as 'needs information': {codes}")


def listed_codes(codes: List[str]) -> str:
    """The first codes the warning lists, then how many more there are."""
    shown = list_separator().join(codes[:MAX_LISTED_CODES])
    if len(codes) <= MAX_LISTED_CODES:
        return shown
    return tr("{codes} … and {count} more").format(codes=shown, count=len(codes) - MAX_LISTED_CODES)


def named(layers: List[QgsMapLayer], ruleset: RuleSet, explicit: Dict[str, str]) -> Dict[str, QgsMapLayer]:
    """The given constraint layers by the rule-set names they stand for, named as reviewsites names them
    (``explicit``: CONSTRAINT_NAMES, rule-set name → layer name)."""
    declared = sorted(ruleset.layers)
    return {name: layer for layer in layers for name in layer_rule_names(layer, declared, explicit)}


def _unit_codes(layer, code_field: str):
    """Every unit code of a layer, read without geometry."""
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes([code_field], layer.fields())
    return [f[code_field] for f in layer.getFeatures(request)]
