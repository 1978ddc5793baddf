"""Review notes written by reviewsites: one note per site plus an index.html."""

import os
import re
from typing import List, Optional, Tuple

from qgis.core import QgsProcessingException

from ..i18n import tr


class NotesWriter:
    """Writes the notes of each reviewed site into the report folder."""

    def __init__(self, batch, setup, folder: str, fmt: str) -> None:
        self.batch = batch
        self.setup = setup
        self.folder = folder
        self.fmt = fmt
        self.entries: List[Tuple[str, str, str]] = []

    @classmethod
    def from_parameters(cls, batch, setup) -> Optional["NotesWriter"]:
        """A writer when REPORT_FORMAT asks for notes, else None."""
        alg = batch.alg
        fmt = alg.FORMATS[alg.parameterAsEnum(batch.parameters, alg.REPORT_FORMAT, batch.context)]
        if fmt == "none":
            return None
        folder = alg.parameterAsString(batch.parameters, alg.REPORT_FOLDER, batch.context)
        if not folder:
            raise QgsProcessingException(tr("Choose a folder for the review notes."))
        os.makedirs(folder, exist_ok=True)
        return cls(batch, setup, folder, fmt)

    def write(self, review, geometry, name: str) -> str:
        """Write the note of one site; returns its path ('' when it failed, reported)."""
        from ..notes.export import write_site_notes

        basename = safe_name(review.site_id)
        try:
            path = write_site_notes(review, self.setup, geometry, self.batch.alg_crs, name,
                                    self.folder, basename, self.fmt, self.batch.lang)
        except Exception as error:  # noqa: BLE001 - one failed note must not stop the batch
            self.batch.feedback.reportError(tr("Notes for site {site} could not be written: {error}").format(
                site=review.site_id, error=error))
            return ""
        self.entries.append((review.site_id, review.verdict, path))
        return path

    def finish(self) -> str:
        """Write index.html and return the folder."""
        from ..notes.export import write_index

        write_index(self.entries, self.folder, self.batch.lang)
        return self.folder


def safe_name(text: str) -> str:
    """A file-name-safe form of a site id."""
    return re.sub(r"[^\w.-]+", "_", str(text), flags=re.UNICODE).strip("_") or "site"
