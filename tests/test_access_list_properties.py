"""Invariants of the access-list importer: the order of the columns, title rows above the header and
extra columns change nothing in the rules; the ids stay unique."""

import tempfile
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.access_list_writers import write_csv
from tests.test_access_list_layouts import BEIJING, BEIJING_RULES, GUANGDONG, GUANGDONG_RULES
from zoning_review.plugin.core.rules.access_list.header import UNPLACED
from zoning_review.plugin.core.rules.access_list_import import import_access_list

TITLES = ["附件", "生态环境准入清单", "（2023年版）", "单位：个", ""]
EXTRA = [("备注", "无"), ("行政区", "东城区"), ("序号", "9"), ("面积（平方公里）", "1.5")]


def rules_of(rows):
    """Rule id → text of these rows imported from a GBK CSV, and the columns not placed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "清单.csv"
        write_csv(path, rows)
        result = import_access_list(str(path))
    assert result.errors == [], result.errors
    rules = yaml.safe_load(result.yaml_text)["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids))
    return {rule["id"]: rule["text"]["zh"] for rule in rules}, [u for _t, u in result.columns if u.status == UNPLACED]


@settings(max_examples=25, deadline=None)
@given(order=st.permutations(range(len(BEIJING[0]))),
       titles=st.lists(st.sampled_from(TITLES), max_size=4),
       extra=st.lists(st.sampled_from(EXTRA), max_size=2, unique=True))
def test_column_order_title_rows_and_extra_columns_change_nothing(order, titles, extra):
    rows = [[row[i] for i in order] for row in BEIJING]
    rows[0] += [name for name, _value in extra]
    for row in rows[1:]:
        row += [value for _name, value in extra]
    rules, unplaced = rules_of([[title] for title in titles] + rows)
    assert rules == BEIJING_RULES and unplaced == []


@settings(max_examples=15, deadline=None)
@given(order=st.permutations(range(7, 11)), titles=st.integers(0, 3))
def test_the_dimension_columns_under_a_merged_header_may_come_in_any_order(order, titles):
    positions = list(range(7)) + list(order)
    rows = [[row[i] for i in positions] for row in GUANGDONG[1:]]
    rules, unplaced = rules_of([["广州市生态环境准入清单"]] * titles + rows)
    assert rules == GUANGDONG_RULES and unplaced == []
