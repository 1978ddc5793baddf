"""Site sources: the selected features of a layer and the polygons of a vector file joined into one site, or a
message naming what cannot be joined — never a wrong message or a site that is not what the file holds."""

import json

import pytest
from qgis.core import QgsDistanceArea, QgsFeature, QgsGeometry, QgsMemoryProviderUtils, QgsProject, QgsWkbTypes

from tests.sample_project import layer
from zoning_review.plugin.gui.site_sources import SiteError, file_site, selected_site

BOWTIE = [[115.80, 39.00], [115.82, 39.02], [115.82, 39.00], [115.80, 39.02], [115.80, 39.00]]
SQUARE_A = [[115.885, 39.040], [115.915, 39.040], [115.915, 39.055], [115.885, 39.055], [115.885, 39.040]]
SQUARE_B = [[115.950, 39.040], [115.960, 39.040], [115.960, 39.050], [115.950, 39.050], [115.950, 39.040]]


def wkt(ring) -> str:
    """A polygon's WKT from one ring of [x, y]."""
    return "POLYGON((" + ", ".join(f"{x} {y}" for x, y in ring) + "))"


def feature(geometry: dict) -> dict:
    """A GeoJSON feature."""
    return {"type": "Feature", "properties": {}, "geometry": geometry}


def geojson(path, *geometries) -> str:
    """A GeoJSON file of ``geometries``; its path as text."""
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature(g) for g in geometries]}),
                    encoding="utf-8")
    return str(path)


def polygon(ring) -> dict:
    return {"type": "Polygon", "coordinates": [ring]}


def area_m2(geometry: QgsGeometry) -> float:
    """The ellipsoidal area of a CGCS2000 geometry."""
    measure = QgsDistanceArea()
    measure.setEllipsoid("EPSG:1024")
    return measure.measureArea(geometry)


def test_selected_features_with_an_invalid_one_are_named(sample_project):
    parcels = QgsMemoryProviderUtils.createMemoryLayer("parcels", layer("sites").fields(), QgsWkbTypes.Polygon,
                                                       layer("sites").crs())
    features = []
    for ring in (SQUARE_A, BOWTIE):
        item = QgsFeature(parcels.fields())
        item.setGeometry(QgsGeometry.fromWkt(wkt(ring)))
        features.append(item)
    assert parcels.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(parcels)
    parcels.selectAll()
    bowtie = next(f.id() for f in parcels.getFeatures() if not f.geometry().isGeosValid())
    with pytest.raises(SiteError, match=rf"^Feature {bowtie} of parcels has an invalid geometry \(.+\), so the "
                                        r"features cannot be joined into one site: repair it"):
        selected_site(parcels)
    parcels.selectByIds([bowtie])  # one feature alone: the review repairs it, with its warning
    assert selected_site(parcels).geometry.equals(QgsGeometry.fromWkt(wkt(BOWTIE)))


def test_a_file_with_an_invalid_polygon_among_others_is_named(qgis_app, tmp_path):
    path = geojson(tmp_path / "parcels.geojson", polygon(SQUARE_A), polygon(BOWTIE), polygon(SQUARE_B))
    with pytest.raises(SiteError, match=r"^Feature 1 of parcels.geojson has an invalid geometry"):
        file_site(path)


def test_the_polygons_of_a_file_of_several_geometry_types_are_the_site(qgis_app, tmp_path):
    """A GeoJSON (or KML) with a marker point beside the parcels: the parcels are the site."""
    path = geojson(tmp_path / "mixed.geojson", {"type": "Point", "coordinates": [115.9, 39.05]},
                   polygon(SQUARE_A), {"type": "MultiPolygon", "coordinates": [[SQUARE_B]]},
                   {"type": "LineString", "coordinates": SQUARE_A})
    site = file_site(path)
    expected = QgsGeometry.fromWkt(f"MULTIPOLYGON(({wkt(SQUARE_A)[8:-1]}), ({wkt(SQUARE_B)[8:-1]}))")
    assert site.crs.authid() == "EPSG:4326" and site.origin == "mixed.geojson"
    assert area_m2(site.geometry) == pytest.approx(area_m2(expected), rel=1e-9)
    assert site.geometry.difference(expected).isEmpty() and expected.difference(site.geometry).isEmpty()


def test_a_file_of_points_only_holds_no_polygons(qgis_app, tmp_path):
    path = geojson(tmp_path / "points.geojson", {"type": "Point", "coordinates": [115.9, 39.05]})
    with pytest.raises(SiteError, match="points.geojson holds no polygons"):
        file_site(path)


def test_selected_features_of_a_layer_without_a_crs_are_refused(sample_project, tmp_path):
    """A shapefile without its .prj: its coordinates may be metres or degrees; the site is never measured or
    reviewed as if it were somewhere."""
    from qgis.core import QgsVectorFileWriter, QgsVectorLayer

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer("sites"), str(tmp_path / "地块.shp"),
                                              sample_project.transformContext(), options)
    (tmp_path / "地块.prj").unlink()
    parcels = QgsVectorLayer(str(tmp_path / "地块.shp"), "无坐标地块", "ogr")
    assert parcels.isValid() and not parcels.crs().isValid()
    sample_project.addMapLayer(parcels)
    parcels.selectByIds([next(parcels.getFeatures()).id()])
    with pytest.raises(SiteError, match=r"^无坐标地块 has no coordinate reference system .*Layer Properties › "
                                        r"Source\), then press “Selected” again\.$"):
        selected_site(parcels)
