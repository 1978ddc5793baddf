"""QgsField construction that no supported QGIS deprecates: QMetaType from 3.38 on, QVariant.Type before."""

from typing import Dict, Iterable, Tuple

from qgis.core import Qgis, QgsField, QgsFields
from qgis.PyQt.QtCore import QMetaType, QVariant

if Qgis.QGIS_VERSION_INT >= 33800:
    _TYPES: Dict[str, object] = {
        "string": QMetaType.Type.QString, "int": QMetaType.Type.Int,
        "double": QMetaType.Type.Double, "bool": QMetaType.Type.Bool,
    }
else:  # QGIS < 3.38 only takes QVariant.Type, which Qt6 (QGIS 4) has no more
    _TYPES = {
        "string": QVariant.Type.String, "int": QVariant.Type.Int,  # qt5-only
        "double": QVariant.Type.Double, "bool": QVariant.Type.Bool,  # qt5-only
    }


def make_field(name: str, kind: str, length: int = 0, precision: int = 0) -> QgsField:
    """A field of kind "string", "int", "double" or "bool" (KeyError for another kind)."""
    return QgsField(name, _TYPES[kind], "", length, precision)


def make_fields(spec: Iterable[Tuple[str, str]]) -> QgsFields:
    """QgsFields from (name, kind) pairs, in order."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields
