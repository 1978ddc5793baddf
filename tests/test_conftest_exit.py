"""The test set-up's end: a run whose failed test held QGIS layers reports its failures and exits 1, never in a
segfault that loses the report (a layer its traceback kept was freed after QGIS had exited)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAILING = '''
def test_a_failure_holding_layers(qgis_app, sample_gpkg):
    from qgis.core import QgsVectorLayer

    units = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "units", "ogr")
    scratch = QgsVectorLayer("Polygon?crs=EPSG:4490", "scratch", "memory")
    assert (units.featureCount(), scratch.featureCount()) == (-1, -1)


def test_a_later_failure(qgis_app):
    assert "later" == "reported"
'''


def test_failures_that_held_layers_are_reported_and_the_run_exits_1(tmp_path):
    (tmp_path / "test_failing.py").write_text(FAILING, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest",
                          "--rootdir", str(tmp_path), "--confcutdir", str(tmp_path), str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stdout[-2000:] + run.stderr[-2000:]
    assert "2 failed" in run.stdout and "test_a_later_failure" in run.stdout
