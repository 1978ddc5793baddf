"""Review notes of reviewsites: one note per site plus an index.html.

Notes are drawn with print layouts and map renderers, which belong to the main thread, so the
reviews are collected while the algorithm runs and written in postProcessAlgorithm.
"""

import os
import re
from typing import List, Optional, Tuple

from qgis.core import QgsGeometry, QgsProcessingException

from ..core.model.project import ProjectDescription
from ..core.model.results import SiteReview
from ..i18n import tr


class NotesWriter:
    """Collects reviewed sites and writes their notes into the report folder."""

    def __init__(self, setup, site_crs, folder: str, fmt: str, lang: str) -> None:
        self.setup = setup
        self.site_crs = site_crs
        self.folder = folder
        self.fmt = fmt
        self.lang = lang
        self.pending: List[Tuple[SiteReview, ProjectDescription, QgsGeometry, str]] = []

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
        os.makedirs(folder, exist_ok=True)
        return cls(setup, site_crs, folder, fmt, batch.lang)

    def add(self, review: SiteReview, project: ProjectDescription, geometry: QgsGeometry) -> str:
        """Queue the note of one site; returns the path it will have."""
        path = os.path.join(self.folder, f"{safe_name(review.site_id)}.{self.fmt}")
        self.pending.append((review, project, QgsGeometry(geometry), path))
        return path

    def write_all(self, feedback) -> str:
        """Write every queued note and index.html (main thread); returns the folder."""
        from ..notes.export import write_index, write_site_notes

        units = self.setup.engine.spec.layer
        entries = []
        for number, (review, project, geometry, path) in enumerate(self.pending):
            if feedback.isCanceled():
                break
            feedback.setProgressText(tr("Writing review notes for site {site}").format(site=review.site_id))
            try:
                basename = os.path.splitext(os.path.basename(path))[0]
                written = write_site_notes(review, project, self.setup.ruleset, units,
                                           self.setup.binding.code_field, self.setup.constraints, geometry,
                                           self.site_crs, self.folder, basename, self.fmt, self.lang,
                                           ellipsoid=self.setup.engine.ellipsoid)
                entries.append((review.site_id, review.verdict, written))
            except Exception as error:  # noqa: BLE001 - one failed note must not stop the others
                feedback.reportError(tr("Notes for site {site} could not be written: {error}").format(
                    site=review.site_id, error=error))
            feedback.setProgress(100.0 * (number + 1) / max(1, len(self.pending)))
        write_index(entries, self.folder, self.lang)
        return self.folder


def safe_name(text: str) -> str:
    """A file-name-safe form of a site id."""
    return re.sub(r"[^\w.-]+", "_", str(text), flags=re.UNICODE).strip("_") or "site"
