"""A layer read in another encoding than its file's, named up front from a sample of its features: a GBK
Shapefile without a .cpg file (QGIS reads it as UTF-8: U+FFFD) or with a wrong one (1252: 容城 as ÈÝ³Ç), with the
encoding its text looks written in (GBK, GB 18030, Big5, UTF-8) and what to set.
A few hundred features are read, so the dock does it in its unit-check task and Processing at the start."""

from typing import Any, Iterable, List, Optional, Tuple

from qgis.core import QgsFeatureRequest, QgsFeedback

from ...i18n import tr
from ..misread_text import BIG5, GB18030, GBK, UTF8, as_written, misread

SAMPLE = 300  # features read for text misread: enough to meet Chinese text, quick on a province's units
SHOWN_CHARACTERS = 40  # characters of the misread value a warning quotes
CPG = {GBK: "936", GB18030: "GB18030", BIG5: "950", UTF8: "UTF-8"}  # what a .cpg file holds for each encoding


def misread_value(source: Any, feedback: Optional[QgsFeedback] = None,
                  limit: int = SAMPLE) -> Optional[Tuple[str, int, str]]:
    """(field, feature id, value) of the first misread text among the first ``limit`` features of ``source`` (a
    layer, its snapshot or a Processing source), None when none is (or when cancelled)."""
    names = source.fields().names()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(limit)
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            return None
        for index, value in enumerate(feature.attributes()):
            if misread(value):
                return names[index], feature.id(), value
    return None


def misread_layer_warning(source: Any, layer_name: str, feedback: Optional[QgsFeedback] = None) -> str:
    """A translated warning that layer ``layer_name`` looks read in the wrong encoding, naming a field, feature
    and value, the encoding its text looks written in and what to do, or ''."""
    found = misread_value(source, feedback)
    if found is None:
        return ""
    field, fid, value = found
    written = as_written(value)
    if written is None:  # characters not decoded (U+FFFD): which encoding was written is not known
        return tr("Layer {layer} looks read in the wrong encoding: its text holds characters that could not be "
                  "decoded (field {field} of feature {fid}: {value}). Set its data source encoding (Layer Properties "
                  "▸ Source) to the one its file was written in, such as GBK (Big5 for traditional Chinese), or, "
                  "for a Shapefile, put a .cpg file of the same name beside it holding 936 (GBK) or 950 (Big5); "
                  "then review again: until then, what it says cannot be relied on.").format(
            layer=layer_name, field=field, fid=fid, value=_shown(value))
    encoding, text = written
    return tr("Layer {layer} looks read in the wrong encoding: its text looks written in {encoding} and read as "
              "Latin letters (field {field} of feature {fid}: {value}, which reads {text} in {encoding}). Set its "
              "data source encoding to {encoding} (Layer Properties ▸ Source) or, for a Shapefile, make its .cpg "
              "file (same name, beside it) hold {cpg}; then review again: until then, what it says cannot be "
              "relied on.").format(layer=layer_name, encoding=encoding, field=field, fid=fid, value=_shown(value),
                                   text=_shown(text), cpg=CPG[encoding])


def _shown(value: str) -> str:
    """``value`` as a warning quotes it: its first ``SHOWN_CHARACTERS`` characters."""
    return value if len(value) <= SHOWN_CHARACTERS else value[:SHOWN_CHARACTERS] + "…"


def misread_layers_warnings(sources: Iterable[Tuple[Any, str]], feedback: Optional[QgsFeedback] = None) -> List[str]:
    """The warnings of ``sources`` ((source, layer name) pairs) that look read in the wrong encoding."""
    found = (misread_layer_warning(source, name, feedback) for source, name in sources)
    return [warning for warning in found if warning]
