"""Suggest conditions for one clause from its Chinese and English text."""

from typing import Any, FrozenSet, Mapping, Optional

from ..i18n import ui_language
from .chinese import read_zh
from .compose import compose
from .context import Context, make_context
from .english import read_en
from .model import Suggestion, canonical


def suggest(zh: str, en: str = "", attributes: Optional[Mapping[str, Any]] = None,
            layers: Optional[Mapping[str, Any]] = None, lang: Optional[str] = None) -> Optional[Suggestion]:
    """Conditions for a clause, given the rule set's declared attributes and layers; None when unsure."""
    return suggest_in(make_context(attributes, layers), zh, en, lang)


def suggest_in(ctx: Context, zh: str, en: str = "", lang: Optional[str] = None,
               scope: FrozenSet[str] = frozenset()) -> Optional[Suggestion]:
    """Conditions for a clause in a prepared context (scope: place concepts the rule's category already means)."""
    lang = lang or ui_language()
    found_zh = compose(read_zh(zh, ctx, lang, scope)) if (zh or "").strip() else None
    found_en = compose(read_en(en, ctx, lang, scope)) if (en or "").strip() else None
    if found_zh and found_en:
        if canonical(found_zh.rule_fields()) != canonical(found_en.rule_fields()):
            return None
        return Suggestion(found_zh.effect, found_zh.when, found_zh.exceptions, found_zh.only_if,
                          found_zh.parts + found_en.parts, max(found_zh.confidence, found_en.confidence), "zh")
    return found_zh or found_en
