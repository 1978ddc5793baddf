"""Load messages: what is wrong with a rule-set file, where (file, line, column, JSON path)."""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple, Union

from ...i18n import list_separator, tr, tr_template
from ..model.results import Listed, Reason

PathKey = Tuple[Union[str, int], ...]
Marks = Dict[PathKey, Tuple[int, int]]


@dataclass
class LoadMessage:
    """One error or warning about a rule-set file (``file`` empty: about a scope given outside any file)."""

    severity: str
    file: str
    line: int
    column: int
    json_path: str
    reason: Reason

    def text(self, lang: Optional[str] = None) -> str:
        """The message as one line: file:line:column: path: sentence (no file: not about a file), in ``lang`` or
        the UI language."""
        sentence = sentence_of(self.reason, lang)
        label = tr("error", lang) if self.severity == "error" else tr("warning", lang)
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        path = f" {self.json_path}" if self.json_path not in ("", "$") else ""  # "$", the whole file, says nothing
        return f"{where}: {label}{path}: {sentence}" if where else f"{label}{path}: {sentence}"


@dataclass
class LoadResult:
    """The outcome of loading a rule set: the rule set (None on error) and every message."""

    ruleset: Optional[object] = None
    messages: List[LoadMessage] = field(default_factory=list)

    @property
    def errors(self) -> List[LoadMessage]:
        """Messages of severity error."""
        return [m for m in self.messages if m.severity == "error"]

    @property
    def warnings(self) -> List[LoadMessage]:
        """Messages of severity warning."""
        return [m for m in self.messages if m.severity == "warning"]

    def text(self, lang: Optional[str] = None) -> str:
        """Every message, one a line."""
        return "\n".join(m.text(lang) for m in self.messages)


def sentence_of(reason: Reason, lang: Optional[str] = None) -> str:
    """A message's reason in ``lang`` or the UI language, its listed items joined as the language lists them and
    its nested reasons (the words of a type) in the same language."""
    values = {key: _value_text(value, lang) for key, value in reason.values.items()}
    return tr_template(reason.template, lang).format(**values)


def _value_text(value: object, lang: Optional[str]) -> object:
    """A placeholder's value as the sentence shows it."""
    if isinstance(value, Listed):
        return list_separator(lang).join(map(str, value.items))
    return sentence_of(value, lang) if isinstance(value, Reason) else value


TYPE_WORDS = {  # JSON-Schema type → the plain words every message uses, expected and found alike
    "object": "a mapping (key: value)",
    "array": "a list",
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "yes/no (true or false)",
    "null": "nothing",
}
_SCHEMA_TYPE = ((bool, "boolean"), (int, "number"), (float, "number"), (str, "string"), (list, "array"),
                (dict, "object"), (type(None), "null"))


def type_words(types: Sequence[str]) -> Reason:
    """The words of a JSON-Schema type, or of alternatives ("a number, text or yes/no (true or false)")."""
    words = [Reason(TYPE_WORDS.get(name, name)) for name in types]
    return words[0] if len(words) == 1 else Reason("{one} or {other}", {"one": _listed(words[:-1]), "other": words[-1]})


def _listed(words: List[Reason]) -> Reason:
    """Words listed one after another ("a, b")."""
    return words[0] if len(words) == 1 else Reason("{one}, {other}", {"one": _listed(words[:-1]), "other": words[-1]})


def found_words(value: object) -> Reason:
    """The words of the type of a value read from YAML, as ``type_words`` names it."""
    return type_words([next((name for kind, name in _SCHEMA_TYPE if type(value) is kind), "string")])


def json_path(path: Sequence[Union[str, int]]) -> str:
    """``('rules', 3, 'text')`` → ``$.rules[3].text``."""
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def mark_of(marks: Marks, path: Sequence[Union[str, int]]) -> Tuple[int, int]:
    """Line and column of the deepest known node on ``path`` (1-based; (0, 0) if none)."""
    key = tuple(path)
    while key not in marks and key:
        key = key[:-1]
    return marks.get(key, (0, 0))


def message(
    severity: str,
    file: str,
    marks: Marks,
    path: Sequence[Union[str, int]],
    template: str,
    **values: object,
) -> LoadMessage:
    """Build a message located at ``path`` in the file."""
    line, column = mark_of(marks, path)
    return LoadMessage(severity, file, line, column, json_path(path), Reason(template, dict(values)))


def reason_templates() -> List[str]:
    """Translatable words used by this module."""
    return [tr("error"), tr("warning"), tr("a mapping (key: value)"), tr("a list"), tr("text"), tr("a number"),
            tr("a whole number"), tr("yes/no (true or false)"), tr("nothing"), tr("{one} or {other}"),
            tr("{one}, {other}")]
