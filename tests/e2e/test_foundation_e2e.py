"""The real QGIS desktop loads the plugin, shows the dock on the sample, and reloads cleanly."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPTS = Path(__file__).parent / "scripts"

ONE = {"actions": 1, "toolbar": 1, "menus": 1, "docks": 1, "submenus": 1, "provider": True}
NONE = {"actions": 0, "toolbar": 0, "menus": 0, "docks": 0, "submenus": 0, "provider": False}


def test_dock_opens_on_sample_and_reload_is_clean(artifacts_dir):
    run = run_in_qgis(SCRIPTS / "foundation.py", artifacts_dir)
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    assert {"control_units", "sites", "red_line", "water_source", "river_bank"} <= set(
        detail["layers"]
    )
    assert detail["loaded"] == ONE
    assert detail["reloaded"] == ONE
    assert detail["unloaded"] == NONE
    # reloaded while drawing: the canvas gets back the tool it had before Draw, not none at all
    assert detail["tools"] == {"before": "QgsMapToolPan", "drawing": "PolygonDrawTool", "after_reload": "QgsMapToolPan"}
    shot = Path(detail["shot"])
    assert shot.exists() and shot.stat().st_size > 20_000


def test_the_zip_package_installs_and_loads(artifacts_dir, tmp_path):
    import subprocess
    import sys
    import zipfile

    root = Path(__file__).resolve().parents[2]
    # its own zip: the version matrix runs this test in two QGIS roots at once on one source tree
    zipped = tmp_path / "zoning_review.zip"
    subprocess.run([sys.executable, str(root / "tools" / "package.py"), "--out", str(zipped)], check=True, cwd=root)
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(zipped) as package:
        package.extractall(plugins)
    installed = plugins / "zoning_review"
    # the guide Processing's Help button and Help ▸ Plugins open, with its pictures
    assert all((installed / "docs" / f"guide.{lang}.md").exists() for lang in ("en", "zh"))
    assert (installed / "docs" / "images" / "dock-en.png").exists()
    run = run_in_qgis(SCRIPTS / "package_load.py", artifacts_dir, locale="zh_CN", plugin_source=installed)
    assert run.returncode == 0 and not run.errors, run.explain()
    assert run.detail["module"].startswith(str(installed))
    assert run.detail["dock_visible"]
    assert "zoningreview:reviewsites" in run.detail["algorithms"]
    assert run.detail["action_text"] != "Zoning Review", "the Chinese catalogue from the package was not used"
