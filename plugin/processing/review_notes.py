"""Review notes of reviewsites: one note per site plus an index.html.

The reviews are collected while the algorithm runs. HTML and Word notes are then written on the algorithm's thread
(a worker thread from the Processing dialog), only their maps drawn on the main thread, which owns print layouts
(``notes.main_thread``); a PDF is a print layout throughout, so PDF notes are written on the main thread in
postProcessAlgorithm. SUMMARY's ``notes`` column is filled afterwards with the notes really written (a CSV file's
cells in place, the rest of it as written).
"""

import os
import unicodedata
from typing import Callable, Dict, List, Optional, Set, Tuple

from qgis.core import QgsGeometry, QgsProcessingException, QgsProcessingUtils

from ..core.file_names import safe_name
from ..core.model.project import ProjectDescription
from ..core.model.results import SiteReview
from ..core.review.judgements import NotApplied
from ..i18n import tr
from ..log import log_error
from ..notes.html_renderer import written_by_plugin
from ..notes.layout_template import NotesCancelledError
from ..notes.sites_layer import SiteOrigin, SitesLayer
from .csv_cells import fill_column
from .earlier_notes import EarlierNotes
from .notes_sites import refuse_other_sites, sites_record
from .sink_checks import file_driver, file_path
from .site_ids import unnamed_id
from .source_selection import whole_layer

INDEX = "index"  # the folder's index.html: no site's note may be named so
WORKER_FORMATS = ("html", "docx")  # their maps alone need the main thread: a PDF's whole layout does


class NoteNames:
    """Unique, safe file names for notes: the site id, plus the feature id where it alone would not do.

    A site without an id (reviewed as #202) is named ``_202``: a site id's safe name never starts with ``_``,
    so it cannot be taken for the note of a site whose id is 202. A name already taken (ids that differ only
    in characters a file name refuses, in case, or after the byte limit) gets ``_<fid>``, then ``_<n>``.
    """

    def __init__(self) -> None:
        self.used: Set[str] = set()

    def take(self, site_id: str, fid: int) -> str:
        """The file stem of one site's note, unique among those taken (case and Unicode normal form aside)."""
        stem = f"_{fid}" if site_id == unnamed_id(fid) else safe_name(site_id, fallback="site", trim="_")
        if stem.split(".")[0].casefold() == INDEX or _key(stem) in self.used:
            stem = f"{stem}_{fid}"
        base, number = stem, 2
        while _key(stem) in self.used:
            stem, number = f"{base}_{number}", number + 1
        self.used.add(_key(stem))
        return stem


def _key(stem: str) -> str:
    """What a file system that ignores case or Unicode normal form (Windows, macOS) compares of a name."""
    return unicodedata.normalize("NFC", stem).casefold()


class NotesWriter:
    """Collects reviewed sites and writes their notes into the report folder."""

    def __init__(self, setup, site_crs, folder: str, fmt: str, lang: str, judgements=None,
                 sites: Optional[SitesLayer] = None, whole: bool = True) -> None:
        self.setup = setup
        self.sites = sites  # the sites layer the notes name and each page and the index record (notes_sites)
        self.whole = whole  # every site of the layer is reviewed (no selected features only, feature limit or filter)
        self.judgements = judgements  # the batch's Judgements (or None): those not applied go in each site's notes
        self.site_crs = site_crs
        self.folder = folder
        self.fmt = fmt
        self.lang = lang
        self.names = NoteNames()
        self.pending: List[Tuple[SiteReview, ProjectDescription, QgsGeometry, str, int]] = []

    @classmethod
    def from_parameters(cls, batch, setup, site_crs) -> Optional["NotesWriter"]:
        """A writer when REPORT_FORMAT asks for notes, else None."""
        alg = batch.alg
        fmt = alg.FORMATS[alg.parameterAsEnum(batch.parameters, alg.REPORT_FORMAT, batch.context)]
        if fmt == "none":
            return None
        folder = alg.parameterAsString(batch.parameters, alg.REPORT_FOLDER, batch.context)
        if not folder:
            raise QgsProcessingException(tr("Choose a folder for the review notes."))
        index = index_path(folder)
        if foreign(index):
            raise QgsProcessingException(tr(
                "{path} is not a page Zoning Review wrote, and the review notes would replace it. Move or rename "
                "it, or choose another folder for the notes.").format(path=index))
        sites = sites_record(batch.site_layer)
        refuse_other_sites(folder, sites)  # before anything is written
        os.makedirs(folder, exist_ok=True)
        return cls(setup, site_crs, folder, fmt, batch.lang, batch.judgements, sites,
                   whole_layer(batch.parameters, alg.SITES))

    @property
    def off_main_thread(self) -> bool:
        """Whether the notes are written on the algorithm's thread (HTML, Word), not after it on the main thread
        (PDF)."""
        return self.fmt in WORKER_FORMATS

    def add(self, review: SiteReview, project: ProjectDescription, geometry: QgsGeometry, fid: int) -> None:
        """Queue the note of one site under a name no other site has."""
        path = os.path.join(self.folder, f"{self.names.take(review.site_id, fid)}.{self.fmt}")
        self.pending.append((review, project, QgsGeometry(geometry), path, fid))

    def write_all(self, feedback, heed_cancel: bool = True, complete: bool = True) -> List[Optional[str]]:
        """Write every queued note and index.html; the path written per queued site, or None.
        With ``heed_cancel``, a cancel stops the notes (those written so far are kept and indexed). Notes of another
        sites layer put in the folder while the sites were reviewed stop them before any is written. ``complete``:
        every site was reviewed; then, with every note written over the whole layer, the notes earlier runs wrote for
        sites without notes now are removed (``earlier_notes``)."""
        refuse_other_sites(self.folder, self.sites)
        earlier = EarlierNotes.read(self.folder, feedback)
        written: List[Optional[str]] = []
        not_applied = self._not_applied()
        stopped = False  # a note's wait for its maps withdrawn (a cancel heeded, or QGIS closing)
        for number, (review, project, geometry, path, fid) in enumerate(self.pending):
            if heed_cancel and feedback.isCanceled():
                break
            feedback.setProgressText(tr("Writing review notes for site {site}").format(site=review.site_id))
            try:
                written.append(self._write_one(review, project, geometry, path, feedback,
                                               not_applied.get(review.site_id, []), self._origin(review.site_id, fid),
                                               feedback.isCanceled if heed_cancel else None))
            except NotesCancelledError:  # cancelled as it waited for its maps: not written, and the notes stop
                stopped = True
                break
            feedback.setProgress(100.0 * (number + 1) / max(1, len(self.pending)))
        # a run cancelled before its last site is cancelled even when it queued no note (cancelled at once)
        cancelled = stopped or (heed_cancel and feedback.isCanceled() and (len(written) < len(self.pending)
                                                                            or not complete))
        self._index(written, cancelled, earlier, complete and self.whole and not cancelled, feedback)
        return written

    def _index(self, written: List[Optional[str]], cancelled: bool, earlier: EarlierNotes, settle: bool,
               feedback) -> None:
        """Write index.html listing the notes written and recording them, then remove the earlier notes of sites
        without notes now when the run ``settle``s the folder (else name them, left as they were)."""
        from ..notes.export import write_index

        entries = [(item[0].site_id, item[0].verdict, path)
                   for item, path in zip(self.pending, written) if path]
        if cancelled and not entries:  # an index listing no note is no index: the folder is left as it was
            feedback.pushWarning(tr("Cancelled: no review note was written, so no index of the notes was written in "
                                    "{folder}.").format(folder=self.folder))
        elif foreign(index_path(self.folder)):  # put there while the sites were reviewed
            feedback.reportError(tr(
                "{path} is not a page Zoning Review wrote, so the index of the notes was not written over it. Move "
                "or rename it, or choose another folder for the notes.").format(path=index_path(self.folder)))
        else:
            done = [path for path in written if path]
            write_index(entries, self.folder, self.lang, cancelled, self.sites, earlier.record(done, settle))
            if settle:
                earlier.settle(done, feedback)
            else:
                earlier.leave(done, feedback)

    def _origin(self, site_id: str, fid: int) -> Optional[SiteOrigin]:
        """The feature of the sites layer a site is: its feature id, and its id field with the site's id ('' when it
        has none)."""
        if self.sites is None:
            return None
        field = self.setup.site_fields.id_field
        return SiteOrigin(self.sites, fid, field, "" if not field or site_id == unnamed_id(fid) else site_id)

    def _not_applied(self) -> Dict[str, List[NotApplied]]:
        """The judgements the batch did not apply, by site id."""
        found: Dict[str, List[NotApplied]] = {}
        for item in self.judgements.not_applied() if self.judgements else ():
            found.setdefault(item.judgement.site_id, []).append(item)
        return found

    def _write_one(self, review: SiteReview, project: ProjectDescription, geometry: QgsGeometry,
                   path: str, feedback, not_applied: List[NotApplied],
                   origin: Optional[SiteOrigin] = None, stop: Optional[Callable[[], bool]] = None) -> Optional[str]:
        """One site's note; None (reported, and logged with its traceback) when it cannot be written;
        NotesCancelledError when ``stop()`` turned true while it waited for the main thread to draw its maps."""
        from ..notes.export import write_site_notes

        if self.fmt == "html" and foreign(path):
            feedback.reportError(tr(
                "{path} is not a page Zoning Review wrote, so the notes of site {site} were not written over it. "
                "Move or rename it, or choose another folder for the notes.").format(path=path, site=review.site_id))
            return None
        if geometry.isEmpty():
            feedback.reportError(tr("Site {site} has no geometry: no notes were written for it.").format(
                site=review.site_id))
            return None
        try:
            basename = os.path.splitext(os.path.basename(path))[0]
            return write_site_notes(review, project, self.setup.ruleset, self.setup.units,
                                    self.setup.binding.code_field, self.setup.constraints, geometry,
                                    self.site_crs, self.folder, basename, self.fmt, self.lang,
                                    ellipsoid=self.setup.engine.ellipsoid, not_applied=not_applied, origin=origin,
                                    stop=stop)
        except NotesCancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - one failed note must not stop the others
            log_error(tr("Notes for site {site} could not be written.").format(site=review.site_id), error)
            feedback.reportError(tr("Notes for site {site} could not be written: {error}").format(
                site=review.site_id, error=error))
            return None


def index_path(folder: str) -> str:
    """The notes folder's index page."""
    return os.path.join(folder, f"{INDEX}.html")


def foreign(path: str) -> bool:
    """Whether an HTML file the notes would write is there and is not a page the plugin wrote (a user's own)."""
    return os.path.lexists(path) and not written_by_plugin(path)


def record_notes(summary_id: str, written: List[Optional[str]], context) -> None:
    """Fill SUMMARY's notes column, row after row in writing order, with the notes really written."""
    if not summary_id or not any(written):
        return
    path = file_path(summary_id) if file_driver(summary_id) == "CSV" else ""
    filled = fill_column(path, "notes", written) if path else _fill_layer(summary_id, written, context)
    if not filled:
        raise QgsProcessingException(tr("The notes column of {layer} could not be filled.").format(
            layer=summary_id))


def _fill_layer(summary_id: str, written: List[Optional[str]], context) -> bool:
    """The notes column filled through the layer's data provider (a CSV file: ``fill_column``, which keeps it as
    written); True when there is no layer to fill."""
    layer = QgsProcessingUtils.mapLayerFromString(summary_id, context)
    if layer is None:
        return True
    column = layer.fields().indexOf("notes")
    fids = sorted(feature.id() for feature in layer.dataProvider().getFeatures())
    return layer.dataProvider().changeAttributeValues({fid: {column: path} for fid, path in zip(fids, written) if path})
