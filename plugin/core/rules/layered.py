"""Layered rule sets: several access lists (a province's, a city's or county's, the unit list) applied
together, each to the units of its scope.

A scope is all units, the units whose code starts with an administrative code (``ZH130000`` reads as
the prefix ``ZH13``: trailing ``00`` pairs are the levels below), or a QGIS expression over the unit
layer's fields. A unit no list covers is reviewed as *needs information* (``covers``), never compliant.
Rule ids found in more than one list are qualified by their list (``list/rule``) so findings stay apart.
"""

import re
from dataclasses import dataclass, replace
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextScope, QgsFeature, QgsFields

from ..model.fields import make_field
from ..model.filters import parser_error
from ..model.results import ListSource
from ..model.vocab import LEVELS, canonical
from .expression import free_variables
from .ruleset import AttributeDecl, Rule, RuleSet, RuleSetMetadata, UnitContext, code_key

ADMIN_CODE = re.compile(r"^ZH\d{6}$")
ALL_WORDS = ("all", "全部", "*")


@dataclass(frozen=True)
class Scope:
    """The units a list applies to: ``all``, ``admin_code`` (value ZH + 6 digits) or ``expression``."""

    kind: str = "all"
    value: str = ""

    def text(self) -> str:
        """The scope as written in a binding: 'all', the administrative code or the expression."""
        return "all" if self.kind == "all" else self.value

    @property
    def prefix(self) -> str:
        """The unit-code prefix of an administrative code (ZH130000 → ZH13, ZH130638 → ZH130638)."""
        digits = self.value[2:]
        while digits.endswith("00"):
            digits = digits[:-2]
        return "ZH" + digits


ALL = Scope()


def parse_scope(text: str) -> Optional[Scope]:
    """A scope as typed ('all', ZH + 6 digits, else an expression); None for blank (the list's own)."""
    text = (text or "").strip()
    if not text:
        return None
    if text.lower() in ALL_WORDS:
        return ALL
    if ADMIN_CODE.match(text.upper()):
        return Scope("admin_code", text.upper())
    return Scope("expression", text)


def document_scope(applies_to: Any) -> Scope:
    """The scope a rule set's metadata declares (``applies_to``), all units when it declares none."""
    if isinstance(applies_to, dict) and applies_to.get("admin_code"):
        return Scope("admin_code", str(applies_to["admin_code"]).upper())
    if isinstance(applies_to, dict) and applies_to.get("expression"):
        return Scope("expression", str(applies_to["expression"]))
    return ALL


def expression_error(scope: Scope) -> str:
    """The parser's message for a scope expression that does not parse, else ''."""
    if scope.kind != "expression":
        return ""
    expression = QgsExpression(scope.value)
    return parser_error(expression) if expression.hasParserError() else ""


def scope_variables(scope: Scope) -> List[str]:
    """The @variables a scope expression reads (none are set when it is evaluated over a unit's fields)."""
    return free_variables(scope.value) if scope.kind == "expression" and not expression_error(scope) else []


def scope_fields(scope: Scope) -> List[str]:
    """The unit-layer fields a scope expression reads."""
    if scope.kind != "expression" or expression_error(scope):
        return []
    return sorted(name for name in QgsExpression(scope.value).referencedColumns() if name and name != "*")


class ScopeTest:
    """Whether a unit lies in a scope: its code, or its attributes through the compiled expression."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.fields = scope_fields(scope)
        self.expression = QgsExpression(scope.value) if scope.kind == "expression" else None
        self._seen: Dict[Any, bool] = {}  # expression results by the values it reads

    def matches(self, unit: UnitContext) -> bool:
        """True when the unit is in the scope (an expression that fails or gives NULL: not in it)."""
        if self.scope.kind == "all":
            return True
        if self.scope.kind == "admin_code":
            return code_key(unit.code).upper().startswith(self.scope.prefix)
        if self.expression is None or self.expression.hasParserError():
            return False
        key = tuple((type(v), v) for v in (unit.attributes.get(name) for name in self.fields))
        try:
            found = self._seen.get(key)
        except TypeError:  # a value that cannot be a key: evaluated every time
            return self._evaluate(unit)
        if found is None:
            if len(self._seen) > 10_000:
                self._seen = {}
            found = self._seen[key] = self._evaluate(unit)
        return found

    def _evaluate(self, unit: UnitContext) -> bool:
        """The expression over the unit's attributes."""
        fields = QgsFields()
        for name in self.fields:
            fields.append(make_field(name, "string"))
        feature = QgsFeature(fields)
        feature.setAttributes([unit.attributes.get(name) for name in self.fields])
        context = QgsExpressionContext()
        scope = QgsExpressionContextScope()
        scope.setFields(fields)
        scope.setFeature(feature)
        context.appendScope(scope)
        value = self.expression.evaluate(context)
        return not self.expression.hasEvalError() and bool(value)


@dataclass
class ListPart:
    """One access list of a layered rule set: the loaded list, its scope and its source."""

    ruleset: RuleSet
    scope: Scope
    source: ListSource


def list_source(ruleset: RuleSet, sha256: str = "", position: int = 0, list_id: str = "") -> ListSource:
    """The source a list's clauses name: id, title, authority, version, digest and place in the binding."""
    meta = ruleset.metadata
    return ListSource(list_id or meta.id, meta.title_zh, meta.title_en, meta.authority, meta.version, sha256,
                      position)


def clashing_ids(rulesets: List[RuleSet]) -> Dict[str, List[int]]:
    """Rule ids found in more than one list, with the positions of the lists holding them."""
    where: Dict[str, List[int]] = {}
    for position, ruleset in enumerate(rulesets):
        for rule_id in sorted({rule.id for rule in ruleset.rules}):
            where.setdefault(rule_id, []).append(position)
    return {rule_id: found for rule_id, found in where.items() if len(found) > 1}


class LayeredRuleSet(RuleSet):
    """Several access lists as one rule set: a unit gets the rules of every list whose scope covers it."""

    def __init__(self, parts: List[ListPart]) -> None:
        self.parts = parts
        clashes = clashing_ids([part.ruleset for part in parts])
        self.clashes = {rule_id: [parts[i].source.list_id for i in found] for rule_id, found in clashes.items()}
        self._views: List[Tuple[ScopeTest, RuleSet]] = []
        rules: List[Rule] = []
        for part in parts:
            own = [replace(rule, source=part.source,
                           id=f"{part.source.list_id}/{rule.id}" if rule.id in clashes else rule.id)
                   for rule in part.ruleset.rules]
            rules.extend(own)
            view = RuleSet(part.ruleset.metadata, part.ruleset.attributes, part.ruleset.layers,
                           part.ruleset.kinds, own, part.ruleset.path, part.source.sha256)
            self._views.append((ScopeTest(part.scope), view))
        super().__init__(_metadata([part.ruleset.metadata for part in parts]), _merged(parts, "attributes"),
                         _merged(parts, "layers"), _merged(parts, "kinds"), rules, parts[0].ruleset.path,
                         parts[0].source.sha256)

    def lists(self) -> List[RuleSet]:
        """The access lists, in binding order."""
        return [part.ruleset for part in self.parts]

    def covers(self, unit: UnitContext) -> bool:
        """True when the scope of some list covers the unit."""
        return any(test.matches(unit) for test, _view in self._views)

    def scope_key(self, unit: UnitContext) -> Any:
        """Which lists cover the unit."""
        return tuple(test.matches(unit) for test, _view in self._views)

    def rules_for(self, unit: UnitContext) -> List[Rule]:
        """The rules of every list covering the unit that apply to it, ordered by level then id."""
        chosen = [rule for test, view in self._views if test.matches(unit) for rule in view.rules_for(unit)]
        return sorted(chosen, key=lambda r: (LEVELS.index(r.level), r.id))

    def needs_unit_code(self) -> bool:
        """True when some rule names units or some list's scope is an administrative code."""
        return super().needs_unit_code() or any(test.scope.kind == "admin_code" for test, _view in self._views)

    def unit_fields(self) -> List[str]:
        """The unit fields the rules and the scope expressions read."""
        return sorted(set(super().unit_fields()) | {name for test, _view in self._views for name in test.fields})


def _merged(parts: List[ListPart], name: str) -> Dict[str, Any]:
    """The lists' declarations (attributes, layers or kinds) by name, the first list's where several declare one."""
    out: Dict[str, Any] = {}
    for part in parts:
        for key, value in getattr(part.ruleset, name).items():
            out.setdefault(key, value)
    return out


def _metadata(metas: List[RuleSetMetadata]) -> RuleSetMetadata:
    """The lists named together: ids joined by '+', the latest effective date and the earliest expiry."""
    effective = [m.effective for m in metas if m.effective is not None]
    expiry = [m.expiry for m in metas if m.expiry is not None]
    return RuleSetMetadata(
        id="+".join(m.id for m in metas), title_zh=" + ".join(m.title_zh for m in metas),
        title_en=" + ".join(m.title_en or m.title_zh for m in metas),
        version=" + ".join(m.version for m in metas), authority="; ".join(m.authority for m in metas),
        effective=max(effective) if effective else None, expiry=min(expiry) if expiry else None,
        region="; ".join(m.region for m in metas), sources=[s for m in metas for s in m.sources])


def differing_declarations(parts: List[ListPart]) -> List[Tuple[str, str, str]]:
    """(attribute, first list, other list) for each project attribute two lists declare differently: another type,
    unit or Chinese unit (``unit_zh``, which the notes and reasons of the first list's declaration write)."""
    seen: Dict[str, Tuple[str, Any]] = {}
    out = []
    for part in parts:
        for name, decl in part.ruleset.attributes.items():
            key = (decl.type, decl.unit, decl.unit_zh)
            if name in seen and seen[name][1] != key:
                out.append((name, seen[name][0], part.source.list_id))
            seen.setdefault(name, (part.source.list_id, key))
    return out


def misread_declarations(rulesets: List[RuleSet]) -> List[Tuple[str, int, int]]:
    """(attribute, first list's position, other list's position) for each project attribute a later list declares so
    that a value would read otherwise than through the first list's declaration, which every list's rules read it by:
    another type, another unit (neither one a spelling of the other), or other declared values."""
    first: Dict[str, Tuple[int, AttributeDecl]] = {}
    out = []
    for position, ruleset in enumerate(rulesets):
        for name, decl in ruleset.attributes.items():
            seen = first.setdefault(name, (position, decl))
            if not reads_alike(seen[1], decl):
                out.append((name, seen[0], position))
    return out


def reads_alike(one: AttributeDecl, other: AttributeDecl) -> bool:
    """Whether a project's value reads the same through two declarations of an attribute."""
    if one.type != other.type:
        return False
    if one.type == "number":
        units, others = ({canonical(u) for u in decl.units} for decl in (one, other))
        return canonical(one.unit) == canonical(other.unit) or canonical(one.unit) in others or \
            canonical(other.unit) in units
    ids = [set(decl.values.ids) if decl.values is not None else None for decl in (one, other)]
    return ids[0] == ids[1]
