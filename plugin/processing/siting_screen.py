"""zoningreview:sitingscreen — for one described project, every unit's verdict and the rule zones."""

from typing import Any, Dict, Optional, Tuple

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..compat import SOURCE_ANY_GEOMETRY, SOURCE_POLYGON, WKB_MULTIPOLYGON
from ..core.inputs.resolve import siting_inputs
from ..core.inputs.site_attributes import convert
from ..core.model import vocab
from ..core.model.project import ProjectDescription
from ..core.model.verdicts import Verdict, tally
from ..core.outputs.siting_rows import (
    unit_columns,
    unit_feature,
    unit_fields,
    zone_columns,
    zone_features,
    zone_fields,
)
from ..core.review.site_review import render_reason
from ..core.siting.industry import industry_refusal
from ..core.siting.layers import SourceRef
from ..core.siting.screen import SitingInputs, SitingScreen
from ..i18n import grouped, tr
from .base import ZoningReviewAlgorithm
from .parameter_words import alg_parameter_said
from .partial_outputs import report_stopped
from .review_inputs import (
    bound_defaults,
    constraint_names_help,
    constraints_help,
    name_values,
    processing_errors,
    rules_help,
    rules_parameter,
    scopes_help,
    scopes_parameter,
    unit_inputs,
    unit_prose_help,
)
from .sink_writer import add_rows, closing, open_output
from .site_progress import counted_features
from .verdict_styler import VerdictStyler


def siting_help() -> str:
    """The help shown beside the dialog, translated."""
    return "\n\n".join([
        tr("Siting screen: where in the unit layer could the described project go at all? Every "
           "control unit is evaluated against the rule set as if the site lay wholly inside it."),
        tr("Spatial conditions are not guessed. Each unit is classified exactly against each "
           "constraint layer and its ellipsoidal distance bands: when a rule's outcome depends on "
           "where in the unit the site lies, the unit is 'needs further study' and the zone where "
           "the rule bites (for example the 1 km band along the river bank) is written to the "
           "Rule zones output."),
        tr("Control unit layer, Rule set, unit fields, Constraint layers and "
           "Constraint names work as in 'Review sites'. Check the unit layer's own "
           "requirement texts: units with requirement prose need a check by hand, so they are at best "
           "'needs further study'."),
        tr("Industry: GB/T 4754-2017 code such as C2614. Construction nature and "
           "Catalogue class (leave empty when the project is not listed). Project attributes: "
           "the rule set's declared attributes as name=value; … (for example "
           "capacity_increase=yes; investment_wan=50000); an attribute left out is 'not given'."),
        tr("Siting screen: one row per unit with verdict, verdict text, deciding reasons, counts of "
           "conflicting, information-needing and hand-check clauses, and the deciding rule ids; it "
           "is styled by verdict. Rule zones: the parts of units where a distance or inside rule "
           "bites, with rule id, layer, relation and distance."),
    ])


class SitingScreenAlgorithm(ZoningReviewAlgorithm):
    """Screens every unit of a layer for one described project."""

    ALGORITHM_ID = "sitingscreen"
    TAGS = ("siting", "选址", "screen", "研判", "industry", "行业", "where to build", "准入")
    UNITS = "UNITS"
    RULES = "RULES"
    RULE_SCOPES = "RULE_SCOPES"
    UNIT_CODE_FIELD = "UNIT_CODE_FIELD"
    UNIT_NAME_FIELD = "UNIT_NAME_FIELD"
    UNIT_CATEGORY_FIELD = "UNIT_CATEGORY_FIELD"
    USE_UNIT_PROSE = "USE_UNIT_PROSE"
    CONSTRAINTS = "CONSTRAINTS"
    CONSTRAINT_NAMES = "CONSTRAINT_NAMES"
    INDUSTRY = "INDUSTRY"
    CONSTRUCTION = "CONSTRUCTION"
    CATALOGUE = "CATALOGUE"
    ATTRIBUTES = "ATTRIBUTES"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"
    ZONES = "ZONES"

    LANGUAGES = ("zh", "en")
    CONSTRUCTIONS = vocab.CONSTRUCTION
    CATALOGUES = ("",) + vocab.CATALOGUE

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Siting screen")

    def short_description(self) -> str:
        """One line: what the algorithm does."""
        return tr("Screens every control unit for one project: the verdict a site would get if it lay in that unit.")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return siting_help()

    def _add(self, parameter, help_text: str) -> None:
        parameter.setHelp(help_text)
        self.addParameter(parameter)

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters (their names are a public interface) and outputs."""
        self._add_unit_parameters()
        self._add_project_parameters()
        polygon = SOURCE_POLYGON
        self._add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Siting screen"), polygon),
                  tr("One row per unit with its verdict, reasons and counts, styled by verdict."))
        self._add(QgsProcessingParameterFeatureSink(self.ZONES, tr("Rule zones"), polygon),
                  tr("The parts of units where a distance or inside rule decides the outcome."))

    def _add_unit_parameters(self) -> None:
        """The unit layer (the project's bound one by default), rule set, unit fields and constraints."""
        polygon = [SOURCE_POLYGON]
        defaults = bound_defaults()
        self._add(QgsProcessingParameterFeatureSource(self.UNITS, tr("Control unit layer"), polygon,
                                                      defaultValue=defaults.units),
                  tr("The environmental control units to screen (with \"Selected features only\", those selected; a "
                     "feature limit or filter is refused)."))
        self._add(rules_parameter(
            self.RULES, tr("Rule sets (YAML)")),
            rules_help())
        self._add(scopes_parameter(self.RULE_SCOPES), scopes_help())
        for name, label in (
            (self.UNIT_CODE_FIELD, tr("Unit code field (detected when empty, e.g. HJGKDYBM)")),
            (self.UNIT_NAME_FIELD, tr("Unit name field (detected when empty, e.g. HJGKDYMC)")),
            (self.UNIT_CATEGORY_FIELD, tr("Unit category field (detected when empty, e.g. ZHGKDYFL)")),
        ):
            self._add(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.UNITS, optional=True),
                tr("Leave empty to use the panel's binding or a detected field."))
        self._add(QgsProcessingParameterBoolean(
            self.USE_UNIT_PROSE, tr("Check the unit layer's own requirement texts"), defaultValue=True),
            unit_prose_help())
        self._add(QgsProcessingParameterMultipleLayers(
            self.CONSTRAINTS, tr("Constraint layers (named as in the rule set)"),
            SOURCE_ANY_GEOMETRY, defaultValue=defaults.constraints or None, optional=True),
            constraints_help())
        self._add(QgsProcessingParameterString(
            self.CONSTRAINT_NAMES, tr("Constraint names (rule_name=layer_name; …)"),
            optional=True), constraint_names_help())

    def _add_project_parameters(self) -> None:
        self._add(QgsProcessingParameterString(
            self.INDUSTRY, tr("Industry (GB/T 4754-2017 code, e.g. C2614)")),
            tr("The project's industry code."))
        self._add(QgsProcessingParameterEnum(
            self.CONSTRUCTION, tr("Construction nature"),
            options=[tr("新建 (new)"), tr("扩建 (expansion)"), tr("改建 (renovation)"),
                     tr("迁建 (relocation)"), tr("技改 (upgrade)")], defaultValue=0),
            tr("新建/扩建/改建/迁建/技改."))
        self._add(QgsProcessingParameterEnum(
            self.CATALOGUE, tr("Industrial catalogue class"),
            options=[tr("(not listed)"), tr("鼓励类 (encouraged)"), tr("限制类 (restricted)"),
                     tr("淘汰类 (eliminated)")], defaultValue=0),
            tr("Class in the Industrial Structure Adjustment Catalogue, if any."))
        self._add(QgsProcessingParameterString(
            self.ATTRIBUTES, tr("Project attributes (name=value; …)"), optional=True),
            tr("Declared attributes of the rule set, e.g. capacity_increase=yes; investment_wan=50000."))
        self._add(QgsProcessingParameterEnum(
            self.LANGUAGE, tr("Language of reasons"), options=[tr("Chinese"), tr("English")], defaultValue=0),
            tr("Language of the verdict texts and reasons in the outputs."))

    def checkParameterValues(self, parameters, context) -> Tuple[bool, str]:
        """Refuse an industry the screen cannot read, as the dock's screen does, before QGIS's own checks."""
        refusal = self.industry_refusal(parameters, context)
        if refusal:
            return False, refusal
        return super().checkParameterValues(parameters, context)

    def industry_refusal(self, parameters, context) -> Optional[str]:
        """Why the industry given cannot be screened (the dock's check: not given, or no GB/T 4754-2017 code), with
        what to do; None when it is a code of the standard."""
        given = (self.parameterAsString(parameters, self.INDUSTRY, context) or "").strip()
        refusal = industry_refusal(ProjectDescription(industry=given or None))
        if refusal is None:
            return None
        return alg_parameter_said(self, self.INDUSTRY, refusal)

    def project(self, parameters, context, ruleset) -> ProjectDescription:
        """The described project; an industry the screen cannot read, an unknown attribute or an unreadable value
        stops with its name."""
        refusal = self.industry_refusal(parameters, context)  # also where QGIS's checks were not run (a model)
        if refusal:
            raise QgsProcessingException(refusal)
        industry = (self.parameterAsString(parameters, self.INDUSTRY, context) or "").strip()
        project = ProjectDescription(
            name=industry, industry=industry or None,
            construction=self.CONSTRUCTIONS[self.parameterAsEnum(parameters, self.CONSTRUCTION, context)],
            catalogue=self.CATALOGUES[self.parameterAsEnum(parameters, self.CATALOGUE, context)] or None)
        for name, raw in name_values(self, parameters, self.ATTRIBUTES, context).items():
            declared = ruleset.attributes.get(name)
            if declared is None:
                raise QgsProcessingException(tr(
                    "Attributes: the rule set declares no attribute {name}.").format(name=name))
            value, ok = convert(raw, declared.type, declared.units)
            if not ok:
                raise QgsProcessingException(unreadable_attribute(declared.type).format(name=name, value=raw))
            if value is not None:
                project.attributes[name] = value
        return project

    def inputs(self, parameters, context, feedback) -> SitingInputs:
        """Binding, rule set, constraint layers and project from the parameters."""
        found = unit_inputs(self, parameters, context, feedback)
        setup = siting_inputs(found.units, found.binding, found.ruleset,
                              self.project(parameters, context, found.ruleset), found.constraints,
                              context.transformContext(), context.ellipsoid() or "")
        if found.selected is not None:  # selected features only: those screened, named by the layer
            setup.units = SourceRef.part_of(found.selected, found.units)
        else:  # the units screened, for the progress: a database's estimate may be stale or -1
            setup.units.count = max(0, counted_features(self.parameterAsSource(parameters, self.UNITS, context),
                                                        found.units, None, feedback))
        return setup

    def run_algorithm(self, parameters, context, feedback) -> Dict[str, Any]:
        """Screen every unit, writing each row as it is ready."""
        setup = self.inputs(parameters, context, feedback)
        lang = self.LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        crs = setup.units.crs
        units, units_id = open_output(self, parameters, self.OUTPUT, context, unit_fields(), WKB_MULTIPOLYGON, crs)
        zones, zones_id = open_output(self, parameters, self.ZONES, context, zone_fields(), WKB_MULTIPOLYGON, crs)
        if units is None or zones is None:
            raise QgsProcessingException(tr("The output layers could not be created."))
        screen = SitingScreen(setup)
        verdicts = []
        try:
            with closing(units, zones), processing_errors():  # files closed after a failure too; a layer read in
                for unit in screen.units(feedback):              # part is an OverlayError naming it
                    add_rows(zones, zone_features(unit, lang))  # a unit's zones first: the screen's rows are of
                    add_rows(units, [unit_feature(unit, lang)])  # units whose zones were all written
                    verdicts.append(unit.verdict)
        except Exception:  # a later unit failed: what was written is kept, and named with how far the run got
            report_stopped([units, zones], len(verdicts), setup.units.count, False, feedback)
            raise
        if not screen.screened_all:  # cancelled part way: the units screened are kept, as reviewsites keeps its sites
            report_stopped([units, zones], len(verdicts), setup.units.count, True, feedback)
        for warning in screen.warnings():
            feedback.pushWarning(render_reason(warning))  # the log in the UI language; the outputs in LANGUAGE
        counts = tally(verdicts)
        feedback.pushInfo(tr("Compliant: {c}; needs further study: {s}; non-compliant: {n}.").format(
            c=grouped(counts[Verdict.COMPLIANT]), s=grouped(counts[Verdict.NEEDS_STUDY]),
            n=grouped(counts[Verdict.NON_COMPLIANT])))
        for layer_id, columns, by_verdict in ((units_id, unit_columns(), True), (zones_id, zone_columns(), False)):
            if layer_id and context.willLoadLayerOnCompletion(layer_id):
                context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(
                    VerdictStyler.create(columns, by_verdict))
        return {self.OUTPUT: units_id, self.ZONES: zones_id}


def unreadable_attribute(kind: str) -> str:
    """The message ({name}, {value}) of a project attribute that does not read as its declared type."""
    if kind == "boolean":
        return tr("Attributes: {name}={value} is not yes or no. Write yes or no (是 or 否).")
    return tr("Attributes: {name}={value} is not a number. Write a number, such as 20 (the unit the rule set "
              "declares may follow it).")

