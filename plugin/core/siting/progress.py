"""The siting screen's progress: the units screened of the units it screens."""

from typing import Optional

from qgis.core import QgsFeedback


class UnitProgress:
    """The progress of a screen in tenths of a percent of the ``total`` units it screens (0: not known, none shown),
    below 100 % until the last unit was screened (a count may be low)."""

    def __init__(self, feedback: Optional[QgsFeedback], total: int) -> None:
        self.feedback = feedback
        self.total = total
        self.shown = -1

    def screened(self, number: int) -> None:
        """``number`` units screened so far."""
        if self.feedback is not None and self.total > 0:
            self._show(min(round(number * 1000 / self.total), 999))

    def done(self) -> None:
        """Every unit screened."""
        if self.feedback is not None and self.total > 0:
            self._show(1000)

    def _show(self, tenths: int) -> None:
        if tenths != self.shown:
            self.shown = tenths
            self.feedback.setProgress(tenths / 10.0)
