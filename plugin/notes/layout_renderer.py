"""Draw a NotesDocument as PDF through a QGIS print layout built from an editable .qpt template.

The template (shipped, or the user's from settings) holds the letterhead, logo slot, map items,
page numbers and a flowing HTML multiframe; this module fills them and exports with
QgsLayoutExporter. Items with an id starting with ``running`` on the template's last page are
repeated on every page the body adds.
"""

import os
from typing import List, Optional

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemHtml,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
)
from qgis.PyQt.QtCore import QFile, QIODevice
from qgis.PyQt.QtXml import QDomDocument

from .. import settings
from ..i18n import tr
from .html_renderer import STYLE, render_body
from .map_render import MapScene, configure_map_items
from .model import NotesDocument

TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates",
                        "review_notes_a4.qpt")
RUNNING_PREFIX = "running"


class NotesError(Exception):
    """The notes could not be written; the message is translated."""


def template_path(explicit: Optional[str] = None) -> str:
    """The template to use: an explicit one, else the user's from settings, else the shipped one."""
    chosen = explicit or settings.NOTES_TEMPLATE.value()
    return chosen if chosen else TEMPLATE


def load_layout(path: str, project: QgsProject) -> QgsPrintLayout:
    """A print layout made from a .qpt template; NotesError when it cannot be read."""
    handle = QFile(path)
    document = QDomDocument()
    if not handle.open(QIODevice.ReadOnly) or not document.setContent(handle):
        raise NotesError(tr("The layout template {path} cannot be read").format(path=path))
    handle.close()
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise NotesError(tr("The layout template {path} is not a valid template").format(path=path))
    return layout


def body_frame_html(document: NotesDocument) -> str:
    """The HTML of the flowing body: the notes without title and map (the layout draws those)."""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>{STYLE}</style></head>"
            f"<body>{render_body(document, None, with_title=False)}</body></html>")


def html_item(layout: QgsLayout) -> QgsLayoutItemHtml:
    """The template's HTML multiframe (the body); NotesError when the template has none."""
    for frame in layout.multiFrames():
        if isinstance(frame, QgsLayoutItemHtml):
            return frame
    raise NotesError(tr("The layout template has no HTML frame for the notes body"))


def set_variables(layout: QgsLayout, document: NotesDocument) -> None:
    """Layout variables (@zr_title, @zr_organisation…) the template's labels may show."""
    for name, value in sorted(document.variables.items()):
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)


def link_maps(layout: QgsLayout, scene: Optional[MapScene]) -> None:
    """Set the scene on the map items and link north arrow and scale bar to the main map."""
    main = layout.itemById("map")
    if not isinstance(main, QgsLayoutItemMap) or scene is None:
        return
    overview = layout.itemById("overview")
    configure_map_items(scene, main, overview if isinstance(overview, QgsLayoutItemMap) else None)
    arrow = layout.itemById("north_arrow")
    if isinstance(arrow, QgsLayoutItemPicture):
        arrow.setLinkedMap(main)
    bar = layout.itemById("scalebar")
    if isinstance(bar, QgsLayoutItemScaleBar):
        bar.setLinkedMap(main)
        bar.update()


def running_items(layout: QgsLayout, page: int) -> List[QgsLayoutItem]:
    """Items on ``page`` whose id starts with 'running'."""
    return [item for item in layout.items() if isinstance(item, QgsLayoutItem)
            and item.id().startswith(RUNNING_PREFIX) and item.page() == page]


def repeat_running_items(layout: QgsLayout, template_pages: int) -> None:
    """Copy the running items of the template's last page onto every page added after it."""
    pages = layout.pageCollection().pageCount()
    originals = running_items(layout, template_pages - 1)
    context = QgsReadWriteContext()
    for page in range(template_pages, pages):
        for item in originals:
            copy_item(layout, item, page, context)


def copy_item(layout: QgsLayout, item: QgsLayoutItem, page: int, context) -> None:
    """A copy of a layout item (through its XML) at the same place on another page."""
    document = QDomDocument()
    parent = document.createElement("copy")
    item.writeXml(parent, document, context)
    copy = type(item)(layout)
    copy.readXml(parent.firstChildElement(), document, context)
    layout.addLayoutItem(copy)
    offset = item.pagePos()
    copy.attemptMove(QgsLayoutPoint(offset.x(), offset.y(), layout.units()),
                     useReferencePoint=False, page=page)


def build_layout(document: NotesDocument, scene: Optional[MapScene], template: str,
                 project: QgsProject) -> QgsPrintLayout:
    """The print layout of the notes: template, variables, map items and the flowing body."""
    layout = load_layout(template, project)
    set_variables(layout, document)
    link_maps(layout, scene)
    template_pages = layout.pageCollection().pageCount()
    body = html_item(layout)
    body.setContentMode(QgsLayoutItemHtml.ManualHtml)
    body.setHtml(body_frame_html(document))
    body.loadHtml()
    body.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    drop_unused_pages(layout, body)
    layout.refresh()
    repeat_running_items(layout, template_pages)
    return layout


def drop_unused_pages(layout: QgsLayout, body: QgsLayoutItemHtml) -> None:
    """Delete pages after the first on which the body left no frame (a short body)."""
    used = {body.frame(i).page() for i in range(body.frameCount())}
    pages = layout.pageCollection()
    for index in reversed(range(1, pages.pageCount())):
        if index not in used:
            pages.deletePage(index)


def export_pdf(layout: QgsLayout, path: str) -> str:
    """Export the layout to PDF (vector text, fonts embedded); NotesError on failure."""
    exporter = QgsLayoutExporter(layout)
    pdf = QgsLayoutExporter.PdfExportSettings()
    pdf.dpi = 300
    pdf.rasterizeWholeImage = False
    pdf.forceVectorOutput = False
    pdf.appendGeoreference = False
    pdf.exportMetadata = True
    result = exporter.exportToPdf(path, pdf)
    if result != QgsLayoutExporter.Success:
        raise NotesError(tr("The PDF {path} could not be written (error {code})").format(
            path=path, code=int(result)))
    return path


def render_pdf(document: NotesDocument, scene: Optional[MapScene], path: str,
               template: Optional[str] = None, project: Optional[QgsProject] = None) -> str:
    """Write the notes as PDF through the (user's or shipped) layout template; returns the path."""
    layout = build_layout(document, scene, template_path(template), project or QgsProject.instance())
    return export_pdf(layout, path)
