"""Plain result objects shared by the engines, the dock, Processing and the notes.

Reasons are kept as structured messages (an English template with named placeholders
plus its values) so that each consumer renders them in its own language.
"""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple


@dataclass
class Reason:
    """One sentence of explanation: an English template with {placeholders} and its values."""

    template: str
    values: Dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON-ready form (nested Reasons included), without dataclasses.asdict's deep copies."""
        return {"template": self.template, "values": {k: _plain(v) for k, v in self.values.items()}}


@dataclass(frozen=True)
class Term:
    """Vocabulary ids inside a reason (construction natures, catalogue classes), worded when rendered."""

    vocab: str
    ids: Tuple[str, ...]


@dataclass(frozen=True)
class Words:
    """A name given in both languages inside a reason (e.g. a constraint layer's label)."""

    zh: str
    en: str


@dataclass(frozen=True)
class Listed:
    """Items listed inside a reason (codes, values, field names), joined with the language's separator when
    rendered (", " in English, "、" in Chinese)."""

    items: Tuple[str, ...]


def _plain(value: Any) -> Any:
    """A placeholder value in JSON-ready form."""
    if isinstance(value, Reason):
        return value.to_dict()
    if isinstance(value, Term):
        return {"vocab": value.vocab, "ids": tuple(value.ids)}
    if isinstance(value, Words):
        return {"zh": value.zh, "en": value.en}
    if isinstance(value, Listed):
        return {"items": tuple(value.items)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class ListSource:
    """The access list a clause comes from: its id, title, authority, version, file digest and place
    in the binding's ordered lists (0 = first)."""

    list_id: str
    title_zh: str
    title_en: str = ""
    authority: str = ""
    version: str = ""
    sha256: str = ""
    position: int = 0

    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON-ready form."""
        return {"list_id": self.list_id, "title_zh": self.title_zh, "title_en": self.title_en,
                "authority": self.authority, "version": self.version, "sha256": self.sha256,
                "position": self.position}


@dataclass
class Finding:
    """The outcome of one rule for one unit."""

    rule_id: str
    level: str
    dimension: str
    effect: str
    status: str
    text_zh: str = ""
    text_en: str = ""
    basis: str = ""
    reasons: List[Reason] = field(default_factory=list)
    missing: List[str] = field(default_factory=list)
    decisive: bool = False
    judgement: Optional[Any] = None  # the reviewer's Judgement of this clause (core/review/judgements.py)
    machine_status: str = ""  # the rules' own status, kept when a judgement replaced it
    source: Optional[ListSource] = None  # the access list of the clause (None: the unit layer's own text)

    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON-ready form (as dataclasses.asdict gives, built directly: it is on the hot path)."""
        return {
            "rule_id": self.rule_id, "level": self.level, "dimension": self.dimension,
            "effect": self.effect, "status": self.status, "text_zh": self.text_zh,
            "text_en": self.text_en, "basis": self.basis,
            "reasons": [r.to_dict() for r in self.reasons], "missing": list(self.missing),
            "decisive": self.decisive,
            "judgement": None if self.judgement is None else self.judgement.to_dict(),
            "machine_status": self.machine_status,
            "source": None if self.source is None else self.source.to_dict(),
        }


@dataclass(frozen=True)
class SpatialQuery:
    """A spatial question a rule asks: how the site stands to layer ``layer`` (filtered by ``where``)."""

    layer: str
    where: str = ""
    reach_m: Optional[float] = None  # nearest-feature search: None always, 0 never, d only within d metres

    @property
    def key(self) -> str:
        """Stable key of the query in OverlayResult.relations."""
        return f"{self.layer}[{self.where}]" if self.where else self.layer


FILTER_PROBLEM = "filter"  # LayerRelation.problem: the layer's filter cannot be applied to it
CRS_PROBLEM = "crs"  # LayerRelation.problem: the site cannot be placed in the layer's CRS
NO_FEATURES = "no_features"  # LayerRelation.problem: the bound layer has no feature with a usable geometry
SHIFT_PROBLEM = "datum"  # LayerRelation.problem: the site lies near the layer, joined to it by a ballpark offset
SUBSET_PROBLEM = "subset"  # LayerRelation.problem: the layer has a filter set in the project that may hide zones
NONE_PASS_PROBLEM = "none_pass"  # LayerRelation.problem: the rule's filter matches none of the bound layer's features
UNUSABLE_PROBLEM = "unusable"  # LayerRelation.problem: a feature whose box meets the site's has no usable geometry


@dataclass
class LayerRelation:
    """How the site stands to the features of one named constraint layer (with its filter)."""

    layer: str
    where: str = ""
    distance_m: Optional[float] = None
    nearest_fid: Optional[int] = None
    relation: str = "outside"  # inside, overlapping, outside; unknown when ``problem`` is set
    overlap_m2: float = 0.0
    bound: bool = True
    problem: str = ""  # why a bound layer's position is unknown: FILTER_PROBLEM, CRS_PROBLEM, SUBSET_PROBLEM…
    sliver_m2: float = 0.0  # an overlap measured at or below the slivers' threshold: not counted (overlap_m2 is 0)
    sliver_limit_m2: float = 0.0  # that threshold (m²), when there is such an overlap or such a part outside
    outside_m2: float = 0.0  # of a site counted inside: its part outside the features (at or below the threshold)
    lines: int = 0  # line features meeting the site (boundary included)
    line_m: float = 0.0  # their length within the site (m, on the ellipsoid)
    points: int = 0  # point features within the site or on its boundary
    uncertain_m: float = 0.0  # how far a ballpark datum offset may misplace the site against the layer (m)

    @property
    def known(self) -> bool:
        """Whether the site's position to the layer was found: the layer is bound, its filter and CRS usable."""
        return self.bound and not self.problem


@dataclass
class UnitOverlap:
    """One control unit the site touches."""

    fid: int
    code: str
    name: str
    category: str
    overlap_m2: float
    site_fraction: float
    unit_fraction: float
    attributes: Dict[str, Any] = field(default_factory=dict)
    filled: List[str] = field(default_factory=list)  # fields whose text fills its Shapefile field: may be cut


@dataclass
class OverlayResult:
    """What the overlay engine found for one site."""

    site_area_m2: float
    overlaps: List[UnitOverlap] = field(default_factory=list)
    uncovered_m2: float = 0.0  # of the site, outside every unit it meets (0 up to the slivers' threshold)
    units_uncertain_m: float = 0.0  # a ballpark datum offset this large may put the site in other units (m)
    touches: List[UnitOverlap] = field(default_factory=list)
    relations: Dict[str, LayerRelation] = field(default_factory=dict)
    warnings: List[Reason] = field(default_factory=list)
    crs: str = ""
    ellipsoid: str = ""
    geometries: Dict[int, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class UnitReview:
    """A unit the site overlaps, with the findings of every applicable rule."""

    overlap: UnitOverlap
    category_id: str
    verdict: str
    findings: List[Finding] = field(default_factory=list)

    def count(self, status: str) -> int:
        """Number of findings with this status."""
        return sum(1 for f in self.findings if f.status == status)


@dataclass
class SiteReview:
    """The whole review of one site: overlay, unit reviews and the overall verdict."""

    site_id: str
    verdict: str
    overlay: OverlayResult
    units: List[UnitReview] = field(default_factory=list)
    reasons: List[Reason] = field(default_factory=list)
    ruleset_id: str = ""
    ruleset_version: str = ""

    def all_findings(self) -> List[Finding]:
        """Every unit's findings, unit after unit."""
        return [finding for unit in self.units for finding in unit.findings]
