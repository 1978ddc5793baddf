"""The overlay of one site on every bound unit layer, as a QgsTask working on layer snapshots."""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsTask,
)

from ..core.coordinates.worker_crs import settle_for_workers
from ..core.inputs.resolve import BoundUnitLayer
from ..core.model.results import OverlayResult
from ..core.overlay.engine import OverlayEngine, OverlayError
from ..i18n import tr
from ..log import log_error, log_warning
from ..notes.sites_layer import TakenSite


@dataclass
class Site:
    """The candidate site: its geometry, CRS, where it came from (in words; for the notes, ``taken``) and (from
    selected features) their attributes."""

    geometry: QgsGeometry
    crs: QgsCoordinateReferenceSystem
    origin: str = ""
    features: List[Tuple[int, Dict[str, Any]]] = field(default_factory=list)  # (id, attributes) of each selected
    taken: Optional[TakenSite] = None  # the layer and features it was taken from, or how it was given


@dataclass
class OverlayJob:
    """What the task needs for one unit layer, prepared in the main thread."""

    target: BoundUnitLayer
    engine: OverlayEngine
    result: Optional[OverlayResult] = None


class ReviewTask(QgsTask):
    """Overlays the site on each unit layer; touches no widget or layer in run()."""

    def __init__(self, site: Site, jobs: List[OverlayJob]) -> None:
        super().__init__(tr("Zoning review of the site"), QgsTask.Flag.CanCancel)
        self.site = Site(QgsGeometry(site.geometry), QgsCoordinateReferenceSystem(site.crs), site.origin)
        self.jobs = jobs
        settle_for_workers([self.site.crs, *(layer.crs() for job in jobs for layer in (
            job.target.layer, *job.target.constraints.values()))])
        self.error = ""

    def run(self) -> bool:
        """Overlay the site on every unit layer; False (with ``error``) on failure or cancel."""
        try:
            for number, job in enumerate(self.jobs):
                if self.isCanceled():
                    return False
                self.setProgress(100.0 * (number + 0.5) / len(self.jobs))
                job.result = job.engine.overlay(self.site.geometry, self.site.crs,
                                            job.target.ruleset.spatial_queries())
                self.setProgress(100.0 * (number + 1) / len(self.jobs))
        except OverlayError as error:  # an input the overlay cannot use (the site, a layer read in part): no traceback
            self.error = str(error)
            log_warning(self.error)
            return False
        except Exception as error:  # noqa: BLE001 - reported in the dock, the traceback in the log
            self.error = tr("The overlay failed unexpectedly: {error}").format(
                error=f"{type(error).__name__}: {error}")
            log_error(self.error, error)
            return False
        return not self.isCanceled()
