"""A rule-set file opened for editing: its text, its rules, edits checked by the loader, saved with a backup."""

import codecs
import copy
import datetime
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional

import yaml

from ...i18n import tr
from ..backups import replace_keeping_backup
from ..model.results import Reason
from ..part_files import part_file
from . import schema, yaml_edit, yaml_update
from .loader import load_ruleset
from .messages import LoadResult, sentence_of
from .rule_form import field_labels, layer_declaration
from .yaml_source import PythonRulesLoader, read_yaml


class SaveError(Exception):
    """Why a file was not written, as a translated reason."""

    def __init__(self, reason: Reason):
        super().__init__(reason.template)
        self.reason = reason

    def text(self) -> str:
        """The reason in the UI language."""
        return sentence_of(self.reason)


class BlankFileError(SaveError):
    """The file holds no YAML (empty, or blanks and comments only): a new rule set may be started in it."""


class ChangedOnDiskError(SaveError):
    """The file on disk is no longer the one opened: another program changed, replaced or removed it."""


def _data(text: str) -> Dict[str, Any]:
    loader = PythonRulesLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@dataclass
class RuleFile:
    """A rule-set file's text as read, and the text with the edits made so far."""

    path: str
    original: str
    text: str
    data: Dict[str, Any] = field(default_factory=dict)
    bom: bool = False

    @classmethod
    def open(cls, path: str) -> "RuleFile":
        """Read a rule-set file (UTF-8) to edit it; SaveError when it cannot be read or has no rules list."""
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
            text = raw.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise SaveError(Reason("The rule set {path} cannot be read: {problem}",
                                   {"path": path, "problem": str(error)})) from None
        if is_blank(text):
            raise BlankFileError(Reason("The rule set {path} is empty.", {"path": path}))
        try:
            yaml_edit.rules_list(text)
        except yaml_edit.EditError:
            raise SaveError(Reason("The rule set {path} has no list of rules that can be edited; fix it in a "
                                   "text editor first.", {"path": path})) from None
        _require_shapes(path)
        return cls(path, text, text, _data(text), raw.startswith(codecs.BOM_UTF8))

    @property
    def rules(self) -> List[Dict[str, Any]]:
        """The rules as they stand after the edits."""
        return list(self.data.get("rules") or [])

    @property
    def changed(self) -> bool:
        """True when the text differs from the file as read."""
        return self.text != self.original

    def replace(self, index: int, rule: Mapping[str, Any]) -> None:
        """Put ``rule`` in place of rule ``index`` (only its text changes)."""
        old = self.rules[index]
        self._apply(yaml_edit.replace_rule(self.text, index, rule, old), index, rule)

    def append(self, rule: Mapping[str, Any]) -> int:
        """Add ``rule`` after the last rule; its index."""
        index = len(self.rules)
        self._apply(yaml_edit.append_rule(self.text, rule), index, rule)
        return index

    def remove(self, index: int) -> None:
        """Remove rule ``index``."""
        expected = copy.deepcopy(self.data)
        del expected["rules"][index]
        self._commit(yaml_edit.remove_rule(self.text, index), expected)

    def restore(self, text: str) -> None:
        """Go back to an earlier text of this file's edits (an undo); it read back as intended when it was made."""
        self.text, self.data = text, _data(text)

    def declare_layer(self, name: str, label: str, fields: Optional[Mapping[str, str]] = None) -> None:
        """Declare a constraint layer under ``layers:``, with a label for each of ``fields`` (the rest of the file
        unchanged)."""
        expected = copy.deepcopy(self.data)
        expected.setdefault("layers", {})
        if expected["layers"] is None:
            expected["layers"] = {}
        declaration = layer_declaration(label, fields)
        expected["layers"][name] = declaration
        try:
            text = yaml_edit.declare_entry(self.text, "layers", name, declaration)
        except yaml_edit.EditError:
            text = ""
        self._commit(text, expected)

    def replace_entry(self, section: str, name: str, declaration: Mapping[str, Any]) -> None:
        """Replace the declaration of ``name`` under ``section`` (``layers``, ``attributes``; SaveError, the file
        unchanged, when it cannot be)."""
        expected = copy.deepcopy(self.data)
        try:
            expected[section][name] = copy.deepcopy(dict(declaration))
            text = yaml_update.replace_entry(self.text, section, name, declaration)
        except (KeyError, TypeError, yaml_edit.EditError):
            text = ""
        self._commit(text, expected)

    def remove_entry(self, section: str, name: str) -> None:
        """Remove the declaration of ``name`` under ``section`` (the section too when it was the only one; SaveError,
        the file unchanged, when it cannot be)."""
        expected = copy.deepcopy(self.data)
        try:
            del expected[section][name]
            if not expected[section]:
                del expected[section]
            text = yaml_update.remove_entry(self.text, section, name)
        except (KeyError, TypeError, yaml_edit.EditError):
            text = ""
        self._commit(text, expected)

    def declare_attribute(self, name: str, declaration: Mapping[str, Any]) -> None:
        """Declare a project attribute under ``attributes:`` (SaveError, the file unchanged, when it cannot be)."""
        expected = copy.deepcopy(self.data)
        if not isinstance(expected.get("attributes"), dict):
            expected["attributes"] = {}
        expected["attributes"][name] = copy.deepcopy(dict(declaration))
        try:
            text = yaml_edit.declare_entry(self.text, "attributes", name, declaration)
        except yaml_edit.EditError:
            text = ""
        self._commit(text, expected)

    def label_fields(self, name: str, labels: Mapping[str, str]) -> None:
        """Give fields of the declared layer ``name`` a Chinese label each under its ``fields:`` (SaveError, the
        file unchanged, when its declaration cannot take them)."""
        expected = copy.deepcopy(self.data)
        entries = field_labels(labels)
        try:
            declaration = expected["layers"][name]
            declaration["fields"] = {**(declaration.get("fields") or {}), **entries}
            text = yaml_edit.label_fields(self.text, name, entries)
        except (KeyError, TypeError, AttributeError, yaml_edit.EditError):
            text = ""
        self._commit(text, expected)

    def _apply(self, text: str, index: int, rule: Mapping[str, Any]) -> None:
        expected = copy.deepcopy(self.data)
        rules = expected.setdefault("rules", [])
        if index < len(rules):
            rules[index] = copy.deepcopy(dict(rule))
        else:
            rules.append(copy.deepcopy(dict(rule)))
        self._commit(text, expected)

    def _commit(self, text: str, expected: Dict[str, Any]) -> None:
        """Keep the edited text only when it reads back as exactly the expected document."""
        try:
            data = _data(text)
        except yaml.YAMLError:
            data = None
        if data != expected:
            raise SaveError(Reason("The edit could not be written as YAML that reads back the same; the file "
                                   "was left unchanged.", {}))
        self.text, self.data = text, data

    def candidate(self, index: int, rule: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
        """The document as it would be with rule ``index`` replaced (or added when index is past the end)."""
        data = copy.deepcopy(self.data)
        rules = data.setdefault("rules", [])
        if rule is not None:
            if index < len(rules):
                rules[index] = copy.deepcopy(dict(rule))
            else:
                rules.append(copy.deepcopy(dict(rule)))
        return data

    def save(self, now: Optional[datetime.datetime] = None, replace_changed: bool = False) -> Optional[str]:
        """Write the edited text when the loader accepts it, the file it replaces kept as a timestamped backup;
        the backup's path (None when the file was gone). ChangedOnDiskError when another program changed the file
        since it was opened, unless ``replace_changed`` (its version then kept as the backup)."""
        self._require_loadable(self.path)
        if not replace_changed and self._disk_text() != self.original:
            raise ChangedOnDiskError(Reason("{path} was changed by another program since it was opened; it was not "
                                   "overwritten. Open it again and repeat the edit.", {"path": self.path}))
        backup = self._write(self.path, now)
        self.original = self.text
        return backup

    def save_as(self, path: str, now: Optional[datetime.datetime] = None) -> Optional[str]:
        """Write the edited text to ``path`` (see ``write_to``) and edit that file from now on."""
        backup = self.write_to(path, now)
        self.path, self.original = path, self.text
        return backup

    def write_to(self, path: str, now: Optional[datetime.datetime] = None) -> Optional[str]:
        """Write the edited text to another file, only when the loader accepts it; a file already there is kept as
        a timestamped backup, whose path is returned (None when there was none)."""
        self._require_loadable(path)
        return self._write(path, now)

    def _write(self, path: str, now: Optional[datetime.datetime] = None) -> Optional[str]:
        """The text written whole to a temporary file, then moved onto ``path`` after a backup of what was there."""
        with part_file(path) as part:
            with open(part, "w", encoding="utf-8-sig" if self.bom else "utf-8", newline="") as handle:
                handle.write(self.text)
            return replace_keeping_backup(part, path, now)

    def _require_loadable(self, target: str) -> None:
        check = self.check_text(target)
        if check.ruleset is None:
            raise SaveError(Reason("The rule set would not load, so it was not saved:\n{messages}",
                                   {"messages": check.text()}))

    def check_text(self, beside: str = "") -> LoadResult:
        """The loader's verdict on the edited text (checked in a temporary file beside ``beside``)."""
        target = beside or self.path
        part = f"{target}.check.part"
        try:
            with open(part, "w", encoding="utf-8", newline="") as handle:
                handle.write(self.text)
            result = load_ruleset(part)
        finally:
            if os.path.exists(part):
                os.remove(part)
        for item in result.messages:
            item.file = target
        return result

    def _disk_text(self) -> str:
        try:
            with open(self.path, encoding="utf-8-sig", newline="") as handle:
                return handle.read()
        except (OSError, UnicodeDecodeError):
            return ""


def is_blank(text: str) -> bool:
    """True when the text holds no YAML document: nothing, blanks or comments only."""
    try:
        return _data(text) is None
    except yaml.YAMLError:
        return False


def _require_shapes(path: str) -> None:
    """SaveError naming each value that is not the mapping or list the editor shows (a rule written as text…), and
    what the loader cannot read (a plain 1_000 or yes, which the editor would rewrite as the number or yes/no)."""
    document, problems = read_yaml(path)
    found = schema.shape_errors(document.data, document.marks, path) if document is not None else problems
    if found:
        raise SaveError(Reason("The rule editor cannot show {path} until these are corrected in a text editor:\n"
                               "{messages}", {"path": path, "messages": LoadResult(None, found).text()}))


def reason_templates() -> List[str]:
    """Every message template of this module, for the string extractor."""
    return [
        tr("The rule set {path} cannot be read: {problem}"),
        tr("The rule set {path} has no list of rules that can be edited; fix it in a text editor first."),
        tr("The rule set {path} is empty."),
        tr("The edit could not be written as YAML that reads back the same; the file was left unchanged."),
        tr("The rule set would not load, so it was not saved:\n{messages}"),
        tr("The rule editor cannot show {path} until these are corrected in a text editor:\n{messages}"),
        tr("{path} was changed by another program since it was opened; it was not overwritten. Open it "
           "again and repeat the edit."),
    ]
