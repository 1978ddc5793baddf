"""Deprecated QGIS calls made by plugin code fail the tests on the QGIS versions that deprecate them.

sip reports a deprecated QGIS call as a DeprecationWarning attributed to the Python frame that made
the call, so a warnings filter on the module name (``zoning_review`` and its submodules) selects the
plugin's own calls and leaves those of QGIS, Processing and the tests alone. pytest resets the
warnings filters around each test (and ``pyproject.toml`` ignores DeprecationWarning), so install this
filter from inside each test, e.g. with an autouse fixture in ``tests/conftest.py``.
"""

import warnings

from qgis.core import Qgis

PLUGIN_MODULES = r"zoning_review(\..*)?$"
"""The warnings filter's module pattern: the plugin package and every module in it."""

CHECKED_SINCE = 34400
"""The oldest QGIS on which a deprecated call fails: 3.44, the last 3.x, whose API QGIS 4 keeps."""


def error_on_plugin_deprecations(since: int = CHECKED_SINCE) -> bool:
    """Make DeprecationWarnings raised from plugin code errors when QGIS >= ``since``; True when it did."""
    checked = since <= Qgis.QGIS_VERSION_INT
    if checked:
        warnings.filterwarnings("error", category=DeprecationWarning, module=PLUGIN_MODULES)
    return checked
