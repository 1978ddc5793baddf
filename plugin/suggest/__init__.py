"""Condition suggestions from a clause's text (issue #19): pure Python, no QGIS beyond translation."""

from .context import Context, make_context
from .model import Part, Span, Suggestion, canonical
from .rules import accepted, is_text_only, marker_for, suggest_ruleset
from .suggester import suggest, suggest_in

__all__ = [
    "Context", "Part", "Span", "Suggestion", "accepted", "canonical", "is_text_only", "make_context", "marker_for",
    "suggest", "suggest_in", "suggest_ruleset",
]
