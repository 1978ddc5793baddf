"""The notes' print-layout template: loading it, where the body goes, and the pages the body adds.

The template marks the body area with an item whose id is ``body`` (on the first page) and, where
the body continues, one with the id ``body_continued`` (its page is the model of every following
page). Any item will do; the shipped template uses hidden rectangles, templates of earlier versions
the frames of an HTML item — which is removed, as it needs QtWebKit. Items whose id starts with
``running`` on the continuation page are copied onto every page the body adds.
"""

import os
from dataclasses import dataclass
from typing import Any, Callable, List, Optional, Sequence

from qgis.core import (
    QgsFeedback,
    QgsLayout,
    QgsLayoutItem,
    QgsLayoutItemHtml,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
)
from qgis.PyQt.QtCore import QFile, QIODevice
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import tr

BODY_ID = "body"
CONTINUED_ID = "body_continued"
RUNNING_PREFIX = "running"
MAX_PAGES = 2000
SHIPPED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates", "review_notes_a4.qpt")


class NotesError(Exception):
    """The notes could not be written; the message is translated."""


class NotesCancelledError(NotesError):
    """The user cancelled writing the notes: the file under way was not kept; ``written``: those completed before."""

    def __init__(self, message: str, written: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.written = list(written)


Background = Callable[[Callable[[], Any]], Any]  # runs work that holds no Qt object (elsewhere); its result


def run_here(work: Callable[[], Any]) -> Any:
    """The ``Background`` of a caller that has no other thread to give: the work run at once, on this thread."""
    return work()


def advance(feedback: Optional[QgsFeedback], percent: float) -> None:
    """Tell ``feedback`` (if any) how far the notes are; NotesCancelledError once it is cancelled."""
    if feedback is None:
        return
    feedback.setProgress(percent)
    if feedback.isCanceled():
        raise NotesCancelledError(tr("Writing the notes was cancelled."))


@dataclass
class Area:
    """A rectangle on a page, in millimetres from the page's top left corner."""

    page: int
    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        """The lower edge (mm from the page top)."""
        return self.y + self.height


def load_layout(path: str, project: QgsProject) -> QgsPrintLayout:
    """A print layout made from a .qpt template; NotesError when it cannot be read."""
    handle = QFile(path)
    document = QDomDocument()
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly) or not document.setContent(handle):
        if _shipped(path):
            raise NotesError(tr("The layout template {path} cannot be read").format(path=path))
        raise NotesError(tr("The layout template {path} cannot be read: choose another template under Settings ▸ "
                            "Options ▸ Zoning Review (PDF notes template), or leave that field empty to use the "
                            "template shipped with the plugin.").format(path=path))
    handle.close()
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        if _shipped(path):
            raise NotesError(tr("The layout template {path} is not a valid template").format(path=path))
        raise NotesError(tr("The layout template {path} is not a valid template: choose another template under "
                            "Settings ▸ Options ▸ Zoning Review (PDF notes template), or leave that field empty to "
                            "use the template shipped with the plugin.").format(path=path))
    return layout


def _shipped(path: str) -> bool:
    """Whether ``path`` is the template shipped with the plugin (no other can be chosen instead of it)."""
    return os.path.normcase(os.path.abspath(path)) == os.path.normcase(SHIPPED)


def item_area(item: QgsLayoutItem) -> Area:
    """The area an item covers on its page."""
    position = item.pagePos()
    return Area(item.page(), position.x(), position.y(), item.rect().width(), item.rect().height())


def running_items(layout: QgsLayout, page: int) -> List[QgsLayoutItem]:
    """Items on ``page`` whose id starts with 'running'."""
    return [item for item in layout.items() if isinstance(item, QgsLayoutItem)
            and not isinstance(item, QgsLayoutItemPage)
            and item.id().startswith(RUNNING_PREFIX) and item.page() == page]


def remove_items(layout: QgsLayout, items: List[Optional[QgsLayoutItem]]) -> None:
    """Remove items (the body markers) still in the layout."""
    for item in items:
        if item is not None and layout.itemById(item.id()) is item:
            layout.removeLayoutItem(item)


def remove_html_items(layout: QgsLayout) -> None:
    """Remove HTML items and their frames (earlier templates' body; they need QtWebKit)."""
    for html in [frame for frame in layout.multiFrames() if isinstance(frame, QgsLayoutItemHtml)]:
        for frame in list(html.frames()):
            layout.removeLayoutItem(frame)
        if html in layout.multiFrames():
            layout.removeMultiFrame(html)


class BodyPages:
    """The body's area on every page: the first page's, then the continuation page's, repeated
    on pages added at the end of the layout (running items copied onto them)."""

    def __init__(self, layout: QgsLayout, path: str = SHIPPED):
        self.layout = layout
        body = layout.itemById(BODY_ID)
        if body is None and _shipped(path):
            raise NotesError(tr("The layout template has no item with the id 'body' that marks "
                                "where the notes body goes"))
        if body is None:
            raise NotesError(tr("The layout template {path} has no item with the id 'body' that marks where the notes "
                                "body goes: give that id to the item of the body's area in the Layout Designer, choose "
                                "another template under Settings ▸ Options ▸ Zoning Review (PDF notes template), or "
                                "leave that field empty to use the template shipped with the plugin.").format(
                path=path))
        continued = layout.itemById(CONTINUED_ID)
        self.first = item_area(body)
        self.following = item_area(continued) if continued is not None else None
        if self.following is not None and self.following.page <= self.first.page:
            self.following = None
        pages = layout.pageCollection().pageCount()
        model = self.following.page if self.following else pages - 1
        self.running = running_items(layout, model)
        self.page_size = layout.pageCollection().page(model).pageSize()
        remove_html_items(layout)
        remove_items(layout, [body, continued])

    def area(self, index: int) -> Area:
        """The body area of the ``index``-th body page (0: the first page's)."""
        if index == 0:
            return self.first
        model = self.following or self.first
        page = (self.following.page - 1 if self.following else self.first.page) + index
        return Area(page, model.x, model.y, model.width, model.height)

    def width(self) -> float:
        """The width every body block is made for: the narrower of the two areas (mm)."""
        return min(self.first.width, (self.following or self.first).width)

    def ensure_page(self, page: int) -> None:
        """Add pages (with copies of the running items) until ``page`` exists."""
        if page >= MAX_PAGES:
            raise NotesError(tr("The notes would run over more than {pages} pages").format(
                pages=MAX_PAGES))
        collection = self.layout.pageCollection()
        while collection.pageCount() <= page:
            added = QgsLayoutItemPage(self.layout)
            added.setPageSize(QgsLayoutSize(self.page_size.width(), self.page_size.height()))
            collection.addPage(added)
            for item in self.running:
                copy_item(self.layout, item, collection.pageCount() - 1)

    def drop_after(self, last: int) -> None:
        """Delete template pages after ``last`` that only the body would have filled."""
        if self.following is None:
            return
        collection = self.layout.pageCollection()
        for page in reversed(range(max(last + 1, self.following.page), collection.pageCount())):
            for item in self.items_on(page):
                self.layout.removeLayoutItem(item)
            collection.deletePage(page)

    def items_on(self, page: int) -> List[QgsLayoutItem]:
        """Every item on a page (the page itself excepted)."""
        return [item for item in self.layout.items() if isinstance(item, QgsLayoutItem)
                and not isinstance(item, QgsLayoutItemPage) and item.page() == page]


def copy_item(layout: QgsLayout, item: QgsLayoutItem, page: int,
              context: Optional[QgsReadWriteContext] = None) -> QgsLayoutItem:
    """A copy of a layout item (through its XML) at the same place on another page."""
    context = context or QgsReadWriteContext()
    document = QDomDocument()
    parent = document.createElement("copy")
    item.writeXml(parent, document, context)
    copy = type(item)(layout)
    copy.readXml(parent.firstChildElement(), document, context)
    layout.addLayoutItem(copy)
    offset = item.pagePos()
    copy.attemptMove(QgsLayoutPoint(offset.x(), offset.y()), useReferencePoint=False, page=page)
    return copy
