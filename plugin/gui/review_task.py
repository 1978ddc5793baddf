"""The overlay of one site on every bound unit layer, as a QgsTask working on layer snapshots."""

from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsTask,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from .. import settings
from ..core.overlay import OverlayEngine, OverlayError, Tolerance, UnitLayerSpec
from ..core.results import OverlayResult
from ..i18n import tr
from .targets import BoundUnitLayer


class LayerSnapshot:
    """A thread-safe copy of a layer's feature source, with the name, CRS and fields of the layer."""

    def __init__(self, layer: QgsVectorLayer) -> None:
        self.source = QgsVectorLayerFeatureSource(layer)
        self._name = layer.name()
        self._crs = layer.crs()
        self._fields = layer.fields()

    def name(self) -> str:
        """The layer's name (used in warnings)."""
        return self._name

    def sourceCrs(self) -> QgsCoordinateReferenceSystem:
        """The layer's CRS."""
        return self._crs

    def fields(self):
        """The layer's fields."""
        return self._fields

    def getFeatures(self, request):
        """Features of the snapshot."""
        return self.source.getFeatures(request)


@dataclass
class Site:
    """The candidate site: its geometry, CRS and where it came from."""

    geometry: QgsGeometry
    crs: QgsCoordinateReferenceSystem
    origin: str = ""


@dataclass
class OverlayJob:
    """What the task needs for one unit layer, prepared in the main thread."""

    target: BoundUnitLayer
    spec: UnitLayerSpec
    constraints: Dict[str, Any]
    result: Optional[OverlayResult] = None


def site_vertices(site: Site) -> int:
    """Number of vertices of the site geometry."""
    return site.geometry.constGet().nCoordinates() if not site.geometry.isNull() else 0


class ReviewTask(QgsTask):
    """Overlays the site on each unit layer; touches no widget or layer in run()."""

    def __init__(self, site: Site, targets: List[BoundUnitLayer],
                 context: QgsCoordinateTransformContext, ellipsoid: str) -> None:
        super().__init__(tr("Zoning review of the site"), QgsTask.CanCancel)
        self.site = Site(QgsGeometry(site.geometry), QgsCoordinateReferenceSystem(site.crs), site.origin)
        self.context = context
        self.ellipsoid = ellipsoid or None
        self.tolerance = Tolerance(settings.MIN_OVERLAP_M2.value(), settings.MIN_SITE_FRACTION.value())
        self.jobs = [self._job(t) for t in targets]
        self.error = ""

    @staticmethod
    def _job(target: BoundUnitLayer) -> OverlayJob:
        binding = target.binding
        spec = UnitLayerSpec(LayerSnapshot(target.layer), binding.code_field, binding.name_field,
                             binding.category_field, target.attribute_fields)
        constraints = {name: LayerSnapshot(layer) for name, layer in target.constraints.items()}
        return OverlayJob(target, spec, constraints)

    def run(self) -> bool:
        """Overlay the site on every unit layer; False (with ``error``) on failure or cancel."""
        try:
            for number, job in enumerate(self.jobs):
                if self.isCanceled():
                    return False
                engine = OverlayEngine(job.spec, job.constraints, self.context, self.ellipsoid,
                                       self.tolerance)
                self.setProgress(100.0 * (number + 0.5) / len(self.jobs))
                job.result = engine.overlay(self.site.geometry, self.site.crs,
                                            job.target.ruleset.spatial_queries())
                self.setProgress(100.0 * (number + 1) / len(self.jobs))
        except OverlayError as error:
            self.error = str(error)
            return False
        except Exception as error:  # noqa: BLE001 - reported in the dock, never as a traceback
            self.error = tr("The overlay failed unexpectedly: {error}").format(
                error=f"{type(error).__name__}: {error}")
            return False
        return not self.isCanceled()
