"""The bundled sample loaded into the QGIS project, for widget tests (fixture ``sample_project``)."""

from qgis.core import QgsProject, QgsVectorLayer

LAYERS = ("control_units", "red_line", "water_source", "river_bank", "industrial_park", "sites")


def layer(name: str) -> QgsVectorLayer:
    """The project layer called ``name``."""
    return QgsProject.instance().mapLayersByName(name)[0]
