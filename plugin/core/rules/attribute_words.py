"""A project attribute as the rule editor's *Attributes…* dialog declares or renames it: its name and type (fixed
once declared: the rules compare by them), its label, for a number its unit (fixed once declared: the limits are
written in it) and the unit's Chinese words and other spellings, for a text its declared values; made back into the
declaration the file keeps."""

import copy
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Tuple

from ...i18n import tr
from .attribute_values import JOINT, NAME, ValueWords, spellings, value_rows, values_of


class AttributeWords(NamedTuple):
    """What the dialog shows of one attribute (empty texts when not given)."""

    name: str
    type: str
    zh: str
    en: str
    unit: str
    unit_zh: str
    values: Tuple[ValueWords, ...] = ()
    unit_aliases: str = ""  # other spellings of a number's unit, joined by "; "


def words_of(name: str, declaration: Any) -> AttributeWords:
    """A declared attribute's words."""
    found = declaration if isinstance(declaration, Mapping) else {}
    label = found.get("label") if isinstance(found.get("label"), Mapping) else {}
    return AttributeWords(name, str(found.get("type") or "number"), _text(label.get("zh")), _text(label.get("en")),
                          _text(found.get("unit")), _text(found.get("unit_zh")), value_rows(found),
                          JOINT.join(str(s) for s in found.get("unit_aliases") or ()))


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def declaration_of(words: AttributeWords, original: Optional[Mapping[str, Any]],
                   declared: Mapping[str, Any]) -> Tuple[Dict[str, Any], List[str]]:
    """The declaration ``words`` make (over ``original``'s other keys; a new attribute when None) and what stops it,
    translated: a name that is not an identifier or is declared already, a label without Chinese, a value that
    cannot be declared."""
    problems: List[str] = []
    if original is None:
        if not NAME.fullmatch(words.name):
            problems.append(tr("The attribute's name must start with a letter and hold only letters, digits and _ "
                               "(such as investment_wan)."))
        elif words.name.lower() in {str(name).lower() for name in declared}:
            problems.append(tr("An attribute named {name} is declared already.").format(name=words.name))
    if not words.zh:
        problems.append(tr("The attribute needs a Chinese label."))
    declaration = copy.deepcopy(dict(original)) if original is not None else {"type": words.type}
    declaration["label"] = {"zh": words.zh, **({"en": words.en} if words.en else {})}
    if original is None and words.type == "number" and words.unit:
        declaration["unit"] = words.unit
    written = declaration.pop("unit_aliases", None)
    declaration.pop("unit_zh", None)
    if declaration["type"] == "number" and declaration.get("unit"):
        if words.unit_zh:
            declaration["unit_zh"] = words.unit_zh
        aliases = spellings(words.unit_aliases, written)
        if aliases:
            declaration["unit_aliases"] = aliases
    elif written is not None:
        declaration["unit_aliases"] = written  # not shown without a unit: kept for the checks to judge
    if declaration["type"] == "string":
        values, wrong = values_of(words.name, words.values, declaration.get("values"))
        problems += wrong
        declaration.pop("values", None)
        if values:
            declaration["values"] = values
    return _ordered(declaration, list(original or ())), problems


def _ordered(declaration: Dict[str, Any], written: List[str]) -> Dict[str, Any]:
    """The keys in the order the file writes them (``written``), a key it lacks where the example rule sets put it."""
    order = ("type", "unit", "unit_zh", "unit_aliases", "label", "values")
    keys = [key for key in written if key in declaration]
    for key in sorted((k for k in declaration if k not in keys), key=lambda k: order.index(k) if k in order else 99):
        rank = order.index(key) if key in order else len(order)
        before = [i for i, k in enumerate(keys) if (order.index(k) if k in order else len(order)) <= rank]
        keys.insert(before[-1] + 1 if before else 0, key)
    return {key: declaration[key] for key in keys}
