"""The register browser's filter: a verdict typed in full matches that verdict only, other words match as text.

A verdict is recognised in its machine word (``non_compliant``), its English words (``Non-compliant``, ``Needs
further study``) and its Chinese words (不符合, 需进一步论证), whatever the interface language, case aside and with
a hyphen or underscore read as a space. Words are separated by spaces. Every other word is looked for in the
entry's recorded text (number, time, project, reviewer, rule set, opinion, the verdict as worded), so a part of
a word still narrows the list while it is typed. Several verdicts typed show the entries of any of them.
"""

from dataclasses import dataclass
from typing import FrozenSet, List, Tuple

from ..model.verdicts import Verdict
from ..review.labels import verdict_label


@dataclass(frozen=True)
class RegisterFilter:
    """What a filter asks for: the verdicts typed (none: any verdict) and the other words, case-folded."""

    verdicts: FrozenSet[str] = frozenset()
    words: Tuple[str, ...] = ()

    def matches(self, verdict: str, text: str) -> bool:
        """Whether an entry with ``verdict`` and recorded ``text`` is shown."""
        if self.verdicts and verdict not in self.verdicts:
            return False
        folded = text.casefold()
        return all(word in folded for word in self.words)


def _phrases() -> List[Tuple[Tuple[str, ...], str]]:
    """Every way of typing each verdict, as words, the longest first."""
    found = set()
    for verdict in Verdict:
        for words in (str(verdict), verdict_label(verdict, "en"), verdict_label(verdict, "zh"),
                      verdict_label(verdict)):
            folded = words.casefold()
            for spelling in (folded, folded.replace("-", " ").replace("_", " ")):
                found.add((tuple(spelling.split()), str(verdict)))
    return sorted(found, key=lambda phrase: -len(phrase[0]))


def _verdict_at(tokens: List[str], at: int, phrases: List[Tuple[Tuple[str, ...], str]]) -> Tuple[int, str]:
    """The verdict the words from ``at`` spell and how many words it takes; (0, '') when none."""
    for words, verdict in phrases:
        if tuple(tokens[at:at + len(words)]) == words:
            return len(words), verdict
    return 0, ""


def parse_filter(text: str) -> RegisterFilter:
    """The verdicts and other words of a filter as typed."""
    tokens, phrases = text.casefold().split(), _phrases()
    verdicts, words, at = set(), [], 0
    while at < len(tokens):
        length, verdict = _verdict_at(tokens, at, phrases)
        if length:
            verdicts.add(verdict)
        else:
            words.append(tokens[at])
        at += length or 1
    return RegisterFilter(frozenset(verdicts), tuple(words))
