"""The rule sets a review applies: one file, or several access lists layered by scope, loaded once while
the files are unchanged.

One list whose scope is every unit is that list's own rule set, as before layering; anything else is a
``LayeredRuleSet`` (a unit no list covers then needs information).
"""

import os
from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.core import NULL, QgsFeatureRequest

from ...compat import NO_GEOMETRY
from ...i18n import tr
from ..model.results import Listed, Reason
from ..rules.layered import (
    ALL,
    LayeredRuleSet,
    ListPart,
    Scope,
    differing_declarations,
    document_scope,
    expression_error,
    list_source,
    scope_variables,
)
from ..rules.loader import load_ruleset
from ..rules.messages import LoadMessage, LoadResult, Marks, message
from ..rules.ruleset import UnitContext
from ..rules.yaml_source import read_yaml

_RULES: Dict[str, Tuple[float, LoadResult]] = {}
_LAYERED: Dict[tuple, LoadResult] = {}

Entry = Tuple[str, Optional[Scope]]  # a rule-set file and the scope a binding gives it (None: the file's own)
SCOPE_PATH = ("metadata", "applies_to", "expression")  # where a file declares its scope expression
PARSE = "the scope expression {expression} does not parse: {problem}"
VARIABLE = ("the scope expression {expression} reads the variable @{variable}, which a scope does not have: it sees "
            "only the unit's fields, so it would read NULL and cover no unit; compare unit fields instead")


def _stamp(path: str) -> float:
    """The file's modification time (-1 when it cannot be read)."""
    try:
        return os.path.getmtime(path)
    except OSError:
        return -1.0


def load_rules(path: str) -> LoadResult:
    """Load a rule set, reusing the last result while the file is unchanged."""
    stamp = _stamp(path)
    cached = _RULES.get(path)
    if cached is not None and cached[0] == stamp and stamp >= 0:
        return cached[1]
    result = load_ruleset(path)
    _RULES[path] = (stamp, result)
    return result


def forget_rules() -> None:
    """Drop every cached rule set (plugin unload)."""
    _RULES.clear()
    _LAYERED.clear()


def load_lists(entries: Sequence[Entry]) -> LoadResult:
    """The rule set of ``entries`` in order (each with its scope), with every file's messages.

    The ruleset is None when a file has errors or a scope expression does not parse.
    """
    results = [load_rules(path) for path, _scope in entries]
    messages = [m for result in results for m in result.messages]
    if any(result.ruleset is None for result in results) or not results:
        return LoadResult(None, messages)
    scopes = [scope or document_scope(result.ruleset.metadata.applies_to)
              for (_path, scope), result in zip(entries, results)]
    messages += _scope_errors(entries, scopes)
    if any(m.severity == "error" for m in messages):
        return LoadResult(None, messages)
    if len(results) == 1 and scopes[0] == ALL:
        return LoadResult(results[0].ruleset, messages)
    key = tuple((path, _stamp(path), scope) for (path, _s), scope in zip(entries, scopes))
    cached = _LAYERED.get(key)
    if cached is None:
        if len(_LAYERED) > 50:
            _LAYERED.clear()
        cached = _LAYERED[key] = LoadResult(_layered(results, scopes), [])
    return LoadResult(cached.ruleset, messages)


def _layered(results: List[LoadResult], scopes: List[Scope]) -> LayeredRuleSet:
    """The lists as one layered rule set; a list id used twice is told apart by its place (id#2)."""
    ids = [result.ruleset.metadata.id for result in results]
    parts = []
    for position, (result, scope) in enumerate(zip(results, scopes)):
        list_id = ids[position] if ids.count(ids[position]) == 1 else f"{ids[position]}#{position + 1}"
        parts.append(ListPart(result.ruleset, scope, list_source(result.ruleset, result.ruleset.sha256, position,
                                                                  list_id)))
    return LayeredRuleSet(parts)


def _scope_errors(entries: Sequence[Entry], scopes: List[Scope]) -> List[LoadMessage]:
    """An error for each scope expression that does not parse or reads a variable: at the scope in the file when
    the file declares it, else naming the file (a scope the binding gives)."""
    out = []
    for (path, given), scope in zip(entries, scopes):
        problem = expression_error(scope)
        variables = scope_variables(scope)
        if not (problem or variables):
            continue
        marks = _marks(path) if given is None else {}
        if problem:
            out.append(_scope_error(path, marks, PARSE, expression=scope.value, problem=problem))
        out += [_scope_error(path, marks, VARIABLE, expression=scope.value, variable=variable)
                for variable in variables]
    return out


def _scope_error(path: str, marks: Marks, template: str, **values: object) -> LoadMessage:
    """A scope error at ``metadata.applies_to.expression`` in the file's ``marks``, else naming the file alone."""
    if not marks:
        return LoadMessage("error", path, 0, 0, "", Reason(template, dict(values)))
    return message("error", path, marks, SCOPE_PATH, template, **values)


def _marks(path: str) -> Marks:
    """Line and column of every node of a rule-set file (none when it can no longer be read)."""
    document, _problems = read_yaml(path)
    return document.marks if document is not None else {}


def list_warnings(ruleset: Any) -> List[LoadMessage]:
    """Warnings about lists applied together: rule ids found in several lists (their findings are named
    list/rule), and project attributes two lists declare differently (the first list's declaration is used)."""
    if not isinstance(ruleset, LayeredRuleSet):
        return []
    out = [LoadMessage("warning", ruleset.path, 0, 0, "", Reason(
        "rule id {rule} is in several lists ({lists}): its findings are named {named}",
        {"rule": rule_id, "lists": Listed(tuple(lists)),
         "named": Listed(tuple(f"{name}/{rule_id}" for name in lists))}))
        for rule_id, lists in sorted(ruleset.clashes.items())]
    out += [LoadMessage("warning", ruleset.path, 0, 0, "", Reason(
        "attribute {attribute} is declared differently in the lists {first} and {other}: the declaration of "
        "{first} is used", {"attribute": name, "first": first, "other": other}))
        for name, first, other in differing_declarations(ruleset.parts)]
    return out


def uncovered_units(ruleset: Any, units: Any, code_field: str) -> List[str]:
    """The codes of the units of a layer that no list of ``ruleset`` covers, sorted."""
    names = units.fields().names()
    fields = [name for name in ruleset.unit_fields() if name in names]
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes([code_field, *fields], units.fields())
    out = set()
    for feature in units.getFeatures(request):
        code = feature[code_field]
        code = "" if code is None or code == NULL else str(code).strip()
        unit = UnitContext(code=code, attributes={name: feature[name] for name in fields})
        if not ruleset.covers(unit):
            out.add(code or f"#{feature.id()}")
    return sorted(out)


def reason_templates() -> List[str]:
    """The sentences of this module's messages, for the string extractor."""
    return [
        tr("the scope expression {expression} does not parse: {problem}"),
        tr("the scope expression {expression} reads the variable @{variable}, which a scope does not have: it sees "
           "only the unit's fields, so it would read NULL and cover no unit; compare unit fields instead"),
        tr("rule id {rule} is in several lists ({lists}): its findings are named {named}"),
        tr("attribute {attribute} is declared differently in the lists {first} and {other}: the declaration of "
           "{first} is used"),
    ]
