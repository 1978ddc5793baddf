"""Entry points for the dock and Processing: write notes (HTML/PDF), an index page, a findings table."""

import html
import os
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple
from urllib.parse import quote

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeedback,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.file_names import MAX_STEM_BYTES, FileNameError, notes_path, safe_name
from ..core.model.fields import make_field
from ..core.model.project import ProjectDescription
from ..core.model.results import SiteReview
from ..core.part_files import part_file
from ..core.review.judgements import NotApplied, Withdrawal
from ..core.review.labels import VERDICT_TONES, verdict_label
from ..core.rules.ruleset import RuleSet
from ..i18n import tr
from .context import NotesContext, notes_context, zone_filters
from .document import build_document
from .formatting import reasons_text
from .html_renderer import GENERATOR, STYLE, esc, render_html, sites_meta
from .index_pages import pages_script
from .layout_renderer import NotesError, render_pdf, template_path
from .layout_template import Background, advance, run_here
from .main_thread import run_on_main_thread
from .map_figure import render_map_figures
from .map_render import NotesLayers, build_scene, render_png
from .sites_layer import SiteOrigin, SitesLayer, TakenSite

FORMATS = ("html", "pdf", "docx")
FINDING_FIELDS = (
    "site_id", "unit_code", "unit_name", "unit_category", "unit_verdict", "level", "dimension",
    "rule_id", "effect", "status", "decisive", "text_zh", "text_en", "basis", "reasons", "missing",
)


def write_notes(review: SiteReview, context: NotesContext, folder: str, basename: str,
                fmt: str = "html", lang: str = "zh", layers: Optional[NotesLayers] = None,
                template: Optional[str] = None, word_template: Optional[str] = None,
                feedback: Optional[QgsFeedback] = None, background: Optional[Background] = None,
                stop: Optional[Callable[[], bool]] = None) -> str:
    """Write one site's review notes as ``folder/basename.html``, ``.pdf`` or ``.docx``; returns the path.

    ``layers`` draws the location map (left out when None); ``template`` overrides the layout
    template (else the user's from settings, else the shipped one); ``word_template`` is a .docx or
    .dotx letterhead the Word notes start from; ``feedback`` is told the progress and may cancel
    between steps and before the file is kept (NotesCancelledError, no file written); ``background`` runs the Word
    document's import, building and saving, which hold no Qt object (the dock's: on a worker thread, QGIS responsive
    meanwhile), else they run here. An HTML page records the sites layer of ``context.origin`` (reviewsites' notes:
    ``html_renderer.sites_meta``). HTML and Word notes have their maps drawn on the main thread (``drawn_maps``):
    written on a worker thread, they wait there for them only; ``stop()`` true before their drawing begins cancels the
    note (NotesCancelledError). Raises NotesError.
    """
    if fmt not in FORMATS:
        raise NotesError(tr("Unknown notes format {format}").format(format=fmt))
    try:
        path = notes_path(folder, safe_name(basename, MAX_STEM_BYTES), fmt)
    except FileNameError as error:
        raise NotesError(str(error)) from error
    os.makedirs(folder, exist_ok=True)
    if fmt == "pdf":
        scene = build_scene(review, layers, lang) if layers is not None else None
        advance(feedback, 15.0)
        document = build_document(review, context, lang,
                                  causes_map=scene is not None and scene.causes_extent is not None)
        advance(feedback, 20.0)
        return render_pdf(document, scene, path, template, feedback=feedback)
    maps, causes_map = drawn_maps(review, layers, lang, template, stop)
    advance(feedback, 15.0)
    document = build_document(review, context, lang, causes_map=causes_map)
    advance(feedback, 20.0)
    png, more = maps.pop("", None), maps
    if fmt == "docx":
        run = background or run_here
        return run(word_renderer)(document, png, path, word_template, more, feedback, background)
    sites = context.origin.layer if context.origin is not None else None
    return write_page(render_html(document, png, more, sites), path, feedback)


def word_renderer() -> Callable[..., str]:
    """``docx_renderer.render_docx``, imported now: python-docx (vendored) and lxml are imported only when Word notes
    are written; NotesError when QGIS's Python lacks one of them."""
    try:
        from .docx_renderer import render_docx
    except ImportError as error:
        if (error.name or "").split(".")[0] not in ("docx", "lxml", "typing_extensions"):
            raise
        raise NotesError(tr("Word notes need the Python package {package}, which QGIS's Python lacks").format(
            package=error.name or error)) from error
    return render_docx


def write_page(page: str, path: str, feedback: Optional[QgsFeedback] = None) -> str:
    """Write an HTML page as ``path.part`` first, then put it in place of ``path`` (as the PDF and Word notes are):
    a failure or a cancel (NotesCancelledError) leaves no partial page and an earlier file as it was."""
    with part_file(path) as part:
        with open(part, "w", encoding="utf-8") as handle:
            handle.write(page)
        advance(feedback, 95.0)  # a cancel given while the page was written is honoured: it is not kept
        os.replace(part, path)
    return path


def write_site_notes(review: SiteReview, project: ProjectDescription, ruleset: Optional[RuleSet],
                     units: QgsVectorLayer, code_field: str, constraints: Dict[str, QgsVectorLayer],
                     site: QgsGeometry, site_crs: QgsCoordinateReferenceSystem, folder: str, basename: str,
                     fmt: str = "html", lang: str = "zh",
                     transform_context: Optional[QgsCoordinateTransformContext] = None,
                     ellipsoid: str = "", signer: Optional[Tuple[str, str]] = None, opinion: str = "",
                     withdrawn: Sequence[Withdrawal] = (), not_applied: Sequence[NotApplied] = (),
                     feedback: Optional[QgsFeedback] = None, origin: Optional[SiteOrigin] = None,
                     taken: Optional[TakenSite] = None, background: Optional[Background] = None,
                     stop: Optional[Callable[[], bool]] = None) -> str:
    """Write one site's notes, with its context and location map, from what the review used; returns the path.

    The one way the dock and Processing assemble notes: the context (project, rule set, unit layer,
    site facts) and the map's layers (units, constraint layers, the site) around ``write_notes``.
    ``signer`` (reviewer, organisation) replaces the settings' names; ``opinion`` is the reviewer's overall opinion;
    ``withdrawn`` the judgements the reviewer removed, ``not_applied`` those the review did not apply;
    ``feedback`` as ``write_notes`` takes it; ``origin``: the feature of a sites layer the site is (reviewsites), named
    in the data reviewed and the document properties, and recorded by an HTML page; ``taken``: where the dock's site
    came from (a layer's features, drawn, coordinates), named there alike and recorded by no page; ``background`` and
    ``stop`` as ``write_notes`` takes them.
    """
    reviewer, organisation = signer if signer is not None else (None, None)
    context = notes_context(project, ruleset, units, site, site_crs, transform_context, ellipsoid,
                            reviewer=reviewer, organisation=organisation)
    context.opinion = opinion
    context.withdrawn = list(withdrawn)
    context.not_applied = list(not_applied)
    context.origin = origin
    context.taken = taken
    context.zone_filters = zone_filters(constraints)
    layers = NotesLayers(units, site, site_crs, dict(constraints), code_field, transform_context, ruleset)
    advance(feedback, 5.0)
    return write_notes(review, context, folder, basename, fmt, lang, layers, feedback=feedback, background=background,
                       stop=stop)


def drawn_maps(review: SiteReview, layers: Optional[NotesLayers], lang: str, template: Optional[str] = None,
               stop: Optional[Callable[[], bool]] = None) -> Tuple[Dict[str, bytes], bool]:
    """The HTML and Word notes' maps (``html_maps``) and whether they include the second map of the causes, drawn on
    the main thread, which owns print layouts: their scene's temporary layers made, drawn and freed there (made on a
    worker thread, QGIS's PROJ objects of their CRSs failed on the main thread); ({}, False) without ``layers``."""
    if layers is None:
        return {}, False

    def draw() -> Tuple[Dict[str, bytes], bool]:
        scene = build_scene(review, layers, lang)
        return html_maps(scene, layers, template), scene.causes_extent is not None

    return run_on_main_thread(draw, stop)


def html_maps(scene, layers: Optional[NotesLayers], template: Optional[str] = None) -> Dict[str, bytes]:
    """The HTML and Word notes' maps by view ('' the location map, 'causes' the second map): the
    layout template's map blocks, else plain maps ({} without a scene)."""
    if scene is None or layers is None:
        return {}
    maps = render_map_figures(scene, template_path(template))
    if "" not in maps:
        maps[""] = render_png(scene, layers.context())
    if scene.causes_extent is not None and "causes" not in maps:
        maps["causes"] = render_png(scene, layers.context(), extent=scene.causes_extent)
    return maps


def write_index(entries: List[Tuple[str, str, str]], folder: str, lang: str = "zh", cancelled: bool = False,
                sites: Optional[SitesLayer] = None, pages: Optional[Dict[str, str]] = None) -> str:
    """Write ``folder/index.html`` linking the notes of each (site id, verdict, path) entry; ``cancelled``: the notes
    were cancelled, and the page says it lists only those written; ``sites``: the sites layer it records; ``pages``:
    the notes files of that layer in the folder with their SHA-256, recorded unseen (``index_pages``)."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "index.html")
    rows = []
    for site_id, verdict, target in sorted(entries, key=lambda e: str(e[0])):
        link = os.path.relpath(target, folder).replace(os.sep, "/")
        tone = VERDICT_TONES.get(verdict, "")
        rows.append(f'<tr class="{tone}"><td>{esc(site_id)}</td><td>{esc(verdict_label(verdict, lang))}'
                    f'</td><td><a href="{html.escape(quote(link), quote=True)}">{esc(link)}</a></td></tr>')
    title = tr("Review notes", lang)
    head = "".join(f"<th>{esc(c)}</th>" for c in (tr("Site", lang), tr("Verdict", lang),
                                                  tr("Notes", lang)))
    page = (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">{GENERATOR}{sites_meta(sites)}'
            f"<title>{esc(title)}</title>"
            f"<style>{STYLE}</style></head><body><div class=\"page\"><h1>{esc(title)}</h1>{_cancelled(cancelled, lang)}"
            f'<table border="1" cellspacing="0" cellpadding="3"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>{pages_script(pages) if pages is not None else ''}"
            "</body></html>\n")
    return write_page(page, path)


def _cancelled(cancelled: bool, lang: str) -> str:
    """The index's line saying the notes were cancelled, or ''."""
    if not cancelled:
        return ""
    text = tr("The review notes were cancelled: this page lists only the notes written before the cancel.", lang)
    return f"<p>{esc(text)}</p>"


def finding_rows(reviews: Iterable[SiteReview], lang: str) -> List[list]:
    """One row per finding of every unit of every review, in FINDING_FIELDS order."""
    rows = []
    for review in reviews:
        for unit in sorted(review.units, key=lambda u: (u.overlap.code, u.overlap.fid)):
            overlap = unit.overlap
            for f in sorted(unit.findings, key=lambda f: f.rule_id):
                rows.append([review.site_id, overlap.code, overlap.name, overlap.category,
                             str(unit.verdict), f.level, f.dimension, f.rule_id, f.effect, str(f.status),
                             1 if f.decisive else 0, f.text_zh, f.text_en, f.basis,
                             reasons_text(f.reasons, lang, for_people=False), ", ".join(f.missing)])
    return rows


def findings_layer(reviews: Iterable[SiteReview], lang: str) -> QgsVectorLayer:
    """A geometry-less memory layer holding every finding."""
    layer = QgsVectorLayer("None", "findings", "memory")
    layer.dataProvider().addAttributes([
        make_field(name, "int" if name == "decisive" else "string") for name in FINDING_FIELDS])
    layer.updateFields()
    features = []
    for row in finding_rows(reviews, lang):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(row)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_findings_table(reviews: Iterable[SiteReview], path: str, lang: str = "zh") -> str:
    """Write every finding to a CSV (UTF-8 with BOM) or XLSX file, by the path's extension.

    One row per finding of every overlapped unit; ``decisive`` is 1 or 0; reasons in ``lang``.
    """
    extension = os.path.splitext(path)[1].lower()
    drivers = {".csv": "CSV", ".xlsx": "XLSX"}
    if extension not in drivers:
        raise NotesError(tr("The findings table must be a .csv or .xlsx file: {path}").format(
            path=path))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = drivers[extension]
    options.fileEncoding = "UTF-8"
    if extension == ".csv":
        options.layerOptions = ["WRITE_BOM=YES"]
    layer = findings_layer(reviews, lang)
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(),
                                                       options)
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise NotesError(tr("The findings table {path} could not be written: {error}").format(
            path=path, error=result[1]))
    return path
