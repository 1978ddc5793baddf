"""Draw a NotesDocument as PDF through a QGIS print layout built from an editable .qpt template.

The template (shipped, or the user's from settings) holds the letterhead, logo slot, map items,
page numbers and the body area (see ``layout_template``). The body is drawn with QGIS's own layout
items only — manual tables for text and tables, a shape for rules — placed by ``pdf_flow``, so it
needs no QtWebKit and looks the same on every QGIS from 3.22 on. The file is written under a
temporary name and renamed when complete: a note that fails leaves no file behind.
"""

import os
from contextlib import contextmanager
from typing import Iterator, Optional

from qgis.core import (
    Qgis,
    QgsExpressionContextUtils,
    QgsFeedback,
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsPrintLayout,
    QgsProject,
    QgsProjectMetadata,
)

from .. import settings
from ..core.part_files import part_file
from ..i18n import tr
from .layout_maps import add_causes_map, add_legend, block_labels, halo_scale_bar
from .layout_template import SHIPPED, BodyPages, NotesCancelledError, NotesError, advance, load_layout
from .map_render import MapScene, configure_map_items
from .model import NotesDocument
from .pdf_blocks import document_blocks
from .pdf_flow import BodyFlow
from .pdf_style import TextMeasure, finish_labels
from .pdf_unicode import repair_to_unicode

__all__ = ["TEMPLATE", "NotesCancelledError", "NotesError", "build_layout", "load_layout", "render_pdf",
           "template_path"]

BLOCKS_FROM, LAID_OUT = 30.0, 60.0  # the progress (%) as the body's blocks start to be placed, and once laid out
TEMPLATE = SHIPPED


def template_path(explicit: Optional[str] = None) -> str:
    """The template to use: an explicit one, else the user's from settings, else the shipped one."""
    chosen = explicit or settings.NOTES_TEMPLATE.value()
    return chosen if chosen else TEMPLATE


def set_variables(layout: QgsLayout, document: NotesDocument) -> None:
    """Layout variables (@zr_title, @zr_organisation…) the template's labels may show."""
    for name, value in sorted(document.variables.items()):
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)


def link_maps(layout: QgsLayout, scene: Optional[MapScene]) -> None:
    """Set the scene on the map items, link north arrow and scale bar to the main map, add the
    legends and the second map, and keep every map's labels from under the items drawn over it."""
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
        if not bar.hasBackground():
            halo_scale_bar(bar)
        bar.update()
    if scene.legend_layers and layout.itemById("legend") is None:
        add_legend(layout, main, scene.legend_layers, scene.legend_on_top)
    add_causes_map(layout, main, scene)
    block_labels(layout)


def build_layout(document: NotesDocument, scene: Optional[MapScene], template: str,
                 project: QgsProject, feedback: Optional[QgsFeedback] = None) -> QgsPrintLayout:
    """The print layout of the notes: template, variables, map items and the flowing body; ``feedback`` told
    the progress (to ``LAID_OUT`` %) block by block.

    Raises NotesError when the body cannot be placed completely, NotesCancelledError when ``feedback`` is cancelled.
    """
    layout = load_layout(template, project)
    set_variables(layout, document)
    link_maps(layout, scene)
    layout.refresh()  # before the body: a refresh moves items copied onto added pages back
    advance(feedback, BLOCKS_FROM)
    pages = BodyPages(layout, template)
    flow = BodyFlow(layout, pages)
    blocks = document_blocks(document, TextMeasure(layout), pages.width())
    flow.place_all(blocks, lambda done, total: advance(feedback, BLOCKS_FROM + (LAID_OUT - BLOCKS_FROM) * done / total))
    pages.drop_after(flow.last_page())
    flow.check()
    finish_labels(layout)  # last: the running items copied onto added pages lose the fallback
    return layout


@contextmanager
def pdf_metadata(project: QgsProject, title: str, author: str, subject: str = "") -> Iterator[None]:
    """The project's metadata names the notes while the PDF is written (QGIS writes the PDF's Title, Author, Subject
    and Keywords from it: the notes' own, never the project's), then is put back as it was, dirty flag included."""
    kept, dirty = project.metadata(), project.isDirty()
    metadata = QgsProjectMetadata(kept)
    metadata.setTitle(title)
    metadata.setAuthor(author)
    metadata.setAbstract(subject)
    metadata.setKeywords({})
    project.setMetadata(metadata)
    try:
        yield
    finally:
        project.setMetadata(kept)
        project.setDirty(dirty)


def export_pdf(layout: QgsLayout, path: str, title: str = "", author: str = "",
               feedback: Optional[QgsFeedback] = None, subject: str = "") -> str:
    """Export the layout to PDF (text as text, fonts embedded, Title, Author and Subject given); NotesError
    on failure, NotesCancelledError (the partial file removed) when ``feedback`` was cancelled by the end."""
    exporter = QgsLayoutExporter(layout)
    pdf = QgsLayoutExporter.PdfExportSettings()
    pdf.dpi = 300
    pdf.rasterizeWholeImage = False
    pdf.forceVectorOutput = False
    pdf.appendGeoreference = False
    pdf.exportMetadata = True
    pdf.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # 3.40+ default to outlines
    with part_file(path) as partial:
        with pdf_metadata(layout.project(), title, author, subject):
            result = exporter.exportToPdf(partial, pdf)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise NotesError(tr("The PDF {path} could not be written (error {code})").format(
                path=path, code=int(getattr(result, "value", result))))
        advance(feedback, 95.0)  # a cancel given while QGIS wrote the file is honoured: it is not kept
        repair_to_unicode(partial)
        os.replace(partial, path)
    return path


def render_pdf(document: NotesDocument, scene: Optional[MapScene], path: str,
               template: Optional[str] = None, project: Optional[QgsProject] = None,
               feedback: Optional[QgsFeedback] = None) -> str:
    """Write the notes as PDF through the (user's or shipped) layout template; returns the path. ``feedback`` is
    told the progress and may cancel between blocks and before the file is kept (NotesCancelledError)."""
    layout = build_layout(document, scene, template_path(template), project or QgsProject.instance(), feedback)
    author = document.variables.get("zr_organisation") or document.variables.get("zr_reviewer") or ""
    advance(feedback, LAID_OUT)
    subject = "\n".join(text for text in (document.subtitle, document.variables.get("zr_site_record")) if text)
    return export_pdf(layout, path, document.title, author, feedback, subject)
