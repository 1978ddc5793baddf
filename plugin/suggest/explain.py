"""The human explanation of each suggested part, translated (literal templates through tr)."""

from typing import Iterable, Optional

from ..core.rules.comparison_words import requirement
from ..i18n import grouped, list_separator, tr


def _quoted(words: str) -> str:
    """The clause's words as quoted in an explanation."""
    return f"“{words}”"


def effect(words: str, name: str, lang: Optional[str]) -> str:
    """Why the effect was chosen."""
    if name == "prohibit":
        text = tr("{words} prohibits: effect prohibit.", lang)
    elif name == "restrict":
        text = tr("{words} restricts (in principle not, or only under a condition): effect restrict.", lang)
    elif name == "require":
        text = tr("{words} states a duty: effect require; the duty itself is checked by hand.", lang)
    else:
        text = tr("{words} admits or encourages: effect allow.", lang)
    return text.format(words=_quoted(words))


def construction(words: str, ids: Iterable[str], lang: Optional[str]) -> str:
    """Why a construction nature was read."""
    return tr("{words} is the construction nature {values}.", lang).format(
        words=_quoted(words), values=list_separator(lang).join(ids))


def industry(words: str, described: str, curated: bool, lang: Optional[str]) -> str:
    """Why an industry code was read, from the curated list words or from an official name."""
    if curated:
        text = tr("{words} is read as the industry {codes} of GB/T 4754-2017 (a common list word).", lang)
    else:
        text = tr("{words} is the official GB/T 4754-2017 name of {codes}.", lang)
    return text.format(words=_quoted(words), codes=described)


def catalogue(words: str, ids: Iterable[str], lang: Optional[str]) -> str:
    """Why a catalogue class was read."""
    return tr("{words} is the catalogue class {values}.", lang).format(
        words=_quoted(words), values=list_separator(lang).join(ids))


def spatial(words: str, relation: str, layer: str, distance: float, lang: Optional[str]) -> str:
    """Why a relation to a declared constraint layer was read."""
    if relation == "within":
        text = tr("{words}: within {distance} m of the layer {layer}.", lang)
    elif relation == "overlaps":
        text = tr("{words}: the site touches the layer {layer}.", lang)
    elif relation == "outside":
        text = tr("{words}: the site lies outside the layer {layer}.", lang)
    else:
        text = tr("{words}: allowed only wholly inside the layer {layer}, so effect restrict with only_if.", lang)
    whole = float(distance).is_integer()
    return text.format(words=_quoted(words), layer=layer, distance=grouped(int(distance) if whole else distance))


def threshold(words: str, attribute: str, op: str, value: object, unit: str, only_if: bool,
              lang: Optional[str]) -> str:
    """Why a comparison with a declared number attribute was read; ``unit`` as the explanation's language writes it,
    the value with thousands separators as every amount with a unit (50,000 万元), the comparison in words as the
    reasons write it (at least, 不低于)."""
    if only_if:
        text = tr("{words}: allowed only if {attribute} is {requirement}, so effect restrict with only_if.", lang)
    else:
        text = tr("{words}: {attribute} {requirement}.", lang)
    compared = requirement(op, "number", grouped(value), lang, unit or None)  # the suggester's ops all have words
    return text.format(words=_quoted(words), attribute=attribute, requirement=compared)


def present(words: str, attribute: str, lang: Optional[str]) -> str:
    """Why "attribute more than 0" was read (a project that has the thing measured)."""
    return tr("{words}: a project that has it, {attribute} more than 0.", lang).format(words=_quoted(words),
                                                                                       attribute=attribute)


def flag(words: str, attribute: str, negated: bool, lang: Optional[str]) -> str:
    """Why a yes/no attribute was read."""
    if negated:
        text = tr("{words}: the yes/no attribute {attribute} is no.", lang)
    else:
        text = tr("{words}: the yes/no attribute {attribute} is yes.", lang)
    return text.format(words=_quoted(words), attribute=attribute)


def exception(words: str, lang: Optional[str]) -> str:
    """Why the conditions of a phrase exempt the project."""
    return tr("{words} is an exception (除外): when it holds, the project is exempted.", lang).format(
        words=_quoted(words))


def substitution(words: str, lang: Optional[str]) -> str:
    """The note for a substitution ratio, which the rule language cannot state."""
    return tr("{words}: the rule language has no substitution ratio; check it by hand.", lang).format(
        words=_quoted(words))


def open_list(words: str, lang: Optional[str]) -> str:
    """The note for a list that ends with 等 (etc.)."""
    return tr("{words}: the list ends with 等 (etc.); only the industries it names are suggested.", lang).format(
        words=_quoted(words))
