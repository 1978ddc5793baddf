"""Verdicts and finding statuses as string enums, with the one order of verdicts and the one tally.

Members are ``str``: they compare, hash and print as their value, so findings_json, the output
layers and the notes hold the same words as before. Qt stores a ``str`` subclass as a Python object,
so a value handed to Qt (a feature attribute, a renderer category) is ``str(member)``.
"""

from enum import Enum
from typing import Dict, Iterable


class _Word(str, Enum):
    """A closed vocabulary word; ``str()`` and f-strings give the plain value."""

    def __str__(self) -> str:
        return str.__str__(self)


class Verdict(_Word):
    """A unit's or a site's verdict: 符合 / 需进一步论证 / 不符合."""

    COMPLIANT = "compliant"
    NEEDS_STUDY = "needs_study"
    NON_COMPLIANT = "non_compliant"


class Status(_Word):
    """The outcome of one clause for one unit."""

    CONFLICT = "conflict"
    REQUIREMENT = "requirement"
    NEEDS_INFO = "needs_info"
    MANUAL_CHECK = "manual_check"
    EXEMPTED = "exempted"
    ALLOWED = "allowed"
    NOT_APPLICABLE = "not_applicable"
    COMPLIES = "complies"  # a reviewer judged the clause met (符合)


STUDY_STATUSES = (Status.NEEDS_INFO, Status.MANUAL_CHECK)  # statuses that make a unit need study


def verdict_of(statuses: Iterable[str]) -> Verdict:
    """The verdict of findings with ``statuses``: non-compliant on a conflict, needs study on a study
    status, else compliant."""
    statuses = set(statuses)
    if Status.CONFLICT in statuses:
        return Verdict.NON_COMPLIANT
    if statuses & set(STUDY_STATUSES):
        return Verdict.NEEDS_STUDY
    return Verdict.COMPLIANT


def worst(verdicts: Iterable[str]) -> Verdict:
    """The worst of ``verdicts`` (non-compliant, then needs study, then compliant); needs study when
    there is none or one is not a verdict word: a site no verdict speaks for is never compliant."""
    found = set(verdicts)
    if Verdict.NON_COMPLIANT in found:
        return Verdict.NON_COMPLIANT
    if found == {Verdict.COMPLIANT}:
        return Verdict.COMPLIANT
    return Verdict.NEEDS_STUDY


def tally(verdicts: Iterable[str]) -> Dict[Verdict, int]:
    """How many of ``verdicts`` are compliant, need study and are non-compliant (every verdict, 0 too)."""
    out = {verdict: 0 for verdict in Verdict}
    for verdict in verdicts:
        out[Verdict(verdict)] += 1
    return out
