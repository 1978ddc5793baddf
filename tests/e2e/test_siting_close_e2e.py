"""The siting screen's layers in the real QGIS desktop when the project is closed: QGIS does not warn that their
contents will be lost (they are the screen's, made again when the project is opened and the screen is on)."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "siting_close_project.py"


def test_closing_a_project_with_the_screen_on_does_not_warn_of_lost_scratch_layers(artifacts_dir):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale="en_US")
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    assert len(detail["shown"]) == 2 and detail["file"].endswith("xiongan_review.qgz")
    assert not [text for text in detail["asked"] if "temporary" in text], detail["asked"]
    assert detail["asked"], "QGIS asked nothing: the project was not closed as a user closes it"
    assert detail["kept"] == detail["shown"]  # answered Cancel: the project and its screen stay
