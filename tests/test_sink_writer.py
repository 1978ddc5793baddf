"""Rows written on the writer thread arrive complete and in the order given; a failed write is not lost,
and nothing is written after a row a sink refuses. A memory output is opened without the warnings QGIS
(3.40+) gives about aliases in a scratch layer's fields, and named as a file is."""

import pytest
from osgeo import gdal
from qgis.core import Qgis, QgsFeature, QgsFields, QgsProcessingException, QgsVectorLayer

from tests.kept_feedback import Feedback
from tests.test_processing_review import params
from zoning_review.plugin.compat import WKB_NO_GEOMETRY
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


def test_rows_are_handed_to_the_writer_thread_in_batches(monkeypatch):
    """Each hand-over to the writer thread costs the reviewing thread more CPU than many rows: reviewsites' rows of
    one site (a FINDINGS row per unit, a SUMMARY row) go over with those of the next sites, not a site at a time."""
    first, second = table(), table()
    writer = SinkWriter()
    submitted = []
    submit = writer._pool.submit
    monkeypatch.setattr(writer._pool, "submit", lambda *args: submitted.append(args) or submit(*args))
    one, two = Output(first.dataProvider(), "first"), Output(second.dataProvider(), "second")
    for site in range(300):
        writer.add(one, rows(first.fields(), site * 2, 2))
        writer.add(two, rows(second.fields(), site, 1))
    writer.close()
    assert len(submitted) <= 20  # 600 lists of rows, 900 rows
    assert [f["n"] for f in first.getFeatures()] == list(range(600))
    assert [f["n"] for f in second.getFeatures()] == list(range(300))


def test_the_rows_added_before_a_failure_are_written():
    """A run that fails part way keeps the rows of the sites it reviewed (those not yet handed over too)."""
    first = table()
    with pytest.raises(RuntimeError, match="the review failed"), SinkWriter() as writer:
        writer.add(Output(first.dataProvider(), "first"), rows(first.fields(), 0, 3))
        raise RuntimeError("the review failed")
    assert [f["n"] for f in first.getFeatures()] == [0, 1, 2]


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


def test_a_row_of_another_geometry_type_than_its_output_is_refused_before_the_sink(qgis_app):
    from qgis.core import QgsGeometry

    from zoning_review.plugin.compat import WKB_MULTIPOLYGON

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4490&field=n:integer", "sites", "memory")
    output = Output(layer.dataProvider(), "Sites (OUT): sites.gpkg", "sites.gpkg", WKB_MULTIPOLYGON)
    kept, other = rows(layer.fields(), 0, 2)
    kept.setGeometry(QgsGeometry.fromWkt("MultiPolygon (((116 39, 116.1 39, 116.1 39.1, 116 39)))"))
    other.setGeometry(QgsGeometry.fromWkt("Polygon ((116 39, 116.1 39, 116.1 39.1, 116 39))"))
    sink_writer.add_rows(output, [kept])
    with pytest.raises(QgsProcessingException) as raised:  # the memory provider itself would take it
        sink_writer.add_rows(output, [other])
    assert str(raised.value).startswith("Sites (OUT): sites.gpkg: rows could not be written (a Polygon geometry in "
                                        "a layer of MultiPolygon). The run was stopped;")
    assert [f["n"] for f in layer.getFeatures()] == [0]


def test_a_text_longer_than_an_excel_cell_is_refused_before_a_workbook_gets_it(qgis_app):
    """Excel holds 32,767 characters (UTF-16 code units) in a cell; GDAL writes longer texts into the .xlsx,
    which Excel then cuts. One character beyond the limit, counted in UTF-16 (𠀀 takes two), stops the run."""
    layer = QgsVectorLayer("None?field=n:integer&field=findings_json:string(0)", "findings", "memory")
    output = Output(layer.dataProvider(), "Findings (FINDINGS): findings.xlsx", "findings.xlsx", WKB_NO_GEOMETRY,
                    driver="XLSX")
    fitting, beyond = QgsFeature(layer.fields()), QgsFeature(layer.fields())
    fitting.setAttributes([0, "地" * 32765 + "𠀀"])  # 32,767 code units: an Excel cell holds it
    beyond.setAttributes([1, "地" * 32766 + "𠀀"])  # 32,768 code units
    sink_writer.add_rows(output, [fitting])
    with pytest.raises(QgsProcessingException) as raised:
        sink_writer.add_rows(output, [beyond])
    assert "(a text of 32,767 characters in the field findings_json, longer than the 32,767 an Excel cell holds)" \
        in str(raised.value), str(raised.value)
    assert [len(f["findings_json"]) for f in layer.getFeatures()] == [32766]


# A GeoPackage keeps aliases as its columns' alternative names: written by QGIS 3.28+ with GDAL 3.7+ (the 3.44
# root; not 3.22, nor the 3.40 root with GDAL 3.6).
FILES_KEEP_ALIASES = Qgis.QGIS_VERSION_INT >= 32800 and int(gdal.VersionInfo()) >= 3070000


def scratch_warnings(feedback: Feedback) -> list:
    """The warnings QGIS gives about aliases or comments in a scratch layer's fields."""
    return [line for line in feedback.problems if "scratch layers" in line]


def test_a_temporary_siting_screen_has_no_alias_warnings_and_its_aliases(zr_processing, sample_gpkg, example_rules,
                                                                         tmp_path):
    import processing

    feedback = Feedback()
    zones = tmp_path / "zones.gpkg"
    result = processing.run("zoningreview:sitingscreen", {
        "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
        "CONSTRUCTION": 0, "CATALOGUE": 0, "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": str(zones)}, feedback=feedback)
    assert scratch_warnings(feedback) == []
    screen = result["OUTPUT"]
    assert screen.providerType() == "memory"
    assert screen.attributeAlias(screen.fields().indexOf("unit_code")) == "单元编码"
    written = QgsVectorLayer(str(zones), "zones", "ogr")
    assert written.attributeAlias(written.fields().indexOf("unit_code")) == ("单元编码" if FILES_KEEP_ALIASES else "")


def test_temporary_review_outputs_have_no_alias_warnings_and_their_aliases(zr_processing, sample_gpkg,
                                                                           example_rules, tmp_path):
    import processing

    feedback = Feedback()
    result = processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path,
                                                               SUMMARY="TEMPORARY_OUTPUT"), feedback=feedback)
    assert scratch_warnings(feedback) == []
    summary = result["SUMMARY"]
    assert summary.providerType() == "memory" and summary.featureCount() == 10
    assert [summary.attributeAlias(summary.fields().indexOf(name)) for name in ("site_id", "verdict")] == \
        ["选址编号", "结论"]
    findings = QgsVectorLayer(str(tmp_path / "findings.gpkg"), "findings", "ogr")
    assert findings.attributeAlias(findings.fields().indexOf("site_id")) == ("选址编号" if FILES_KEEP_ALIASES else "")


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 5, 8, 9, 13])
def test_a_csv_file_gets_the_utf8_mark_before_its_bytes_shifted_in_chunks(monkeypatch, tmp_path, size):
    monkeypatch.setattr(sink_writer, "CHUNK", 4)  # files of several chunks, and of a part of one
    path = tmp_path / "table.csv"
    content = bytes(range(65, 65 + size))
    path.write_bytes(content)
    sink_writer.mark_utf8(str(path))
    assert path.read_bytes() == b"\xef\xbb\xbf" + content
    sink_writer.mark_utf8(str(path))  # once only
    assert path.read_bytes() == b"\xef\xbb\xbf" + content


def test_csv_outputs_open_as_utf8_in_excel_and_read_back_whole(zr_processing, sample_gpkg, example_rules, tmp_path):
    """Excel reads a CSV without UTF-8's byte-order mark in the system's code page (GBK on Chinese Windows): every
    Chinese text of a CSV output, the CLAUSES table the reviewer fills in first of all, arrived garbled."""
    import csv

    import processing

    from tests.sample_oracle import EXPECTED_VERDICTS

    out = {name: tmp_path / f"{name}.csv" for name in ("findings", "summary", "clauses")}
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, tmp_path, SITE_ID_FIELD="site_id", LANGUAGE=0, REPORT_FORMAT=1,
        REPORT_FOLDER=str(tmp_path / "notes"), FINDINGS=str(out["findings"]), SUMMARY=str(out["summary"]),
        CLAUSES=str(out["clauses"])))
    for path in out.values():
        assert path.read_bytes().startswith(b"\xef\xbb\xbfsite_id,"), path.name
    with open(out["summary"], encoding="utf-8-sig", newline="") as handle:  # the notes column filled in after
        summary = list(csv.DictReader(handle))
    assert {row["site_id"]: row["verdict"] for row in summary} == EXPECTED_VERDICTS
    assert all(row["notes"] == str(tmp_path / "notes" / f"{row['site_id']}.html") for row in summary)
    assert {row["verdict_text"] for row in summary} == {"符合", "不符合", "需进一步论证"}


def test_a_csv_summary_with_notes_keeps_every_other_byte_as_written(zr_processing, sample_gpkg, example_rules,
                                                                     tmp_path):
    """Filling SUMMARY's notes column through the layer's provider made GDAL rewrite the CSV and quote its numbers
    ("269999.71"): a summary with notes now differs from one without only by the notes' paths, its mark kept."""
    import processing

    written = {}
    for notes in (False, True):
        out = tmp_path / ("with" if notes else "without")
        out.mkdir()
        extra = {"REPORT_FORMAT": 1, "REPORT_FOLDER": str(out / "notes")} if notes else {}
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, out, SITE_ID_FIELD="site_id",
                                                          LANGUAGE=0, SUMMARY=str(out / "summary.csv"), **extra))
        written[notes] = (out / "summary.csv").read_bytes()
    header, *rows = written[False].split(b"\n")[:-1]  # the file ends its last row
    assert header.startswith(b"\xef\xbb\xbfsite_id,") and header.endswith(b",notes") and len(rows) == 10
    assert b",269999.71," in rows[0]  # a number as GDAL writes it first
    folder = tmp_path / "with" / "notes"
    expected = [header] + [row + str(folder / f"{row.split(b',')[0].decode()}.html").encode() for row in rows]
    assert written[True] == b"\n".join(expected) + b"\n"
