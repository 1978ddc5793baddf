"""The GB/T 4754-2017 industry table: code normalisation, prefix matching and search in Chinese and English."""

import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional

from ...paths import DATA_DIR

TABLE_PATH = os.path.join(DATA_DIR, "gbt4754_2017.csv")
LEVEL_BY_DIGITS = {0: "section", 2: "division", 3: "group", 4: "class"}
_CODE_RE = re.compile(r"^([A-T])?([0-9]{2,4})?$")


@dataclass(frozen=True)
class IndustryEntry:
    """One row of the table, with its code in the normalised ``C2614`` form.

    ``name_zh`` is the standard's name; ``name_en`` is the plugin authors' translation (see the table's SOURCE.md).
    """

    code: str
    level: str
    name_zh: str
    section: str
    name_en: str = ""

    def name(self, lang: str) -> str:
        """The name in a language ('en' or 'zh'): English for English users, the standard's Chinese otherwise."""
        return self.name_en if lang == "en" and self.name_en else self.name_zh


@lru_cache(maxsize=1)
def table() -> Dict[str, IndustryEntry]:
    """Every entry of the table keyed by normalised code, in the standard's order."""
    with open(TABLE_PATH, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    division_section = {r["code"]: r["parent"] for r in rows if r["level"] == "division"}
    entries: Dict[str, IndustryEntry] = {}
    for row in rows:
        code = row["code"]
        section = code if row["level"] == "section" else division_section[code[:2]]
        full = code if row["level"] == "section" else section + code
        entries[full] = IndustryEntry(full, row["level"], row["name_zh"], section, row["name_en"])
    return entries


@lru_cache(maxsize=1)
def _section_of_division() -> Dict[str, str]:
    return {e.code[1:]: e.section for e in table().values() if e.level == "division"}


def normalise_code(text: object) -> str:
    """Turn ``C2614``, ``c 2614``, ``Ｃ２６１４`` (full width), ``2614``, ``26`` or ``C`` into ``C2614``/``C26``/``C``;
    '' if malformed."""
    if text is None:
        return ""
    raw = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text))).upper()
    match = _CODE_RE.match(raw)
    if not raw or not match:
        return ""
    letter, digits = match.group(1) or "", match.group(2) or ""
    if not digits:
        return letter
    section = _section_of_division().get(digits[:2], "")
    if not section or (letter and letter != section):
        return ""
    return section + digits


def lookup(text: object) -> Optional[IndustryEntry]:
    """The table entry for a code in any accepted spelling, or None."""
    return table().get(normalise_code(text))


def counts() -> Dict[str, int]:
    """Number of entries per level (section, division, group, class)."""
    result = {level: 0 for level in LEVEL_BY_DIGITS.values()}
    for entry in table().values():
        result[entry.level] += 1
    return result


def prefix_match(project_code: str, rule_code: str) -> Optional[bool]:
    """True if the project's code lies under the rule's code; None if the project code is too coarse."""
    project, rule = normalise_code(project_code), normalise_code(rule_code)
    if not project or not rule:
        return False
    if project.startswith(rule):
        return True
    if rule.startswith(project):
        return None
    return False


def search(text: str, limit: int = 50) -> List[IndustryEntry]:
    """Entries whose code starts with ``text``, then those whose Chinese or English name contains it (best first).

    English matches ignore case. A name equal to the text ranks first, then one starting with it, one with a
    word starting with it, one containing it; within a rank, broader levels (divisions before classes) first.
    """
    query = (text or "").strip()
    if not query:
        return []
    code = normalise_code(query)
    found: List[IndustryEntry] = []
    if code:
        found = [e for e in table().values() if e.code.startswith(code)]
    ranked = [(rank, e) for e in table().values() if e not in found
              for rank in [_name_rank(e, query)] if rank is not None]
    depth = {level: number for number, level in enumerate(LEVEL_BY_DIGITS.values())}
    ranked.sort(key=lambda pair: (pair[0], depth[pair[1].level]))  # stable: the standard's order within
    return (found + [e for _rank, e in ranked])[:limit]


def _name_rank(entry: IndustryEntry, query: str) -> Optional[int]:
    """How well a name matches: 0 equal, 1 starts with, 2 a word starts with, 3 contains; None if neither name does."""
    folded = query.casefold()
    word = re.compile(r"\b" + re.escape(folded)) if folded.isascii() else None
    ranks = [0 if name == folded else 1 if name.startswith(folded) else 2 if word and word.search(name) else 3
             for name in (entry.name_zh, entry.name_en.casefold()) if folded in name]
    return min(ranks) if ranks else None
