"""zoningreview:reviewsites — review many candidate sites against bound units and rules."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..compat import HIDDEN_PARAMETER, SKIP_GEOMETRY_CHECKS, SOURCE_ANY_GEOMETRY, SOURCE_POLYGON, SOURCE_TABLE
from ..i18n import tr
from ..notes.formats import format_names
from .base import ZoningReviewAlgorithm
from .review_help import review_sites_help, review_sites_parameter_help
from .review_inputs import bound_defaults, rules_parameter, scopes_parameter
from .review_notes import record_notes
from .review_run import BatchReview


class ReviewSitesAlgorithm(ZoningReviewAlgorithm):
    """Batch review: every site against the units it overlaps and their access-list rules."""

    ALGORITHM_ID = "reviewsites"
    TAGS = ("siting", "选址", "review", "审查", "compliance", "符合性分析", "review notes", "审查意见", "batch", "批量")
    SITES = "SITES"
    UNITS = "UNITS"
    RULES = "RULES"
    RULE_SCOPES = "RULE_SCOPES"
    UNIT_CODE_FIELD = "UNIT_CODE_FIELD"
    UNIT_NAME_FIELD = "UNIT_NAME_FIELD"
    UNIT_CATEGORY_FIELD = "UNIT_CATEGORY_FIELD"
    USE_UNIT_PROSE = "USE_UNIT_PROSE"
    SITE_ID_FIELD = "SITE_ID_FIELD"
    SITE_NAME_FIELD = "SITE_NAME_FIELD"
    INDUSTRY_FIELD = "INDUSTRY_FIELD"
    CONSTRUCTION_FIELD = "CONSTRUCTION_FIELD"
    CATALOGUE_FIELD = "CATALOGUE_FIELD"
    ATTRIBUTE_MAP = "ATTRIBUTE_MAP"
    CONSTRAINTS = "CONSTRAINTS"
    CONSTRAINT_NAMES = "CONSTRAINT_NAMES"
    LANGUAGE = "LANGUAGE"
    REPORT_FORMAT = "REPORT_FORMAT"
    REPORT_FOLDER = "REPORT_FOLDER"
    FINDINGS = "FINDINGS"
    FINDINGS_JSON = "FINDINGS_JSON"
    SUMMARY = "SUMMARY"
    CLAUSES = "CLAUSES"
    JUDGEMENTS = "JUDGEMENTS"
    OTHER_UNIT_LAYERS = "OTHER_UNIT_LAYERS"  # hidden: set by rereview when it reviews over several layers
    SITE_FEATURE_IDS = "SITE_FEATURE_IDS"  # hidden: set by rereview, whose sites are its feature ids by default
    REGISTER_JUDGEMENTS = "REGISTER_JUDGEMENTS"  # hidden: set by rereview when JUDGEMENTS are a register's

    LANGUAGES = ("zh", "en")
    FORMATS = ("none", "html", "pdf", "docx")

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Review sites")

    def short_description(self) -> str:
        """One line: what the algorithm does."""
        return tr("Reviews sites against the access lists of the control units they overlap: a verdict for each site "
                  "and each unit.")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return review_sites_help()

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters (their names are a public interface) and outputs."""
        self._add_layer_parameters()
        self._add_site_field_parameters()
        self._add_output_parameters()
        for name, text in review_sites_parameter_help().items():
            self.parameterDefinition(name).setHelp(text)

    def _add_layer_parameters(self) -> None:
        """Sites, units (the project's bound unit layer by default), rule set, unit fields and constraint layers."""
        polygon = [SOURCE_POLYGON]
        defaults = bound_defaults()
        self.addParameter(QgsProcessingParameterFeatureSource(self.SITES, tr("Candidate sites"), polygon))
        self.addParameter(QgsProcessingParameterFeatureSource(self.UNITS, tr("Control unit layer"), polygon,
                                                              defaultValue=defaults.units))
        self.addParameter(rules_parameter(
            self.RULES, tr("Rule sets (YAML)")))
        self.addParameter(scopes_parameter(self.RULE_SCOPES))
        for name, label in (
            (self.UNIT_CODE_FIELD, tr("Unit code field (detected when empty, e.g. HJGKDYBM)")),
            (self.UNIT_NAME_FIELD, tr("Unit name field (detected when empty, e.g. HJGKDYMC)")),
            (self.UNIT_CATEGORY_FIELD, tr("Unit category field (detected when empty, e.g. ZHGKDYFL)")),
        ):
            self.addParameter(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.UNITS, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.USE_UNIT_PROSE, tr("Check the unit layer's own requirement texts"), defaultValue=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONSTRAINTS, tr("Constraint layers (named as in the rule set)"),
            SOURCE_ANY_GEOMETRY, defaultValue=defaults.constraints or None, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CONSTRAINT_NAMES, tr("Constraint names (rule_name=layer_name; …)"),
            optional=True))

    def _add_site_field_parameters(self) -> None:
        """Which site fields describe each project."""
        for name, label in (
            (self.SITE_ID_FIELD, tr("Site id field (detected when empty, e.g. site_id)")),
            (self.SITE_NAME_FIELD, tr("Site or project name field")),
            (self.INDUSTRY_FIELD, tr("Industry field (GB/T 4754-2017 code)")),
            (self.CONSTRUCTION_FIELD, tr("Construction nature field (新建/扩建/改建/迁建/技改)")),
            (self.CATALOGUE_FIELD, tr("Industrial catalogue class field (鼓励类/限制类/淘汰类)")),
        ):
            self.addParameter(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.SITES, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ATTRIBUTE_MAP, tr("Attribute fields (attribute=field; …)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.JUDGEMENTS, tr("Reviewer's judgements (a table)"), [SOURCE_TABLE], optional=True))

    def _add_output_parameters(self) -> None:
        """Language, notes and the output layers."""
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, tr("Language of reasons and notes"), options=[tr("Chinese"), tr("English")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.REPORT_FORMAT, tr("Review notes"),
            options=[tr("None"), *(format_names()[fmt] for fmt in self.FORMATS[1:])], defaultValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.REPORT_FOLDER, tr("Folder for the review notes"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.FINDINGS, tr("Findings (site × unit)"), SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, tr("Summary (one row per site)"), SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FINDINGS_JSON, tr("Keep every finding as JSON (findings_json)"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CLAUSES, tr("Clauses (site × unit × clause, for the reviewer's judgement)"), SOURCE_TABLE,
            optional=True, createByDefault=False))
        # Optional: the Modeler's dialog gives a hidden parameter no value, and a mandatory one without a value
        # makes the step invalid in every model.
        shared = QgsProcessingParameterBoolean(
            self.OTHER_UNIT_LAYERS, tr("The sites are also reviewed against other unit layers"), defaultValue=False,
            optional=True)
        fids = QgsProcessingParameterBoolean(
            self.SITE_FEATURE_IDS, tr("Sites without an id field are named by their feature ids"), defaultValue=False,
            optional=True)
        recorded = QgsProcessingParameterBoolean(
            self.REGISTER_JUDGEMENTS, tr("The judgements are those recorded in a review register"),
            defaultValue=False, optional=True)
        for hidden in (shared, fids, recorded):
            hidden.setFlags(hidden.flags() | HIDDEN_PARAMETER)
            self.addParameter(hidden)

    def run_algorithm(self, parameters, context, feedback):
        """Review every site (a broken site is reported and never stops the batch), then write the HTML or Word
        notes here, on the algorithm's thread: only their maps are drawn on the main thread, a note at a time, so
        QGIS stays responsive and the run can be cancelled while they are written."""
        batch = BatchReview(self, parameters, context, feedback)
        self._results = batch.run()
        if batch.notes is not None and batch.notes.off_main_thread:
            return self._notes_kept_apart(batch, context, feedback)
        self._batch = batch
        return self._results

    def _notes_kept_apart(self, batch, context, feedback):
        """The notes written, their failure failing them alone as it did after the run: reported, the outputs kept."""
        outcome = self.attempt(self._write_notes, batch, context, feedback)
        if outcome.failure is not None:
            feedback.reportError(outcome.failure)
            return self._results
        return outcome.results

    def postProcessAlgorithm(self, context, feedback):
        """Write PDF notes on the main thread: a PDF is a print layout throughout, and layouts belong there."""
        batch, self._batch = getattr(self, "_batch", None), None
        if batch is None or batch.notes is None:
            return {}
        outcome = self.attempt(self._write_notes, batch, context, feedback)
        del self, batch, context, feedback  # the exception raised to QGIS is never freed: it holds none of them
        return outcome.value()

    def _write_notes(self, batch, context, feedback):
        """The notes, then SUMMARY's notes column naming those written. A cancel that came after the last site
        was reviewed cancels nothing: such a complete run writes every note; a later cancel stops the notes."""
        late = batch.complete and feedback.isCanceled()
        if late:
            feedback.pushInfo(tr("Every site was reviewed before the cancel: the run is complete and its review "
                                 "notes are written."))
        written = batch.notes.write_all(feedback, heed_cancel=not late, complete=batch.complete)
        record_notes(self._results.get(self.SUMMARY), written, context)
        return {**self._results, self.REPORT_FOLDER: batch.notes.folder}

    def read_request_flags(self):
        """Feature request and flags used to read sites (never stop on invalid geometry)."""
        return QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS
