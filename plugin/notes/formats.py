"""The notes' formats as people read them: one name each, in the dock's notes dialog and in reviewsites alike."""

from typing import Dict

from ..i18n import tr


def format_names() -> Dict[str, str]:
    """The name of each format the notes are written in (html, pdf, docx), translated, in the order offered."""
    return {"html": tr("Web page (HTML)"), "pdf": tr("PDF document"), "docx": tr("Word document (DOCX)")}
