"""Text fields a Shapefile may have cut: a .dbf text field holds a set number of bytes (at most 254), and GDAL cuts a
longer text there (in UTF-8 at the last whole character), saying so only in a log nobody reads. A unit's text that
fills its field, to within one Chinese character in the layer's encoding, may be incomplete."""

import codecs
from typing import Any, Dict, List, Tuple

SHAPEFILE = "ESRI Shapefile"
REPLACEMENT = "\ufffd"  # what QGIS reads for bytes its encoding cannot decode
GUESSED = ("utf-8", "gbk")  # a Shapefile's encoding QGIS does not name ("System"): either of those


def dbf_text_widths(layer: Any) -> Dict[str, Tuple[int, str]]:
    """A Shapefile layer's text fields: name → (width in bytes, the layer's encoding); {} for another format."""
    storage = getattr(layer, "storageType", None)
    if storage is None or storage() != SHAPEFILE:
        return {}
    encoding = layer.dataProvider().encoding()
    return {field.name(): (field.length(), encoding) for field in layer.fields()
            if field.typeName().lower() in ("string", "text") and field.length() > 0}


def _encodings(encoding: str) -> List[str]:
    """The Python codecs of a layer's encoding (both guesses when Python does not know it)."""
    try:
        return [codecs.lookup(encoding).name]
    except LookupError:
        return list(GUESSED)


def fills_field(text: Any, width: int, encoding: str) -> bool:
    """True when ``text`` fills a field ``width`` bytes wide, to within one Chinese character, in ``encoding``."""
    if not isinstance(text, str) or not text:
        return False
    for name in _encodings(encoding):
        size = len(text.encode(name, errors="replace"))
        character = len("中".encode(name, errors="replace"))
        if width - character < size <= width:
            return True
    return False


def filled_fields(attributes: Dict[str, Any], widths: Dict[str, Tuple[int, str]]) -> List[str]:
    """The fields among ``attributes`` whose text fills its .dbf field (``dbf_text_widths``), a character cut in
    two at its end (which QGIS reads as U+FFFD) dropped from ``attributes``: it was cut off, not misread."""
    filled = []
    for name, value in attributes.items():
        whole = value.rstrip(REPLACEMENT) if isinstance(value, str) else value
        if name in widths and fills_field(whole, *widths[name]):
            attributes[name] = whole
            filled.append(name)
    return filled
