"""zoningreview:rereview — sites reviewed against an earlier and a later rule set: what changes, per site."""

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
)

from ..compat import SOURCE_ANY_GEOMETRY, SOURCE_POLYGON, SOURCE_TABLE, WKB_NO_GEOMETRY
from ..core.model.fields import make_fields
from ..core.review.rereview import clause_statuses, compare
from ..i18n import tr
from .base import ZoningReviewAlgorithm

OUTPUT_COLUMNS = (("site_id", "string"), ("verdict_before", "string"), ("verdict_after", "string"),
                  ("verdict_changed", "bool"), ("clauses_added", "string"), ("clauses_removed", "string"),
                  ("clauses_changed", "string"))


class RereviewAlgorithm(ZoningReviewAlgorithm):
    """Review the same sites against two rule-set versions and report the differences."""

    ALGORITHM_ID = "rereview"
    TAGS = ("re-review", "复核", "rule set", "version", "规则集", "版本")
    SITES = "SITES"
    UNITS = "UNITS"
    OLD_RULES = "OLD_RULES"
    NEW_RULES = "NEW_RULES"
    CONSTRAINTS = "CONSTRAINTS"
    SITE_ID_FIELD = "SITE_ID_FIELD"
    OUTPUT = "OUTPUT"
    CHANGED = "CHANGED"

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Re-review sites against a new rule set")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return tr(
            "Reviews every site twice, with the earlier and with the later rule set (the same unit and "
            "constraint layers, the same site fields as 'Review sites'), and writes one row per site: the "
            "verdict before and after, whether it changed, and the clauses (unit:rule) added, removed or "
            "with another finding.")

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters and outputs."""
        self.addParameter(QgsProcessingParameterFeatureSource(self.SITES, tr("Candidate sites"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterVectorLayer(self.UNITS, tr("Control unit layer"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFile(self.OLD_RULES, tr("Earlier rule set (YAML)"), extension="yaml"))
        self.addParameter(QgsProcessingParameterFile(self.NEW_RULES, tr("Later rule set (YAML)"), extension="yaml"))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONSTRAINTS, tr("Constraint layers (named as in the rule set, e.g. river_bank)"),
            SOURCE_ANY_GEOMETRY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SITE_ID_FIELD, tr("Site id field (default: the feature id)"), parentLayerParameterName=self.SITES,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Changes per site"), SOURCE_TABLE))
        self.addOutput(QgsProcessingOutputNumber(self.CHANGED, tr("Sites whose verdict changes")))

    def _review(self, parameters, rules: str, context, feedback):
        """reviewsites with one rule set: ({site: verdict}, {site: {clause: status}})."""
        child = QgsApplication.processingRegistry().createAlgorithmById("zoningreview:reviewsites")
        params = {"SITES": parameters[self.SITES], "UNITS": parameters[self.UNITS], "RULES": rules,
                  "CONSTRAINTS": parameters.get(self.CONSTRAINTS) or [],
                  "SITE_ID_FIELD": parameters.get(self.SITE_ID_FIELD) or "", "FINDINGS_JSON": False,
                  "FINDINGS": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT", "CLAUSES": "TEMPORARY_OUTPUT"}
        results, ok = child.run(params, context, feedback)
        if not ok:
            raise QgsProcessingException(tr("The review with the rule set {path} failed.").format(path=rules))
        summary = QgsProcessingUtils.mapLayerFromString(results["SUMMARY"], context)
        clauses = QgsProcessingUtils.mapLayerFromString(results["CLAUSES"], context)
        verdicts = {str(f["site_id"]): str(f["verdict"]) for f in summary.getFeatures()}
        rows = (dict(zip(clauses.fields().names(), f.attributes())) for f in clauses.getFeatures())
        return verdicts, clause_statuses(rows)

    def run_algorithm(self, parameters, context, feedback):
        """Both reviews, then one row per site."""
        old = self.parameterAsFile(parameters, self.OLD_RULES, context)
        new = self.parameterAsFile(parameters, self.NEW_RULES, context)
        before, clauses_before = self._review(parameters, old, context, feedback)
        after, clauses_after = self._review(parameters, new, context, feedback)
        fields = make_fields(OUTPUT_COLUMNS)
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WKB_NO_GEOMETRY)
        if sink is None:
            raise QgsProcessingException(tr("The output layers could not be created."))
        changes = compare(before, after, clauses_before, clauses_after)
        for change in changes:
            feature = QgsFeature(fields)
            feature.setAttributes([change.site_id, change.before, change.after, change.verdict_changed,
                                   "; ".join(change.added), "; ".join(change.removed), "; ".join(change.changed)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        del sink
        changed = [c.site_id for c in changes if c.verdict_changed]
        feedback.pushInfo(tr("{n} sites change verdict: {sites}").format(n=len(changed), sites=", ".join(changed)))
        return {self.OUTPUT: sink_id, self.CHANGED: len(changed)}
