"""Layered access lists in the real QGIS desktop: three lists bound with the panel, S02 reviewed."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "layered_review.py"


@pytest.mark.parametrize("locale,title", [
    ("en_US", "Access list: Hebei Province general access requirements (example)"),
    ("zh_CN", "所属清单：河北省生态环境准入清单总体要求（示例）")])
def test_three_lists_bound_in_the_panel_review_s02_and_survive_a_reopen(artifacts_dir, locale, title):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale=locale)
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    assert detail["lists"] == ["hebei-general-example", "xiongan-category-example", "xiongan-units-example"]
    assert detail["verdict"] == "non_compliant" and detail["decisive"] == ["G-SL-03", "C-K-01"]
    assert detail["sources"]["rule:G-SL-03"].startswith(title)
    assert detail["reread"] == ["xiongan_province.yaml", "xiongan_county.yaml", "xiongan_units.yaml"]
    assert detail["panel_rows"] == 2
    assert Path(detail["shot"]).stat().st_size > 20_000
