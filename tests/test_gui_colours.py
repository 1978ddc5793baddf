"""The dock's red for what cannot be read or used is written once, in ``gui/given_values``: every widget that
shows an error in red takes ``ERROR_COLOR`` or ``ERROR_STYLE`` from there, so the red cannot drift apart."""

import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[1] / "plugin" / "gui"
ERROR_RED = "#c62828"  # the red of given_values.ERROR_COLOR, written here independently


def test_the_error_red_is_written_only_in_given_values():
    literal = re.compile(re.escape(ERROR_RED), re.IGNORECASE)
    writers = sorted(str(path.relative_to(GUI)) for path in GUI.rglob("*.py")
                     if literal.search(path.read_text("utf-8")))
    assert writers == ["given_values.py"]


def test_given_values_holds_that_red():
    from zoning_review.plugin.gui.given_values import ERROR_COLOR, ERROR_STYLE

    assert ERROR_COLOR.lower() == ERROR_RED and ERROR_RED in ERROR_STYLE
