"""Styles an output layer by verdict when Processing loads it into the project."""

from qgis.core import QgsProcessingLayerPostProcessorInterface

from ..core.outputs.styles import style_by_verdict


class VerdictStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies ``core.outputs.styles.style_by_verdict`` to a loaded SUMMARY or siting-screen layer."""

    instance = None

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS API)
        """Colour the layer by its field 'verdict'."""
        style_by_verdict(layer)

    @staticmethod
    def create() -> "VerdictStyler":
        """A styler kept alive by a class reference (Processing holds no Python reference)."""
        VerdictStyler.instance = VerdictStyler()
        return VerdictStyler.instance
