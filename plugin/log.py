"""The plugin's log: the "Zoning Review" tab of QGIS's Log Messages panel."""

import traceback
from typing import Optional

from qgis.core import Qgis, QgsMessageLog

TAG = "Zoning Review"


def log_info(text: str) -> None:
    """An informational line in the plugin's log tab."""
    QgsMessageLog.logMessage(text, TAG, Qgis.MessageLevel.Info)


def log_warning(text: str) -> None:
    """A warning in the plugin's log tab."""
    QgsMessageLog.logMessage(text, TAG, Qgis.MessageLevel.Warning)


def log_error(text: str, error: Optional[BaseException] = None) -> None:
    """An error in the plugin's log tab, with the exception's formatted traceback when given."""
    if error is not None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        text = f"{text}\n{details}"
    QgsMessageLog.logMessage(text, TAG, Qgis.MessageLevel.Critical)
