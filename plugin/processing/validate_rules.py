"""zoningreview:validaterules — every message of the rule loader for one rule-set file."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
)

from ..compat import NO_GEOMETRY, SOURCE_ANY_GEOMETRY, SOURCE_POLYGON
from ..core.inputs.bindings import detect_binding
from ..core.rules.loader import check_against_layer, load_ruleset
from ..i18n import tr
from .base import ZoningReviewAlgorithm


class ValidateRulesAlgorithm(ZoningReviewAlgorithm):
    """Validate a rule set (schema, semantics, and optionally against a unit layer)."""

    ALGORITHM_ID = "validaterules"
    RULE_SETS = True
    TAGS = ("rule set", "规则集", "validate", "check", "校验", "检查", "YAML")
    RULES = "RULES"
    UNITS = "UNITS"
    UNIT_CODE_FIELD = "UNIT_CODE_FIELD"
    CONSTRAINTS = "CONSTRAINTS"
    VALID = "VALID"
    ERRORS = "ERRORS"
    WARNINGS = "WARNINGS"
    MESSAGES = "MESSAGES"

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Validate rule set")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return tr(
            "Checks an access-list rule set (YAML) against the rule-set schema and its semantic "
            "rules: unique rule ids, GB/T 4754-2017 industry codes that exist, attributes and "
            "layers that are declared. With a unit layer, also warns about unit codes the layer "
            "lacks and about constraint layers left unbound. Every message names the file, line, "
            "column and JSON path. Fails when the rule set has errors."
        )

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters and outputs."""
        self.add_parameter(QgsProcessingParameterFile(
            self.RULES, tr("Rule set (YAML)"), extension="yaml"),
            tr("The rule-set file to check: its structure, dates, ids, codes and declared names."))
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
            tr("Optional: the layers the rules name; a declared layer missing here is reported."))
        self.addOutput(QgsProcessingOutputNumber(self.VALID, tr("Valid (1) or not (0)")))
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, tr("Number of errors")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, tr("Number of warnings")))
        self.addOutput(QgsProcessingOutputString(self.MESSAGES, tr("Messages")))

    def run_algorithm(self, parameters, context, feedback):
        """Load the rule set, report every message, fail on errors."""
        path = self.parameterAsFile(parameters, self.RULES, context)
        result = load_ruleset(path)
        messages = list(result.messages)
        units = self.parameterAsVectorLayer(parameters, self.UNITS, context)
        if result.ruleset is not None and units is not None:
            code_field = self.parameterAsString(parameters, self.UNIT_CODE_FIELD, context)
            code_field = code_field or detect_binding(units).code_field
            if not code_field:
                raise QgsProcessingException(tr(
                    "Layer {layer} has no unit code field (such as HJGKDYBM): choose one in "
                    "'Unit code field'.").format(layer=units.name()))
            codes = _unit_codes(units, code_field)
            names = [lyr.name() for lyr in self.parameterAsLayerList(parameters, self.CONSTRAINTS, context)]
            messages.extend(check_against_layer(result.ruleset, codes, names))
        for item in messages:
            report = feedback.reportError if item.severity == "error" else feedback.pushWarning
            report(item.text())
        errors = sum(1 for m in messages if m.severity == "error")
        text = "\n".join(m.text() for m in messages)
        if errors:
            raise QgsProcessingException(
                tr("The rule set {path} has {n} error(s):\n{messages}").format(
                    path=path, n=errors, messages=text))
        feedback.pushInfo(tr("The rule set {path} is valid ({n} rules).").format(
            path=path, n=len(result.ruleset.rules)))
        return {self.VALID: 1, self.ERRORS: 0, self.WARNINGS: len(messages), self.MESSAGES: text}


def _unit_codes(layer, code_field: str):
    """Every unit code of a layer, read without geometry."""
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes([code_field], layer.fields())
    return [f[code_field] for f in layer.getFeatures(request)]
