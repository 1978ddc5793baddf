"""A failure in the real desktop: a short translated message for the user, the traceback in the plugin's log tab."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "log_traceback.py"
# The message the dock shows for an unexpected overlay error, as written in the catalogue.
FAILED = {"en_US": "The overlay failed unexpectedly: ZeroDivisionError", "zh_CN": "叠加分析意外失败：ZeroDivisionError"}
CRITICAL = 2  # Qgis.MessageLevel.Critical


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_a_failing_review_reaches_the_user_briefly_and_the_log_with_its_traceback(artifacts_dir, locale):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale=locale)
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    assert detail["reviews"] == 0, "a failed review shows no results"
    shown = [item for item in detail["bar"] if FAILED[locale] in item["text"]]
    assert len(shown) == 1, detail["bar"]
    message = shown[0]["text"]
    assert "\n" not in message and len(message) < 200, message
    assert "Traceback" not in message and 'File "' not in message, message
    assert FAILED[locale] in detail["banner"]
    # the dock reviews the site again once the selected feature's attributes fill the form: one error each time
    logged = [r for r in detail["received"] if r["tag"] == "Zoning Review" and r["level"] == CRITICAL]
    assert logged, detail["received"]
    assert all(r["message"].startswith(message + "\nTraceback (most recent call last)") for r in logged), logged
    log = detail["log"]
    assert log["found"] and log["visible"], log
    for piece in (message, "Traceback (most recent call last)", "review_task.py", "in run",
                  "ZeroDivisionError: division by zero"):
        assert piece in log["text"], (piece, log["text"][-2000:])
    for shot in detail["shots"]:
        assert Path(shot).exists() and Path(shot).stat().st_size > 20_000, shot
