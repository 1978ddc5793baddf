"""The review register (台账): a GeoPackage layer that reviews are appended to, each with a sequence number.

Append-only: rows are added, never changed or removed; a layer whose columns differ from the register's
is refused rather than written into, and a register that cannot be opened at the moment (another reviewer
saving to it) is never created again over its reviews. A unique index on ``seq`` makes two reviewers saving at
once take two numbers: the one who loses the race reads the largest number again and retries; a number is never
given twice, even after an entry is deleted by hand (``register_numbers``). A register that cannot be written is
refused naming why (a read-only file system, folder or file). Sites are stored in CGCS2000 (EPSG:4490).

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
from .register_numbers import NUMBERS_URI, NumbersError, keep_numbers, next_seq

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
    _refuse_unwritable(path)
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
    _numbered(path, keep_numbers)


def _index_seq(path: str) -> None:
    """The unique index on ``seq`` (no second entry can take a number); left out where the register cannot take
    it (entries already sharing a number, a read-only file): appending still works there."""
    with suppress(QgsException, QgsProviderConnectionException):  # 3.22 raises the first, later versions the second
        connection = QgsProviderRegistry.instance().providerMetadata("ogr").createConnection(path, {})
        connection.executeSql(f'CREATE UNIQUE INDEX IF NOT EXISTS "{SEQ_INDEX}" ON "{LAYER}" ("seq")')


def _numbered(path: str, step):
    """``step(path, LAYER)`` of the register's numbers; RegisterBusyError while the file is locked, RegisterError
    naming the reason otherwise (numbers that could not be kept are never issued)."""
    try:
        return step(path, LAYER)
    except (QgsException, QgsProviderConnectionException) as error:  # 3.22 raises the first, later versions the second
        reason = str(error.what() if isinstance(error, QgsException) else error)
        if "locked" in reason or "busy" in reason:
            raise RegisterBusyError(tr("The register {path} is busy (another reviewer is saving to it); nothing was "
                                       "written. Save the review again in a moment.").format(path=path)) from None
        raise RegisterError(tr("The register {path} cannot keep its numbers ({error}); nothing was written.")
                            .format(path=path, error=_unwritable(path) or reason)) from None
    except NumbersError as error:
        raise RegisterError(tr("The register {path} records the highest number it issued as “{value}”, which is not "
                               "a number; nothing was written. Set the metadata row {uri} of the GeoPackage back to "
                               "the highest number the register issued.")
                            .format(path=path, value=error, uri=NUMBERS_URI)) from None


def _unwritable(path: str) -> str:
    """Why the register at ``path`` (or its folder, where the file and its journal are written) cannot be written;
    '' when nothing says so."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        return tr("the folder {folder} does not exist").format(folder=folder)
    if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
        return tr("the folder {folder} is on a read-only file system").format(folder=folder)
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return tr("the file cannot be written (its permissions or attributes refuse it)")
    if not os.access(folder, os.W_OK):
        return tr("the folder {folder} cannot be written").format(folder=folder)
    return ""


def _refuse_unwritable(path: str) -> None:
    """RegisterError naming why, when the register at ``path`` cannot be written."""
    reason = _unwritable(path)
    if reason:
        raise RegisterError(_unwritable_message(path, reason))


def _unwritable_message(path: str, reason: str) -> str:
    """The message of a register that cannot be written, with its reason and what to do."""
    return tr("The review could not be saved to the register {path}: {reason}; nothing was written. Make the "
              "folder writable, or choose a register in a folder you can write to under Settings ▸ Options ▸ "
              "Zoning Review.").format(path=path, reason=reason)


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
    """Append one review; its sequence number (one more than the highest the register ever issued), tried again
    while the register is busy or another reviewer took the number first."""
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
    _refuse_unwritable(path)
    _index_seq(path)
    _numbered(path, keep_numbers)
    seq = _numbered(path, next_seq)
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
        path=path, error=errors or _unwritable(path) or tr("QGIS gave no reason; check that the file can be "
                                                           "written")))
