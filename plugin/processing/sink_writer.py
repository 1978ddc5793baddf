"""Output rows written to sinks: a row the file would refuse or lose, or a write the sink refuses, stops the run;
a closed file must read back every row it took; reviewsites' rows are written on one background thread.

PyQGIS releases Python's GIL while a sink writes (GeoPackage inserts, text conversion), so the
writing overlaps the per-site Python work. One thread writes every sink, so each output file is
only ever used by one thread at a time and its rows keep the order they were given in.
"""

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from threading import Event
from typing import Any, Deque, Iterator, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsVectorLayer,
)

from ..compat import WKB_NO_GEOMETRY
from ..i18n import tr
from .kept_aliases import keeps_aliases
from .parameter_words import alg_parameter_said
from .sink_checks import disk_full, file_driver, file_path, row_problem, unwritten

BATCH = 64  # rows handed to the writer thread at once: each hand-over costs the reviewing thread ~25 µs of CPU
BACKLOG = 8  # hand-overs queued before the reviewing thread waits for the oldest (bounds memory: ~500 rows)
MEMORY = "memory:"  # the start of a destination QGIS writes to a memory (scratch) layer, as QGIS compares it
CHUNK = 1 << 20  # bytes shifted at a time when a CSV file gets its byte-order mark
UTF8_MARK = b"\xef\xbb\xbf"  # Excel reads a CSV with it as UTF-8, one without in the system's code page (GBK)


@dataclass
class Output:
    """An output's sink, how a message names it, where it writes, its geometry type, its file's OGR driver ("" for
    none), the rows it took and whether it is a temporary (memory) layer."""

    sink: Any
    label: str
    destination: str = ""
    wkb_type: Any = WKB_NO_GEOMETRY
    driver: str = ""
    given: int = 0
    temporary: bool = False

    def close(self) -> None:
        """Close the output's file now (the sink is deleted), whatever still refers to this object."""
        self.sink = None


@contextmanager
def closing(*outputs: Optional[Output]) -> Iterator[None]:
    """Close the outputs when the block ends, after a failure too, so no file is left mid-transaction; after a
    success each file must read back every row it took (a failure at closing stops the run)."""
    opened = [output for output in outputs if output is not None]
    try:
        yield
    finally:
        for output in opened:
            output.close()
    for output in opened:
        mark_utf8(output.destination)
        problem = unwritten(output.label, output.destination, output.given)
        if problem:
            raise QgsProcessingException(problem)


def mark_utf8(destination: str) -> None:
    """A CSV output's file begins with UTF-8's byte-order mark, so that Excel on Chinese Windows reads its Chinese
    text (QGIS writes none; GDAL and QGIS read files with and without it alike). The file is shifted in place, in
    chunks: a layer that has it open (on Windows a file open cannot be replaced) keeps it."""
    path = file_path(destination)
    if file_driver(destination) != "CSV" or not path:
        return
    with open(path, "r+b") as handle:
        if handle.read(len(UTF8_MARK)) == UTF8_MARK:
            return
        position, carry = 0, UTF8_MARK
        while True:
            handle.seek(position)
            data = handle.read(CHUNK)
            handle.seek(position)
            if not data:
                handle.write(carry)
                return
            shifted = carry + data
            handle.write(shifted[:len(data)])
            carry, position = shifted[len(data):], position + len(data)


def open_output(alg, parameters, name: str, context, fields, wkb_type,
                crs: Optional[QgsCoordinateReferenceSystem] = None) -> Tuple[Optional[Output], str]:
    """``parameterAsSink`` with the output's label, e.g. "Summary (SUMMARY): /data/summary.gpkg" (None: no sink).

    A file whose format keeps aliases (``keeps_aliases``) gets the fields' aliases; a memory layer gets them as the
    layer's own; any other output none, since QGIS (3.32+) warns in English, twice a field, about aliases and
    comments an output cannot keep.
    """
    target = alg.parameterAsOutputLayer(parameters, name, context)
    memory = target.startswith(MEMORY)
    given = fields if keeps_aliases(target) else plain_fields(fields)
    sink, destination = alg.parameterAsSink(parameters, name, context, given, wkb_type,
                                            crs or QgsCoordinateReferenceSystem())
    if sink is None:
        return None, destination
    if memory:
        name_fields(context.temporaryLayerStore().mapLayer(destination), fields)
    label = alg_parameter_said(alg, name, destination)
    return Output(sink, label, destination, wkb_type, file_driver(destination), temporary=memory), destination


def plain_fields(fields: QgsFields) -> QgsFields:
    """A copy of ``fields`` without aliases or comments."""
    plain = QgsFields()
    for field in fields:
        field = QgsField(field)
        field.setAlias("")
        field.setComment("")
        plain.append(field)
    return plain


def name_fields(layer: Optional[QgsVectorLayer], fields: QgsFields) -> None:
    """Give ``layer`` the aliases of ``fields`` as the layer's own (a memory layer: None does nothing)."""
    if layer is None:
        return
    for field in fields:
        if field.alias():
            layer.setFieldAlias(layer.fields().indexOf(field.name()), field.alias())


def add_rows(output: Output, features: List[Any]) -> None:
    """Add the rows to an output; a row its file would refuse or lose (never handed to the driver), or rows its
    sink refuses, raise a QgsProcessingException naming the output."""
    if not features:
        return
    for feature in features:  # a row the file would refuse or lose never reaches its driver
        problem = row_problem(feature, output.wkb_type, output.driver)
        if problem:
            raise refused(output, problem)
    written = output.sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
    if written[0] if isinstance(written, tuple) else written:  # a data provider answers (ok, features)
        output.given += len(features)
        return
    raise refused(output, output.sink.lastError())


def refused(output: Output, error: str) -> QgsProcessingException:
    """The error that stops the run at a row the output refuses."""
    if disk_full(error):  # the transaction the rows were in may be undone with it: no word on what the file holds
        return QgsProcessingException(tr(
            "{output}: rows could not be written because the disk is full ({error}). The run was stopped. Free space "
            "on that disk, or choose a folder on another disk.").format(output=output.label, error=error))
    if error:
        return QgsProcessingException(tr(
            "{output}: rows could not be written ({error}). The run was stopped; the file holds only the rows "
            "written before. Choose another file or format, such as a GeoPackage (.gpkg).").format(
            output=output.label, error=error))
    return QgsProcessingException(tr(
        "{output}: rows could not be written. The run was stopped; the file holds only the rows written "
        "before. Choose another file or format, such as a GeoPackage (.gpkg).").format(output=output.label))


class SinkWriter:
    """Adds features to sinks on a writer thread; ``close`` waits for every write and re-raises a failure.

    Rows are handed over in batches of about ``BATCH`` (a hand-over costs the reviewing thread more than many rows),
    written in the order given. Used as a context manager, the rows added are written when the block ends (a run
    that fails keeps the rows of the sites it reviewed), unless a write failed, and the thread ends.
    """

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="zoning-review-writer")
        self._queued: Deque[Future] = deque()
        self._pending: List[Tuple[Output, List[Any]]] = []  # rows not yet handed over, in order
        self._pending_rows = 0
        self._refused = Event()  # set on the writer thread when a write fails: nothing after it is written

    def add(self, output: Output, features: List[Any]) -> None:
        """Queue ``add_rows`` (nothing for an empty list); a failed earlier write may be raised here."""
        if not features:
            return
        self._pending.append((output, features))
        self._pending_rows += len(features)
        if self._pending_rows >= BATCH:
            self._hand_over()

    def __enter__(self) -> "SinkWriter":
        return self

    def __exit__(self, *_exc) -> None:
        if self._pending and not self._refused.is_set():
            self._queued.append(self._pool.submit(self._write, self._pending))
        self._pending, self._pending_rows = [], 0
        self._queued.clear()
        self._pool.shutdown(wait=True)  # the writes queued are done first (none after a failed one)

    def _hand_over(self) -> None:
        """Give the writer thread the rows added since the last hand-over; wait for the oldest past BACKLOG."""
        if self._pending:
            self._queued.append(self._pool.submit(self._write, self._pending))
            self._pending, self._pending_rows = [], 0
        while len(self._queued) > BACKLOG:
            self._settle()

    def _write(self, batch: List[Tuple[Output, List[Any]]]) -> None:
        """``add_rows`` of each output's rows in turn on the writer thread, none after a failed write."""
        for output, features in batch:
            if self._refused.is_set():
                return
            try:
                add_rows(output, features)
            except BaseException:
                self._refused.set()
                raise

    def _settle(self) -> None:
        """Wait for the oldest write; when it failed, drop the writes still queued and raise its error."""
        try:
            self._queued.popleft().result()
        except BaseException:
            self.stop()
            raise

    def close(self) -> None:
        """Wait for every row added to be written; the first write's exception is raised here."""
        try:
            self._hand_over()
            while self._queued:
                self._settle()
        finally:
            self.stop()

    def stop(self) -> None:
        """Drop the writes not started and end the thread once the current one is done (never raises)."""
        self._pending, self._pending_rows = [], 0
        for future in self._queued:
            future.cancel()
        self._queued.clear()
        self._pool.shutdown(wait=True)
