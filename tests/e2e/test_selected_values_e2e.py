"""Selected in the real desktop: a catalogue class the review does not recognise, 禁止类 or no catalogue field
fills the form as given, and the site is never compliant; a saved review shows the value again."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "selected_values.py"


WORDS = {
    "en_US": {"typo": "淘汰累 (not recognised)", "study": "Needs further study",
              "prohibited": "Prohibited (禁止类, negative list)",
              "no_field": "Unknown: the site's layer has no catalogue field", "encouraged": "Encouraged (鼓励类)"},
    "zh_CN": {"typo": "淘汰累（无法识别）", "study": "需进一步论证", "prohibited": "禁止类（负面清单）",
              "no_field": "未知：选址图层没有目录类别字段", "encouraged": "鼓励类"},
}


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_selected_features_with_catalogue_values_not_understood(artifacts_dir, locale):
    words = WORDS[locale]
    run = run_in_qgis(SCRIPT, artifacts_dir, locale)
    assert run.returncode == 0 and not run.errors, run.explain()
    shown, clean, restored = run.detail["shown"], run.detail["clean"], run.detail["restored"]
    assert shown["typo"] == {"catalogue": words["typo"], "data": "淘汰累", "verdict": "needs_study",
                             "banner": shown["typo"]["banner"], "inputs": ["input:catalogue"]}
    assert words["study"] in shown["typo"]["banner"]
    assert shown["prohibited"]["data"] == "prohibited" and shown["prohibited"]["verdict"] == "non_compliant"
    assert shown["prohibited"]["catalogue"] == words["prohibited"]
    assert shown["no_field"]["catalogue"] == words["no_field"]
    assert shown["no_field"]["verdict"] == "needs_study" and shown["no_field"]["inputs"] == []
    assert clean["verdict"] == "compliant" and clean["catalogue"] == words["encouraged"]
    assert restored == shown["typo"]
    assert Path(run.detail["shot"]).stat().st_size > 20_000
