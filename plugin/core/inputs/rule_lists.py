"""The rule sets a review applies: one file, or several access lists layered by scope, loaded once while
the files are unchanged.

One list whose scope is every unit is that list's own rule set, as before layering; anything else is a
``LayeredRuleSet`` (a unit no list covers then needs information).
"""

from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple, Union

from qgis.core import NULL, QgsFeatureRequest

from ...compat import NO_GEOMETRY
from ...i18n import tr
from ..file_stamp import Stamp, file_stamp
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
    misread_declarations,
    scope_variables,
)
from ..rules.loader import load_ruleset
from ..rules.messages import LoadMessage, LoadResult, Marks, message
from ..rules.ruleset import UnitContext
from ..rules.yaml_source import read_yaml

_RULES: Dict[str, Tuple[Optional[Stamp], LoadResult]] = {}
_LAYERED: Dict[tuple, LoadResult] = {}



class Entry(NamedTuple):
    """A rule-set file, the scope given for it (None: the file's own) and where that scope was given: the unit
    layer whose binding in the panel gives it, the line of Processing's rule-set scopes, or the panel with no unit
    layer chosen."""

    path: str
    scope: Optional[Scope] = None
    layer: str = ""
    line: int = 0
    panel: bool = False


SCOPE_PATH = ("metadata", "applies_to", "expression")  # where a file declares its scope expression
PARSE = "the scope expression {expression} does not parse: {problem}"
VARIABLE = ("the scope expression {expression} reads the variable @{variable}, which a scope does not have: it sees "
            "only the unit's fields, so it would read NULL and cover no unit; compare unit fields instead")
MISREAD = ("attribute {attribute} is declared in the list {other} with another type, unit or set of values than in the "
           "list {first}, so its rules would compare a project's value read as {first} declares it (a number in 万元 "
           "against a limit in 亿元): declare it alike in both lists, or give it another name in one")
NO_RULE = "the rule set has no rules, so a review with it could only conclude compliant: add its rules"
NO_RULES = ("none of the rule sets {files} has a rule, so a review with them could only conclude compliant: add "
            "the lists' rules, or use the lists that have them")
# A scope a binding or Processing gives (not the file's): said to be given there and corrected there, not in the file.
GIVEN = {
    ("layer", PARSE): ("the scope {expression} that the binding of unit layer {layer} gives the rule set {file} does "
                       "not parse: {problem}. The file is not at fault: in the Zoning Review panel, choose unit "
                       "layer {layer} and correct the scope beside that rule set"),
    ("layer", VARIABLE): ("the scope {expression} that the binding of unit layer {layer} gives the rule set {file} "
                          "reads the variable @{variable}, which a scope does not have: it sees only the unit's "
                          "fields, so it would read NULL and cover no unit. The file is not at fault: in the Zoning "
                          "Review panel, choose unit layer {layer} and compare unit fields in the scope beside that "
                          "rule set"),
    ("line", PARSE): ("the scope {expression} given on line {line} of 'Scopes of the rule sets' for the rule set "
                      "{file} does not parse: {problem}. The file is not at fault: correct that line of 'Scopes of "
                      "the rule sets'"),
    ("line", VARIABLE): ("the scope {expression} given on line {line} of 'Scopes of the rule sets' for the rule set "
                         "{file} reads the variable @{variable}, which a scope does not have: it sees only the "
                         "unit's fields, so it would read NULL and cover no unit. The file is not at fault: compare "
                         "unit fields on that line of 'Scopes of the rule sets'"),
    ("panel", PARSE): ("the scope {expression} typed beside the rule set {file} in the Zoning Review panel does not "
                       "parse: {problem}. The file is not at fault: correct the scope beside that rule set"),
    ("panel", VARIABLE): ("the scope {expression} typed beside the rule set {file} in the Zoning Review panel reads "
                          "the variable @{variable}, which a scope does not have: it sees only the unit's fields, so "
                          "it would read NULL and cover no unit. The file is not at fault: compare unit fields in the "
                          "scope beside that rule set"),
}


def load_rules(path: str) -> LoadResult:
    """Load a rule set, reusing the last result while the file is unchanged."""
    stamp = file_stamp(path)
    cached = _RULES.get(path)
    if cached is not None and cached[0] == stamp and stamp is not None:
        return cached[1]
    result = load_ruleset(path)
    _RULES[path] = (stamp, result)
    return result


def forget_rules() -> None:
    """Drop every cached rule set (plugin unload)."""
    _RULES.clear()
    _LAYERED.clear()


def load_lists(entries: Sequence[Union[Entry, Tuple[str, Optional[Scope]]]]) -> LoadResult:
    """The rule set of ``entries`` in order (each with its scope), with every file's messages.

    The ruleset is None when a file has errors or a scope expression does not parse.
    """
    entries = [Entry(*entry) for entry in entries]
    results = [load_rules(entry.path) for entry in entries]
    messages = [m for result in results for m in result.messages]
    if any(result.ruleset is None for result in results) or not results:
        return LoadResult(None, messages)
    scopes = [entry.scope or document_scope(result.ruleset.metadata.applies_to)
              for entry, result in zip(entries, results)]
    messages += _scope_errors(entries, scopes) + _declaration_errors([result.ruleset for result in results])
    if not any(result.ruleset.rules for result in results):
        messages.append(_no_rules(entries))
    if any(m.severity == "error" for m in messages):
        return LoadResult(None, messages)
    if len(results) == 1 and scopes[0] == ALL:
        return LoadResult(results[0].ruleset, messages)
    key = tuple((entry.path, file_stamp(entry.path), scope) for entry, scope in zip(entries, scopes))
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


def _no_rules(entries: Sequence[Entry]) -> LoadMessage:
    """The error of lists none of which has a rule (a review with them would find nothing against any site)."""
    if len(entries) == 1:
        return LoadMessage("error", entries[0].path, 0, 0, "$.rules", Reason(NO_RULE, {}))
    return LoadMessage("error", "", 0, 0, "", Reason(NO_RULES, {"files": Listed(tuple(e.path for e in entries))}))


def _declaration_errors(rulesets: List[Any]) -> List[LoadMessage]:
    """An error at each attribute a later list declares so that a project's value would be read otherwise for its
    rules than the first list's declaration reads it (a number in 万元 against a limit in 亿元)."""
    return [message("error", rulesets[other].path, _marks(rulesets[other].path), ("attributes", name), MISREAD,
                    attribute=name, first=rulesets[first].metadata.id, other=rulesets[other].metadata.id)
            for name, first, other in misread_declarations(rulesets)]


def _scope_errors(entries: Sequence[Entry], scopes: List[Scope]) -> List[LoadMessage]:
    """An error for each scope expression that does not parse or reads a variable: at the scope in the file when
    the file declares it; else where it was given (the binding of a unit layer, a line of the scopes, the panel),
    naming the file only as the one the scope is given for (the file alone when that place is not known)."""
    out = []
    for entry, scope in zip(entries, scopes):
        problem = expression_error(scope)
        found = [(PARSE, {"problem": problem})] if problem else []
        found += [(VARIABLE, {"variable": variable}) for variable in scope_variables(scope)]
        marks = _marks(entry.path) if found and entry.scope is None else {}
        out += [_scope_error(entry, marks, template, expression=scope.value, **values) for template, values in found]
    return out


def _scope_error(entry: Entry, marks: Marks, template: str, **values: object) -> LoadMessage:
    """A scope error at ``metadata.applies_to.expression`` in the file's ``marks``; else, for a scope given by a
    binding, a line of the scopes or the panel, a message of no file saying so; else naming the file alone."""
    if marks:
        return message("error", entry.path, marks, SCOPE_PATH, template, **values)
    if entry.scope is not None and entry.layer:
        return LoadMessage("error", "", 0, 0, "", Reason(GIVEN["layer", template], dict(
            values, layer=entry.layer, file=entry.path)))
    if entry.scope is not None and entry.line:
        return LoadMessage("error", "", 0, 0, "", Reason(GIVEN["line", template], dict(
            values, line=entry.line, file=entry.path)))
    if entry.scope is not None and entry.panel:
        return LoadMessage("error", "", 0, 0, "", Reason(GIVEN["panel", template], dict(values, file=entry.path)))
    return LoadMessage("error", entry.path, 0, 0, "", Reason(template, dict(values)))


def given_scope_error(found: LoadMessage) -> bool:
    """Whether a message is about a scope a binding or the scopes gave, not about a file."""
    return found.reason.template in GIVEN.values()


def given_scopes_failure(errors: Sequence[LoadMessage]) -> Optional[str]:
    """The failure of rule sets whose only errors are scopes given for them (not the files'), translated; else None."""
    if not errors or not all(given_scope_error(m) for m in errors):
        return None
    return tr("A scope given for the rule sets cannot be used:\n{messages}").format(
        messages="\n".join(m.text() for m in errors))


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
        tr("the rule set has no rules, so a review with it could only conclude compliant: add its rules"),
        tr("none of the rule sets {files} has a rule, so a review with them could only conclude compliant: add "
           "the lists' rules, or use the lists that have them"),
        tr("the scope expression {expression} does not parse: {problem}"),
        tr("the scope expression {expression} reads the variable @{variable}, which a scope does not have: it sees "
           "only the unit's fields, so it would read NULL and cover no unit; compare unit fields instead"),
        tr("the scope {expression} that the binding of unit layer {layer} gives the rule set {file} does not parse: "
           "{problem}. The file is not at fault: in the Zoning Review panel, choose unit layer {layer} and correct "
           "the scope beside that rule set"),
        tr("the scope {expression} that the binding of unit layer {layer} gives the rule set {file} reads the "
           "variable @{variable}, which a scope does not have: it sees only the unit's fields, so it would read NULL "
           "and cover no unit. The file is not at fault: in the Zoning Review panel, choose unit layer {layer} and "
           "compare unit fields in the scope beside that rule set"),
        tr("the scope {expression} given on line {line} of 'Scopes of the rule sets' for the rule set {file} does "
           "not parse: {problem}. The file is not at fault: correct that line of 'Scopes of the rule sets'"),
        tr("the scope {expression} given on line {line} of 'Scopes of the rule sets' for the rule set {file} reads "
           "the variable @{variable}, which a scope does not have: it sees only the unit's fields, so it would read "
           "NULL and cover no unit. The file is not at fault: compare unit fields on that line of 'Scopes of the "
           "rule sets'"),
        tr("the scope {expression} typed beside the rule set {file} in the Zoning Review panel does not parse: "
           "{problem}. The file is not at fault: correct the scope beside that rule set"),
        tr("the scope {expression} typed beside the rule set {file} in the Zoning Review panel reads the variable "
           "@{variable}, which a scope does not have: it sees only the unit's fields, so it would read NULL and cover "
           "no unit. The file is not at fault: compare unit fields in the scope beside that rule set"),
        tr("rule id {rule} is in several lists ({lists}): its findings are named {named}"),
        tr("attribute {attribute} is declared differently in the lists {first} and {other}: the declaration of "
           "{first} is used"),
        tr("attribute {attribute} is declared in the list {other} with another type, unit or set of values than in "
           "the list {first}, so its rules would compare a project's value read as {first} declares it (a number in "
           "万元 against a limit in 亿元): declare it alike in both lists, or give it another name in one"),
    ]
