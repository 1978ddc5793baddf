"""The siting screen in the real QGIS desktop: switch it on for a new C2614 project, look, switch off."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "siting_screen.py"


def test_siting_screen_in_desktop(artifacts_dir):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale="en_US")
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    assert detail["screen"] == "Siting screen — C2614" and detail["zones"] == "Rule zones — C2614"
    assert detail["rows"] == detail["units"] >= 30 and detail["zone_rows"] >= 1
    assert {"non_compliant", "needs_study"} <= set(detail["verdicts"].values())
    assert detail["verdicts"]["ZH13062920001"] == "non_compliant"
    assert detail["urban_display"].startswith("ZH13062920001 ") and "Non-compliant" in detail["urban_display"]
    assert "U-RC-01" in detail["urban_rules"] and detail["urban_reason"]
    counts = {v: list(detail["verdicts"].values()).count(v) for v in ("non_compliant", "needs_study", "compliant")}
    assert detail["summary"].startswith(
        f"{detail['units']} units: {counts['non_compliant']} non-compliant, {counts['needs_study']} need study, "
        f"{counts['compliant']} compliant")
    assert detail["top_is_group"] and detail["top_layers"] == detail["layer_ids"]
    assert detail["off"] == {"left": [], "groups": 0}, "switching off left layers behind"
    assert detail["reloaded"] == {"left": [], "groups": 0, "user_layers_same": True}, "reload left layers"
    path = Path(detail["shot"])
    assert path.name == "siting-en.png" and path.stat().st_size > 20_000


def test_a_second_siting_screen_after_qgis_ended_the_task_threads_screens_as_the_first(artifacts_dir):
    run = run_in_qgis(Path(__file__).parent / "scripts" / "siting_after_thread_end.py", artifacts_dir,
                      locale="en_US")
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    assert detail["crs"] == "EPSG:2436" and len(detail["first"]) >= 30
    assert detail["first"]["ZH13062920001"] == "non_compliant"
    assert detail["second"] == detail["first"]  # every unit needed further study before: its zones lay nowhere
