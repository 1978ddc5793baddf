"""Safe YAML reading with size, alias-bomb and nesting limits, and line/column for every node.

Files are parsed by libyaml through PyYAML's C SafeLoader when it is installed (a 5 MB rule set
loads in seconds rather than half a minute), else by the pure-Python SafeLoader; both give the
same document and marks.
"""

import os
import re
from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

import yaml

from ...i18n import tr
from . import yaml_plain, yaml_problems
from .messages import LoadMessage, Marks, PathKey, found_words, message
from .yaml_aliases import AliasBombError, check_expansion
from .yaml_depth import MAX_DEPTH, TooDeepError, too_deep_mark
from .yaml_problems import yaml_problem

MAX_BYTES = 16 * 1024 * 1024
MAX_NODES = 2_000_000
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
TOO_DEEP = ("The file is nested more than {limit} levels deep here; no rule set needs that: write the "
            "condition flatter (one all: or any: list) or as several rules.")


class PythonRulesLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates (and numbers YAML 1.1 reinterprets) as text, checked with a clear message."""


class CRulesLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same on libyaml's parser (PyYAML's CSafeLoader), when PyYAML was built with it."""


# YAML 1.1's numbers without its surprises: 1:00 (sexagesimal, 60), 010 (octal, 8), 0x10 and 0b10 stay
# text, which the schema then rejects where a number is wanted; 0, 10, -5, 1.5, 1.0e+3, .5, .inf are numbers;
# 1_000 and yes/no/on/off, read as written, are refused where they stand (yaml_plain).
_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$")
_FLOAT = re.compile(
    r"""^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
_NARROWED = {"tag:yaml.org,2002:int": _INT, "tag:yaml.org,2002:float": _FLOAT}

for _loader in (PythonRulesLoader, CRulesLoader):
    _loader.yaml_implicit_resolvers = {
        first: [(tag, _NARROWED.get(tag, regexp)) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
RulesYamlLoader = CRulesLoader
_C_PARSER = getattr(yaml, "CSafeLoader", None)  # its composer recurses in C: see yaml_depth


@dataclass
class YamlDocument:
    """A parsed document and the 1-based (line, column) of every node by its path."""

    data: Any
    marks: Marks


def read_yaml(
    path: str, max_bytes: int = MAX_BYTES, max_nodes: int = MAX_NODES, loader: type = RulesYamlLoader
) -> Tuple[Optional[YamlDocument], List[LoadMessage]]:
    """Read a YAML file safely (with ``loader``, the C one by default); on failure None and what to do."""
    text, problems = _read_text(path, max_bytes)
    if text is None:
        return None, problems
    return _parse(path, text, max_nodes, loader)


def _fail(path: str, at_line: int, at_column: int, template: str, **values: object) -> List[LoadMessage]:
    return [message("error", path, {(): (at_line, at_column)}, (), template, **values)]


def _unreadable(path: str, error: OSError) -> List[LoadMessage]:
    """Why the file cannot be read and what to do, in translated words where the system's are English."""
    if isinstance(error, FileNotFoundError):
        return _fail(path, 0, 0, "The file cannot be read: it does not exist. Check the path and the file name.")
    if isinstance(error, IsADirectoryError):
        return _fail(path, 0, 0, "The file cannot be read: it is a folder. Give the path of a rule-set file (.yaml).")
    if isinstance(error, PermissionError):
        return _fail(path, 0, 0, "The file cannot be read: you may not read it. Check its permissions.")
    return _fail(path, 0, 0, "The file cannot be read: {problem}", problem=error.strerror or str(error))


def _read_text(path: str, max_bytes: int) -> Tuple[Optional[str], List[LoadMessage]]:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return None, _fail(
                path,
                0,
                0,
                "The file is {size} bytes, more than the limit of {limit} bytes; "
                "check that it is a rule set, or split it.",
                size=size,
                limit=max_bytes,
            )
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as error:
        return None, _unreadable(path, error)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, _fail(
            path,
            line,
            column,
            "The file is not UTF-8 text (first bad byte at line {line}, column {column}); save it with UTF-8 encoding.",
            line=line,
            column=column,
        )
    if not text.strip():
        return None, _fail(path, 0, 0, "The file is empty; a rule set needs metadata and rules.")
    return text, []


def _parse(
    path: str, text: str, max_nodes: int, loader_class: type
) -> Tuple[Optional[YamlDocument], List[LoadMessage]]:
    """The document in ``text``, or a located message about why it is not a YAML mapping."""
    try:
        return _compose(path, text, max_nodes, loader_class)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problem = yaml_problem(error, text)
        if isinstance(problem, str):  # the parser's own words: a problem yaml_problems does not word
            template = "The file is not valid YAML: {problem}. Check indentation, colons and quotes here."
        else:
            template = "The file is not valid YAML here: {problem}."
        return None, _fail(path, line, column, template, problem=problem)
    except yaml.reader.ReaderError as error:
        return None, _bad_character(path, text, error, loader_class)
    except yaml.YAMLError as error:
        return None, _fail(path, 0, 0, "The file is not valid YAML: {problem}.", problem=str(error))
    except RecursionError:
        return None, _fail(path, 0, 0, "The file is nested too deeply to be a rule set.")


def _compose(
    path: str, text: str, max_nodes: int, loader_class: type
) -> Tuple[Optional[YamlDocument], List[LoadMessage]]:
    """_parse's work; YAML errors are raised (the pure loader checks the characters as it is made)."""
    deep = too_deep_mark(loader_class(text)) if _C_PARSER and issubclass(loader_class, _C_PARSER) else None
    if deep is not None:
        return None, _too_deep(path, deep)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, _fail(path, 0, 0, "The file is empty; a rule set needs metadata and rules.")
        marks, problems = _index_nodes(path, node, max_nodes)
        if problems:
            return None, problems
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        return None, _fail(
            path,
            1,
            1,
            "The top level of a rule set must be a mapping (format:, metadata:, rules: …), not {found}.",
            found=found_words(data),
        )
    return YamlDocument(data, marks), []


def _bad_character(path: str, text: str, error: yaml.reader.ReaderError, loader_class: type) -> List[LoadMessage]:
    """The message about a character YAML does not allow (NUL, U+000C…), at its line and column."""
    position = error.position
    if _C_PARSER and issubclass(loader_class, _C_PARSER):  # libyaml counts the bytes of the UTF-8 text
        position = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return _fail(
        path,
        line,
        column,
        "The file contains the character {character}, which YAML does not allow (a control character, "
        "invisible in most editors); delete it here.",
        character=f"U+{error.character:04X}",
    )


def _too_deep(path: str, mark: Any) -> List[LoadMessage]:
    """The message about a file nested deeper than MAX_DEPTH, at ``mark``."""
    return _fail(path, mark.line + 1, mark.column + 1, TOO_DEEP, limit=MAX_DEPTH)


def _index_nodes(path: str, root: yaml.Node, max_nodes: int) -> Tuple[Marks, List[LoadMessage]]:
    """Reject deep nesting, alias bombs and cycles; note the mark of every node, duplicate keys and plain scalars
    read as a number or yes/no the author may not have meant (``yaml_plain``), in the order written.

    Every node is visited once; only a document that uses aliases (some node is reached twice) has
    its size and depth measured again with the aliases expanded.
    """
    marks: Marks = {}
    problems: List[LoadMessage] = []
    stack: List[Tuple[yaml.Node, PathKey]] = [(root, ())]
    seen = set()
    shared = False
    while stack:
        node, key = stack.pop()
        if len(key) > MAX_DEPTH:
            return {}, _too_deep(path, node.start_mark)
        marks.setdefault(key, (node.start_mark.line + 1, node.start_mark.column + 1))
        if id(node) in seen:
            shared = True
            continue
        seen.add(id(node))
        problems += _refused(path, node, key)
        if isinstance(node, yaml.MappingNode):
            stack.extend(_mapping_children(path, node, key, marks, problems))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, key + (i,)) for i, child in enumerate(node.value))
    expanded = _expanded_problems(path, root, max_nodes) if shared else []
    return ({}, expanded) if expanded else (marks, sorted(problems, key=lambda m: (m.line, m.column)))


def _refused(path: str, node: yaml.Node, key: PathKey) -> List[LoadMessage]:
    """The message about a plain scalar (a value or a key at ``key``) yaml_plain refuses, at its line and column."""
    why = yaml_plain.refusal(node)
    if why is None:
        return []
    template, values = why
    return [message("error", path, {key: (node.start_mark.line + 1, node.start_mark.column + 1)}, key, template,
                    **values)]


def _expanded_problems(path: str, root: yaml.Node, max_nodes: int) -> List[LoadMessage]:
    """An alias bomb, a cycle or nesting too deep once aliases are expanded."""
    try:
        check_expansion(root, max_nodes)
    except AliasBombError:
        return _fail(
            path,
            0,
            0,
            "The file expands to more than {limit} values through anchors and aliases "
            "(an 'alias bomb'); write the rules out without nested aliases.",
            limit=max_nodes,
        )
    except TooDeepError as deep:
        return _fail(path, deep.line, deep.column, TOO_DEEP, limit=MAX_DEPTH)
    return []


def _mapping_children(
    path: str, node: yaml.MappingNode, key: PathKey, marks: Marks, problems: List[LoadMessage]
) -> List[Tuple[yaml.Node, PathKey]]:
    seen = set()
    children = []
    for key_node, value_node in node.value:
        name = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
        if name in seen:
            line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            problems.append(
                message(
                    "error",
                    path,
                    {key: (line, column)},
                    key,
                    "The key {key} appears twice in the same mapping; keep only one.",
                    key=name,
                )
            )
        seen.add(name)
        problems += _refused(path, key_node, key + (name,))
        marks.setdefault(key + (name,), (key_node.start_mark.line + 1, key_node.start_mark.column + 1))
        children.append((value_node, key + (name,)))
    return children


def reason_templates() -> List[str]:
    """Every message template of this module, for the string extractor."""
    return [
        tr("The file is {size} bytes, more than the limit of {limit} bytes; check that it is a rule set, or split it."),
        tr("The file cannot be read: {problem}"),
        tr("The file cannot be read: it does not exist. Check the path and the file name."),
        tr("The file cannot be read: it is a folder. Give the path of a rule-set file (.yaml)."),
        tr("The file cannot be read: you may not read it. Check its permissions."),
        tr("The file is not UTF-8 text (first bad byte at line {line}, column {column}); save it with UTF-8 encoding."),
        tr("The file is empty; a rule set needs metadata and rules."),
        tr("The file is not valid YAML: {problem}. Check indentation, colons and quotes here."),
        tr("The file is not valid YAML: {problem}."),
        tr("The file is not valid YAML here: {problem}."),
        tr(
            "The file contains the character {character}, which YAML does not allow (a control character, "
            "invisible in most editors); delete it here."
        ),
        tr("The file is nested too deeply to be a rule set."),
        tr(
            "The file is nested more than {limit} levels deep here; no rule set needs that: write the "
            "condition flatter (one all: or any: list) or as several rules."
        ),
        tr("The top level of a rule set must be a mapping (format:, metadata:, rules: …), not {found}."),
        tr(
            "The file expands to more than {limit} values through anchors and aliases "
            "(an 'alias bomb'); write the rules out without nested aliases."
        ),
        tr("The key {key} appears twice in the same mapping; keep only one."),
    ] + yaml_plain.reason_templates() + yaml_problems.reason_templates()
