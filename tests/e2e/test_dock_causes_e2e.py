"""The cause of a finding on the canvas of the real QGIS desktop: S02's G-SL-03 finding selected in the
dock draws the river bank's 1 km band and the distance line, with a key in the canvas's corner; a bound
layer without CRS is named."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "dock_causes.py"


@pytest.mark.parametrize("locale,words", [
    ("en_US", ("m to River bank", "coordinate reference system", "Cause of the selected finding",
               "River bank: 1,000 m band of the clause")),
    ("zh_CN", ("米", "坐标", "所选审查结果的原因", "河流岸线：条款规定的 1,000 m 范围"))])
def test_selecting_g_sl_03_of_s02_draws_the_river_band_on_the_canvas(artifacts_dir, locale, words):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale=locale)
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    assert detail["kinds"] == ["band", "feature", "line"]
    assert len(detail["labels"]) == 1 and words[0] in detail["labels"][0], detail["labels"]
    assert detail["extent_has_site"], "the canvas was not zoomed to the site and its cause"
    assert detail["with_cause"] > detail["baseline"]
    assert detail["cleared"] and detail["same_extent"]
    # the band is drawn: nearly every pixel well inside it changed; pixels well outside did not
    assert detail["inside"] > 200 and detail["outside"] > 200, detail
    assert detail["inside_differ"] >= 0.95 * detail["inside"], detail
    assert detail["outside_differ"] <= 0.01 * detail["outside"], str(detail)
    assert len(detail["warnings"]) == 1 and words[1] in detail["warnings"][0], detail["warnings"]
    assert detail["closed"] == detail["baseline"], "closing the dock left canvas items behind"
    # the key to the cause: in the canvas's lower right corner, worded in the UI language; gone with the dock
    assert detail["legend_shown"] and detail["legend_corner"] == [8, 8], detail["legend_corner"]
    assert detail["legend_words"][:2] == list(words[2:]), detail["legend_words"]
    assert detail["legends_left"] == 0
    for name in ("dock-cause-S02-G-SL-03", "dock-cause-S02-none", "dock-cause-S02-window", "dock-layer-warning"):
        assert (artifacts_dir / f"{name}-{locale[:2]}.png").stat().st_size > 10_000
