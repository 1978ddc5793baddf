"""Units in a CRS without authority whose ellipsoid QGIS knows only by its axes ('PARAMETER:a:b'), e.g. a Shapefile's
.prj of a Gauss-Krüger CRS on a city's own central meridian: QGIS's areas on such an ellipsoid from a projected CRS
come out NaN, so every site was refused ("coordinates lie outside where  can be used"). They are measured on the
named ellipsoid with the same axes; the expected areas are pyproj's geodesic areas on the ellipsoid of the .prj."""

import pytest
from pyproj import CRS, Geod, Transformer
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from zoning_review.plugin.core.overlay.measure import choose_ellipsoid, named_ellipsoid

from .overlay_helpers import dispose, engine_for, memory_layer, unit_row

ESRI_PRJ = ('PROJCS["{name}",GEOGCS["{geogcs}",DATUM["{datum}",SPHEROID["{spheroid}",{a},{rf}]],'
            'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],'
            'PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",{cm}],'
            'PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]')
CGCS2000 = {"name": "CGCS2000_GK_CM_116.5E", "geogcs": "GCS_China_Geodetic_Coordinate_System_2000",
            "datum": "D_China_2000", "spheroid": "CGCS2000", "a": "6378137.0", "rf": "298.257222101", "cm": "116.5"}
# A city's own grid on the Krassowsky ellipsoid, its datum named by the city (a name PROJ does not know).
CITY_GRID = {"name": "City_Grid_1990", "geogcs": "GCS_City_1990", "datum": "D_City_1990",
             "spheroid": "Krassowsky", "a": "6378245.0", "rf": "298.3", "cm": "116.5"}
UNIT_LONLAT = [(116.40, 39.90), (116.50, 39.90), (116.50, 40.00), (116.40, 40.00)]
SITE_LONLAT = [(116.45, 39.95), (116.46, 39.95), (116.46, 39.96), (116.45, 39.96)]


def projected_wkt(prj: str, ring) -> str:
    """A lon/lat ring (on the .prj's own datum) as a polygon WKT in the .prj's CRS."""
    to_crs = Transformer.from_crs(geographic(prj), prj, always_xy=True)
    points = [to_crs.transform(lon, lat) for lon, lat in ring + ring[:1]]
    return "POLYGON((" + ", ".join(f"{x!r} {y!r}" for x, y in points) + "))"


def geographic(prj: str) -> str:
    """The .prj's own longitude/latitude CRS (pyproj)."""
    return CRS.from_wkt(prj).geodetic_crs.to_wkt()


def geodesic_area(prj: str, wkt: str, values: dict) -> float:
    """The area of a polygon of the .prj's CRS on its ellipsoid: its edges in 0.5 m steps back to lon/lat."""
    corners = [tuple(map(float, pair.split())) for pair in wkt[len("POLYGON(("):-2].split(", ")]
    points = []
    for (x0, y0), (x1, y1) in zip(corners, corners[1:]):
        steps = int(max(abs(x1 - x0), abs(y1 - y0)) / 0.5) + 1
        points += [(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps) for i in range(steps)]
    lon, lat = Transformer.from_crs(prj, geographic(prj), always_xy=True).transform(*zip(*points))
    return abs(Geod(a=float(values["a"]), rf=float(values["rf"])).polygon_area_perimeter(lon, lat)[0])


@pytest.mark.parametrize(("values", "named"), [(CGCS2000, "EPSG:1024"), (CITY_GRID, "EPSG:7024")])
def test_a_site_on_units_of_a_prj_without_authority_is_measured_on_its_ellipsoid(qgis_app, values, named):
    prj = ESRI_PRJ.format(**values)
    crs = QgsCoordinateReferenceSystem.fromWkt(prj)
    assert crs.ellipsoidAcronym().startswith("PARAMETER:")  # what QGIS makes of it
    units = memory_layer("Polygon", "EPSG:4490", [unit_row("U1", projected_wkt(prj, UNIT_LONLAT))])
    units.setCrs(crs)
    site = projected_wkt(prj, SITE_LONLAT)
    result = engine_for(units).overlay(QgsGeometry.fromWkt(site), crs)
    dispose(units)
    assert result.ellipsoid == named
    assert result.site_area_m2 == pytest.approx(geodesic_area(prj, site, values), rel=1e-7)
    assert [(unit.code, unit.overlap_m2) for unit in result.overlaps] == [("U1", result.site_area_m2)]


def test_an_ellipsoid_given_by_axes_no_named_one_has_stays_as_given(qgis_app):
    assert named_ellipsoid("PARAMETER:6000000:5990000") == "PARAMETER:6000000:5990000"
    assert named_ellipsoid("EPSG:7030") == "EPSG:7030"
    lonlat = QgsCoordinateReferenceSystem.fromProj("+proj=longlat +a=6378137 +rf=298.257223563 +no_defs")
    assert choose_ellipsoid(None, lonlat) == "EPSG:7030"  # WGS 84's axes, not GRS80's (1e-4 m apart)
    assert choose_ellipsoid("PARAMETER:6378137:6356752.314140356", lonlat) == "EPSG:1024"
