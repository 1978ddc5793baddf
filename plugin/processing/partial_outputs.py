"""The outputs of a run that stopped part way: ``sitingscreen`` cancelled or failed on a later unit (whole rows of
the units screened before it stopped, a unit's row written only after its zones), ``reviewsites`` cancelled or failed
(the rows of the sites it reviewed that were written before it stopped). Kept as written and named in the log with
their rows; nothing written is removed. QGIS loads no output of a run that was cancelled or failed: a file stays where
it was written, a temporary layer is gone, which the log says."""

from typing import Any, List, Optional

from ..i18n import grouped, tr
from .sink_checks import unwritten
from .sink_writer import Output


def units_done(done: int, total: int) -> str:
    """How far a screen got, in words: '3 of 114 units' ('3 units' when the units were not counted)."""
    if total > 0 and done <= total:
        return tr("{n} of {total} units").format(n=grouped(done), total=grouped(total))
    if done == 1:
        return tr("1 unit")
    return tr("{n} units").format(n=grouped(done))


def report_stopped(outputs: List[Optional[Output]], done: int, total: int, cancelled: bool, feedback: Any) -> None:
    """Say that the screen stopped (``cancelled``, else on an error) after ``done`` of ``total`` units, and what each
    output holds: a file kept (one that does not read back named as such), a temporary layer not kept."""
    units = units_done(done, total)
    if cancelled:
        feedback.pushWarning(tr("The siting screen was cancelled after {units}: the files it wrote hold those units "
                                "only and are kept as written (QGIS loads no output of a cancelled run). Run the "
                                "screen again to screen every unit.").format(units=units))
    else:
        feedback.pushWarning(tr("The siting screen stopped after {units}, before its end: the files it wrote hold "
                                "those units only and are kept as written (QGIS loads no output of a failed run). Run "
                                "the screen again once the error that stopped it is put right.").format(units=units))
    report_kept(outputs, feedback)


def report_kept(outputs: List[Optional[Output]], feedback: Any) -> None:
    """Name each output of a stopped run: its file (or database table) kept with its rows, or a temporary layer not
    kept."""
    for output in outputs:
        if output is not None:
            _report_output(output, feedback)


def _report_output(output: Output, feedback: Any) -> None:
    """One output of a stopped run: its file (or database table) kept with its rows, or why it is not."""
    if output.temporary:
        feedback.pushWarning(tr("{output}: a temporary layer, not kept (rows: {rows}). To keep what a stopped run "
                                "wrote, save its outputs to files.").format(output=_parameter(output),
                                                                            rows=grouped(output.given)))
        return
    problem = unwritten(output.label, output.destination, output.given)
    if problem:
        feedback.reportError(problem)
        return
    feedback.pushWarning(tr("{output}: kept as written before the run stopped (rows: {rows}).").format(
        output=output.label, rows=grouped(output.given)))


def _parameter(output: Output) -> str:
    """An output named by its parameter alone ("Siting screen (OUTPUT)"): a temporary layer's id means nothing."""
    suffix = f": {output.destination}"
    return output.label[:-len(suffix)] if output.destination and output.label.endswith(suffix) else output.label
