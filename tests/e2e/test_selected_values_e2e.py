"""Selected in the real desktop: a catalogue class the review does not recognise, 禁止类 or no catalogue field
fills the form as given, and the site is never compliant; a saved review shows the value again."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "selected_values.py"


def test_selected_features_with_catalogue_values_not_understood(artifacts_dir):
    run = run_in_qgis(SCRIPT, artifacts_dir)
    assert run.returncode == 0 and not run.errors, run.explain()
    shown, clean, restored = run.detail["shown"], run.detail["clean"], run.detail["restored"]
    assert shown["typo"] == {"catalogue": "淘汰累 (not recognised)", "data": "淘汰累", "verdict": "needs_study",
                             "banner": shown["typo"]["banner"], "inputs": ["input:catalogue"]}
    assert "Needs further study" in shown["typo"]["banner"]
    assert shown["prohibited"]["data"] == "prohibited" and shown["prohibited"]["verdict"] == "non_compliant"
    assert shown["prohibited"]["catalogue"] == "Prohibited (禁止类, negative list)"
    assert shown["no_field"]["catalogue"] == "Unknown: the site's layer has no catalogue field"
    assert shown["no_field"]["verdict"] == "needs_study" and shown["no_field"]["inputs"] == []
    assert clean["verdict"] == "compliant" and clean["catalogue"] == "Encouraged (鼓励类)"
    assert restored == shown["typo"]
    assert Path(run.detail["shot"]).stat().st_size > 20_000
