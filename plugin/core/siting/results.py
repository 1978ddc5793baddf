"""What the siting screen finds: each unit's verdict, reasons and rule zones, and the screen's result."""

from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple, Optional, Union

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from ..model.results import Reason
from ..model.verdicts import tally


@dataclass
class ConflictZone:
    """The part of a unit where a rule bites: geometry in the unit CRS, with its reason."""

    unit_fid: int
    unit_code: str
    rule_id: str
    layer: str
    relation: str
    distance_m: Optional[float]
    status: str
    reason: Reason
    geometry: Optional[QgsGeometry] = None
    area_m2: float = 0.0


@dataclass
class UnitScreen:
    """The screen result of one unit."""

    fid: int
    code: str
    name: str
    category: str
    verdict: str
    reasons: List[Reason] = field(default_factory=list)
    rule_ids: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    zones: List[ConflictZone] = field(default_factory=list)
    geometry: Optional[QgsGeometry] = None


class UnitVerdict(NamedTuple):
    """A unit's verdict alone: what a screen keeps of a unit it handed on (``SitingScreen.run``'s ``hand_on``)."""

    fid: int
    verdict: str


@dataclass
class SitingResult:
    """Every unit's result (or only its verdict, when the units were handed on), warnings, and how long the screen
    took (seconds, by stage)."""

    units: List[Union[UnitScreen, UnitVerdict]] = field(default_factory=list)
    crs: QgsCoordinateReferenceSystem = field(default_factory=QgsCoordinateReferenceSystem)
    warnings: List[Reason] = field(default_factory=list)
    timings: Dict[str, float] = field(default_factory=dict)
    cancelled: bool = False

    def tally(self) -> Dict[str, int]:
        """Number of units per verdict."""
        return tally(unit.verdict for unit in self.units)
