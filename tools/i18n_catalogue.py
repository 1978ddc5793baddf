"""The Chinese catalogue written one way, whichever tool writes it: i18n_update.py after pylupdate5, and
i18n_fill.py, both through ElementTree (so one tool's rewrite of the other's file changes only what it means to)."""

import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def write_catalogue(path: Path, tree: ET.ElementTree) -> None:
    """Write a parsed catalogue to ``path`` in the one form the repository keeps."""
    path.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def normalise(path: Path) -> None:
    """Rewrite the catalogue at ``path`` (as pylupdate5 left it) in the repository's form."""
    write_catalogue(path, ET.parse(path))
