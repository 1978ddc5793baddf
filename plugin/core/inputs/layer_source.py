"""A layer's data source as the plugin prints and records it (the notes, their folder's record): the source with
every credential it may hold left out — a password (``password='…'``, ``PG:… password=…``, ``pwd=``), a URL's
``user:password@``, an Oracle or ODBC ``user/password@`` and a token or key in a URL's query. QGIS's own
``publicSource`` keeps some (the value of ``password='a b'`` after its space, an OGR ``PG:`` string's last
``password=``, a URL's ``user:password@``)."""

import re

from qgis.core import QgsMapLayer

_VALUE = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s&;,|'"]*)"""
_SECRET = re.compile(r"(?i)(?:\A|(?<=[?:|])|[\s&;,])"  # a space, & ; or , before the key goes with it
                     r"(?:password|passwd|pwd|pass|token|access_token|apikey|api_key|secret)\s*=\s*" + _VALUE)
_URL_PASSWORD = re.compile(r"(?i)([a-z][a-z0-9+.-]*://[^/@\s:]*):[^/@\s]*@")
_SLASH_PASSWORD = re.compile(r"(?i)\b(OCI|ODBC):([^/@\s]*)/[^@\s]*@")


def without_credentials(source: str) -> str:
    """``source`` with every password, token or key it holds left out (the rest as written)."""
    text = _SECRET.sub("", source)
    text = _URL_PASSWORD.sub(r"\1@", text)
    return _SLASH_PASSWORD.sub(r"\1:\2@", text)


def shown_source(layer: QgsMapLayer) -> str:
    """The layer's data source without credentials, as the notes print it."""
    return without_credentials(layer.source())


def kept_source(layer: QgsMapLayer) -> str:
    """``shown_source``, '' for a layer held in memory (saved to no file, its source names no data)."""
    return "" if layer.providerType() == "memory" else shown_source(layer)
