"""Processing feedback for the tests: keeps every line and progress report an algorithm gives, and can cancel."""

from typing import Callable, List, Optional, Tuple

from qgis.core import QgsProcessingFeedback

SITE_LINE = " — units "  # reviewsites' line for each site reviewed


class Feedback(QgsProcessingFeedback):
    """Keeps ("info" | "warning" | "error", text) lines, progress values and steps; cancels when asked to.

    ``cancel_when`` (``at_site``, ``at_report``, ``at_step``) is asked after every line and report."""

    def __init__(self, cancel_when: Optional[Callable[["Feedback"], bool]] = None):
        super().__init__()
        self.lines: List[Tuple[str, str]] = []
        self.progress: List[float] = []
        self.steps: List[str] = []
        self.cancel_when = cancel_when

    def pushInfo(self, text):  # noqa: N802 - QGIS's name
        self._keep("info", text)

    def pushWarning(self, text):  # noqa: N802 - QGIS's name
        self._keep("warning", text)

    def reportError(self, text, fatalError=False):  # noqa: N802, N803 - QGIS's names
        self._keep("error", text)

    def setProgress(self, progress):  # noqa: N802 - QGIS's name
        super().setProgress(progress)
        self.progress.append(progress)
        self._cancel_if_asked()

    def setProgressText(self, text):  # noqa: N802 - QGIS's name
        super().setProgressText(text)
        self.steps.append(text)
        self._cancel_if_asked()

    def said(self, kind: str, words: str) -> List[str]:
        """The lines of a kind that contain the words."""
        return [text for found, text in self.lines if found == kind and words in text]

    @property
    def infos(self) -> List[str]:
        """The information lines, in order."""
        return self.said("info", "")

    @property
    def warnings(self) -> List[str]:
        """The warnings, in order."""
        return self.said("warning", "")

    @property
    def errors(self) -> List[str]:
        """The errors, in order."""
        return self.said("error", "")

    @property
    def problems(self) -> List[str]:
        """The warnings and errors, in order."""
        return [text for kind, text in self.lines if kind != "info"]

    @property
    def texts(self) -> List[str]:
        """Every line's text, of any kind, in order."""
        return [text for _kind, text in self.lines]

    def _keep(self, kind: str, text: str) -> None:
        self.lines.append((kind, text))
        self._cancel_if_asked()

    def _cancel_if_asked(self) -> None:
        if self.cancel_when is not None and self.cancel_when(self):
            self.cancel()


def cancelled_before_start() -> Feedback:
    """Feedback the user cancelled before the run began."""
    feedback = Feedback()
    feedback.cancel()
    return feedback


def at_site(nth: int) -> Callable[[Feedback], bool]:
    """A ``cancel_when`` that cancels once reviewsites has logged its ``nth`` site."""
    return lambda kept: len(kept.said("info", SITE_LINE)) >= nth


def at_report(nth: int) -> Callable[[Feedback], bool]:
    """A ``cancel_when`` that cancels at the ``nth`` progress report."""
    return lambda kept: len(kept.progress) >= nth


def at_step(words: str, nth: int = 1) -> Callable[[Feedback], bool]:
    """A ``cancel_when`` that cancels at the ``nth`` progress text containing the words."""
    return lambda kept: sum(words in text for text in kept.steps) >= nth
