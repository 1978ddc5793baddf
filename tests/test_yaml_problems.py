"""A rule file or a condition that is not YAML: what the parser found, in the reviewer's language (libyaml's and the
pure-Python parser's English differ; neither reaches a Chinese message for the problems people make)."""

import pytest
import yaml

from tests.test_ruleset_loader import write
from zoning_review.plugin.core.rules import yaml_source

LOADERS = pytest.mark.parametrize("loader", [yaml_source.CRulesLoader, yaml_source.PythonRulesLoader],
                                  ids=["C", "Python"])
HEAD = "format: zoning-review-rules/1\nmetadata:\n  id: x\n"
# (the rule file's text after HEAD, the line the parser stops on, the English words, the Chinese words)
CASES = {
    "tab": ("rules:\n\t- id: A\n", 5, "a tab character; indent with spaces only", "缩进只能用空格"),
    "at sign": ("  title: @home\n", 4, "the character @ cannot begin a value; put a text that begins with it in "
                "quotes", "字符 @ 不能作为值的开头"),
    "colon in a value": ("  title: Zone: north\n", 4, "a colon (:) where no key can begin", "不能开始一个键"),
    "indentation": ("  title: a\n version: 1\n", 5, "this line does not line up with the lines above",
                    "本行与上文未对齐"),
    "quote": ('  title: "north\n', 5, "a quotation mark is not closed", "引号未闭合"),
    "bracket": ("  tags: [a, b\n", 5, "a list in square brackets [ ] is not closed", "方括号 [ ] 中的列表未闭合"),
    "brace": ("  label: {zh: 北区\n", 5, "a mapping in curly brackets is not closed", "花括号中的映射未闭合"),
    "tab in a text's lines": ("  title: a\n\t b\n", 5, "a tab character; indent with spaces only", "缩进只能用空格"),
    "two documents": ("---\nrules: []\n", 4, "a second document (---) begins here; a rule set is one document",
                      "规则集只能是一个文档"),
    "alias": ("  title: *name\n", 4, "an alias (*name) refers to no anchor (&name) above it", "找不到对应的锚点"),
    "escape": ('  source: "D:\\lists\\2026.docx"\n', 4, "a backslash (\\) in double quotes starts no known escape",
               "Windows 路径请改用单引号"),
}


def sentence(path, loader, lang):
    """The one message of reading the file at ``path``, in ``lang``, and its line."""
    document, messages = yaml_source.read_yaml(str(path), loader=loader)
    assert document is None and len(messages) == 1
    return messages[0].text(lang), messages[0].line


@LOADERS
@pytest.mark.parametrize("case", list(CASES))
def test_a_rule_file_that_is_not_yaml_is_said_in_plain_words(qgis_app, tmp_path, loader, case):
    body, line, english, chinese = CASES[case]
    path = write(tmp_path, HEAD + body)
    text, at = sentence(path, loader, "en")
    assert at == line
    assert f"The file is not valid YAML here: {english}" in text
    text, _at = sentence(path, loader, "zh")
    assert "文件此处不是有效的 YAML：" in text and chinese in text
    parser_words = ("found", "expected", "scanning", "token", "mapping", "stream", "escape", "alias")
    assert not any(word in text for word in parser_words), text


@LOADERS
def test_a_problem_without_plain_words_keeps_the_parsers_own(qgis_app, tmp_path, loader):
    path = write(tmp_path, HEAD + "  title: &\n")  # an anchor without its name
    text, _at = sentence(path, loader, "en")
    assert "The file is not valid YAML: " in text and "alphabetic or numeric character" in text
    assert text.endswith("Check indentation, colons and quotes here.")


@pytest.mark.parametrize("written, line, column, english", [
    ("flag: major\n construction: [new]", 2, 14, "a colon (:) where no key can begin"),
    ("any:\n  - flag: a\n  - flag: [b", 3, 13, "a list in square brackets [ ] is not closed"),
])
def test_the_rule_editors_yaml_page_says_it_in_plain_words(qgis_app, written, line, column, english):
    from zoning_review.plugin.gui.rule_editor.yaml_condition import yaml_condition

    with pytest.raises(ValueError) as raised:
        yaml_condition(written)
    assert str(raised.value).startswith(f"Line {line}, column {column}: this is not valid YAML here: {english}")


def test_the_two_parsers_are_both_there():
    assert yaml_source.CRulesLoader is not yaml_source.PythonRulesLoader
    assert issubclass(yaml_source.CRulesLoader, yaml.CSafeLoader)
