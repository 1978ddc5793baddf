"""A child algorithm's feedback that keeps back the error it reports last: Processing reports the error a failed run
stops with (its own message: the layer and what to do) as its last error, which the parent then gives as its own,
once, instead of a failure that only says the child failed."""

from qgis.core import QgsProcessingFeedback, QgsProcessingMultiStepFeedback


class ChildFeedback(QgsProcessingMultiStepFeedback):
    """Passes everything to the parent's feedback (progress, cancel, lines), but each error one error late: the last
    one is passed on by ``release`` after a run that succeeded, or given by ``failure`` after one that failed."""

    def __init__(self, parent: QgsProcessingFeedback) -> None:
        super().__init__(1, parent)
        self.parent_feedback = parent
        self.held, self.fatal = "", False

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803 - QGIS's names
        """Pass on the error held until now and hold this one."""
        self.release()
        self.held, self.fatal = error, fatalError

    def release(self) -> None:
        """Pass the held error on to the parent's feedback (a run that went on after it)."""
        if self.held:
            self.parent_feedback.reportError(self.held, self.fatal)
        self.held = ""

    def failure(self) -> str:
        """The error the child's failed run stopped with ('' when it reported none)."""
        return self.held
