"""The review register (台账): a GeoPackage layer that reviews are appended to, each with a sequence number.

Append-only: rows are added, never changed or removed; a layer whose columns differ from the register's
is refused rather than written into, and a register that cannot be opened at the moment (another reviewer
saving to it) is never created again over its reviews. A unique index on ``seq`` makes two reviewers saving at
once take two numbers: the one who loses the race reads the largest number again and retries. Sites are stored
in CGCS2000 (EPSG:4490).

``clauses_json`` is versioned JSON: version 2 is ``{"version": 2, "clauses": [...], "unmatched": [...]}``, each
clause with the judgement applied to it, the one not applied (``not_applied``) and those withdrawn, and ``unmatched``
the judgements no clause of the review took; ``withdrawn``, when given, the withdrawals of judgements of clauses the
review does not have; version 1 (before the judgements not applied were kept) is the list of clauses alone.
"""

import json
import os
import random
import time
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Dict, List, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsException,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsProviderConnectionException,
    QgsProviderRegistry,
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
SEQ_INDEX = "reviews_seq_unique"
ATTEMPTS = 12  # a register busy (another reviewer saving) is tried again this many times, a little later each


class RegisterError(ValueError):
    """The register cannot be written (translated message naming the file)."""


class RegisterBusyError(RegisterError):
    """The register could not be opened or written this time (another reviewer saving to it, say)."""


@dataclass
class RegisterEntry:
    """One review as the register keeps it (everything but the sequence number)."""

    site: QgsGeometry
    site_crs: QgsCoordinateReferenceSystem
    values: List[object]  # COLUMNS[1:] in order


def clauses_json(clauses: List[Dict[str, Any]], unmatched: List[Dict[str, Any]],
                 withdrawn: Sequence[Dict[str, Any]] = ()) -> str:
    """The ``clauses_json`` of an entry: its clauses, the judgements no clause took and the withdrawals no clause
    took, as the current version."""
    document = {"version": CLAUSES_VERSION, "clauses": clauses, "unmatched": unmatched}
    if withdrawn:
        document["withdrawn"] = list(withdrawn)
    return json.dumps(document, ensure_ascii=False)


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
    _index_seq(path)


def _index_seq(path: str) -> None:
    """The unique index on ``seq`` (no second entry can take a number); left out where the register cannot take
    it (entries already sharing a number, a read-only file): appending still works there."""
    with suppress(QgsException, QgsProviderConnectionException):  # 3.22 raises the first, later versions the second
        connection = QgsProviderRegistry.instance().providerMetadata("ogr").createConnection(path, {})
        connection.executeSql(f'CREATE UNIQUE INDEX IF NOT EXISTS "{SEQ_INDEX}" ON "{LAYER}" ("seq")')


def _refuse_unopened(path: str) -> None:
    """RegisterError unless the existing file at ``path`` is a GeoPackage without a register, one it may be added to:
    a register QGIS could not open (for a moment only) is never created again over its reviews."""
    names = [detail.name() for detail in QgsProviderRegistry.instance().querySublayers(path)]
    if LAYER in names:
        raise RegisterBusyError(tr("The register {path} could not be opened (another reviewer may be saving to it); "
                                   "nothing was written. Save the review again in a moment.").format(path=path))
    if not names:
        raise RegisterError(tr("{path} could not be opened as a GeoPackage; nothing was written. Choose the "
                               "register's GeoPackage, or a new file.").format(path=path))


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
        if os.path.exists(path):
            _refuse_unopened(path)
        _create(path)
        layer = register_layer(path)
    if not is_register(layer):
        raise RegisterError(tr("{path} holds a layer {layer} that is not a review register; nothing was written.")
                            .format(path=path, layer=LAYER))
    return layer


def append_to_register(path: str, entry: RegisterEntry) -> int:
    """Append one review; its sequence number (one more than the largest so far), tried again while the
    register is busy or another reviewer took the number first."""
    site = QgsGeometry(entry.site)
    site.transform(QgsCoordinateTransform(entry.site_crs, QgsCoordinateReferenceSystem(CRS), QgsProject.instance()))
    site.convertToMultiType()
    for attempt in range(ATTEMPTS - 1):
        try:
            return _append_once(path, entry.values, site)
        except RegisterBusyError:
            time.sleep(random.uniform(0.05, 0.1) * (attempt + 1))
    return _append_once(path, entry.values, site)


def _append_once(path: str, values: List[object], site: QgsGeometry) -> int:
    """One attempt at appending a review (its site in CGCS2000) under the next number; RegisterBusyError when the
    register is busy or another reviewer took the number meanwhile (nothing written: it may be tried again)."""
    layer = open_register(path)
    _index_seq(path)
    seq = int(layer.maximumValue(layer.fields().indexOf("seq")) or 0) + 1
    feature = QgsFeature(layer.fields())
    feature.setAttributes([None, seq, *values] if layer.fields().indexOf("fid") == 0 else [seq, *values])
    feature.setGeometry(site)
    provider = layer.dataProvider()
    if provider.addFeatures([feature])[0]:
        return seq
    errors = "; ".join(provider.errors())
    if "locked" in errors or "UNIQUE" in errors:
        raise RegisterBusyError(tr("The register {path} is busy (another reviewer is saving to it); nothing was "
                                   "written. Save the review again in a moment.").format(path=path))
    raise RegisterError(tr("The review could not be added to the register {path}: {error}").format(
        path=path, error=errors))
