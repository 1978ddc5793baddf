"""The review register (台账): a GeoPackage layer that reviews are appended to, each with a sequence number.

Append-only: rows are added, never changed or removed; a layer whose columns differ from the register's
is refused rather than written into. Sites are stored in CGCS2000 (EPSG:4490).

``clauses_json`` is versioned JSON: version 2 is ``{"version": 2, "clauses": [...], "unmatched": [...]}``, each
clause with the judgement applied to it and the one not applied (``not_applied``), and ``unmatched`` the judgements
no clause of the review took; version 1 (before the judgements not applied were kept) is the list of clauses alone.
"""

import json
import os
from dataclasses import dataclass
from typing import Any, Dict, List

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ...compat import WKB_MULTIPOLYGON
from ...i18n import tr
from ..model.fields import make_fields

LAYER = "reviews"
CRS = "EPSG:4490"
COLUMNS = (("seq", "int"), ("saved_at", "string"), ("site_name", "string"), ("verdict", "string"),
           ("description_json", "string"), ("clauses_json", "string"), ("opinion", "string"),
           ("ruleset_id", "string"), ("ruleset_version", "string"), ("ruleset_sha256", "string"),
           ("unit_layer_source", "string"), ("reviewer", "string"), ("plugin_version", "string"),
           ("qgis_version", "string"))
CLAUSES_VERSION = 2


class RegisterError(ValueError):
    """The register cannot be written (translated message naming the file)."""


@dataclass
class RegisterEntry:
    """One review as the register keeps it (everything but the sequence number)."""

    site: QgsGeometry
    site_crs: QgsCoordinateReferenceSystem
    values: List[object]  # COLUMNS[1:] in order


def clauses_json(clauses: List[Dict[str, Any]], unmatched: List[Dict[str, Any]]) -> str:
    """The ``clauses_json`` of an entry: its clauses and the judgements no clause took, as the current version."""
    return json.dumps({"version": CLAUSES_VERSION, "clauses": clauses, "unmatched": unmatched}, ensure_ascii=False)


def register_fields() -> QgsFields:
    """The register's columns."""
    return make_fields(COLUMNS)


def _create(path: str) -> None:
    """A new GeoPackage with the empty register layer."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = LAYER
    actions = QgsVectorFileWriter.ActionOnExistingFile
    options.actionOnExistingFile = (actions.CreateOrOverwriteLayer if os.path.exists(path)
                                    else actions.CreateOrOverwriteFile)
    writer = QgsVectorFileWriter.create(path, register_fields(), WKB_MULTIPOLYGON, QgsCoordinateReferenceSystem(CRS),
                                        QgsProject.instance().transformContext(), options)
    if writer is None or writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise RegisterError(tr("The register {path} could not be created: {error}").format(
            path=path, error=writer.errorMessage() if writer is not None else ""))
    del writer


def is_register(layer: QgsVectorLayer) -> bool:
    """Whether a layer is valid and has exactly the register's columns."""
    names = [name for name in layer.fields().names() if name != "fid"]
    return layer.isValid() and names == [name for name, _kind in COLUMNS]


def register_layer(path: str) -> QgsVectorLayer:
    """The register layer of an existing GeoPackage (read only by the caller); may be invalid."""
    return QgsVectorLayer(f"{path}|layername={LAYER}", LAYER, "ogr")


def open_register(path: str) -> QgsVectorLayer:
    """The register layer of ``path`` (created when missing); RegisterError when it is not a register."""
    layer = register_layer(path)
    if not layer.isValid():
        _create(path)
        layer = register_layer(path)
    if not is_register(layer):
        raise RegisterError(tr("{path} holds a layer {layer} that is not a review register; nothing was written.")
                            .format(path=path, layer=LAYER))
    return layer


def append_to_register(path: str, entry: RegisterEntry) -> int:
    """Append one review; its sequence number (one more than the largest so far)."""
    layer = open_register(path)
    index = layer.fields().indexOf("seq")
    seq = int(layer.maximumValue(index) or 0) + 1
    site = QgsGeometry(entry.site)
    site.transform(QgsCoordinateTransform(entry.site_crs, QgsCoordinateReferenceSystem(CRS), QgsProject.instance()))
    site.convertToMultiType()
    feature = QgsFeature(layer.fields())
    feature.setAttributes([None, seq, *entry.values] if layer.fields().indexOf("fid") == 0 else [seq, *entry.values])
    feature.setGeometry(site)
    ok, _added = layer.dataProvider().addFeatures([feature])
    if not ok:
        raise RegisterError(tr("The review could not be added to the register {path}: {error}").format(
            path=path, error="; ".join(layer.dataProvider().errors())))
    return seq
