"""Overlay engines no longer used, freed in a background task: a province's unit geometries take a while to free,
which on the GUI thread would hold QGIS."""

from typing import Any, Dict, List

from qgis.core import QgsTask

from ..core.overlay.engine import OverlayEngine
from ..i18n import tr
from .background_free import start_kept


def free(held: List[Dict[int, Any]]) -> None:
    """Empty the containers one item at a time, so the GUI thread gets its turn between them."""
    for items in held:
        while items:
            items.popitem()


class ReleaseTask(QgsTask):
    """Frees the units the engines read; an engine used again after this reads its layer again."""

    def __init__(self, engines: List[OverlayEngine]) -> None:
        super().__init__(tr("Freeing the memory of earlier reviews"))
        self.engines = engines
        self.held: List[Dict[int, Any]] = []

    def run(self) -> bool:
        """Take what each engine holds, then free it (background thread)."""
        engines, self.engines = self.engines, []
        for engine in engines:
            self.held += engine.release()
        del engines  # the engines' other parts go here too when nothing else holds them
        free(self.held)
        return True


def release(engines: List[OverlayEngine]) -> None:
    """Free the engines' units in a task."""
    start_kept(ReleaseTask(engines))
