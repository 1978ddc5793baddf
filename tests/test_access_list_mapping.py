"""Column mappings and spellings the reviewer gives the access-list importer: a partial mapping names
one column and the rest is detected, a mapping naming no role or no column is refused clearly, the
options page's own spellings place a column; unknown encodings and an empty Word document fail clearly."""

import pytest

from tests.access_list_writers import write_docx
from zoning_review.plugin.core.rules.access_list.header import UNPLACED
from zoning_review.plugin.core.rules.access_list_import import import_access_list

from .test_access_list_layouts import columns, imported_rules, write

PARTIAL = [["序号", "单元识别码", "单元名称", "空间布局约束", "污染物排放管控", "环境风险防控", "资源利用效率"],
           ["1", "ZH13062910001", "甲单元", "禁止甲。", "控制乙。", "防控丙。", "节约丁。"]]


@pytest.mark.parametrize("key", ["code", "单元编码", "HJGKDYBM"])
def test_a_partial_mapping_gives_one_column_and_the_rest_is_detected(tmp_path, key):
    path = write("csv", PARTIAL, tmp_path)
    assert import_access_list(str(path)).errors[0].template.startswith("No header row")
    result = import_access_list(str(path), {key: "单元识别码"})
    assert sorted(imported_rules(result, tmp_path)) == [
        "ZH13062910001-PE", "ZH13062910001-RE", "ZH13062910001-RP", "ZH13062910001-SL"]
    assert result.mapping["code"] == "单元识别码" and result.mapping["name"] == "单元名称"


def test_a_mapping_naming_no_role_or_no_column_is_refused_clearly(tmp_path):
    path = write("csv", PARTIAL, tmp_path)
    wrong_role = import_access_list(str(path), {"unit": "单元识别码"})
    assert wrong_role.errors[0].values == {"role": "unit"} and wrong_role.yaml_text == ""
    missing = import_access_list(str(path), {"code": "单元代号"})
    assert [(e.values["header"], e.values["role"]) for e in missing.errors] == [("单元代号", "code")]


def test_user_spellings_from_the_settings_text(tmp_path):
    rows = [["单元编码", "空间布局约束", "资源节约集约利用"], ["ZH1", "禁止甲。", "节约用地。"]]
    path = write("csv", rows, tmp_path)
    plain = import_access_list(str(path))
    assert columns(plain, UNPLACED) == {"C": ""}
    extra = "# my province\n资源开发效率要求: 资源节约集约利用, 资源集约\nnot a role: x\n"
    result = import_access_list(str(path), extra_spellings=extra)
    assert imported_rules(result, tmp_path) == {"ZH1-SL": "禁止甲。", "ZH1-RE": "节约用地。"}
    assert [(w.values["line"], w.values["text"]) for w in result.warnings] == [(3, "not a role: x")]


def test_an_unknown_encoding_and_an_empty_word_document_fail_clearly(tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"\xff\xff,\xff\xfe\n")  # 0xFF starts no character in UTF-8 or GB 18030
    error = import_access_list(str(latin)).errors[0]  # 0xFF at byte 0
    assert error.template.startswith("{file} is not text in UTF-8, UTF-16") and error.values["offset"] == 0
    empty = tmp_path / "empty.docx"
    write_docx(empty, [])
    assert import_access_list(str(empty)).errors[0].template == "The Word document {file} has no table."
