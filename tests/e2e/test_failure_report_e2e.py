"""A desktop script that fails says what QGIS was still doing: its active tasks and where its other threads were."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPTS = Path(__file__).parent / "scripts"


def test_a_failed_script_names_the_task_still_running_and_its_thread(artifacts_dir):
    run = run_in_qgis(SCRIPTS / "task_left_running.py", artifacts_dir, timeout=120)
    assert run.returncode == 2, run.explain()
    [error] = run.errors
    assert "RuntimeError: the script fails with its task running" in error
    assert "QGIS tasks still active: 'zr e2e: a task still running' (status " in error, error
    # the task's thread, sleeping in the script's function (innermost frame first)
    assert any(line.startswith("[") and "task_left_running.py" in line and "_sleep_until_cancelled" in line
               for line in error.splitlines()), error
