"""zoningreview:rereview — sites (or the register's reviews) reviewed against a later rule set: what changes."""

from typing import Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
)

from ..compat import SOURCE_ANY_GEOMETRY, SOURCE_POLYGON, SOURCE_TABLE, WKB_NO_GEOMETRY
from ..core.inputs.resolve import tolerance
from ..core.model.fields import make_fields
from ..core.outputs.register_records import RegisterRecord
from ..core.review.rereview import Review, SiteChange, clause_statuses, compare, merge_layers
from ..core.review.several_layers import compliant_outside_every_layer, outside_layers
from ..i18n import grouped, list_separator, tr
from .base import ZoningReviewAlgorithm
from .child_feedback import ChildFeedback
from .rereview_cover import layer_cover
from .rereview_help import rereview_help, rereview_parameter_help
from .rereview_register import SITE_FIELD, judgements_after, register_inputs
from .review_inputs import check_sites_crs, layer_parameter
from .sink_writer import add_rows, closing, open_output

OUTPUT_COLUMNS = (("site_id", "string"), ("verdict_before", "string"), ("verdict_after", "string"),
                  ("verdict_changed", "bool"), ("clauses_added", "string"), ("clauses_removed", "string"),
                  ("clauses_changed", "string"), ("register_seq", "int"))


class RereviewAlgorithm(ZoningReviewAlgorithm):
    """Review the same sites against two rule-set versions, or the register's reviews against a later one."""

    ALGORITHM_ID = "rereview"
    TAGS = ("re-review", "复核", "rule set", "version", "规则集", "版本", "register", "台账")
    SITES = "SITES"
    REGISTER = "REGISTER"
    UNITS = "UNITS"
    OTHER_UNITS = "OTHER_UNITS"
    OLD_RULES = "OLD_RULES"
    NEW_RULES = "NEW_RULES"
    CONSTRAINTS = "CONSTRAINTS"
    CONSTRAINT_NAMES = "CONSTRAINT_NAMES"
    SITE_ID_FIELD = "SITE_ID_FIELD"
    OUTPUT = "OUTPUT"
    CHANGED = "CHANGED"

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Re-review sites against a new rule set")

    def short_description(self) -> str:
        """One line: what the algorithm does."""
        return tr("Reviews sites (or a review register) again with a later rule set and lists the verdicts and "
                  "clauses that changed.")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return rereview_help()

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters and outputs (each with its help)."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, tr("Candidate sites"), [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.REGISTER, tr("Review register (GeoPackage)"), extension="gpkg",
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(self.UNITS, tr("Control unit layer"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.OTHER_UNITS, tr("Further control unit layers"),
            SOURCE_POLYGON, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.OLD_RULES, tr("Earlier rule set (YAML)"), extension="yaml",
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.NEW_RULES, tr("Later rule set (YAML)"), extension="yaml",
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONSTRAINTS, tr("Constraint layers (named as in the rule set)"),
            SOURCE_ANY_GEOMETRY, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CONSTRAINT_NAMES, tr("Constraint names (rule_name=layer_name; …)"),
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SITE_ID_FIELD, tr("Site id field (default: the feature id)"), parentLayerParameterName=self.SITES,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Changes per site"), SOURCE_TABLE))
        self.addOutput(QgsProcessingOutputNumber(self.CHANGED, tr("Sites whose verdict changes")))
        for name, text in rereview_parameter_help().items():
            self.parameterDefinition(name).setHelp(text)

    def _review(self, parameters, units, sites, rules: str, context, feedback, covers: Optional[list] = None,
                **extra) -> Review:
        """reviewsites with one rule set and one unit layer: ({site: verdict}, {site: {clause: status}}); with
        ``covers``, each site and its overlaps with the layer are added to it (``layer_cover``)."""
        child = QgsApplication.processingRegistry().createAlgorithmById("zoningreview:reviewsites")
        params = {"SITES": sites, "UNITS": units, "RULES": rules,
                  "CONSTRAINTS": parameters.get(self.CONSTRAINTS) or [],
                  "CONSTRAINT_NAMES": parameters.get(self.CONSTRAINT_NAMES) or "",
                  "SITE_ID_FIELD": parameters.get(self.SITE_ID_FIELD) or "",
                  "SITE_FEATURE_IDS": not parameters.get(self.SITE_ID_FIELD), "FINDINGS_JSON": False,
                  "FINDINGS": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT", "CLAUSES": "TEMPORARY_OUTPUT",
                  **extra}
        held = ChildFeedback(feedback)  # the error the review stops with is this run's own, said once
        results, ok = child.run(params, context, held)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Re-review cancelled; nothing was written."))
        if not ok:
            raise QgsProcessingException(self._failure(units, rules, held.failure(), context))
        held.release()
        summary = QgsProcessingUtils.mapLayerFromString(results["SUMMARY"], context)
        clauses = QgsProcessingUtils.mapLayerFromString(results["CLAUSES"], context)
        if covers is not None:
            covers.append(layer_cover(summary, QgsProcessingUtils.mapLayerFromString(results["FINDINGS"], context)))
        verdicts = site_verdicts(summary)
        rows = (dict(zip(clauses.fields().names(), f.attributes())) for f in clauses.getFeatures())
        return verdicts, clause_statuses(rows)

    def _failure(self, units, rules: str, reason: str, context) -> str:
        """Why the review of ``units`` with ``rules`` (the rule sets bound to the layer when '') stopped: the review's
        own message (its layer, what to do)."""
        layer = self._layer_name(units, context)
        if rules and reason:
            return tr("The review of {layer} with the rule set {path} stopped: {reason}").format(
                layer=layer, path=rules, reason=reason)
        if rules:
            return tr("The review of {layer} with the rule set {path} failed.").format(layer=layer, path=rules)
        if reason:
            return tr("The review of {layer} with the rule sets bound to it stopped: {reason}").format(
                layer=layer, reason=reason)
        return tr("The review of {layer} with the rule sets bound to it failed.").format(layer=layer)

    @staticmethod
    def _layer_name(units, context) -> str:
        """A unit layer's name for a message (the parameter value as given when it is not a loaded layer)."""
        layer = QgsProcessingUtils.mapLayerFromString(units, context) if isinstance(units, str) else units
        return layer.name() if layer is not None else str(units)

    def _unit_layers(self, parameters, context) -> list:
        """The unit layer and the further ones, as reviewsites takes them."""
        further = self.parameterAsLayerList(parameters, self.OTHER_UNITS, context)
        return [parameters[self.UNITS], *(layer.id() for layer in further)]

    def _review_layers(self, parameters, sites, rules: str, context, feedback, judgements=(), earlier=(),
                       covers: Optional[list] = None, **extra) -> List[Review]:
        """``_review`` on every unit layer, with that layer's judgements table where ``judgements`` has one; a
        layer without one keeps its ``earlier`` review when given (the same run again would give it). With
        several layers and ``covers``, each layer's sites and overlaps are added to it (see ``merged``)."""
        layers = self._unit_layers(parameters, context)
        if len(layers) > 1:  # a part of a site outside one layer's units may lie in another's
            extra = {**extra, "OTHER_UNIT_LAYERS": True, "covers": covers}
        steps = QgsProcessingMultiStepFeedback(len(layers), feedback)
        reviews = []
        for step, units in enumerate(layers):
            steps.setCurrentStep(step)
            table = judgements[step] if step < len(judgements) else None
            if table is None and step < len(earlier):
                reviews.append(earlier[step])
                continue
            judged = {"JUDGEMENTS": table.id(), "REGISTER_JUDGEMENTS": True} if table is not None else {}
            reviews.append(self._review(parameters, units, sites, rules, context, steps, **extra, **judged))
        return reviews

    @staticmethod
    def merged(reviews: List[Review], covers: list) -> Review:
        """The reviews over every layer as one, as the panel gives them (``merge_layers`` over the layers that
        have a say of each site); a compliant site partly outside every layer needs further study (``covers``:
        each layer's sites and overlaps, empty with one layer)."""
        verdicts, clauses = merge_layers(reviews, outside_layers(covers))
        compliant_outside_every_layer(verdicts, covers, tolerance())
        return verdicts, clauses

    def _from_sites(self, parameters, new: str, context, feedback):
        """SITES reviewed with the earlier and the later rule set (over every unit layer)."""
        old = self.parameterAsFile(parameters, self.OLD_RULES, context)
        if not old:
            raise QgsProcessingException(tr("With 'Candidate sites', give the earlier rule set to compare with."))
        check_sites_crs(layer_parameter(self, parameters, self.SITES, context))  # else each review fails unnamed
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        covers: list = []  # the sites' overlaps with every layer: the same for both rule sets
        before, clauses_before = self.merged(self._review_layers(parameters, parameters[self.SITES], old, context,
                                                                 steps, covers=covers), covers)
        steps.setCurrentStep(1)
        after, clauses_after = self.merged(self._review_layers(parameters, parameters[self.SITES], new, context,
                                                               steps), covers)
        return compare(before, after, clauses_before, clauses_after), {}

    def _from_register(self, parameters, path: str, new: str, context, feedback):
        """The register's reviews as recorded, and reviewed again (with their judgements) with the later rule set."""
        inputs = register_inputs(path, feedback)
        store = context.temporaryLayerStore()
        store.addMapLayer(inputs.sites)
        steps = QgsProcessingMultiStepFeedback(2 if inputs.judged else 1, feedback)
        covers: list = []
        reviews = self._review_layers(parameters, inputs.sites.id(), new, context, steps, covers=covers,
                                      SITE_ID_FIELD=SITE_FIELD)
        if inputs.judged:  # again with the recorded judgements that still apply to the clauses found now
            tables, dropped = judgements_after(inputs.records, [clauses for _verdicts, clauses in reviews])
            for warning in dropped.warnings():
                feedback.pushWarning(warning)
            if any(table is not None for table in tables):
                for table in tables:
                    if table is not None:
                        store.addMapLayer(table)
                steps.setCurrentStep(1)
                reviews = self._review_layers(parameters, inputs.sites.id(), new, context, steps, judgements=tables,
                                              earlier=reviews, SITE_ID_FIELD=SITE_FIELD)
        after, clauses_after = self.merged(reviews, covers)
        before, clauses_before = inputs.before()
        return compare(before, after, clauses_before, clauses_after), {str(r.seq): r for r in inputs.records}

    def run_algorithm(self, parameters, context, feedback):
        """Both reviews (or the register and one review), then one row per site."""
        register = self.parameterAsFile(parameters, self.REGISTER, context)
        if bool(register) == bool(parameters.get(self.SITES)):
            raise QgsProcessingException(tr("Give either 'Candidate sites' or 'Review register' (one of them)."))
        new = self.parameterAsFile(parameters, self.NEW_RULES, context)
        if register:
            changes, entries = self._from_register(parameters, register, new, context, feedback)
        else:
            changes, entries = self._from_sites(parameters, new, context, feedback)
        fields = make_fields(OUTPUT_COLUMNS)
        output, sink_id = open_output(self, parameters, self.OUTPUT, context, fields, WKB_NO_GEOMETRY)
        if output is None:
            raise QgsProcessingException(tr("The output layers could not be created."))
        with closing(output):  # the file closes now, after a failure too
            add_rows(output, [change_feature(change, entries.get(change.site_id), fields) for change in changes])
        changed = [c.site_id for c in changes if c.verdict_changed]
        named = [f"{entries[s].seq} {entries[s].text('site_name')}" if s in entries else s for s in changed]
        feedback.pushInfo(changed_line(named))
        return {self.OUTPUT: sink_id, self.CHANGED: len(changed)}


def site_verdicts(summary) -> Dict[str, str]:
    """{site id: verdict} of a SUMMARY; an id several sites share stops the run, since the comparison is by id."""
    verdicts: Dict[str, str] = {}
    shared = []
    for feature in summary.getFeatures():
        site = str(feature["site_id"])
        if site in verdicts and site not in shared:
            shared.append(site)
        verdicts[site] = str(feature["verdict"])
    if shared:
        raise QgsProcessingException(tr(
            "Re-review compares the reviews site by site through their ids, and several sites share the ids {ids}: "
            "choose a site id field whose every value is given once, or none to use the feature ids.").format(
            ids=list_separator().join(shared[:20])))
    return verdicts


def change_feature(change: SiteChange, entry: Optional[RegisterRecord], fields) -> QgsFeature:
    """The OUTPUT row of one site: named by its register entry when it has one."""
    feature = QgsFeature(fields)
    feature.setAttributes([entry.text("site_name") if entry else change.site_id, change.before, change.after,
                           change.verdict_changed, "; ".join(change.added), "; ".join(change.removed),
                           "; ".join(change.changed), entry.seq if entry else None])
    return feature


def changed_line(named: List[str]) -> str:
    """The log line naming the sites whose verdict changed."""
    if not named:
        return tr("No site changes verdict.")
    if len(named) == 1:
        return tr("1 site changes verdict: {sites}").format(sites=named[0])
    return tr("{n} sites change verdict: {sites}").format(n=grouped(len(named)), sites=list_separator().join(named))
