"""A site in a CRS QGIS broke (made on a thread that has ended, as the CRS of a layer a Processing run in the dialog
opened), overlaid on the sample's units on the main thread: what the overlay says, what a transformation from the
units' CRS to it says and what an overlay of units given that CRS says; then a PROJ error on the main thread.
    python broken_crs_site.py OUT_FOLDER"""


from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QThread
from start import ROOT, report

from tests.overlay_helpers import engine_for, reproject, to_shapely
from zoning_review.plugin.core.overlay.measure import Transforms
from zoning_review.plugin.core.overlay.types import OverlayError

SITE_CRS = "EPSG:4548"  # CGCS2000 / 3-degree Gauss-Kruger CM 117E: no other code here makes it
SITE = "POLYGON((115.95 39.0, 115.96 39.0, 115.96 39.01, 115.95 39.01, 115.95 39.0))"  # in the sample's units


class MakeCrs(QThread):
    """A thread that makes the site's CRS first and hands it on (as a layer opened there holds its CRS), and ends."""

    made = []

    def run(self) -> None:
        self.made.append(QgsCoordinateReferenceSystem(SITE_CRS))


def main() -> None:
    site = QgsGeometry.fromWkt(reproject(to_shapely(QgsGeometry.fromWkt(SITE)), "EPSG:4490", SITE_CRS).wkt)
    maker = MakeCrs()
    maker.start()
    maker.wait()
    units = QgsVectorLayer(f"{ROOT / 'sample' / 'xiongan_sample.gpkg'}|layername=control_units", "units", "ogr")
    try:
        result = engine_for(units).overlay(site, MakeCrs.made[0])
        found = {"units": sorted(unit.code for unit in result.overlaps), "area": result.site_area_m2, "error": ""}
    except OverlayError as error:
        found = {"units": [], "error": str(error)}
    try:
        Transforms(QgsCoordinateTransformContext()).get(units.crs(), MakeCrs.made[0])
        found["transform_error"] = ""
    except QgsCsException as error:
        found["transform_error"] = str(error)
    lost = QgsVectorLayer(f"{ROOT / 'sample' / 'xiongan_sample.gpkg'}|layername=control_units", "units", "ogr")
    lost.setCrs(MakeCrs.made[0])
    try:
        engine_for(lost)
        found["units_error"] = ""
    except OverlayError as error:
        found["units_error"] = str(error)
    QgsCoordinateReferenceSystem.fromProj("+proj=nonsense")  # a PROJ error on this thread: QGIS 3.22 crashed here
    report(found)


if __name__ == "__main__":
    main()
