"""The review-notes document model: plain text blocks that every renderer draws the same way.

Every string here is final text in the report language and is NOT markup: renderers escape it.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Tuple, Union


@dataclass
class Paragraph:
    """A paragraph of text; ``tone`` colours it (warn/bad) and ``strong`` makes it bold."""

    text: str
    tone: str = ""
    strong: bool = False


@dataclass
class Facts:
    """A two-column list of label → value pairs."""

    pairs: List[Tuple[str, str]] = field(default_factory=list)


@dataclass
class Table:
    """A table with a header row; ``tones`` (one per row, may be empty) colour rows by verdict;
    ``widths`` (percent per column, optional) fix the column widths."""

    columns: List[str]
    rows: List[List[str]] = field(default_factory=list)
    tones: List[str] = field(default_factory=list)
    caption: str = ""
    widths: List[int] = field(default_factory=list)

    def tone(self, index: int) -> str:
        """The tone of row ``index`` ('' when none was given)."""
        return self.tones[index] if index < len(self.tones) else ""


@dataclass
class Checklist:
    """Items to confirm by hand, each a (label, text) pair drawn with an empty check box; ``separator``
    stands between a label and its text where they run on in one line (the notes' language's colon)."""

    items: List[Tuple[str, str]] = field(default_factory=list)
    separator: str = ": "


@dataclass
class MapBlock:
    """Where a map goes, with its caption: the location map (``view`` ''), or the second map with the
    site and every cause when they lie far apart (``view`` 'causes')."""

    caption: str
    view: str = ""


Block = Union[Paragraph, Facts, Table, Checklist, MapBlock]


@dataclass
class Section:
    """A titled part of the notes; ``level`` 1 is a chapter, 2 a sub-part, 3 a sub-sub-part."""

    title: str
    blocks: List[Block] = field(default_factory=list)
    level: int = 1


@dataclass
class NotesDocument:
    """The whole review notes of one site in one language.

    ``variables`` are short texts a print-layout template may show through expressions
    (``[% @zr_organisation %]``): organisation, reviewer, date, site, verdict, title, subtitle, map caption, and the
    sites layer and feature the site is (``zr_site_record``, also the document properties' record; '' when none).
    """

    lang: str
    title: str
    subtitle: str
    site_id: str
    verdict: str
    verdict_label: str
    header: Facts = field(default_factory=Facts)
    sections: List[Section] = field(default_factory=list)
    variables: Dict[str, str] = field(default_factory=dict)

    def texts(self) -> List[str]:
        """Every text of the document in reading order (for searching and tests)."""
        out = [self.title, self.subtitle] + [t for pair in self.header.pairs for t in pair]
        for section in self.sections:
            out.append(section.title)
            for block in section.blocks:
                out.extend(block_texts(block))
        return out


def block_texts(block: Block) -> List[str]:
    """The texts of one block in reading order."""
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Facts):
        return [t for pair in block.pairs for t in pair]
    if isinstance(block, Table):
        return [block.caption] + list(block.columns) + [c for row in block.rows for c in row]
    if isinstance(block, Checklist):
        return [t for item in block.items for t in item]
    return [block.caption]
