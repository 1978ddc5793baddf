"""Names an output layer's fields in Chinese and styles it by verdict when Processing loads it."""

from typing import List, Sequence

from qgis.core import QgsProcessingLayerPostProcessorInterface

from ..core.outputs.columns import Column, apply_aliases
from ..core.outputs.styles import style_by_verdict


class VerdictStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies the columns' aliases and, when asked, ``style_by_verdict`` to a loaded output layer."""

    instances: List["VerdictStyler"] = []

    def __init__(self, columns: Sequence[Column] = (), by_verdict: bool = True) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.by_verdict = by_verdict

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS API)
        """Set the aliases; colour the layer by its field 'verdict'."""
        apply_aliases(layer, self.columns)
        if self.by_verdict:
            style_by_verdict(layer)

    @staticmethod
    def create(columns: Sequence[Column] = (), by_verdict: bool = True) -> "VerdictStyler":
        """A post-processor kept alive by a class reference (Processing holds no Python reference)."""
        styler = VerdictStyler(columns, by_verdict)
        VerdictStyler.instances = VerdictStyler.instances[-15:] + [styler]
        return styler
