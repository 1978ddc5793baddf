"""A layer's data file, read from its data source, and where it lies relative to a project's folder: how a binding
whose layer left the project knows the same data moved with the project."""

import os
from typing import Any, Dict, Tuple

from qgis.core import QgsMapLayer, QgsProviderRegistry


def relative_path(path: str, home: str) -> str:
    """``path`` relative to the project's home; '' when it has none (another drive on Windows)."""
    try:
        return os.path.relpath(path, home)
    except ValueError:
        return ""


def source_parts(source: str, provider: str) -> Tuple[str, Dict[str, str]]:
    """The file a data source names ('' when it names none: a database) and its other parts (table, subset…)."""
    parts = QgsProviderRegistry.instance().decodeUri(provider, source)
    path = _plain(parts.pop("path", None))
    rest = {key: _plain(value) for key, value in parts.items() if _plain(value)}
    return (path if path and os.path.isabs(path) else ""), rest


def _plain(value: Any) -> str:
    """A decoded part as text ('' for none or NULL)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value)


def layer_relative(layer: QgsMapLayer, home: str) -> str:
    """The layer's data file relative to ``home`` ('' when it has no file or ``home`` is not known)."""
    path = source_parts(layer.publicSource(), layer.providerType())[0]
    return relative_path(path, home) if path and home else ""
