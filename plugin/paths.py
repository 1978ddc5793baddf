"""Where the plugin's own files are."""

import os
import sys

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON = os.path.join(PLUGIN_DIR, "plugin", "resources", "icon.svg")
DATA_DIR = os.path.join(PLUGIN_DIR, "plugin", "data")
RULES_DIR = os.path.join(PLUGIN_DIR, "rules")
VENDOR_DIR = os.path.join(PLUGIN_DIR, "plugin", "vendor")  # python-docx, typing_extensions (see its README)


def resource(name: str) -> str:
    """Path of a file in plugin/resources."""
    return os.path.join(PLUGIN_DIR, "plugin", "resources", name)


def use_vendored() -> None:
    """Make the vendored libraries importable, appended so that a copy QGIS's Python has comes first."""
    if VENDOR_DIR not in sys.path:
        sys.path.append(VENDOR_DIR)
