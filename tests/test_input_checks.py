"""Layers and fields that cannot be reviewed stop with a message naming them (#15): no silent 'outside every unit'."""

import pytest
from osgeo import gdal
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from tests.kept_feedback import Feedback
from tests.overlay_helpers import forget_crs
from tests.test_processing_review import CONSTRAINTS, params

GK = "EPSG:4547"  # CGCS2000 / 3-degree Gauss-Krüger CM 114E, the zone of the sample
CITY_GRID = "+proj=tmerc +lat_0=0 +lon_0=116.3 +k=1 +x_0=50000 +y_0=-4000000 +ellps=GRS80 +units=m +no_defs"


def copy_layer(gpkg, name: str, path, driver: str = "ESRI Shapefile", request=None):
    """A copy of one sample layer in another file (a shapefile's .prj removed: no CRS)."""
    source = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    layer = source.materialize(request or QgsFeatureRequest())
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = name
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), layer.transformContext(), options)
    path.with_suffix(".prj").unlink(missing_ok=True)
    return str(path) if driver != "GPKG" else f"{path}|layername={name}"


def translated(gpkg, name: str, path, to_crs: str = "") -> None:
    """One sample layer copied by GDAL into ``path`` (added to a GeoPackage that exists), reprojected to ``to_crs``."""
    options = {"layers": [name], "dstSRS": to_crs or None}
    if path.suffix == ".gpkg" and path.exists():
        options["accessMode"] = "update"
    written = gdal.VectorTranslate(str(path), str(gpkg), format="GPKG" if path.suffix == ".gpkg" else None, **options)
    assert written is not None, gdal.GetLastErrorMsg()
    written = None  # closed, so the file is complete


def undefined_copy(gpkg, name: str, path, srs_id: int, to_crs: str = "") -> str:
    """A sample layer in a GeoPackage with srs_id 0 or -1, what GDAL writes for a layer without CRS (QGIS reads
    'Undefined geographic SRS' / 'Undefined Cartesian SRS'); its coordinates reprojected to ``to_crs`` first."""
    translated(gpkg, name, path, to_crs)
    forget_crs(path, name, srs_id)
    return f"{path}|layername={name}"


@pytest.mark.parametrize("srs_id, named", [(0, "Undefined geographic SRS"), (-1, "Undefined Cartesian SRS")])
def test_crs_error_names_a_layer_whose_crs_is_undefined(qgis_app, sample_gpkg, tmp_path, srs_id, named):
    from zoning_review.plugin.core.inputs.resolve import crs_error

    layer = QgsVectorLayer(undefined_copy(sample_gpkg, "red_line", tmp_path / "red.gpkg", srs_id, GK), "red_line")
    assert layer.isValid() and layer.crs().isValid()  # QGIS takes it for a CRS
    message = crs_error(layer)
    assert message.startswith(f"Layer red_line has an undefined coordinate reference system ({named})")
    assert "(Layer Properties › Source, or Processing's Assign projection)" in message


def test_crs_error_passes_epsg_and_custom_crss_and_refuses_a_local_or_missing_one(qgis_app, sample_gpkg, tmp_path):
    from zoning_review.plugin.core.inputs.resolve import crs_error

    for to_crs, path in (("", "degrees.gpkg"), (GK, "gk.gpkg"), (CITY_GRID, "city.gpkg")):
        translated(sample_gpkg, "red_line", tmp_path / path, to_crs)
        assert crs_error(QgsVectorLayer(f"{tmp_path / path}|layername=red_line", "red_line")) is None, path
    local = copy_layer(sample_gpkg, "red_line", tmp_path / "local.shp")
    (tmp_path / "local.prj").write_text('LOCAL_CS["Site grid",UNIT["metre",1],AXIS["X",EAST],AXIS["Y",NORTH]]')
    assert crs_error(QgsVectorLayer(local, "local")).startswith(
        "Layer local has an undefined coordinate reference system (Site grid)")
    missing = copy_layer(sample_gpkg, "river_bank", tmp_path / "river_bank.shp")
    assert crs_error(QgsVectorLayer(missing, "river_bank")).startswith(
        "Layer river_bank has no coordinate reference system")


def test_constraint_layers_with_an_undefined_crs_stop_the_review(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    lost = tmp_path / "constraints_gk.gpkg"  # in Gauss-Krüger metres, their CRS lost
    layers = [undefined_copy(sample_gpkg, name, lost, 0, GK) for name in CONSTRAINTS]
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, CONSTRAINTS=layers))
    for name in CONSTRAINTS:
        assert (f"Layer constraints_gk ({name}) has an undefined coordinate reference system (Undefined geographic "
                "SRS)") in str(raised.value)
    with pytest.raises(QgsProcessingException, match=r"\(red_line\) has an undefined coordinate reference system"):
        processing.run("zoningreview:sitingscreen", {
            "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
            "CONSTRAINTS": layers, "OUTPUT": str(tmp_path / "s.gpkg"), "ZONES": str(tmp_path / "z.gpkg")})


@pytest.mark.parametrize("srs_id", [0, -1])
def test_a_unit_layer_with_an_undefined_crs_stops_the_review(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                             srs_id):
    import processing

    units = undefined_copy(sample_gpkg, "control_units", tmp_path / "units.gpkg", srs_id)  # still in degrees
    with pytest.raises(QgsProcessingException, match=r"Layer units \(control_units\) has an undefined coordinate"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, UNITS=units))


@pytest.mark.parametrize("srs_id, named", [(0, "Undefined geographic SRS"), (-1, "Undefined Cartesian SRS")])
def test_sites_with_an_undefined_crs_are_refused_up_front(zr_processing, sample_gpkg, example_rules, tmp_path, srs_id,
                                                          named):
    """As a unit layer is: naming the layer and what to do, not the same reason repeated as each site's."""
    import processing

    sites = undefined_copy(sample_gpkg, "sites", tmp_path / "sites.gpkg", srs_id)  # still in degrees
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites,
                                                          SITE_ID_FIELD="site_id"))
    assert str(caught.value) == (
        f"Layer sites has an undefined coordinate reference system ({named}), so where its coordinates lie is "
        "unknown: set the CRS they are in (Layer Properties › Source, or Processing's Assign projection), then run "
        "again.")
    assert not (tmp_path / "summary.gpkg").exists()


def test_a_constraint_layer_without_crs_stops_every_algorithm(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    river = copy_layer(sample_gpkg, "river_bank", tmp_path / "river_bank.shp")
    layers = [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS if n != "river_bank"] + [river]
    with pytest.raises(QgsProcessingException, match="river_bank has no coordinate reference system"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, CONSTRAINTS=layers))
    with pytest.raises(QgsProcessingException, match="river_bank has no coordinate reference system"):
        processing.run("zoningreview:sitingscreen", {
            "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
            "CONSTRAINTS": layers, "OUTPUT": str(tmp_path / "s.gpkg"), "ZONES": str(tmp_path / "z.gpkg")})


def test_a_unit_layer_without_crs_stops_sitingscreen_too(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    units = copy_layer(sample_gpkg, "control_units", tmp_path / "control_units.shp")
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        processing.run("zoningreview:sitingscreen", {
            "UNITS": units, "RULES": str(example_rules), "INDUSTRY": "C2614",
            "OUTPUT": str(tmp_path / "s.gpkg"), "ZONES": str(tmp_path / "z.gpkg")})


def test_an_empty_unit_layer_is_an_error(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    empty = copy_layer(sample_gpkg, "control_units", tmp_path / "empty.gpkg", "GPKG",
                       QgsFeatureRequest().setFilterExpression("1 = 0"))
    with pytest.raises(QgsProcessingException, match="has no features"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, UNITS=empty))


def test_units_without_code_or_category_are_named(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    units = copy_layer(sample_gpkg, "control_units", tmp_path / "units.gpkg", "GPKG")
    layer = QgsVectorLayer(units, "units", "ogr")
    first, second = sorted(f.id() for f in layer.getFeatures())[:2]
    layer.dataProvider().changeAttributeValues({
        first: {layer.fields().indexOf("HJGKDYBM"): None},
        second: {layer.fields().indexOf("ZHGKDYFL"): "  "}})
    del layer
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, UNITS=units),
                   feedback=feedback)
    named = feedback.said("warning", "no unit code or category")
    assert len(named) == 1 and f"{first}, {second}" in named[0]


def test_a_missing_site_id_field_is_named(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="no field NO_SUCH_ID"):
        processing.run("zoningreview:reviewsites", params(
            sample_gpkg, example_rules, tmp_path, SITE_ID_FIELD="NO_SUCH_ID"))


def test_a_site_without_geometry_is_explained_in_the_chosen_language(zr_processing, sample_gpkg, example_rules,
                                                                      sites_layer, tmp_path):
    import processing

    from tests.test_processing_review import _sites_with_broken_ones, rows

    sites = _sites_with_broken_ones(sites_layer, tmp_path / "sites.gpkg")
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites, LANGUAGE=0))
    reason = {r["site_id"]: r["reason"] for r in rows(tmp_path / "summary.gpkg")}["B2"]
    assert reason.startswith("选址 B2 未审查") and "几何" in reason
    assert not any(word in reason for word in ("The site", "geometry", "nothing to review")), reason


def mislabelled(gpkg, name: str, path) -> str:
    """A sample layer in Gauss-Krüger metres whose GeoPackage says EPSG:4490 (degrees): a wrong CRS assigned."""
    metres = path.with_name(f"{path.stem}_metres.gpkg")
    translated(gpkg, name, metres, GK)
    written = gdal.VectorTranslate(str(path), str(metres), format="GPKG", layers=[name],
                                   options=["-a_srs", "EPSG:4490"])
    assert written is not None, gdal.GetLastErrorMsg()
    written = None
    return f"{path}|layername={name}"


def test_a_layer_outside_the_area_of_use_of_its_crs_is_named_not_read_as_far_away(zr_processing, sample_gpkg,
                                                                                  example_rules, tmp_path):
    """Read as degrees, Gauss-Krüger metres lie nowhere on the earth: before, such a red line was 'not near' any
    site, and a site inside it was not refused. Now the layer is named and the review stops; a layer in its CRS's
    area of use passes."""
    import processing

    from zoning_review.plugin.core.inputs.resolve import crs_error

    red = mislabelled(sample_gpkg, "red_line", tmp_path / "wrong.gpkg")
    message = crs_error(QgsVectorLayer(red, "wrong"))
    assert message.startswith("Layer wrong (red_line) lies outside where its coordinate reference system EPSG:4490 "), \
        message
    assert crs_error(QgsVectorLayer(f"{sample_gpkg}|layername=red_line", "red_line")) is None
    layers = [f"{sample_gpkg}|layername={name}" for name in CONSTRAINTS if name != "red_line"] + [red]
    with pytest.raises(QgsProcessingException, match=r"\(red_line\) lies outside where its coordinate reference"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, CONSTRAINTS=layers))
    units = mislabelled(sample_gpkg, "control_units", tmp_path / "units.gpkg")
    with pytest.raises(QgsProcessingException, match=r"\(control_units\) lies outside where its coordinate reference"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, UNITS=units))
