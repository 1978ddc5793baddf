"""The access-list CSV reader decodes as the coordinate files are (text_decoding): Excel's "Unicode text"
(UTF-16 with a byte-order mark, tab-separated) in either byte order, a tab-separated list whose title or
clauses hold commas, and UTF-16 without its mark refused at its first unreadable byte, never read as GBK."""

import csv
import io

import pytest

from zoning_review.plugin.core.rules.access_list_import import import_access_list

from .test_access_list_layouts import HANGZHOU, HANGZHOU_RULES, TITLED, TITLED_RULES, imported_rules


def tab_text(rows) -> str:
    """Rows as Excel writes them as "Unicode text": tab-separated, CRLF line ends."""
    out = io.StringIO(newline="")
    csv.writer(out, delimiter="\t").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_unicode_text_with_its_byte_order_mark_in_either_order(tmp_path, encoding):
    path = tmp_path / "清单.txt"
    path.write_bytes("\ufeff".encode(encoding) + tab_text(HANGZHOU).encode(encoding))
    assert imported_rules(import_access_list(str(path)), tmp_path) == HANGZHOU_RULES


def test_a_tab_separated_list_whose_title_and_clauses_hold_commas(tmp_path):
    clause, with_commas = "执行总体准入要求", "执行总体准入要求, 见附表, 第2条"
    rows = [["附件1, 2023年修订"]] + [[cell.replace(clause, with_commas) for cell in row] for row in TITLED[1:]]
    expected = {rule: text.replace(clause, with_commas) for rule, text in TITLED_RULES.items()}
    path = tmp_path / "清单.txt"
    path.write_bytes(tab_text(rows).encode("utf-16"))  # Python's utf-16 writes the byte-order mark
    assert imported_rules(import_access_list(str(path)), tmp_path) == expected


def test_utf16_without_its_byte_order_mark_is_refused_at_its_first_unreadable_byte(tmp_path):
    path = tmp_path / "清单.txt"
    path.write_bytes(tab_text(HANGZHOU).encode("utf-16-le"))
    # 序号\t区、县（ in UTF-16 LE is 8F 5E F7 53 09 00 3A 53 01 30 BF 53 08 FF: 8F at byte 0 starts no UTF-8
    # character; GB 18030, the last encoding tried, reads pairs and single bytes up to 08 and stops at FF (byte 13)
    error = import_access_list(str(path)).errors[0]
    assert error.template.startswith("{file} is not text in UTF-8, UTF-16 (with its byte-order mark) or GBK")
    assert error.values == {"file": str(path), "offset": 13}


def test_utf16_without_its_byte_order_mark_is_refused_even_where_gbk_reads_it(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("code,name\n".encode("utf-16-le"))  # c 00 o 00 …: GBK reads it, a NUL at byte 1
    error = import_access_list(str(path)).errors[0]
    assert error.values == {"file": str(path), "offset": 1}
