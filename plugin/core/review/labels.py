"""Words for vocabulary ids (verdicts, statuses, effects, levels, dimensions…), shared by notes, dock and Processing.

Each function translates into ``lang`` ('zh' or 'en'), or into the UI language when it is None.
"""

from typing import Any, Dict, List, Optional, Tuple

from ...i18n import tr, tr_template, ui_language
from ...typeset import filled
from ..model.results import Finding, Reason, Words
from ..model.verdicts import Status, Verdict
from ..model.vocab import (
    CATALOGUE_VOCAB,
    CATEGORY_VOCAB,
    CONSTRUCTION_VOCAB,
    DIMENSIONS,
    INPUTS_DIMENSION,
    canonical,
)
from ..rules.ruleset import AttributeDecl, CategoryKind, LayerDecl, kind_of

VERDICT_TONES = {Verdict.COMPLIANT: "ok", Verdict.NEEDS_STUDY: "warn", Verdict.NON_COMPLIANT: "bad"}
STATUS_TONES = {
    Status.CONFLICT: "bad", Status.NEEDS_INFO: "warn", Status.MANUAL_CHECK: "warn",
    Status.REQUIREMENT: "", Status.EXEMPTED: "ok", Status.ALLOWED: "ok", Status.NOT_APPLICABLE: "muted",
    Status.COMPLIES: "ok",
}


def verdict_label(verdict: str, lang: Optional[str] = None) -> str:
    """符合 / 不符合 / 需进一步论证 in the report language."""
    labels = {
        Verdict.COMPLIANT: tr("Compliant", lang),
        Verdict.NON_COMPLIANT: tr("Non-compliant", lang),
        Verdict.NEEDS_STUDY: tr("Needs further study", lang),
    }
    return labels.get(verdict, verdict)


def status_label(status: str, lang: Optional[str] = None) -> str:
    """The result of one clause in words."""
    labels = {
        Status.CONFLICT: tr("Conflict", lang),
        Status.REQUIREMENT: tr("Requirement to meet", lang),
        Status.NEEDS_INFO: tr("Information needed", lang),
        Status.MANUAL_CHECK: tr("Check by hand", lang),
        Status.EXEMPTED: tr("Exempted", lang),
        Status.ALLOWED: tr("Allowed", lang),
        Status.NOT_APPLICABLE: tr("Not applicable", lang),
        Status.COMPLIES: tr("Complies (judged)", lang),
    }
    return labels.get(status, status)


def judgement_label(word: str, lang: Optional[str] = None) -> str:
    """符合 / 不符合 / 不涉及 / 需补充材料: a reviewer's judgement in words."""
    labels = {
        "compliant": tr("Compliant", lang),
        "non_compliant": tr("Non-compliant", lang),
        "not_applicable": tr("Not relevant", lang),
        "more_information": tr("More information needed", lang),
    }
    return labels.get(word, word)


def not_applied_reason(why: str, lang: Optional[str] = None) -> str:
    """Why a judgement was not applied, and what to do, in words (``NotApplied.why``)."""
    reasons = {
        "outdated": tr("made on another text of the clause: judge the clause again", lang),
        "unconfirmed": tr("saved without the text of the clause: confirm the judgement again", lang),
        "unmatched": tr("no clause of the review is its clause (the rule set no longer has it)", lang),
        "decided": tr("made while the clause was left to a person, which the rules now decide: judge the clause "
                      "again if their finding is wrong", lang),
        "refound": tr("an override of another finding of the rules than the present one: judge the clause again",
                      lang),
    }
    return reasons.get(why, why)


def effect_label(effect: str, lang: Optional[str] = None) -> str:
    """禁止 / 限制 / 应当 / 允许 / text-only in the report language."""
    labels = {
        "prohibit": tr("Prohibit", lang),
        "restrict": tr("Restrict", lang),
        "require": tr("Require", lang),
        "allow": tr("Allow", lang),
        "text": tr("Text only", lang),
    }
    return labels.get(effect, effect)


def level_label(level: str, lang: Optional[str] = None) -> str:
    """General / category / unit requirements in the report language."""
    labels = {
        "general": tr("General requirements", lang),
        "category": tr("Category requirements", lang),
        "unit": tr("Unit requirements", lang),
    }
    return labels.get(level, level)


def dimension_label(dimension: str, lang: Optional[str] = None) -> str:
    """The four dimensions of the access list (空间布局约束 …)."""
    labels = {
        "spatial_layout": tr("Spatial layout constraints", lang),
        "pollutant_emission": tr("Pollutant emission control", lang),
        "risk_prevention": tr("Environmental risk prevention", lang),
        "resource_efficiency": tr("Resource use efficiency", lang),
        INPUTS_DIMENSION: tr("Information the review could not use", lang),
    }
    return labels.get(dimension, dimension)


def category_label(raw: str, lang: Optional[str] = None, kinds: Optional[Dict[str, CategoryKind]] = None) -> str:
    """The unit category in words: the label of the rule set's kind the value belongs to, the name of a main
    category when the value is its own name, else the value as found in the layer."""
    kind = kind_of(raw, kinds or {})
    if kind is not None:
        return bilingual(kind.label_zh, kind.label_en, lang or ui_language())
    main = CATEGORY_VOCAB.id_of(raw)
    spellings = dict(CATEGORY_VOCAB.entries).get(main, ())
    if main and canonical(raw) in {canonical(s) for s in (main,) + spellings[:2]}:
        labels = {
            "priority": tr("Priority protection unit", lang),
            "key": tr("Key control unit", lang),
            "general": tr("General control unit", lang),
        }
        return labels[main]
    return raw or ""


def construction_label(raw: Optional[str], lang: Optional[str] = None) -> str:
    """新建 / 扩建 / 改建 / 迁建 / 技改 in the report language (the raw value when unknown)."""
    labels = {
        "new": tr("New construction", lang),
        "expansion": tr("Expansion", lang),
        "renovation": tr("Renovation", lang),
        "relocation": tr("Relocation", lang),
        "upgrade": tr("Technical upgrade", lang),
    }
    return labels.get(CONSTRUCTION_VOCAB.id_of(raw), raw or "")


def catalogue_label(raw: Optional[str], lang: Optional[str] = None) -> str:
    """The Industrial Structure Adjustment Catalogue class, or 'not listed'."""
    labels = {
        "encouraged": tr("Encouraged class", lang),
        "restricted": tr("Restricted class", lang),
        "eliminated": tr("Eliminated class", lang),
        "prohibited": tr("Prohibited class", lang),
        "permitted": tr("Permitted class (not listed)", lang),
    }
    if raw is None or not str(raw).strip():
        return tr("Not listed", lang)
    return labels.get(CATALOGUE_VOCAB.id_of(raw), str(raw))


def term_label(vocab: str, key: str, lang: Optional[str] = None) -> str:
    """A vocabulary id inside a reason (Term) in words: a construction nature, catalogue class or category."""
    words = {"construction": construction_label, "catalogue": catalogue_label, "category": category_label,
             "status": status_label, "judgement": judgement_label}
    return words[vocab](key, lang)


def bilingual(zh: str, en: str, lang: Optional[str] = None) -> str:
    """The English text in an English report when there is one, else the Chinese."""
    return en if lang == "en" and en else zh


ITEMS = {  # what the review reads beside the project's attributes, in words (tr() in reason_templates)
    "industry": "Industry (GB/T 4754-2017 code)", "construction": "Construction nature",
    "catalogue": "Catalogue class", "unit_category": "Unit category", "unit_code": "Unit code",
    "unit_text": "Text of the unit layer", "access_list": "Access lists covering the unit",
}
INPUT = "input:"  # the rule id of a finding about an input the review could not use


def reason_templates() -> List[str]:
    """Every item's words, for the string extractor."""
    return [tr("Industry (GB/T 4754-2017 code)"), tr("Construction nature"), tr("Catalogue class"),
            tr("Unit category"), tr("Unit code"), tr("Text of the unit layer"), tr("Access lists covering the unit")]


def missing_label(name: str, lang: str, attributes: Dict[str, AttributeDecl],
                  layers: Dict[str, LayerDecl]) -> str:
    """The missing item named in words: a project attribute, a layer or a unit attribute."""
    if name in ITEMS:
        return tr_template(ITEMS[name], lang)
    if name in attributes:
        decl = attributes[name]
        return bilingual(decl.label_zh, decl.label_en, lang) or name
    if name in layers:
        decl = layers[name]
        label = bilingual(decl.label_zh, decl.label_en, lang) or name
        return filled(tr("position to layer {layer}", lang), {"layer": label}, lang, ("layer",))
    if name.startswith("unit."):
        return filled(tr("unit attribute {field}", lang), {"field": name[5:]}, lang, ("field",))
    return name


def _input_item(rule_id: str) -> Optional[str]:
    """The item an input finding's rule id is about (as ``missing_label`` names items); None for a clause."""
    if not rule_id.startswith(INPUT):
        return None
    item = rule_id[len(INPUT):]
    return "unit_category" if item == "category" else item


def input_subject(finding: Finding) -> Any:
    """What a finding about an input is about, as a reason's value worded in either language (a Reason naming the
    item, or a project attribute's Words); None for a clause's finding."""
    item = _input_item(finding.rule_id)
    if item is None:
        return None
    if item in ITEMS:
        return Reason(ITEMS[item])
    return next((r.values["attribute"] for r in finding.reasons if isinstance(r.values.get("attribute"), Words)),
                item)


def finding_name(finding: Finding, lang: Optional[str]) -> str:
    """A finding's clause as users read it (``clause_name``); for a project attribute's input, its label."""
    subject = input_subject(finding)
    if isinstance(subject, Words):
        return bilingual(subject.zh, subject.en, lang or ui_language())
    return clause_name(finding.rule_id, lang)


_DIMENSION_WORDS: Dict[Tuple[str, str], str] = {}  # the dimensions' words in a chosen language


def clause_name(rule_id: str, lang: Optional[str]) -> str:
    """A clause as users read it: its rule id, or for a unit's own requirement text (kept as
    ``CODE:dimension``) the unit code and the dimension in words; for an input the review could not use, the item
    (a project attribute by its name: ``finding_name`` gives its label)."""
    item = _input_item(rule_id)
    if item is not None:
        return missing_label(item, lang or ui_language(), {}, {})
    code, _colon, dimension = rule_id.rpartition(":")
    if not code or dimension not in DIMENSIONS:
        return rule_id
    words = _DIMENSION_WORDS.get((dimension, lang)) if lang else None
    if words is None:
        words = dimension_label(dimension, lang)
        if lang:  # a chosen language's words never change; the UI language's may
            _DIMENSION_WORDS[(dimension, lang)] = words
    return f"{code} {words}"


def named_clause(reason: Reason, lang: str) -> Reason:
    """A summary reason ('{rule}: {reason}') whose clause is named as users read it."""
    rule = reason.values.get("rule")
    if not isinstance(rule, str):
        return reason
    return Reason(reason.template, {**reason.values, "rule": clause_name(rule, lang)})
