"""Times people read (the panel's results, the register browser and view, the notes) are local times written
``2026-12-05 15:06``; what is stored and the outputs machines read stay ISO; a time not understood is shown as
stored. Every expected time here is worked out by hand for Asia/Shanghai (UTC+8, no daylight saving)."""

import json
import time
from dataclasses import replace

import pytest
from osgeo import ogr

from tests.notes_helpers import Scenario
from tests.test_judgements import MANUAL, judged, review
from tests.test_register import entry
from zoning_review.plugin.core.outputs.register import COLUMNS, append_to_register
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.core.review.judgements import Judgement, Withdrawal
from zoning_review.plugin.core.review.site_review import ReasonTexts
from zoning_review.plugin.core.times import shown_time
from zoning_review.plugin.notes.document_judgements import judgements_section
from zoning_review.plugin.notes.export import finding_rows
from zoning_review.plugin.notes.formatting import reasons_text
from zoning_review.plugin.notes.model import Table

JUDGED_AT = "2026-12-05T07:06:35+00:00"  # 15:06 in Beijing
SHOWN = "2026-12-05 15:06"


@pytest.fixture
def shanghai(monkeypatch):
    """The local time zone Asia/Shanghai for the test, whatever the machine's."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("stored,shown", [
    (JUDGED_AT, SHOWN),
    ("2026-12-05T23:30:00Z", "2026-12-06 07:30"),  # UTC written with Z, the next day in Beijing
    ("2026-12-03T11:00+08:00", "2026-12-03 11:00"),
    ("2026-07-01T12:00:00-05:00", "2026-07-02 01:00"),
    ("2026-12-05T15:06:35", "2026-12-05 15:06"),  # no offset: as written
    ("2026-12-05 15:06:35.123456+08:00", "2026-12-05 15:06"),
    ("T0", "T0"), ("", ""), ("2026-12-05", "2026-12-05"), ("昨天 15:06", "昨天 15:06"),
    ("2026-13-05T10:00", "2026-13-05T10:00"), ("2026-12-05T25:00", "2026-12-05T25:00"), ("t", "t"),
])
def test_a_stored_time_is_shown_in_local_time_or_as_stored(shanghai, stored, shown):
    assert shown_time(stored) == shown


def texts(item):
    """An item's text and every text below it."""
    return [item.text(0), *(text for index in range(item.childCount()) for text in texts(item.child(index)))]


def judged_s05(ruleset, digests):
    """S05 with its manual clauses judged compliant by 王工 at JUDGED_AT."""
    return review(ruleset, judged("符合", digests, reviewer="王工", time=JUDGED_AT))


@pytest.fixture(scope="module")
def digests(ruleset):
    from tests.test_judgements import sha256_of
    return {(u.overlap.code, f.rule_id): sha256_of(f) for u in review(ruleset).units for f in u.findings}


def judged_findings(site_review):
    return [f for u in site_review.units for f in u.findings if f.judgement is not None]


def test_the_panel_shows_a_judgements_time_as_local_time(qgis_app, shanghai, ruleset, digests):
    from zoning_review.plugin.gui.results_view import finding_reason, finding_text

    found = judged_findings(judged_s05(ruleset, digests))
    assert len(found) == len(MANUAL)
    for finding in found:
        assert finding_text(finding).endswith(f" — judged by 王工, {SHOWN}")  # before: the ISO time
        assert f"judged at {SHOWN}" in finding_reason(finding) and "T07:06" not in finding_reason(finding)


def test_outputs_for_machines_keep_the_iso_time(qgis_app, shanghai, ruleset, digests):
    site_review = judged_s05(ruleset, digests)
    finding = judged_findings(site_review)[0]
    texts_en = ReasonTexts("en")
    assert f"judged at {JUDGED_AT}" in [texts_en.render(r) for r in finding.reasons]  # CLAUSES, FINDINGS
    assert any(f"judged at {JUDGED_AT}" in row[14] for row in finding_rows([site_review], "en"))  # findings table
    assert finding.judgement.to_dict()["time"] == JUDGED_AT  # the register's clauses_json, saved reviews


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_notes_show_judgement_and_removal_times_as_local_time(shanghai, ruleset, digests, scenario, lang):
    site_review = judged_s05(ruleset, digests)
    unit, rule = MANUAL[0]
    removal = Withdrawal(Judgement("S05", unit, rule, "non_compliant", "", "李工", "2026-12-05T06:00:00Z"),
                         "王工", "2026-12-05T08:00:00+00:00")
    context = replace(scenario.context, withdrawn=[removal])
    tables = [b for b in judgements_section(site_review, context, lang).blocks if isinstance(b, Table)]
    judged_table, removed_table = tables
    assert {row[3] for row in judged_table.rows} == {f"王工 {SHOWN}"}  # before: 王工 2026-12-05T07:06:35+00:00
    assert [row[3:] for row in removed_table.rows] == [["李工 2026-12-05 14:00", "王工 2026-12-05 16:00"]]
    finding = judged_findings(site_review)[0]
    assert SHOWN in reasons_text(finding.reasons, lang) and JUDGED_AT not in reasons_text(finding.reasons, lang)


def test_the_register_browser_and_view_show_local_times_and_keep_iso_stored(qgis_new_project, qtbot, shanghai,
                                                                           tmp_path):
    from zoning_review.plugin.gui.register_dialog import RegisterDialog
    from zoning_review.plugin.gui.register_view import RecordView

    made = entry("S05 公路", "compliant")
    names = [n for n, _k in COLUMNS[1:]]
    judgement = {"site_id": "S05", "unit_code": "ZH13063210001", "rule_id": "C-P-02", "judgement": "compliant",
                 "remark": "已核查", "reviewer": "王工", "time": "2026-12-03T02:30:00+00:00", "override": False}
    clauses = [{"unit_code": "ZH13063210001", "rule_id": "C-P-02", "status": "complies",
                "machine_status": "manual_check", "judgement": judgement,
                "withdrawn": [{**judgement, "judgement": "non_compliant", "withdrawn_by": "李工",
                               "withdrawn_at": "2026-12-03T02:45:00+00:00"}]}]
    made.values[names.index("clauses_json")] = json.dumps(clauses, ensure_ascii=False)
    made.values[names.index("saved_at")] = "2026-12-03T03:00:00+00:00"
    odd = entry("S07", "compliant")
    odd.values[names.index("saved_at")] = "上午十点"  # edited by hand: not a time this plugin reads
    path = str(tmp_path / "台账.gpkg")
    for item in (made, odd):
        append_to_register(path, item)
    records = read_register(path)
    dialog = RegisterDialog(path, records)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(row, 1).text() for row in range(2)] == ["2026-12-03 11:00", "上午十点"]
    dialog.filter.setText("2026-12-03 11:00")
    assert dialog.visible_seqs() == [1]
    view = RecordView()
    qtbot.addWidget(view)
    view.show_record(records[0])
    shown = texts(view.tree.invisibleRootItem())
    assert "Saved at: 2026-12-03 11:00" in shown and "recorded 2026-12-03 11:00" in view.banner.text()
    assert "Judged Compliant by 王工, 2026-12-03 10:30: 已核查" in shown
    assert any(line.endswith("removed by 李工, 2026-12-03 10:45") for line in shown)
    assert not any("T0" in line for line in shown)
    source = ogr.Open(path)  # the register keeps what was recorded
    assert [f.GetField("saved_at") for f in source.GetLayerByName("reviews")] == ["2026-12-03T03:00:00+00:00",
                                                                                "上午十点"]
