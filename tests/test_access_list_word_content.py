"""Word lists as Word writes them: text inside smart tags, content controls, tracked changes, fields and nested
tables is read as the document shows it, and what cannot be read as text is named by table and row."""

from tests.access_list_writers import edit_docx, write_docx
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml

HEADER = ["环境管控单元编码", "环境管控单元名称", "空间布局约束", "污染物排放管控", "环境风险防控"]
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RUN = "<w:r><w:t>{}</w:t></w:r>"
PICTURE = ('<w:r><w:drawing><wp:inline><wp:extent cx="10" cy="10"/><wp:docPr id="1" name="p"/></wp:inline>'
           "</w:drawing></w:r>")


def _list(path):
    """A published list whose cells hold what Word users write: a distance in a smart tag (as Chinese Word tags
    1公里), a tracked insertion and deletion, a cell and a paragraph in content controls, a field, a nested table, a
    picture; the second table (the list continued) inside a content control."""
    write_docx(path, [
        [HEADER,
         ["ZH13063220001", "雄县城镇重点管控单元",
          "1.禁止在河道两侧SMART范围内新建化工项目。\n2.禁止新建INSDEL钢铁项目。",
          "CELLSDT严格执行排放标准。", "PARASDT"],
         ["ZH13063220002", "雄县产业重点管控单元", "NESTED", "执行标准：PICTURE", "FIELD"]],
        [HEADER, ["ZH13063220003", "雄县一般管控单元", "BODYSDT禁止新建燃煤锅炉。", "—", "—"]],
    ])
    edit_docx(path, {
        "SMART": '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv">'
                 + RUN.format("1公里") + "</w:smartTag>",
        "INS": '<w:ins w:id="1" w:author="审核" w:date="2024-05-01T00:00:00Z">' + RUN.format("、扩建") + "</w:ins>",
        "DEL": '<w:del w:id="2" w:author="审核" w:date="2024-05-01T00:00:00Z"><w:r><w:delText>、改造</w:delText>'
               "</w:r></w:del>",
        "w:tc:CELLSDT": "<w:sdt><w:sdtPr/><w:sdtContent>{}</w:sdtContent></w:sdt>",
        "w:p:PARASDT": "<w:sdt><w:sdtPr/><w:sdtContent><w:p>" + RUN.format("建立突发环境事件应急体系。")
                       + "</w:p></w:sdtContent></w:sdt>",
        "w:p:NESTED": "<w:p>" + RUN.format("1.禁止新建化工项目。") + "</w:p><w:tbl><w:tblGrid><w:gridCol w:w=\"900\"/>"
                      "</w:tblGrid><w:tr><w:tc><w:p>" + RUN.format("2.禁止新建印染项目。") + "</w:p></w:tc></w:tr>"
                      "</w:tbl><w:p/>",
        "PICTURE": PICTURE,
        "w:p:FIELD": '<w:p><w:fldSimple w:instr=" DOCPROPERTY 风险 ">' + RUN.format("落实园区风险防控措施。")
                     + "</w:fldSimple></w:p>",
        "w:tbl:BODYSDT": "<w:sdt><w:sdtPr/><w:sdtContent>{}</w:sdtContent></w:sdt>",
    })


def test_text_word_keeps_in_tags_controls_revisions_fields_and_nested_tables_is_imported(qgis_app, tmp_path):
    path = tmp_path / "雄县准入清单.docx"
    _list(path)
    result = import_access_list(str(path))
    assert result.errors == []
    check, _backup = write_yaml(result, str(tmp_path / "rules.yaml"))
    assert {rule.id: rule.text_zh for rule in check.ruleset.rules} == {
        "ZH13063220001-SL-1": "1.禁止在河道两侧1公里范围内新建化工项目。",
        "ZH13063220001-SL-2": "2.禁止新建、扩建钢铁项目。",
        "ZH13063220001-PE": "严格执行排放标准。",
        "ZH13063220001-RP": "建立突发环境事件应急体系。",
        "ZH13063220002-SL-1": "1.禁止新建化工项目。",
        "ZH13063220002-SL-2": "2.禁止新建印染项目。",
        "ZH13063220002-PE": "执行标准：",
        "ZH13063220002-RP": "落实园区风险防控措施。",
        "ZH13063220003-SL": "禁止新建燃煤锅炉。",
    }  # "—" marks no requirement at this level: no rule
    assert [(w.values["count"], len(w.values["cells"])) for w in result.summary] == [(2, 2)]


def test_tracked_changes_and_pictures_are_named_by_table_and_row(qgis_app, tmp_path):
    from zoning_review.plugin.core.review.site_review import render_reason

    path = tmp_path / "雄县准入清单.docx"
    _list(path)
    result = import_access_list(str(path))
    assert [render_reason(w, "en") for w in result.warnings] == [
        "Row 2 of table 1 holds tracked changes that were not accepted (text inserted or deleted); it was read as if "
        "they were accepted. Check its rules against the published list.",
        "Row 3 of table 1 holds a picture, text box, equation or embedded object that the importer cannot read as "
        "text; check the rules of that row against the document and add what it says by hand.",
    ]
