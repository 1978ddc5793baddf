"""The siting screen: for one project, where in the unit layer could it go at all?

Every unit is evaluated as if the site lay wholly inside it. Spatial conditions are never
guessed: the unit is classified exactly against each queried layer and its ellipsoidal distance
bands (none / part / all of the unit), and every combination of possible site positions is
evaluated. One verdict for all positions is the unit's verdict; otherwise the unit needs study
and the zones where a rule bites are returned as geometries (unit CRS) with their reasons.
"""

import math
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsFeedback,
    QgsGeometry,
)

from ...i18n import tr
from ..coordinates.worker_crs import on_main_thread, settle_for_workers
from ..model.binding import UnitBinding
from ..model.project import ProjectDescription
from ..model.results import SHIFT_PROBLEM, UNUSABLE_PROBLEM, Reason
from ..model.verdicts import Verdict
from ..overlay.crs_check import crs_unknown
from ..overlay.dbf_text import filled_fields
from ..overlay.geometry_repair import EMPTY, NULL, Cleaned, clean_polygonal, overlap_parts
from ..overlay.measure import choose_ellipsoid
from ..overlay.reasons import feature_warning, unique
from ..overlay.reasons import reason_templates as overlay_templates
from ..overlay.types import OverlayError
from ..overlay.unit_records import plain
from ..overlay.unusable import no_geometry_warning
from ..review.cut_text import unit_texts
from ..review.evaluation import prose_findings
from ..rules.condition_words import layer_words
from ..rules.ruleset import RuleSet, UnitContext
from .layers import KeyZones, SourceRef, key_zones
from .layers import reason_templates as layer_templates
from .progress import UnitProgress
from .results import ConflictZone, SitingResult, UnitScreen, UnitVerdict
from .scenarios import (
    FAR,
    UNBOUND,
    Atom,
    ScenarioEvaluator,
    SiteState,
    rule_atoms,
    scenario_count,
    scenarios,
    site_states,
    unknown_state,
)
from .verdict import Decision, ZoneRequest, decide
from .verdict import reason_templates as verdict_templates
from .zones import ZERO, AreaBounds, EllipsoidalBuffer, UnitArea, ellipsoid_parameters, lonlat_crs

MAX_SCENARIOS = 512
UNMEASURED = ("The unit's area cannot be measured on the ellipsoid: its coordinates lie outside where {crs} can be "
              "used, so where the unit lies is unknown; it was not screened. Check the unit layer's CRS.")


@dataclass
class SitingTolerance:
    """Overlaps of a unit smaller than both ``min_area_m2`` and that fraction of it are ignored."""

    min_area_m2: float = 1.0
    min_unit_fraction: float = 1e-5


@dataclass
class SitingInputs:
    """Everything the screen needs; constraint sources are keyed by the rule set's layer names."""

    units: SourceRef
    binding: UnitBinding
    ruleset: RuleSet
    project: ProjectDescription
    constraints: Dict[str, SourceRef] = field(default_factory=dict)
    transform_context: QgsCoordinateTransformContext = field(default_factory=QgsCoordinateTransformContext)
    ellipsoid: str = ""
    tolerance: SitingTolerance = field(default_factory=SitingTolerance)
    with_zones: bool = True
    text_widths: Dict[str, Tuple[int, str]] = field(default_factory=dict)  # a Shapefile's (``overlay/dbf_text``)


def reason_templates() -> List[str]:
    """The sentences the screen puts into results (listed for the string extractor)."""
    return [
        tr("The unit has no geometry; it was not screened."),
        tr("The unit's geometry cannot be used ({detail}); it was not screened."),
        tr("The unit's area cannot be measured on the ellipsoid: its coordinates lie outside where {crs} can be "
           "used, so where the unit lies is unknown; it was not screened. Check the unit layer's CRS."),
        tr("Too many combinations of site positions ({count}) to screen this unit; review sites "
           "in it one by one."),
    ] + verdict_templates() + layer_templates() + overlay_templates()  # the units' warnings are a review's


class SitingScreen:
    """Screens the units of a layer for one project (build once, iterate ``units()``)."""

    def __init__(self, inputs: SitingInputs):
        self.inputs = inputs
        self.crs = inputs.units.crs
        if crs_unknown(self.crs):  # none, or GDAL's undefined SRS: the units lie nowhere known on the earth
            raise OverlayError(tr("Layer {layer} has no valid coordinate reference system").format(
                layer=inputs.units.name))
        self.measure = QgsDistanceArea()
        self.measure.setSourceCrs(self.crs, inputs.transform_context)
        self.measure.setEllipsoid(choose_ellipsoid(inputs.ellipsoid, self.crs))
        self.evaluator = ScenarioEvaluator(inputs.ruleset, inputs.project)
        builder = EllipsoidalBuffer(self.measure.ellipsoid(), inputs.transform_context)
        self.zones = key_zones(inputs.ruleset.spatial_queries(), inputs.constraints, self.crs,
                               inputs.transform_context, builder)
        self.rule_atoms = {rule.id: rule_atoms(rule) for rule in inputs.ruleset.rules}
        self.words = {q.key: layer_words(inputs.ruleset, q) for q in inputs.ruleset.spatial_queries()}  # in reasons
        geographic = self.crs.isGeographic() and self.measure.willUseEllipsoid()
        self.bounds = AreaBounds(self.measure.ellipsoid()) if geographic else None
        self._atoms_cache: Dict[object, Tuple[dict, List[str]]] = {}
        self._states_cache: Dict[object, list] = {}
        self._decisions: Dict[object, Decision] = {}
        self._indices: Optional[Tuple[object, Dict[str, int]]] = None
        self.unit_warnings: List[Reason] = []
        self.no_geometry: List[int] = []  # the units without a geometry (null or empty), by feature id
        self.timings = {"read": 0.0, "classify": 0.0, "evaluate": 0.0, "zones": 0.0}
        self.screened_all = False  # True once ``units`` has screened every unit it read

    def warnings(self) -> List[Reason]:
        """Data-quality warnings of the units repaired and the constraint layers read so far, without repeats (a layer
        queried with several filters is warned of once for what they share, as in a site's review)."""
        return unique(no_geometry_warning(self.inputs.units.name, self.no_geometry) + self.unit_warnings
                      + [w for lazy in self.zones.values() if lazy.built for w in lazy.get().warnings])

    def _request(self) -> QgsFeatureRequest:
        binding = self.inputs.binding
        names = [binding.code_field, binding.name_field, binding.category_field]
        names += list(binding.prose_fields.values()) + self.evaluator.unit_fields
        available = self.inputs.units.fields.names()
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes([n for n in dict.fromkeys(names) if n in available],
                                      self.inputs.units.fields)
        return request

    def units(self, feedback: Optional[QgsFeedback] = None) -> Iterator[UnitScreen]:
        """Screen unit after unit (progress and cancel through ``feedback``)."""
        progress = UnitProgress(feedback, self.inputs.units.count)
        self.screened_all = False
        start = time.perf_counter()
        for number, feature in enumerate(self.inputs.units.features(self._request()), start=1):
            if feedback is not None and feedback.isCanceled():
                return
            self.timings["read"] += time.perf_counter() - start
            yield self.screen_feature(feature)
            progress.screened(number)
            start = time.perf_counter()
        self.screened_all = True  # every unit read was screened, whatever a cancel that came after says
        progress.done()

    def context(self, feature) -> UnitContext:
        """The unit as the evaluator sees it."""
        binding = self.inputs.binding
        fields = feature.fields()
        if self._indices is None or self._indices[0] != fields:
            names = list(self.evaluator.unit_fields) + list(binding.prose_fields.values())
            names += [binding.code_field, binding.name_field, binding.category_field]
            self._indices = (fields, {name: fields.lookupField(name) for name in names})
        index = self._indices[1]
        values = {name: plain(feature.attribute(index[name])) for name in self.evaluator.unit_fields
                  if index[name] >= 0}
        texts = {name: plain(feature.attribute(index[name])) for name in binding.prose_fields.values()
                 if index[name] >= 0}
        prose, cut = unit_texts(texts, binding.prose_fields, filled_fields(texts, self.inputs.text_widths))
        return UnitContext(code=_text(feature[binding.code_field]), name=_text(feature[binding.name_field]),
                           category=_text(feature[binding.category_field]), attributes=values, prose=prose, cut=cut)

    def screen_feature(self, feature) -> UnitScreen:
        """The screen result of one unit feature."""
        ctx = self.context(feature)
        result = UnitScreen(feature.id(), ctx.code, ctx.name, ctx.category, Verdict.NEEDS_STUDY)
        cleaned = self._cleaned(feature, ctx)
        if cleaned.geometry is None:
            result.reasons.append(Reason("The unit has no geometry; it was not screened.") if cleaned.status in (
                NULL, EMPTY) else Reason("The unit's geometry cannot be used ({detail}); it was not screened.",
                                         {"detail": cleaned.detail}))
            return result
        result.geometry = cleaned.geometry
        tolerance = self.inputs.tolerance
        unit = UnitArea(cleaned.geometry, self.measure, tolerance.min_area_m2, tolerance.min_unit_fraction,
                        self.bounds)
        if not (math.isfinite(unit.area) and unit.area > 0.0):  # NaN or 0: no place on the earth, nothing is outside
            result.reasons.append(Reason(UNMEASURED, {"crs": self.crs.authid() or self.crs.description()}))
            return result
        started = time.perf_counter()
        states, areas = self._states(ctx, unit)
        self.timings["classify"] += time.perf_counter() - started
        count = scenario_count(states)
        if count > MAX_SCENARIOS:
            result.reasons.append(Reason("Too many combinations of site positions ({count}) to screen this "
                                         "unit; review sites in it one by one.", {"count": count}))
            return result
        started = time.perf_counter()
        decision = self._decide(ctx, states, areas)
        self.timings["evaluate"] += time.perf_counter() - started
        self._fill(result, decision, unit)
        return result

    def _cleaned(self, feature, ctx: UnitContext) -> Cleaned:
        """The unit's geometry cleaned for the screen; one without a geometry, repaired, left with nothing polygonal,
        or whose parts not polygonal were left out, noted among the warnings as a site's review notes it."""
        cleaned = clean_polygonal(feature.geometry())
        if cleaned.status in (NULL, EMPTY):
            self.no_geometry.append(feature.id())
            return cleaned
        warning = feature_warning(feature.id(), ctx.code, self.inputs.units.name, cleaned)
        if warning is not None:
            self.unit_warnings.append(warning)
        return cleaned

    def _decide(self, ctx: UnitContext, states: dict, areas: "_Areas") -> Decision:
        """The unit's decision; units alike in signature and site states share one. One with requirement texts is
        the unit's own (its findings' ids carry its code), never kept: a province's would be held to the end, every
        one of Python's garbage collections meanwhile pausing QGIS longer."""
        prose = (ctx.code, tuple(sorted(ctx.prose.items())), ctx.cut) if ctx.prose else None  # ids carry the code
        key = (self.evaluator.signature(ctx), prose,
               tuple((k, tuple(s.id for s in states[k])) for k in sorted(states)))
        found = self._decisions.get(key)
        if found is None:
            runs = [(scenario, self.evaluator.findings(ctx, scenario)) for scenario in scenarios(states)]
            found = decide(runs, prose_findings(ctx), self.rule_atoms, areas, self.words)
            if not areas.read and prose is None:
                self._decisions[key] = found
        return Decision(found.verdict, list(found.reasons), list(found.rule_ids), dict(found.counts),
                        list(found.zones))

    def _states(self, ctx: UnitContext, unit: UnitArea) -> Tuple[dict, Dict[str, float]]:
        """The possible site states towards every layer the unit's rules ask about, and the
        unit's overlap (m²) with each layer, by the query's key (two layers may share a label)."""
        signature = self.evaluator.signature(ctx)
        found = self._atoms_cache.get(signature)
        if found is None:
            found = self._atoms_cache[signature] = self.evaluator.applicable_atoms(ctx)
        atoms, relevant = found
        states, areas = {}, _Areas()
        for key, key_atoms in atoms.items():
            lazy = self.zones.get(key)
            if lazy is None:
                states[key] = [UNBOUND]
            elif lazy.unusable():  # filter, features or CRS unusable: where the site lies to it is unknown
                states[key] = [unknown_state(lazy.get().kind)]
            elif key not in relevant:
                states[key] = [FAR]
            elif lazy.get().unusable_near(unit.geometry.boundingBox()):  # as in a site's review: never "outside"
                states[key] = [unknown_state(UNUSABLE_PROBLEM)]
            else:
                states[key], areas[key] = self._classified(key, lazy.get(), unit, key_atoms)
        return states, areas

    def _classified(self, key: str, zones: KeyZones, unit: UnitArea,
                    atoms: List[Atom]) -> Tuple[List[SiteState], Callable[[], float]]:
        """The site states the unit's coverage by one layer allows, and the unit's overlap with it (m², callable)."""
        coverage = zones.coverage(unit, atoms)
        shifted = zones.shift_unknown(unit, atoms)  # near a boundary of a layer joined by a ballpark offset
        if zones.problem is not None:  # a distance band that could not be drawn: the position is unknown
            return [unknown_state(zones.kind)], ZERO
        memo = (key, coverage.base, coverage.polygonal, tuple(sorted(coverage.bands.items())), shifted)
        options = self._states_cache.get(memo)
        if options is None:
            options = site_states(coverage, atoms) + ([unknown_state(SHIFT_PROBLEM)] if shifted else [])
            self._states_cache[memo] = options
        return options, coverage.overlap_m2

    def _fill(self, result: UnitScreen, decision: Decision, unit: UnitArea) -> None:
        result.verdict = decision.verdict
        result.reasons = decision.reasons
        result.rule_ids = decision.rule_ids
        result.counts = decision.counts
        if self.inputs.with_zones:
            started = time.perf_counter()
            zones = [self._zone(result, request, unit) for request in decision.zones]
            result.zones = [zone for zone in zones if zone.geometry is not None]
            for zone in zones:
                if zone.geometry is None:  # its conditions' regions do not meet: only a site across them
                    result.reasons[result.reasons.index(zone.reason)] = _depends(zone.rule_id)
            self.timings["zones"] += time.perf_counter() - started

    def _zone(self, result: UnitScreen, request: ZoneRequest, unit: UnitArea) -> ConflictZone:
        """The conflict zone of one rule in one unit: every condition's region, intersected."""
        first = request.conditions[0][0]
        within = [a for a, _t in request.conditions if a.relation == "within"]
        relation = first.relation if request.conditions[0][1] else f"not_{first.relation}"
        zone = ConflictZone(result.fid, result.code, request.rule_id, first.query.key, relation,
                            within[0].distance_m if within else None, request.status, request.reason)
        geometry: Optional[QgsGeometry] = unit.geometry
        for atom, truth in request.conditions:
            zones: KeyZones = self.zones[atom.query.key].get()
            region = zones.region(unit, atom, truth)  # always part of the unit
            geometry = None if region is None or geometry is None else (
                region if geometry is unit.geometry else _intersect(geometry, region, unit.geometry.area()))
        if geometry is not None and not geometry.isEmpty():
            zone.geometry = geometry
            zone.area_m2 = self.measure.measureArea(geometry)
        return zone

    def run(self, feedback: Optional[QgsFeedback] = None,
            hand_on: Optional[Callable[[Iterable[UnitScreen]], None]] = None) -> SitingResult:
        """Screen every unit and collect the results. With ``hand_on``, it is given the units as they are screened (it
        reads them through, or stops on a cancel) and the result keeps of each only its ``UnitVerdict``: a province's
        results held in Python made each of Python's garbage collections pause QGIS for half a second."""
        started = time.perf_counter()
        result = SitingResult(crs=self.crs)
        if hand_on is None:
            result.units = list(self.units(feedback))
        else:
            hand_on(_noted(self.units(feedback), result.units))
        result.cancelled = feedback is not None and feedback.isCanceled()
        result.warnings = self.warnings()
        result.timings = dict(self.timings, total=time.perf_counter() - started,
                              evaluations=float(self.evaluator.evaluations))
        return result


def settle_for_screen(inputs: SitingInputs) -> None:
    """Make, on the main thread, the CRSs and the ellipsoid (with its lon/lat CRS) a screen of ``inputs`` in a
    worker thread will use (see coordinates.worker_crs)."""
    ellipsoid = choose_ellipsoid(inputs.ellipsoid, inputs.units.crs)
    settle_for_workers([inputs.units.crs, *(ref.crs for ref in inputs.constraints.values())], [ellipsoid])
    if on_main_thread():
        lonlat_crs(*ellipsoid_parameters(ellipsoid))


def run_siting_screen(inputs: SitingInputs, feedback: Optional[QgsFeedback] = None) -> SitingResult:
    """Screen every unit of ``inputs.units`` for ``inputs.project``."""
    return SitingScreen(inputs).run(feedback)


def _noted(units: Iterable[UnitScreen], verdicts: List[UnitVerdict]) -> Iterator[UnitScreen]:
    """The units, each one's verdict noted in ``verdicts`` as it passes."""
    for unit in units:
        verdicts.append(UnitVerdict(unit.fid, unit.verdict))
        yield unit


class _Areas(dict):
    """The unit's overlap (m², callables) by query key, noting whether any was read."""

    read = False

    def __getitem__(self, key: str):
        self.read = True
        return super().__getitem__(key)


def _intersect(a: QgsGeometry, b: QgsGeometry, whole_area: float) -> Optional[QgsGeometry]:
    """The polygonal overlap of two parts of a unit (of planar area ``whole_area``), None when none."""
    if a is b:
        return a
    shared = overlap_parts(a.intersection(b), whole_area)
    return None if shared.isNull() or shared.isEmpty() else shared


def _depends(rule_id: str) -> Reason:
    """The reason of a rule that bites in no part of the unit by itself, only for a site across several."""
    return Reason("Whether rule {rule} bites depends on where in this unit the site lies.", {"rule": rule_id})


def _text(value) -> str:
    value = plain(value)
    return "" if value is None else str(value).strip()
