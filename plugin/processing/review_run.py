"""The body of reviewsites: set up once, then review site after site with progress and cancel."""

from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, Tuple, Union

from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer

from ..compat import WKB_NO_GEOMETRY
from ..core.inputs.hidden_rows import hidden_rows_error
from ..core.inputs.misread_layers import misread_layer_warning
from ..core.inputs.resolve import layer_label, overlay_engine
from ..core.inputs.site_attributes import SiteFieldMap, project_from_attributes
from ..core.inputs.site_lines import is_line_type, lines_counted
from ..core.model.binding import UnitBinding
from ..core.model.project import ProjectDescription
from ..core.model.results import OverlayResult, Reason, SiteReview
from ..core.model.verdicts import Verdict
from ..core.outputs.clause_rows import clause_columns, clause_features, clause_fields
from ..core.outputs.findings_json import FindingsJson
from ..core.outputs.review_rows import (
    finding_features,
    findings_columns,
    findings_fields,
    output_wkb_type,
    summary_columns,
    summary_feature,
    summary_fields,
)
from ..core.overlay.engine import OverlayEngine, OverlayError
from ..core.overlay.pushdown import batch_overlay
from ..core.overlay.unit_index import exact_count, is_remote
from ..core.review.evaluation import FindingMemo
from ..core.review.judgements import JudgementError
from ..core.review.site_review import ReasonTexts, evaluate_overlay
from ..core.rules.ruleset import RuleSet
from ..i18n import grouped, tr
from .partial_outputs import report_kept
from .review_inputs import check_sites_crs, layer_parameter, processing_errors, unit_inputs
from .review_judgements import read_judgements, report_unapplied
from .review_log import ReviewLog
from .review_notes import NotesWriter
from .sink_writer import Output, SinkWriter, closing, open_output
from .site_fields import site_field_map
from .site_ids import refuse_unstable_ids, scan_site_ids, site_id, warn_row_ids, withhold_shared
from .site_progress import SiteProgress, counted_features
from .source_selection import check_site_selection
from .verdict_styler import VerdictStyler


@dataclass
class ReviewSetup:
    """Everything a batch review needs besides the sites themselves."""

    ruleset: RuleSet
    binding: UnitBinding
    engine: OverlayEngine
    site_fields: SiteFieldMap
    units: QgsVectorLayer  # the unit layer (the notes' map draws it; the engine may read its selected units only)
    constraints: Dict[str, QgsVectorLayer] = field(default_factory=dict)


class BatchReview:
    """One run of reviewsites."""

    def __init__(self, alg, parameters, context, feedback) -> None:
        self.alg = alg
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.notes = None
        self.queries = None
        self.judgements = None
        self.log = None
        self.memo = FindingMemo()
        self.sites_read, self.read_all = 0, False  # sites read so far; True once the sites layer was read to its end
        self.complete = False  # True once every site was reviewed, whatever a cancel that came after says
        self.lang = alg.LANGUAGES[alg.parameterAsEnum(parameters, alg.LANGUAGE, context)]
        self.whole_site = not alg.parameterAsBoolean(parameters, alg.OTHER_UNIT_LAYERS, context)
        self.texts = ReasonTexts(self.lang)
        # the sites' layer, also when SITES is a feature source's definition (selected only, a feature limit…)
        self.site_layer = layer_parameter(alg, parameters, alg.SITES, context)

    def setup(self) -> "ReviewSetup":
        """Rule set, unit binding, constraint layers, overlay engine and site fields."""
        self.refuse_lines()
        found = unit_inputs(self.alg, self.parameters, self.context, self.feedback)
        sites = self.site_layer
        hidden = hidden_rows_error(sites, layer_label(sites)) if sites is not None else None
        if hidden:  # sites the layer leaves out would be missing from the run without a word
            raise QgsProcessingException(hidden)
        check_sites_crs(sites)
        check_site_selection(self.alg, self.parameters, self.context, sites)
        misread = misread_layer_warning(sites, sites.name()) if sites is not None else ""
        if misread:  # each site's misread value needs information; said once up front
            self.feedback.pushWarning(misread)
        with processing_errors():
            engine = overlay_engine(found.units, found.binding, found.ruleset, found.constraints,
                                    self.context.transformContext(), self.context.ellipsoid() or None,
                                    selected=found.selected)
        fields = site_field_map(self.alg, self.parameters, self.context, self.feedback, found.ruleset)
        return ReviewSetup(found.ruleset, found.binding, engine, fields, found.units, found.constraints)

    def refuse_lines(self) -> None:
        """Stop when the sites are lines (a CAD drawing's boundaries), saying how many are closed and what to do."""
        source = self.alg.parameterAsSource(self.parameters, self.alg.SITES, self.context)
        if source is None or not is_line_type(source.wkbType()):
            return
        name = layer_label(self.site_layer) if self.site_layer is not None else source.sourceName()
        raise QgsProcessingException(tr(
            "The candidate sites {layer} hold no polygons, only lines ({lines}): a site must be an area, and no line "
            "is taken for one, closed or not (a CAD drawing's closed polyline is read as a line). Turn the site "
            "boundaries into polygons (Processing ▸ Vector geometry ▸ Lines to polygons) or draw them, then give that "
            "polygon layer as the candidate sites.").format(layer=name, lines=lines_counted(source.getFeatures())))

    def run(self) -> Dict[str, object]:
        """Review every site and write FINDINGS, SUMMARY and the notes."""
        setup = self.setup()
        alg = self.alg
        source = alg.parameterAsSource(self.parameters, alg.SITES, self.context)
        crs = source.sourceCrs()
        with_json = alg.parameterAsBoolean(self.parameters, alg.FINDINGS_JSON, self.context)
        rows, sites, clauses = findings_fields(with_json), summary_fields(not self.whole_site), clause_fields()
        ids = scan_site_ids(source, setup.site_fields.id_field, self.feedback)
        refuse_unstable_ids(self.site_layer, ids)
        warn_row_ids(self.site_layer, ids, self.feedback)
        ids.report(self.feedback)
        self.judgements = withhold_shared(read_judgements(alg, self.parameters, self.context, self.feedback), ids,
                                          self.feedback)
        self.notes = NotesWriter.from_parameters(self, setup, crs)
        notes = self.notes
        outputs, destinations = self._outputs(crs, rows, sites, clauses)  # after the checks that may stop the run
        progress = SiteProgress(self.feedback, counted_features(
            source, self.site_layer, ids.count, self.feedback))
        # The notes print every distance; without them, distances are sought only as far as rules look.
        self.queries = setup.ruleset.spatial_queries() if notes else setup.ruleset.bounded_queries()
        self.log = ReviewLog(self.feedback)
        done = self._review_all(source, setup, crs, outputs, progress, (rows, sites, clauses))
        self.log.close()
        cancelled = self.feedback.isCanceled() and not self._reviewed_all(done)
        self.complete = not cancelled
        if not cancelled:
            report_unapplied(self.judgements, self.feedback,
                             alg.parameterAsBoolean(self.parameters, alg.REGISTER_JUDGEMENTS, self.context))
        if cancelled:
            total = progress.known_total(self.sites_read, self.read_all)
            self.feedback.pushWarning(tr("Cancelled after {n} of {total} sites.").format(
                n=grouped(done), total=grouped(total)) if total >= done else self._cancelled_unknown_total(done))
            report_kept(list(outputs.values()), self.feedback)
        else:
            progress.reviewed(done, self.sites_read, self.read_all)  # all done: 100 %
        for layer_id, columns, by_verdict in ((destinations[alg.SUMMARY], summary_columns(not self.whole_site), True),
                                              (destinations[alg.FINDINGS], findings_columns(), False),
                                              (destinations[alg.CLAUSES], clause_columns(), False)):
            if layer_id and self.context.willLoadLayerOnCompletion(layer_id):
                details = self.context.layerToLoadOnCompletionDetails(layer_id)
                details.setPostProcessor(VerdictStyler.create(columns, by_verdict))
        return {name: destinations[name] for name in (alg.FINDINGS, alg.SUMMARY, alg.CLAUSES) if destinations[name]}

    def _outputs(self, crs, rows, sites, clauses) -> Tuple[Dict[str, Output], Dict[str, str]]:
        """FINDINGS, SUMMARY and (when asked for) CLAUSES opened, and their destination ids."""
        alg = self.alg
        outputs, destinations = {}, {}
        for name, fields, kind in ((alg.FINDINGS, rows, output_wkb_type()), (alg.SUMMARY, sites, output_wkb_type()),
                                   (alg.CLAUSES, clauses, WKB_NO_GEOMETRY)):
            output, destinations[name] = open_output(alg, self.parameters, name, self.context, fields, kind, crs)
            if output is not None:
                outputs[name] = output
        if alg.FINDINGS not in outputs or alg.SUMMARY not in outputs:
            raise QgsProcessingException(tr("The output layers could not be created."))
        if alg.CLAUSES not in outputs and self.parameters.get(alg.CLAUSES):
            raise QgsProcessingException(tr("The clauses output could not be created."))
        return outputs, destinations

    def _sites(self, source, setup: "ReviewSetup", crs) -> Iterator[Tuple[Any, QgsGeometry, Any]]:
        """(feature, site id, project), geometry and CRS of each site, until cancelled."""
        request, flags = self.alg.read_request_flags()
        layer = self.site_layer
        expected = source.featureCount() if layer is not None and exact_count(layer) is not None else None
        features, self.sites_read, self.read_all = source.getFeatures(request, flags), 0, False
        for feature in features:
            if self.feedback.isCanceled():
                return
            self.sites_read += 1
            values = dict(zip(feature.fields().names(), feature.attributes()))
            mapping = setup.site_fields
            ident = site_id(values.get(mapping.id_field), feature.id()) if mapping.id_field else str(feature.id())
            project = project_from_attributes(ident, values, mapping)
            yield (feature, ident, project), QgsGeometry(feature.geometry()), crs
        count = self.sites_read
        if layer is not None and is_remote(layer) and (not features.isValid() or count < (expected or 0)):
            raise QgsProcessingException(unread_sites(count).format(count=grouped(count), layer=layer.name()))
        self.read_all = True

    def _review_all(self, source, setup: "ReviewSetup", crs, outputs: Dict[str, Output], progress: SiteProgress,
                    fields: Tuple[Any, Any, Any]) -> int:
        """Review site after site, each site's rows written as it comes; the number reviewed (until a cancel).

        The writer stops before the files close, and the files close after a failure too. An overlay error that is
        no one site's (a unit layer its database stopped giving) stops the run; a run an error stops says how far it
        got and what each output holds, kept as written."""
        alg, notes, encoder = self.alg, self.notes, FindingsJson()
        rows, sites, clauses = fields
        done, finished = 0, False
        try:
            with closing(*outputs.values()), SinkWriter() as writer, processing_errors():
                for (feature, site_id, project), outcome in batch_overlay(  # in the units' database when it can
                        setup.engine, self.site_layer, self._sites(source, setup, crs), self.queries, self.feedback):
                    if self.feedback.isCanceled():
                        break
                    review = self.review_one(site_id, project, outcome, setup)
                    if notes:
                        notes.add(review, project, feature.geometry(), feature.id())
                    writer.add(outputs[alg.FINDINGS], finding_features(review, rows, encoder))
                    writer.add(outputs[alg.SUMMARY], [  # notes named once written (review_notes.record_notes)
                        summary_feature(review, project.name, feature.geometry(), sites, self.texts)])
                    if alg.CLAUSES in outputs:
                        writer.add(outputs[alg.CLAUSES], clause_features(review, clauses, self.texts))
                    self.log.site(review)
                    done += 1
                    progress.reviewed(done, self.sites_read, self.read_all)
                writer.close()  # every row queued is written before the files close; a refused row stops the run
                finished = True  # past here only the files' read-back can fail, and its message names the file
        except Exception:
            if not finished:
                self._report_stopped(done, outputs)
            raise
        return done

    def _report_stopped(self, done: int, outputs: Dict[str, Output]) -> None:
        """Say that an error stopped the review after ``done`` sites, and what each output holds (kept as written)."""
        if done == 1:
            said = tr("The review stopped on an error after reviewing 1 site, before its end. Each output keeps what "
                      "was written to it before the error, named below with its rows (QGIS loads no output of a "
                      "failed run). Review again once the error is put right.")
        else:
            said = tr("The review stopped on an error after reviewing {n} sites, before its end. Each output keeps "
                      "what was written to it before the error, named below with its rows (QGIS loads no output of "
                      "a failed run). Review again once the error is put right.").format(n=grouped(done))
        self.feedback.pushWarning(said)
        report_kept(list(outputs.values()), self.feedback)

    def _reviewed_all(self, done: int) -> bool:
        """True when the sites layer was read to its end and every site read was reviewed: a cancel that came
        after the last site cancels nothing (the overlay reads ahead, so the sites read alone do not tell)."""
        return self.read_all and done == self.sites_read

    @staticmethod
    def _cancelled_unknown_total(done: int) -> str:
        """The cancel warning when the sites layer could not tell how many sites it has."""
        if done == 1:
            return tr("Cancelled after 1 site.")
        return tr("Cancelled after {n} sites.").format(n=grouped(done))

    def review_one(self, site_id: str, project: ProjectDescription,
                   outcome: Union[OverlayResult, OverlayError], setup: "ReviewSetup") -> SiteReview:
        """Evaluate one overlaid site; a site that cannot be overlaid becomes a 'needs study' row."""
        if isinstance(outcome, OverlayError):
            return self._broken(site_id, outcome)
        try:
            review = evaluate_overlay(site_id, outcome, project, setup.ruleset, setup.binding.prose_fields,
                                      self.memo, self.judgements, self.whole_site)
        except JudgementError as error:
            raise QgsProcessingException(str(error)) from None
        self.log.warn(site_id, outcome.warnings)
        return review

    def _broken(self, site_id: str, error: OverlayError) -> SiteReview:
        """The review of a site that could not be overlaid (its reason in the chosen language)."""
        self.log.error(site_id, str(error))
        overlay = OverlayResult(site_area_m2=0.0)
        reason = Reason("Site {site} was not reviewed: {reason}",
                        {"site": site_id, "reason": error.reason or str(error)})
        return SiteReview(site_id=site_id, verdict=Verdict.NEEDS_STUDY, overlay=overlay, reasons=[reason])


def unread_sites(count: int) -> str:
    """The message of a sites table read only in part ({count} sites of {layer}), singular for one site."""
    if count == 1:
        return tr("Only 1 site of {layer} could be read from its database (the connection failed or the table "
                  "changed while it was read): check the connection and review again.")
    return tr("Only {count} sites of {layer} could be read from its database (the connection failed or the table "
              "changed while it was read): check the connection and review again.")
