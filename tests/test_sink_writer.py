"""Rows written on the writer thread arrive complete and in the order given; a failed write is not lost,
and nothing is written after a row a sink refuses."""

import pytest
from qgis.core import QgsFeature, QgsFields, QgsProcessingException, QgsVectorLayer

from zoning_review.plugin.core.model.fields import make_fields
from zoning_review.plugin.processing import sink_writer
from zoning_review.plugin.processing.sink_writer import Output, SinkWriter


def table() -> QgsVectorLayer:
    layer = QgsVectorLayer("None?field=n:integer", "rows", "memory")
    assert layer.isValid()
    return layer


def rows(fields: QgsFields, start: int, count: int) -> list:
    found = []
    for n in range(start, start + count):
        feature = QgsFeature(fields)
        feature.setAttributes([n])
        found.append(feature)
    return found


def test_rows_arrive_in_order_across_sinks(monkeypatch):
    monkeypatch.setattr(sink_writer, "BACKLOG", 3)  # the reviewing thread waits for the writer often
    first, second = table(), table()
    writer = SinkWriter()
    one, two = Output(first.dataProvider(), "first"), Output(second.dataProvider(), "second")
    for batch in range(200):
        writer.add(one, rows(first.fields(), batch * 5, 5))
        writer.add(two, rows(second.fields(), batch, 1))
        writer.add(two, [])
    writer.close()
    assert [f["n"] for f in first.getFeatures()] == list(range(1000))
    assert [f["n"] for f in second.getFeatures()] == list(range(200))


class Broken:
    """A sink whose disk is full."""

    def addFeatures(self, features, flags):  # noqa: N802 - the QgsFeatureSink method name
        raise OSError("No space left on device")


def test_a_failed_write_is_raised_when_closing():
    fields = make_fields([("n", "int")])
    writer = SinkWriter()
    writer.add(Output(Broken(), "broken"), rows(fields, 0, 1))
    with pytest.raises(OSError, match="No space left"):
        writer.close()


def test_a_refused_row_stops_the_writing_and_names_the_output(monkeypatch):
    monkeypatch.setattr(sink_writer, "BACKLOG", 3)
    first, second = table(), table()
    one, two = Output(first.dataProvider(), "Rows (ONE): one.gpkg"), Output(second.dataProvider(), "two")
    bad = QgsFeature(first.fields())
    bad.setAttributes(["abc"])  # the memory provider refuses a text in an integer field
    writer = SinkWriter()
    with pytest.raises(QgsProcessingException) as raised:
        for batch in range(100):
            writer.add(one, rows(first.fields(), batch, 1) if batch != 10 else [bad])
            writer.add(two, rows(second.fields(), batch, 1))
        writer.close()
    writer.stop()
    assert str(raised.value).startswith("Rows (ONE): one.gpkg: rows could not be written (")
    assert 'Value "abc" is not a number' in str(raised.value)
    assert [f["n"] for f in first.getFeatures()] == list(range(10))
    assert [f["n"] for f in second.getFeatures()] == list(range(10))  # its rows queued after the refused one
