"""Rows written on the writer thread arrive complete and in the order given; a failed write is not lost."""

import pytest
from qgis.core import QgsFeature, QgsFeatureSink, QgsFields, QgsVectorLayer

from zoning_review.plugin.core.model.fields import make_fields
from zoning_review.plugin.processing import sink_writer
from zoning_review.plugin.processing.sink_writer import SinkWriter


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
    for batch in range(200):
        writer.add(first.dataProvider(), rows(first.fields(), batch * 5, 5), QgsFeatureSink.Flag.FastInsert)
        writer.add(second.dataProvider(), rows(second.fields(), batch, 1), QgsFeatureSink.Flag.FastInsert)
        writer.add(second.dataProvider(), [], QgsFeatureSink.Flag.FastInsert)
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
    writer.add(Broken(), rows(fields, 0, 1), QgsFeatureSink.Flag.FastInsert)
    with pytest.raises(OSError, match="No space left"):
        writer.close()
