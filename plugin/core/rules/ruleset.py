"""The rule-set model: metadata, declared attributes and layers, category kinds and rules."""

import datetime
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..model.results import ListSource, SpatialQuery, Words
from ..model.vocab import CATEGORY_VOCAB, ENGLISH_UNITS, LEVELS, Vocabulary, canonical


@dataclass(frozen=True)
class Condition:
    """One node of a rule's condition tree; ``kind`` says which fields are used."""

    kind: str
    values: Tuple[Any, ...] = ()
    name: str = ""
    op: str = ""
    value: Any = None
    relation: str = ""
    distance_m: Optional[float] = None
    where: str = ""
    children: Tuple["Condition", ...] = ()
    label: Optional[Words] = field(default=None, compare=False)  # an expression's words; wording, not meaning

    def walk(self) -> List["Condition"]:
        """This node and every node below it, depth first."""
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes


def expression_parts(written: Any) -> Tuple[str, Optional[Words]]:
    """An ``expression:`` condition as written — its formula alone, or a mapping of ``formula`` and an optional
    ``label`` — as its formula and its label's words (None without a label; English as the Chinese where missing)."""
    if not isinstance(written, dict):
        return str(written), None
    label = written.get("label") or {}
    zh = str(label.get("zh") or "")
    return str(written["formula"]), (Words(zh, str(label.get("en") or "") or zh) if zh else None)


@dataclass(frozen=True)
class Rule:
    """One clause of the access list."""

    id: str
    level: str
    dimension: str
    effect: str
    text_zh: str
    text_en: str = ""
    basis: str = ""
    category: str = ""
    units: Tuple[str, ...] = ()
    when: Optional[Condition] = None
    exceptions: Tuple[Condition, ...] = ()
    only_if: Optional[Condition] = None
    line: int = 0
    source: Optional[ListSource] = None  # the access list the clause comes from

    def conditions(self) -> List[Condition]:
        """Every condition node of the rule (when, exceptions, only_if)."""
        roots = [c for c in (self.when, self.only_if) if c is not None] + list(self.exceptions)
        nodes: List[Condition] = []
        for root in roots:
            nodes.extend(root.walk())
        return nodes


@dataclass(frozen=True)
class AttributeDecl:
    """A project attribute the rule set uses: name, type (number/boolean/string), unit and labels.

    ``values`` is the closed vocabulary of a string attribute that declares its values (ids with
    their spellings), ``value_labels`` their (id, zh, en) names; ``unit_aliases`` other spellings
    of the unit a number may be written with; ``unit_zh`` the unit as Chinese text writes it
    (蒸吨/小时 for t/h), a spelling too.
    """

    name: str
    type: str
    unit: str = ""
    label_zh: str = ""
    label_en: str = ""
    unit_aliases: Tuple[str, ...] = ()
    values: Optional[Vocabulary] = None
    value_labels: Tuple[Tuple[str, str, str], ...] = ()
    unit_zh: str = ""

    @property
    def units(self) -> Tuple[str, ...]:
        """Every spelling of the unit a number of this attribute may be followed by."""
        return tuple(u for u in (self.unit, self.unit_zh) + self.unit_aliases if u)

    def words(self) -> Words:
        """The attribute named by its labels (its key only where the rule set gives no label)."""
        zh = self.label_zh or self.label_en or self.name
        return Words(zh, self.label_en or zh)

    def unit_words(self) -> Words:
        """The declared unit in both languages: Chinese by ``unit_zh`` when given; English by the unit's English words
        (万元 → (10,000 yuan)); as declared otherwise."""
        return Words(self.unit_zh.strip() or self.unit, ENGLISH_UNITS.get(self.unit.strip(), self.unit))

    def value_words(self, ids: Tuple[str, ...]) -> Words:
        """Declared values named by their labels, listed in both languages."""
        names = {key: (zh, en or zh) for key, zh, en in self.value_labels}
        chosen = [names.get(key, (key, key)) for key in ids]
        return Words("、".join(zh for zh, _en in chosen), ", ".join(en for _zh, en in chosen))


def values_vocabulary(name: str, values: List[Dict[str, Any]]) -> Optional[Vocabulary]:
    """The vocabulary of an attribute's declared values (id, zh and en labels, synonyms); None without values."""
    if not values:
        return None
    return Vocabulary(name, tuple(
        (v["id"], (v["label"]["zh"], v["label"].get("en", ""), *v.get("synonyms", []))) for v in values))


@dataclass(frozen=True)
class LayerDecl:
    """A named constraint layer the rule set refers to; ``field_labels``: (field, zh, en) of the fields it names."""

    name: str
    label_zh: str = ""
    label_en: str = ""
    field_labels: Tuple[Tuple[str, str, str], ...] = ()

    def field_label(self, field_name: str, lang: str) -> Optional[str]:
        """The label of a field in ``lang`` (Chinese where English is missing), the field found as QGIS finds it (its
        case aside); None where the rule set gives it no label."""
        exact = [labels for labels in self.field_labels if labels[0] == field_name]
        found = exact or [labels for labels in self.field_labels if labels[0].lower() == field_name.lower()]
        if not found:
            return None
        _name, zh, en = found[0]
        return (en or zh) if lang == "en" else zh


@dataclass(frozen=True)
class CategoryKind:
    """A finer unit kind (e.g. industrial-park key unit) mapped from unit-layer values."""

    id: str
    parent: str
    values: Tuple[str, ...]
    label_zh: str = ""
    label_en: str = ""


def code_key(code: object) -> str:
    """A unit code as compared: case, full-width forms and white space ignored (``ｚｈ130629 20001`` is
    ``ZH13062920001``), so that a rule naming a unit is never dropped for how the unit layer writes its code."""
    return canonical(code)


def kind_of(raw_value: object, kinds: Dict[str, CategoryKind]) -> Optional[CategoryKind]:
    """The declared kind whose unit-layer values include ``raw_value``, or None."""
    text = canonical(raw_value)
    return next((kind for kind in kinds.values() if text in {canonical(v) for v in kind.values}), None)


@dataclass(frozen=True)
class SourceDocument:
    """A published document the rule set is based on."""

    title_zh: str
    title_en: str = ""
    number: str = ""
    url: str = ""


@dataclass
class RuleSetMetadata:
    """Identity, version and validity of a rule set."""

    id: str
    title_zh: str
    title_en: str = ""
    version: str = ""
    authority: str = ""
    effective: Optional[datetime.date] = None
    expiry: Optional[datetime.date] = None
    region: str = ""
    sources: List[SourceDocument] = field(default_factory=list)
    applies_to: Any = None  # the list's default scope as written (core/rules/layered.py reads it)


@dataclass
class UnitContext:
    """The unit a project is checked in: code, name, raw category value, attributes and prose."""

    code: str
    name: str = ""
    category: str = ""
    attributes: Dict[str, Any] = field(default_factory=dict)
    prose: Dict[str, str] = field(default_factory=dict)
    cut: Tuple[str, ...] = ()  # the dimensions whose prose fills its Shapefile field: it may be incomplete


CATEGORIES_KEPT = 4096  # unit-layer category values a rule set keeps the category ids of (bounds memory)


@dataclass
class RuleSet:
    """A loaded, validated rule set."""

    metadata: RuleSetMetadata
    attributes: Dict[str, AttributeDecl] = field(default_factory=dict)
    layers: Dict[str, LayerDecl] = field(default_factory=dict)
    kinds: Dict[str, CategoryKind] = field(default_factory=dict)
    rules: List[Rule] = field(default_factory=list)
    path: str = ""
    sha256: str = ""  # of the file as it was read ('' for a rule set made in code)
    # category_keys by the unit-layer value (its type too: 1 is not "1"), each found once: a batch asks for every unit
    _categories: Dict[Tuple[type, Any], Tuple[str, ...]] = field(default_factory=dict, init=False, repr=False,
                                                                 compare=False)
    _layer_words: Dict[str, Words] = field(default_factory=dict, init=False, repr=False, compare=False)

    def words_of(self, query: SpatialQuery, make: Callable[[], Words]) -> Words:
        """The words naming a queried layer and its filter, made by ``make`` once per query (every site's reasons
        name them; a loaded rule set's declarations do not change)."""
        found = self._layer_words.get(query.key)
        if found is None:
            found = self._layer_words[query.key] = make()
        return found

    def spatial_queries(self) -> List[SpatialQuery]:
        """Every (layer, where) pair the rules ask about, sorted and without repeats."""
        found = {SpatialQuery(c.name, c.where) for rule in self.rules for c in rule.conditions() if c.kind == "spatial"}
        return sorted(found, key=lambda q: (q.layer, q.where))

    def bounded_queries(self) -> List[SpatialQuery]:
        """The spatial queries, each searching for the nearest feature only as far as a rule looks.

        A query only 'within d' rules read gets reach d (the largest); one no such rule reads, reach 0.
        """
        reach: Dict[str, float] = {}
        for rule in self.rules:
            for c in rule.conditions():
                if c.kind == "spatial":
                    key = SpatialQuery(c.name, c.where).key
                    wanted = float(c.distance_m or 0.0) if c.relation == "within" else 0.0
                    reach[key] = max(reach.get(key, 0.0), wanted)
        return [SpatialQuery(q.layer, q.where, reach[q.key]) for q in self.spatial_queries()]

    def unit_codes(self) -> List[str]:
        """Every unit code named by a unit-level rule, sorted."""
        return sorted({code for rule in self.rules for code in rule.units})

    def category_keys(self, raw_value: object) -> Tuple[str, ...]:
        """The category ids a unit-layer value belongs to: its main category, then its finer kind (found once per
        value: a loaded rule set's kinds do not change)."""
        try:
            key = (type(raw_value), raw_value)
            found = self._categories.get(key)
        except TypeError:  # a value that cannot be a key
            return self._category_keys(raw_value)
        if found is None:
            if len(self._categories) >= CATEGORIES_KEPT:
                self._categories.clear()
            found = self._categories[key] = self._category_keys(raw_value)
        return found

    def _category_keys(self, raw_value: object) -> Tuple[str, ...]:
        """``category_keys`` worked out."""
        kind = kind_of(raw_value, self.kinds)
        if kind is not None:
            return (kind.parent, kind.id)
        main = CATEGORY_VOCAB.id_of(canonical(raw_value))
        return (main,) if main else ()

    def needs_unit_code(self) -> bool:
        """True when which rules apply to a unit depends on its code (some rule names units)."""
        return any(rule.level == "unit" for rule in self.rules)

    def has_category_rules(self) -> bool:
        """True when some rule applies to a category or kind of unit."""
        return any(rule.level == "category" for rule in self.rules)

    def rules_for(self, unit: UnitContext) -> List[Rule]:
        """The rules that apply to a unit (general, its category and kind, its code), ordered."""
        keys = self.category_keys(unit.category)
        code = code_key(unit.code)
        chosen = [
            r
            for r in self.rules
            if r.level == "general"
            or (r.level == "category" and r.category in keys)
            or (r.level == "unit" and bool(code) and any(code_key(named) == code for named in r.units))
        ]
        return sorted(chosen, key=lambda r: (LEVELS.index(r.level), r.id))

    def validity(self, today: Optional[datetime.date] = None) -> str:
        """'expired', 'not_yet_effective' or '' (in force) on ``today``."""
        return validity(self.metadata.effective, self.metadata.expiry, today)

    def lists(self) -> List["RuleSet"]:
        """The access lists applied together (one here; several in a layered rule set)."""
        return [self]

    def covers(self, unit: UnitContext) -> bool:
        """True when some list applies to the unit (a single list applies to every unit)."""
        return True

    def scope_key(self, unit: UnitContext) -> Any:
        """What, besides category and code, decides the rules of a unit (nothing for a single list)."""
        return None

    def unit_fields(self) -> List[str]:
        """The unit-layer fields the rules read (unit attribute conditions), sorted."""
        return sorted({c.name for rule in self.rules for c in rule.conditions() if c.kind == "unit_attribute"})


def validity(effective: Optional[datetime.date], expiry: Optional[datetime.date],
             today: Optional[datetime.date] = None) -> str:
    """'expired' after the expiry date, 'not_yet_effective' before the effective date, else ''.

    Either way the rule set is still applied: a reviewer may check a project against a list about
    to take effect, or against the last list in force; the loader and every review say which.
    """
    today = today or datetime.date.today()
    if expiry is not None and expiry < today:
        return "expired"
    if effective is not None and effective > today:
        return "not_yet_effective"
    return ""
