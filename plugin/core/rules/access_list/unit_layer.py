"""An imported list's unit codes against a unit layer: the codes the layer lacks and the layer's units no row
names, so that neither is dropped in silence."""

from dataclasses import dataclass
from typing import Iterable, List

from qgis.core import NULL, QgsFeatureRequest, QgsVectorLayer

from ....compat import NO_GEOMETRY


@dataclass
class UnitCheck:
    """Codes of the list the layer lacks, codes of the layer no row names (each sorted) and the ids of the layer's
    features without a code."""

    not_in_layer: List[str]
    without_rows: List[str]
    uncoded: List[int]


def check_units(list_codes: Iterable[str], layer: QgsVectorLayer, code_field: str) -> UnitCheck:
    """Compare the codes an import read with the codes of ``code_field`` in the layer (as written, spaces around
    them aside, as a review compares them)."""
    listed = set(list_codes)
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes([code_field], layer.fields())
    found, uncoded = set(), []
    for feature in layer.getFeatures(request):
        value = feature[code_field]
        code = "" if value is None or value == NULL else str(value).strip()
        if code:
            found.add(code)
        else:
            uncoded.append(feature.id())
    return UnitCheck(sorted(listed - found), sorted(found - listed), sorted(uncoded))
