"""Work in worker threads leaves QGIS's CRSs and ellipsoids usable once QGIS has ended those threads.

QGIS keeps a CRS's (and an ellipsoid's lon/lat CRS's) PROJ objects only while the thread that made it first lives:
a CRS first made in a task's thread is broken for the session once the pool ends that thread (after 30 s idle) —
transforms with it return their input, areas on its ellipsoid from a projected CRS are NaN, and on QGIS 3.22 the
next PROJ error on a thread crashes QGIS. Each check runs a script of ``tests/fresh`` in a new QGIS process, where
nothing was made beforehand on the main thread, the work run as the desktop runs it (a task in QGIS's task manager).
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pyproj import Geod, Transformer

FRESH = Path(__file__).resolve().parent / "fresh"
SQUARE = [(500000.0, 4300000.0), (501000.0, 4300000.0), (501000.0, 4301000.0), (500000.0, 4301000.0)]


def run_fresh(script: str, tmp_path: Path) -> dict:
    """What a script of tests/fresh reported (its last line), run in a new QGIS process."""
    run = subprocess.run([sys.executable, str(FRESH / script), str(tmp_path)], capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def geodesic_square_area() -> float:
    """SQUARE (CGCS2000 / 3-degree Gauss-Krüger CM 114°E) by pyproj: its edges in 1 m steps back to lon/lat, the
    area on the CGCS2000 ellipsoid."""
    points = []
    for (x0, y0), (x1, y1) in zip(SQUARE, SQUARE[1:] + SQUARE[:1]):
        points += [(x0 + (x1 - x0) * i / 1000, y0 + (y1 - y0) * i / 1000) for i in range(1000)]
    lon, lat = Transformer.from_crs("EPSG:4547", "EPSG:4490", always_xy=True).transform(*zip(*points))
    return abs(Geod(a=6378137.0, rf=298.257222101).polygon_area_perimeter(lon, lat)[0])


def test_reviewsites_run_by_the_processing_dialog_leaves_cgcs2000_areas_and_the_next_run_as_they_were(tmp_path):
    found = run_fresh("reviewsites_in_task.py", tmp_path)
    assert found["area"] == pytest.approx(geodesic_square_area(), rel=1e-8)  # NaN before
    assert found["first"]["S02"] == "non_compliant" and found["first"]["S01"] == "compliant"
    assert found["second"] == found["first"]



def test_a_model_with_reviewsites_run_by_the_processing_dialog_leaves_cgcs2000_areas_as_they_were(tmp_path):
    found = run_fresh("model_in_task.py", tmp_path)  # the model prepares reviewsites on its own worker thread
    assert found["ok"] and found["verdicts"]["S02"] == "non_compliant" and found["verdicts"]["S01"] == "compliant"
    assert found["area"] == pytest.approx(geodesic_square_area(), rel=1e-8)  # NaN before

def test_the_dock_s_siting_screen_leaves_its_lonlat_crs_and_the_next_screen_as_they_were(tmp_path):
    found = run_fresh("siting_in_task.py", tmp_path)
    assert found["hub_valid"]
    assert found["first"]["NEAR"] == ["non_compliant", []] and found["first"]["FAR"] == ["compliant", []]
    assert found["second"] == found["first"]  # every unit needed further study before: its zones lay nowhere


def test_a_site_in_a_crs_qgis_broke_is_refused_not_reviewed_with_its_coordinates_unmoved(tmp_path):
    found = run_fresh("broken_crs_site.py", tmp_path)  # and QGIS 3.22 did not crash at a later PROJ error
    assert found["units"] == []
    assert found["error"] == ("QGIS has lost the definition of the coordinate reference system EPSG:4548 CGCS2000 / "
                              "3-degree Gauss-Kruger CM 117E in this session: restart QGIS, then review again.")
    assert found["transform_error"] == (
        "QGIS cannot set up a transformation from EPSG:4490 China Geodetic Coordinate System 2000 to EPSG:4548 "
        "CGCS2000 / 3-degree Gauss-Kruger CM 117E; if it could earlier in this session, restart QGIS.")
    assert found["units_error"] == ("QGIS has lost the definition of the coordinate reference system EPSG:4548 "
                                    "CGCS2000 / 3-degree Gauss-Kruger CM 117E of layer units in this session: restart "
                                    "QGIS, then review again.")
