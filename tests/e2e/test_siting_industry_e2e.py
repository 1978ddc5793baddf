"""The dock's siting screen in the real QGIS desktop, given an industry code that is not in GB/T 4754-2017 (X1234):
it says so and what to give — in sitingscreen's words, in the UI language —, never only "enter the industry"; with
no industry it still asks for one."""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "siting_industry.py"

# Written from the brief and sitingscreen's message (tests/test_siting_industry_front_ends.py), not from the code.
ENGLISH = ("The units are not screened: industry code X1234 is not in GB/T 4754-2017. Give the project's code from "
           "GB/T 4754-2017, such as C2614 (the class, so that every clause naming an industry can be judged); without "
           "one the screen would only say that every unit needs further study.")
CHINESE = ("未筛查管控单元：行业代码 X1234 不在 GB/T 4754-2017 中。"
           "请填写项目在 GB/T 4754-2017《国民经济行业分类》中的代码，如 C2614（宜填至小类，"
           "以便每条涉及行业的条款都能判定）；否则筛查只能得出所有单元均“需进一步论证”。")


def test_an_unreadable_industry_is_named_with_what_to_give_in_english(artifacts_dir):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale="en_US")
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    assert detail["on"] and detail["layers"] == []
    assert detail["unreadable"] == ENGLISH, detail["unreadable"]
    assert detail["blank"] == "Enter the project's industry to screen the units."


def test_an_unreadable_industry_is_named_with_what_to_give_in_chinese(artifacts_dir):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale="zh_CN")
    assert run.returncode == 0 and not run.errors, run.explain()
    detail = run.detail
    assert detail["on"] and detail["layers"] == []
    assert detail["unreadable"] == CHINESE, detail["unreadable"]
    assert detail["blank"] == "请输入项目所属行业，以筛查管控单元。"
