"""Reading one clause: which characters each recognised shape has claimed, and what it found there."""

import re
from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, Iterable, Iterator, List, Optional, Pattern, Tuple

# Characters that are content: a clause is understood only when none of them is left unclaimed.
CONTENT = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
SENTENCE_END = "。;!?！？"


def fold(text: str, lower: bool = False) -> str:
    """Full-width ASCII forms and the ideographic space as ASCII, one character for one (spans stay valid)."""
    out = []
    for char in text:
        code = ord(char)
        if 0xFF01 <= code <= 0xFF5E:
            char = chr(code - 0xFEE0)
        elif code == 0x3000:
            char = " "
        out.append(char.lower() if lower and char.isascii() else char)
    return "".join(out)


@dataclass
class Hit:
    """A shape found in the clause: a condition, an effect or a note, with the characters it came from."""

    spans: List[Tuple[int, int]]
    why: str
    role: str = "when"
    condition: Optional[Dict[str, Any]] = None
    effect: str = ""
    confidence: float = 1.0


@dataclass
class Reading:
    """A clause being read: folded text, who owns each character, hits, exception regions, the rule's own scope."""

    text: str
    lang: str
    scope: FrozenSet[str] = frozenset()
    folded: str = ""
    owner: List[str] = field(default_factory=list)
    hits: List[Hit] = field(default_factory=list)
    exceptions: List[Tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Fold the text (lower case for English) and start with every character unclaimed."""
        self.folded = fold(self.text, lower=self.lang == "en")
        self.owner = [""] * len(self.text)

    def is_free(self, start: int, end: int) -> bool:
        """True when no shape has claimed any character of text[start:end]."""
        return not any(self.owner[start:end])

    def take(self, start: int, end: int, tag: str) -> None:
        """Claim text[start:end] for a shape (tag says which, for the residual and for debugging)."""
        for i in range(start, end):
            self.owner[i] = self.owner[i] or tag

    def free_matches(self, pattern: Pattern[str], start: int = 0, end: Optional[int] = None) -> Iterator[re.Match]:
        """Matches of a pattern that lie wholly on unclaimed characters (claims made meanwhile count)."""
        for match in pattern.finditer(self.folded, start, len(self.folded) if end is None else end):
            if match.end() > match.start() and self.is_free(*match.span()):
                yield match

    def words(self, match: re.Match) -> str:
        """The clause's own characters where a match on the folded text lies (full-width forms and case kept)."""
        return self.text[match.start():match.end()]

    def add(self, hit: Hit, tag: str = "hit") -> Hit:
        """Record a hit and claim its characters."""
        for start, end in hit.spans:
            self.take(start, end, tag)
        self.hits.append(hit)
        return hit

    def residual(self) -> str:
        """The content characters no shape has claimed."""
        return "".join(c for c, o in zip(self.text, self.owner) if not o and CONTENT.match(fold(c)))

    def region_of(self, start: int, end: int) -> int:
        """The index of the exception region holding text[start:end], or -1."""
        return next((i for i, (s, e) in enumerate(self.exceptions) if s <= start and end <= e), -1)

    def ends_sentence(self, i: int) -> bool:
        """True when the character at i ends a sentence (an English full stop only before a space or the end)."""
        char = self.folded[i]
        return char in SENTENCE_END or (char == "." and self.folded[i + 1:i + 2] in ("", " "))

    def sentence_end(self, start: int) -> int:
        """The index where the sentence holding ``start`` ends."""
        return next((i for i in range(start, len(self.folded)) if self.ends_sentence(i)), len(self.folded))

    def subclause_start(self, end: int) -> int:
        """The index where the sub-clause ending at ``end`` begins (after a comma, a bracket or a sentence end)."""
        return next((i + 1 for i in range(end - 1, -1, -1) if self.folded[i] in ",:()" or self.ends_sentence(i)), 0)


def words_pattern(words: Iterable[str], before: str = "", after: str = "") -> Pattern[str]:
    """One pattern for many literal words, longest first, with optional look-arounds."""
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(f"{before}(?:{body}){after}")
