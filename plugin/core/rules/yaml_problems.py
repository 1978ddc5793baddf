"""What PyYAML's parsers (libyaml's and the pure-Python one, whose English words differ) found wrong in a YAML
file, said in plain words of the UI's language: the parser's own words only for a problem not listed here."""

import re
from typing import List, Optional, Tuple, Union

import yaml

from ...i18n import tr
from ..model.results import Reason

TAB = "a tab character; indent with spaces only"
CANNOT_START = "the character {character} cannot begin a value; put a text that begins with it in quotes"
PROBLEMS: Tuple[Tuple[str, str], ...] = (  # (the parsers' words, a pattern; the plain words), the first found says it
    (r"duplicate anchor", "an anchor (&name) is given twice"),
    (r"found another document", "a second document (---) begins here; a rule set is one document"),
    (r"found undefined alias", "an alias (*name) refers to no anchor (&name) above it"),
    (r"unknown escape character", "a backslash (\\) in double quotes starts no known escape; write a Windows path in "
                                  "single quotes or with forward slashes (/)"),
    (r"unexpected end of stream.*quoted scalar", "a quotation mark is not closed; the file ends inside the quotes"),
    (r"expected ',' or '\]'", "a list in square brackets [ ] is not closed, or lacks a comma between its items"),
    (r"expected ',' or '\}'", "a mapping in curly brackets is not closed, or lacks a comma between its entries"),
    (r"mapping values are not allowed", "a colon (:) where no key can begin; put a value that holds ': ' in quotes, "
                                        "and check that the line above is complete"),
    (r"expected <block end>|did not find expected key|did not find expected '-' indicator",
     "this line does not line up with the lines above; the keys of one mapping, and the items (-) of one list, "
     "begin in the same column"),
    (r"could not find expected ':'", "a key lacks its colon (:), or a text over several lines does not line up"),
    (r"expected the node content|did not find expected node content", "a value is missing here"),
    (r"found unhashable key", "a key is a list or a mapping; a key is plain text"),
    (r"could not determine a constructor for the tag", "a tag (!…) rule sets do not use; remove it, or put the value "
                                                       "in quotes"),
)


def yaml_problem(error: yaml.MarkedYAMLError, text: str) -> Union[Reason, str]:
    """What ``error`` (raised parsing ``text``) found wrong: a Reason in plain words, else the parser's words."""
    words = " ".join(filter(None, (error.problem, error.context)))
    if "tab character that violates indentation" in words:
        return Reason(TAB, {})
    if "cannot start any token" in words:
        character = _character_at(text, error.problem_mark)
        return Reason(TAB, {}) if character == "\t" else Reason(CANNOT_START, {"character": character or "?"})
    for pattern, plain in PROBLEMS:
        if re.search(pattern, words):
            return Reason(plain, {})
    return error.problem or error.context or ""


def _character_at(text: str, mark: Optional[yaml.Mark]) -> str:
    """The character of ``text`` at a parser's mark ('' when there is none)."""
    if mark is None:
        return ""
    lines = text.splitlines()
    line = lines[mark.line] if 0 <= mark.line < len(lines) else ""
    return line[mark.column] if 0 <= mark.column < len(line) else ""


def reason_templates() -> List[str]:
    """Every plain wording of this module, for the string extractor."""
    return [
        tr("a tab character; indent with spaces only"),
        tr("the character {character} cannot begin a value; put a text that begins with it in quotes"),
        tr("an anchor (&name) is given twice"),
        tr("a second document (---) begins here; a rule set is one document"),
        tr("an alias (*name) refers to no anchor (&name) above it"),
        tr("a backslash (\\) in double quotes starts no known escape; write a Windows path in single quotes or with "
           "forward slashes (/)"),
        tr("a quotation mark is not closed; the file ends inside the quotes"),
        tr("a list in square brackets [ ] is not closed, or lacks a comma between its items"),
        tr("a mapping in curly brackets is not closed, or lacks a comma between its entries"),
        tr("a colon (:) where no key can begin; put a value that holds ': ' in quotes, and check that the line above "
           "is complete"),
        tr("this line does not line up with the lines above; the keys of one mapping, and the items (-) of one list, "
           "begin in the same column"),
        tr("a key lacks its colon (:), or a text over several lines does not line up"),
        tr("a value is missing here"),
        tr("a key is a list or a mapping; a key is plain text"),
        tr("a tag (!…) rule sets do not use; remove it, or put the value in quotes"),
    ]
