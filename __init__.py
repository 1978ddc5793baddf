"""Zoning Review — ecological-environment zoning control review (生态环境分区管控审查) for QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Create the plugin object; QGIS calls this when it loads the plugin."""
    from .plugin.main import ZoningReviewPlugin

    return ZoningReviewPlugin(iface)
