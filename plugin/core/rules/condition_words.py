"""What a condition names, in words for its reasons: a constraint layer and its filter, an expression (its label, or
its formula with its attributes' labels)."""

import re
from typing import Dict, List, Optional, Tuple

from ...i18n import label_in, tr
from ...typeset import filled
from ..model.results import SpatialQuery, Words
from .ruleset import AttributeDecl, LayerDecl, RuleSet

EXPRESSION_TRUE, EXPRESSION_FALSE = "expression {expression} is true", "expression {expression} is false"
# An expression without a label: stored as it always was (findings_json, an override's digest of the finding), read by
# people as the rule set's own formula, quoted.
FORMULA_SHOWN = {EXPRESSION_TRUE: "the rule set's formula “{expression}” holds",
                 EXPRESSION_FALSE: "the rule set's formula “{expression}” does not hold"}
LABEL_MET, LABEL_NOT_MET = "condition met: {condition}", "condition not met: {condition}"  # its label instead
# A layer filter of the form "field" = 'value', said in words rather than as an expression.
SIMPLE_FILTER = re.compile(r"\"?(\w+)\"?\s*=\s*'([^']*)'")
QUOTED_NAME = re.compile(r"\"([^\"]+)\"")  # a column named in a QGIS expression


def layer_words(ruleset: RuleSet, query: SpatialQuery) -> Words:
    """A constraint layer named by its labels (its rule-set name where a label is missing) and its filter in words."""
    return ruleset.words_of(query, lambda: filter_words(ruleset.layers, query))


def filter_words(layers: Dict[str, LayerDecl], query: SpatialQuery) -> Words:
    """``layer_words`` from the rule set's layer declarations; a label another declared layer shares is followed by
    the layer's rule-set name, so that the two are told apart; the fields a filter names by the labels the layer's
    declaration gives them."""
    zh, en = (_told_apart(layers, query.layer, lang) for lang in ("zh", "en"))
    if not query.where:
        return Words(zh, en)
    decl = layers.get(query.layer) or LayerDecl(query.layer)
    return Words(_filtered(decl, zh, query.where, "zh"), _filtered(decl, en, query.where, "en"))


def _filtered(decl: LayerDecl, name: str, where: str, lang: str) -> str:
    """The layer's part its filter passes, in ``lang``: "field" = 'value' in words, any other filter as written."""
    simple = SIMPLE_FILTER.fullmatch(where.strip())
    if simple:
        values = {"layer": name, "field": decl.field_label(simple.group(1), lang) or simple.group(1),
                  "value": simple.group(2)}
        return filled(tr("{layer} where {field} is {value}", lang), values, lang, values)
    formula = QUOTED_NAME.sub(lambda match: decl.field_label(match.group(1), lang) or match.group(0), where)
    return tr("{layer} (features where {filter})", lang).format(layer=name, filter=formula)


def _label(layers: Dict[str, LayerDecl], name: str, lang: str) -> str:
    """A declared layer's label in one language (the other language's where it has none), its rule-set name where it
    has no label."""
    decl = layers.get(name)
    return label_in(decl.label_zh, decl.label_en, name, lang) if decl else name


def _told_apart(layers: Dict[str, LayerDecl], name: str, lang: str) -> str:
    """The layer's label, with its rule-set name when another declared layer has the same label."""
    label = _label(layers, name, lang)
    if any(other != name and _label(layers, other, lang) == label for other in layers):
        return tr("{label} ({layer})", lang).format(label=label, layer=name)
    return label


def expression_words(text: str, declared: Dict[str, AttributeDecl]) -> Words:
    """An expression with every declared attribute it names ("water_m3d") written as its label."""
    def said(lang: str):
        def label(match: "re.Match") -> str:
            decl = declared.get(match.group(1))
            if decl is None:
                return match.group(0)
            return (decl.label_en if lang == "en" and decl.label_en else decl.label_zh) or match.group(1)
        return QUOTED_NAME.sub(label, text)
    return Words(said("zh"), said("en"))


def expression_reason(holds: bool, formula: str, label: Optional[Words],
                      declared: Dict[str, AttributeDecl]) -> Tuple[str, Dict[str, Words]]:
    """The template and values of an evaluated expression's reason: its label's words where it has one, else its
    formula with its declared attributes' labels."""
    if label is not None:
        return (LABEL_MET if holds else LABEL_NOT_MET), {"condition": label}
    return (EXPRESSION_TRUE if holds else EXPRESSION_FALSE), {"expression": expression_words(formula, declared)}


def reason_templates() -> List[str]:
    """The expression reasons' templates, stored and shown, for the string extractor."""
    return [tr("expression {expression} is true"), tr("expression {expression} is false"),
            tr("the rule set's formula “{expression}” holds"),
            tr("the rule set's formula “{expression}” does not hold"),
            tr("condition met: {condition}"), tr("condition not met: {condition}")]
