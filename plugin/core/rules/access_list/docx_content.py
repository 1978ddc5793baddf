"""A Word document's XML made plain before its tables are read, so that no text Word shows is lost: content controls,
smart tags (Chinese Word tags distances and dates), custom XML and simple fields give up their content; tracked
changes are read as accepted (insertions kept, deletions left out), the rows that hold them named; so are the rows
holding a picture, text box, equation or embedded object, whose content cannot be read as text."""

from typing import Iterable, List

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

# Wrappers whose content is the document's own (a content control's is in its w:sdtContent).
WRAPPERS = tuple(f"{W}{tag}" for tag in ("sdt", "smartTag", "customXml", "fldSimple", "dir", "bdo"))
INSERTED = (f"{W}ins", f"{W}moveTo")
DELETED = (f"{W}del", f"{W}moveFrom")
UNREADABLE = (f"{W}drawing", f"{W}pict", f"{W}object", f"{M}oMath", f"{W}txbxContent")


def unwrap_content(element) -> None:
    """Every wrapper inside the element replaced by its content, in place (the document in memory only)."""
    for wrapper in list(element.iter(*WRAPPERS)):
        content = wrapper.find(f"{W}sdtContent") if wrapper.tag == f"{W}sdt" else wrapper
        _replace(wrapper, [] if content is None else [child for child in content if not _is_properties(child)])


def revised_rows(rows: Iterable) -> List[int]:
    """The 0-based indexes of the table rows (``w:tr`` elements) that hold tracked changes."""
    return [index for index, row in enumerate(rows) if _holds(row, INSERTED + DELETED)]


def unreadable_rows(rows: Iterable) -> List[int]:
    """The 0-based indexes of the table rows that hold a picture, text box, equation or embedded object."""
    return [index for index, row in enumerate(rows) if _holds(row, UNREADABLE)]


def accept_revisions(element) -> None:
    """Tracked changes inside the element read as accepted, in place: insertions kept, deletions removed."""
    for deleted in list(element.iter(*DELETED)):
        deleted.getparent().remove(deleted)
    for inserted in list(element.iter(*INSERTED)):
        _replace(inserted, list(inserted))


def _holds(row, tags) -> bool:
    return next(row.iter(*tags), None) is not None


def _is_properties(child) -> bool:
    """A wrapper's own properties (w:smartTagPr, w:customXmlPr), not content."""
    return isinstance(child.tag, str) and child.tag.endswith("Pr") and child.tag.startswith(W)


def _replace(element, children: list) -> None:
    """The element replaced in its parent by these children, in order."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    parent[index:index + 1] = children
