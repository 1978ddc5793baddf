"""First run in the real desktop: the Options page, the sample action and a review, in English and Chinese."""

import re
from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "first_run.py"
IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b|ZH\d+:\w+|\[\"\w+\" = ")
_RUNS = {}


def first_run(artifacts_dir, locale: str):
    """One desktop run per locale, shared by the tests below."""
    if locale not in _RUNS:
        _RUNS[locale] = run_in_qgis(SCRIPT, artifacts_dir, locale=locale)
    run = _RUNS[locale]
    assert run.returncode == 0 and not run.errors, run.explain()
    return run.detail


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_options_page_and_sample_action(artifacts_dir, locale):
    detail = first_run(artifacts_dir, locale)
    assert detail["options"] == {"page_found": True, "page_visible": True}
    assert detail["reviewer"] == "李华 Li Hua"
    project = Path(detail["project"])
    assert project.name == "xiongan_review.qgz" and "zoning_review/sample" in project.as_posix()
    assert detail["bound"] == 1 and len(detail["verdicts"]) == 10
    assert set(detail["verdicts"]) <= {"compliant", "non_compliant", "needs_study"}
    assert detail["unloaded"] == {"page_found": False, "sample_actions": 0, "help_entries": []}
    assert detail["help_entries"] == [{"en": "Zoning Review User Guide", "zh": "分区管控审查用户指南"}[locale[:2]]]
    assert detail["home_unchanged"], "the bundled sample was opened in place"
    lang = locale[:2]
    for shot in (artifacts_dir / f"options-{lang}.png", Path(detail["shot"])):
        assert shot.exists() and shot.stat().st_size > 20_000


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_review_sites_dialog_runs_with_its_defaults(artifacts_dir, locale):
    run = first_run(artifacts_dir, locale)["review_sites"]
    assert run["defaults"] == {"SITES": "sites", "UNITS": "control_units",
                               "CONSTRAINTS": ["industrial_park", "red_line", "river_bank", "water_source"]}
    assert not run["failed"] and len(run["added"]) == 2, run
    assert sorted(run["added"].values())[0] == 10, "SUMMARY: one row per site of the sample"
    assert Path(run["shot"]).stat().st_size > 20_000


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_dock_shows_no_internal_names(artifacts_dir, locale):
    detail = first_run(artifacts_dir, locale)
    leaks = sorted({m.group(0) for text in detail["texts"] for m in IDENTIFIER.finditer(text)})
    assert not leaks, leaks
