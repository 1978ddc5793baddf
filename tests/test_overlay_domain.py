"""A site whose coordinates lie outside where the unit layer's CRS can be used is never measured as
nothing: QGIS 3.22 measured its area as 0 and QGIS 3.38+ raised; either way the site is now an
OverlayError naming the CRS, in one overlay, in a batch (in its place) and in reviewsites."""

import pytest
from qgis.core import QgsGeometry

from zoning_review.plugin.core.overlay.batch import overlay_stream
from zoning_review.plugin.core.overlay.types import OverlayError

from .overlay_helpers import crs, dispose, engine_for, memory_layer, unit_row, write_file

# CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547): x is easting + 500 km, y northing
UNIT = "POLYGON((400000 4300000, 460000 4300000, 460000 4360000, 400000 4360000, 400000 4300000))"
INSIDE = "POLYGON((410000 4310000, 411000 4310000, 411000 4311000, 410000 4311000, 410000 4310000))"
FAR = "POLYGON((1e9 4e6, 1.0001e9 4e6, 1.0001e9 4.0001e6, 1e9 4.0001e6, 1e9 4e6))"  # 10⁶ km east


@pytest.fixture(scope="module")
def engine(qgis_app, tmp_path_factory):
    layer = write_file(memory_layer("MultiPolygon", "EPSG:4547", [unit_row("ZH13062910001", UNIT)]),
                       tmp_path_factory.mktemp("domain") / "units.gpkg")
    yield engine_for(layer)
    dispose(layer)


def test_one_site_outside_the_domain_is_an_error_naming_the_crs(engine):
    with pytest.raises(OverlayError, match="EPSG:4547") as raised:
        engine.overlay(QgsGeometry.fromWkt(FAR), crs("EPSG:4547"))
    assert raised.value.reason.template.startswith("The site's area cannot be measured on the ellipsoid")
    inside = engine.overlay(QgsGeometry.fromWkt(INSIDE), crs("EPSG:4547"))
    assert inside.site_area_m2 == pytest.approx(1e6, rel=2e-3)  # 1 km² on the map, near the central meridian


@pytest.mark.parametrize("threads", [False, True])
def test_a_batch_keeps_the_site_in_its_place_as_an_error(engine, threads):
    if threads:
        from zoning_review.plugin.core.overlay.batch import geos_threads_allowed
        if not geos_threads_allowed():
            pytest.skip("GEOS on worker threads needs QGIS 3.38 or later")
    items = [(n, QgsGeometry.fromWkt(wkt), crs("EPSG:4547")) for n, wkt in enumerate([INSIDE, FAR, INSIDE])]
    outcomes = list(overlay_stream(engine, items, threads=threads))
    assert [key for key, _outcome in outcomes] == [0, 1, 2]
    assert isinstance(outcomes[1][1], OverlayError)
    assert [len(outcome.overlaps) for key, outcome in outcomes if key != 1] == [1, 1]
