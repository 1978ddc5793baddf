"""QGIS closing while the panel writes review notes: the notes are cancelled first, so none is left half-written."""

from typing import Callable

from qgis.gui import QgsApplicationExitBlockerInterface

from ..notes.main_thread import qgis_closing


class NotesExitBlocker(QgsApplicationExitBlockerInterface):
    """Asked by QGIS when the user closes it, after its own questions (save the project?) were answered: cancels the
    notes being written (``stop``) and lets QGIS close.

    QGIS then closes the project and ends every event loop, the progress dialog's too: the export goes on only to
    its next check of the cancel (it uses no layer after it), the Word document's worker is waited for and its
    ``.part`` file removed, and the chosen file is not written (one already there stays as it was) before QGIS
    quits. Waiting for the notes instead would keep QGIS open for a file the user left, and the project it reads
    could not stay open for it without asking the user's questions a second time."""

    def __init__(self, stop: Callable[[], None]) -> None:
        super().__init__()
        self.stop = stop

    def allowExit(self) -> bool:
        """Cancel the notes being written (if any), withdraw every wait of a notes' worker for the main thread
        (``main_thread.qgis_closing``); QGIS may close."""
        self.stop()
        qgis_closing()
        return True
