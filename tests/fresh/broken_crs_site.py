"""A site in a CRS QGIS broke (made on a thread that has ended, as the CRS of a layer a Processing run in the dialog
opened), overlaid on the sample's units on the main thread: what the overlay says, and the result it would have
given.   python broken_crs_site.py OUT_FOLDER"""


from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QThread
from start import ROOT, report

from tests.overlay_helpers import engine_for, reproject, to_shapely
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
        report({"units": sorted(unit.code for unit in result.overlaps), "area": result.site_area_m2, "error": ""})
    except OverlayError as error:
        report({"units": [], "error": str(error)})


if __name__ == "__main__":
    main()
