"""The register browser's filter: a verdict typed in full shows that verdict only (符合 is not 不符合, compliant is
not non-compliant), in either language; other words still match as text, a part of a word too."""

import pytest

from tests.test_feedback_language import ui  # noqa: F401 - the fixture
from tests.test_register import entry
from tests.test_shown_times import shanghai  # noqa: F401 - the fixture
from zoning_review.plugin.core.outputs.register import append_to_register
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.gui.register_dialog import RegisterDialog

pytestmark = pytest.mark.usefixtures("shanghai")

# seq: 1 S02 化工 non-compliant, 2 S05 公路 compliant, 3 S07 水源 non-compliant, 4 S09 仓储 needs further study
ENTRIES = [("S02 化工", "non_compliant"), ("S05 公路", "compliant"), ("S07 水源", "non_compliant"),
           ("S09 仓储", "needs_study")]


@pytest.fixture
def browser(qgis_new_project, qtbot, tmp_path, ui):  # noqa: F811 - the fixture imported above
    def make(lang: str) -> RegisterDialog:
        ui(lang)
        path = str(tmp_path / f"台账_{lang}.gpkg")
        for name, verdict in ENTRIES:
            append_to_register(path, entry(name, verdict))
        dialog = RegisterDialog(path, read_register(path))
        qtbot.addWidget(dialog)
        return dialog
    return make


def shown(dialog: RegisterDialog, text: str):
    dialog.filter.setText(text)
    return dialog.visible_seqs()


@pytest.mark.parametrize("typed,seqs", [
    ("compliant", [2]), ("Compliant", [2]), ("COMPLIANT s05", [2]), ("compliant S02", []),
    ("non-compliant", [1, 3]), ("Non-Compliant", [1, 3]), ("non compliant", [1, 3]), ("non_compliant", [1, 3]),
    ("needs further study", [4]), ("needs_study", [4]), ("符合", [2]), ("不符合", [1, 3]), ("需进一步论证", [4]),
    ("compliant non-compliant", [1, 2, 3]),  # several verdicts: any of them
    ("non-compliant 水源", [3]), ("化工", [1]), ("s0", [1, 2, 3, 4]),
    ("compl", [1, 2, 3]), ("non", [1, 3]),  # a part of a word matches as text while it is typed
])
def test_an_english_browser_matches_a_verdict_word_whole(browser, typed, seqs):
    dialog = browser("en")
    assert [dialog.table.item(r, 3).text() for r in range(4)] == [
        "Non-compliant", "Compliant", "Non-compliant", "Needs further study"]
    assert shown(dialog, typed) == seqs


@pytest.mark.parametrize("typed,seqs", [
    ("符合", [2]), ("不符合", [1, 3]), ("需进一步论证", [4]), ("符合 S05", [2]), ("符合 S02", []),
    ("不符合 水源", [3]), ("compliant", [2]), ("non-compliant", [1, 3]), ("公路", [2]),
    ("不符", [1, 3]), ("论证", [4]),  # a part of a word matches as text
])
def test_a_chinese_browser_matches_a_verdict_word_whole(browser, typed, seqs):
    dialog = browser("zh")
    assert [dialog.table.item(r, 3).text() for r in range(4)] == ["不符合", "符合", "不符合", "需进一步论证"]
    assert shown(dialog, typed) == seqs


def test_the_filter_says_how_it_matches_verdicts(browser):
    tip = browser("en").filter.toolTip()
    assert "verdict typed in full" in tip and "Non-compliant" in tip
