"""Finding the header of an access-list table (title rows above it, two-row merged headers) and
saying what each column is used for."""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ...model.vocab import DIMENSIONS
from .synonyms import HEADER_MAX_CHARS, IGNORED, LONG_ROLES, REQUIREMENT_HINTS, key

HEADER_SCAN_ROWS = 15
LONG_TEXT = 20  # a column whose cells average this many characters holds prose

USED, IGNORED_COLUMN, UNPLACED = "used", "ignored", "unplaced"


@dataclass
class Header:
    """The header of one table: a label per column, the first data row and role → column."""

    labels: List[str]
    start: int
    roles: Dict[str, int]
    rows: List[List[str]] = field(default_factory=list)  # the header row(s) as written

    def repeats(self, row: List[str]) -> bool:
        """Whether a row is the header again (a page's repeated header): each cell one of the header's."""
        cells = [(i, key(c)) for i, c in enumerate(row) if c.strip()]
        known = [{key(r[i]) for r in self.rows + [self.labels] if i < len(r)} for i in range(len(row))]
        return bool(cells) and all(c in known[i] for i, c in cells)


@dataclass
class ColumnUse:
    """What the importer did with one column: used for a role, ignored, or not placed."""

    index: int
    label: str
    status: str
    role: str = ""


def _score(label: str, words: Tuple[str, ...]) -> Tuple[int, int]:
    """(2 exact / 1 contained / 0, length of the spelling) of the best spelling for a header."""
    text = key(label)
    best = (0, 0)
    for word in words:
        spelling = key(word)
        if text == spelling:
            return 2, len(spelling)
        if len(spelling) > 1 and spelling in text:
            best = max(best, (1, len(spelling)))
    return best


def classify(label: str, spellings: Dict[str, Tuple[str, ...]]) -> Tuple[str, Tuple[int, int]]:
    """The role (or '' for a known ignored column) a header reads as best, with its score."""
    if not label.strip() or len(key(label)) > HEADER_MAX_CHARS:
        return "", (0, 0)
    scores = {role: _score(label, words) for role, words in spellings.items()}
    scores[""] = _score(label, IGNORED)
    role = max(scores, key=lambda r: scores[r])
    return role, scores[role]


def match_roles(labels: List[str], spellings: Dict[str, Tuple[str, ...]],
                mapping: Dict[str, str]) -> Optional[Dict[str, int]]:
    """Role → column: the user's mapping first, every other role detected; None if a mapped header is absent."""
    keys = [key(label) for label in labels]
    roles: Dict[str, int] = {}
    for role, header in mapping.items():
        if key(header) not in keys:
            return None
        roles[role] = keys.index(key(header))
    ranked = []
    for index, label in enumerate(labels):
        role, score = classify(label, spellings)
        if role and score[0] and index not in roles.values():
            ranked.append((score, -index, role, index))
    for *_rank, role, index in sorted(ranked, reverse=True):
        if role not in roles:
            roles[role] = index
    return roles


def find_header(rows: List[List[str]], spellings: Dict[str, Tuple[str, ...]],
                mapping: Dict[str, str]) -> Optional[Header]:
    """The first row (or pair of rows) in the first rows that has a unit-code and a dimension column; else the first
    with a unit-code column and one requirement column (its cells holding every dimension under its heading)."""
    return _first_header(rows, spellings, mapping, False) or _first_header(rows, spellings, mapping, True)


def _first_header(rows: List[List[str]], spellings: Dict[str, Tuple[str, ...]], mapping: Dict[str, str],
                  combined: bool) -> Optional[Header]:
    """The first row (or pair of rows) whose columns make a layout (one requirement column only if ``combined``)."""
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        candidates = [Header(list(row), index + 1, {}, [row])]
        if index + 1 < len(rows):
            candidates.append(Header(_merged(row, rows[index + 1]), index + 2, {}, [row, rows[index + 1]]))
        best = None
        for header in candidates:
            header.roles = _layout(match_roles(header.labels, spellings, mapping) or {}, combined)
            if header.roles and (best is None or len(header.roles) > len(best.roles)):
                best = header
        if best is not None:
            return best
    return None


def _layout(roles: Dict[str, int], combined: bool) -> Dict[str, int]:
    """The roles of a usable header, {} otherwise: a unit code and either a column per dimension (the
    dimension and requirement columns then left unplaced) or a dimension column and a requirement column; with
    ``combined``, one requirement column (no dimension column) whose cells hold every dimension under its heading."""
    if "code" not in roles:
        return {}
    if any(d in roles for d in DIMENSIONS):
        return {role: index for role, index in roles.items() if role not in LONG_ROLES}
    if all(role in roles for role in LONG_ROLES):
        return roles
    return roles if combined and "requirement" in roles and "dimension" not in roles else {}


def is_long(header: Header) -> bool:
    """Whether the table has one row per unit and dimension (a 管控维度 column and a 管控要求 column)."""
    return all(role in header.roles for role in LONG_ROLES)


def is_combined(header: Header) -> bool:
    """Whether the table has one requirement column holding every dimension (空间布局约束：… 污染物排放管控：…)."""
    return "requirement" in header.roles and "dimension" not in header.roles


def _merged(upper: List[str], lower: List[str]) -> List[str]:
    """Labels of a two-row header: the lower cell, or the upper one where the lower is empty (merged)."""
    width = max(len(upper), len(lower))
    upper, lower = upper + [""] * (width - len(upper)), lower + [""] * (width - len(lower))
    return [low if low.strip() else high for high, low in zip(upper, lower)]


def missing_mapped(rows: List[List[str]], mapping: Dict[str, str]) -> List[Tuple[str, str]]:
    """(role, header) of the mapped headers that no cell of the first rows holds."""
    seen = {key(cell) for row in rows[:HEADER_SCAN_ROWS + 1] for cell in row}
    return [(role, header) for role, header in mapping.items() if key(header) not in seen]


def describe_columns(header: Header, data: List[List[str]],
                     spellings: Dict[str, Tuple[str, ...]]) -> List[ColumnUse]:
    """Every column that has a header or data: used (with its role), ignored, or not placed."""
    by_column = {index: role for role, index in header.roles.items()}
    width = max([len(header.labels)] + [len(row) for row in data])
    out = []
    for index in range(width):
        label = header.labels[index] if index < len(header.labels) else ""
        cells = [row[index] for row in data if index < len(row) and row[index].strip()]
        if index in by_column:
            out.append(ColumnUse(index, label, USED, by_column[index]))
        elif label.strip() or cells:
            out.append(_unused(index, label, cells, spellings))
    return out


def _unused(index: int, label: str, cells: List[str], spellings: Dict[str, Tuple[str, ...]]) -> ColumnUse:
    """An unused column: not placed when it reads as a role taken already or as prose; else ignored."""
    role, score = classify(label, spellings)
    if role in LONG_ROLES and score[0]:
        return ColumnUse(index, label, UNPLACED)
    if role and score[0]:
        return ColumnUse(index, label, UNPLACED, role)
    if not role and score[0]:
        return ColumnUse(index, label, IGNORED_COLUMN)
    prose = bool(cells) and sum(len(c) for c in cells) / len(cells) >= LONG_TEXT
    if any(hint in label for hint in REQUIREMENT_HINTS) or prose:
        return ColumnUse(index, label, UNPLACED)
    return ColumnUse(index, label, IGNORED_COLUMN)


def column_letter(index: int) -> str:
    """A, B, … Z, AA, AB … for a 0-based column index."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
