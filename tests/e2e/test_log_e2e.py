"""A failure in the real desktop: a short translated message for the user, the traceback in the plugin's log tab."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "log_traceback.py"
# The message the dock shows for an unexpected overlay error, as written in the catalogue.
FAILED = {"en_US": "The overlay failed unexpectedly: ZeroDivisionError", "zh_CN": "叠加分析意外失败：ZeroDivisionError"}
CRITICAL = 2  # Qgis.MessageLevel.Critical
CANNOT_USE = {"en_US": "The rule set cannot be used; fix the file and choose it again:",
              "zh_CN": "规则集无法使用；请修正文件后重新选择："}
_RUNS = {}


def failing_run(artifacts_dir, locale: str):
    """One desktop run per locale, shared by the tests below."""
    if locale not in _RUNS:
        _RUNS[locale] = run_in_qgis(SCRIPT, artifacts_dir, locale=locale)
    run = _RUNS[locale]
    assert run.returncode == 0 and not run.errors, run.explain()
    return run.detail


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_a_failing_review_reaches_the_user_briefly_and_the_log_with_its_traceback(artifacts_dir, locale):
    detail = failing_run(artifacts_dir, locale)
    assert detail["reviews"] == 0, "a failed review shows no results"
    shown = [item for item in detail["bar"] if FAILED[locale] in item["text"]]
    assert len(shown) == 1, detail["bar"]
    message = shown[0]["text"]
    assert "\n" not in message and len(message) < 200, message
    assert "Traceback" not in message and 'File "' not in message, message
    assert FAILED[locale] in detail["banner"]
    # one action, one review: the attributes the selected feature fills into the form start no second review
    logged = [r for r in detail["received"] if r["tag"] == "Zoning Review" and r["level"] == CRITICAL]
    assert len(logged) == 1, detail["received"]
    assert all(r["message"].startswith(message + "\nTraceback (most recent call last)") for r in logged), logged
    log = detail["log"]
    assert log["found"] and log["visible"], log
    for piece in (message, "Traceback (most recent call last)", "review_task.py", "in run",
                  "ZeroDivisionError: division by zero"):
        assert piece in log["text"], (piece, log["text"][-2000:])
    for shot in detail["shots"]:
        assert Path(shot).exists() and Path(shot).stat().st_size > 20_000, shot


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_a_corrupt_rule_set_is_bad_input_named_in_the_dock_without_a_traceback(artifacts_dir, locale):
    bad = failing_run(artifacts_dir, locale)["bad_rules"]
    assert bad["visible"] and CANNOT_USE[locale] in bad["messages"], bad
    assert "broken_rules.yaml" in bad["messages"], bad
    assert bad["bound"] == 0, "a rule set that cannot be read binds nothing"
    seen = [bad["messages"], *bad["bar"], *(r["message"] for r in bad["logged"])]
    assert not [text for text in seen if "Traceback" in text or 'File "' in text], seen
    assert Path(bad["shot"]).stat().st_size > 20_000
