"""The review register: reviews appended with sequence numbers, never rewritten; a foreign layer refused."""

import json
import subprocess
import sys
import textwrap

import pytest
from osgeo import ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsEditError, QgsGeometry, QgsVectorLayer, edit

from zoning_review.plugin.core.outputs import register
from zoning_review.plugin.core.outputs.register import (
    COLUMNS,
    RegisterEntry,
    RegisterError,
    append_to_register,
)
from zoning_review.plugin.core.outputs.register_records import (
    read_register,
)

SITE_4490 = QgsGeometry.fromWkt("Polygon ((115.90 39.00, 115.91 39.00, 115.91 39.01, 115.90 39.01, 115.90 39.00))")


def entry(name: str, verdict: str) -> RegisterEntry:
    values = {"saved_at": "2026-12-03T11:00+08:00", "site_name": name, "verdict": verdict,
              "description_json": json.dumps({"industry": "E4812"}), "clauses_json": "[]", "opinion": "同意",
              "ruleset_id": "xiongan-example", "ruleset_version": "2024.1-example", "ruleset_sha256": "ab" * 32,
              "unit_layer_source": "sample.gpkg|layername=control_units", "reviewer": "王工",
              "plugin_version": "1.0", "qgis_version": "3.22"}
    return RegisterEntry(SITE_4490, QgsCoordinateReferenceSystem("EPSG:4490"), [values[n] for n, _k in COLUMNS[1:]])


def read(path):
    source = ogr.Open(str(path))  # kept: a layer outliving its data source crashes
    layer = source.GetLayerByName("reviews")
    return [(f.GetField("seq"), f.GetField("site_name"), f.GetField("verdict"), f.GetGeometryRef().ExportToWkt())
            for f in layer]


def test_reviews_are_appended_with_sequence_numbers(qgis_new_project, tmp_path):
    path = tmp_path / "台账.gpkg"
    assert append_to_register(str(path), entry("S05", "compliant")) == 1
    assert append_to_register(str(path), entry("S02", "non_compliant")) == 2
    assert append_to_register(str(path), entry("S05", "needs_study")) == 3  # a re-review is a new row
    rows = read(path)
    assert [r[:3] for r in rows] == [(1, "S05", "compliant"), (2, "S02", "non_compliant"), (3, "S05", "needs_study")]
    assert rows[0][3] == "MULTIPOLYGON (((115.9 39.0,115.91 39.0,115.91 39.01,115.9 39.01,115.9 39.0)))"


def test_a_site_in_another_crs_is_stored_in_cgcs2000(qgis_new_project, tmp_path):
    gk = QgsCoordinateReferenceSystem("EPSG:4548")  # CGCS2000 3-degree GK, CM 117°E (4534 + (117 - 75) / 3)
    site = QgsGeometry.fromWkt("Polygon ((413000 4320000, 414000 4320000, 414000 4321000, 413000 4320000))")
    path = tmp_path / "r.gpkg"
    append_to_register(str(path), RegisterEntry(site, gk, entry("S", "compliant").values))
    wkt = read(path)[0][3]
    lon = float(wkt.split("(((")[1].split(" ")[0])
    assert 115.9 < lon < 116.1  # 413 km easting, 87 km west of 117°E at 39°N


def test_a_layer_that_is_not_a_register_is_refused(qgis_new_project, tmp_path):
    path = tmp_path / "other.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("reviews")
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    source = None
    with pytest.raises(RegisterError):
        append_to_register(str(path), entry("S05", "compliant"))
    source = ogr.Open(str(path))
    assert source.GetLayerByName("reviews").GetFeatureCount() == 0


JUDGED = {"site_id": "S05", "unit_code": "ZH13063210001", "rule_id": "C-P-02", "judgement": "compliant",
          "remark": "已核查", "reviewer": "王工", "time": "2026-12-03T11:00+08:00", "override": False}


def judged_entry() -> RegisterEntry:
    made = entry("S05 公路", "compliant")
    clauses = [{"unit_code": "ZH13063210001", "rule_id": "C-P-02", "status": "complies",
                "machine_status": "manual_check", "judgement": JUDGED,
                "withdrawn": [{**JUDGED, "judgement": "non_compliant", "withdrawn_by": "李工", "withdrawn_at": "t"}]},
               {"unit_code": "", "rule_id": "G-SL-04", "status": "not_applicable", "machine_status": "",
                "judgement": None}]
    made.values[[n for n, _k in COLUMNS[1:]].index("clauses_json")] = json.dumps(clauses, ensure_ascii=False)
    return made


def test_entries_read_back_as_recorded(qgis_new_project, tmp_path):
    path = str(tmp_path / "台账.gpkg")
    append_to_register(path, entry("S02 化工", "non_compliant"))
    append_to_register(path, judged_entry())
    records = read_register(path)
    assert [(r.seq, r.text("site_name"), r.text("verdict")) for r in records] == [
        (1, "S02 化工", "non_compliant"), (2, "S05 公路", "compliant")]
    second = records[1]
    assert second.description().industry == "E4812" and second.text("ruleset_sha256") == "ab" * 32
    assert second.clause_statuses() == {("ZH13063210001", "C-P-02"): "complies", ("", "G-SL-04"): "not_applicable"}
    assert [(j.rule_id, j.word, j.reviewer) for j in second.judgements()] == [("C-P-02", "compliant", "王工")]
    assert [(w.judgement.word, w.by) for w in second.withdrawn()] == [("non_compliant", "李工")]
    assert second.site.boundingBox().xMinimum() == pytest.approx(115.90)
    assert [r.seq for r in records if r.matches("s05 COMPLIANT")] == [2]  # every word, any case
    assert [r.seq for r in records if r.matches("王工")] == [1, 2] and not any(r.matches("S07") for r in records)


def test_reading_a_missing_register_creates_nothing(qgis_new_project, tmp_path):
    with pytest.raises(RegisterError) as error:
        read_register(str(tmp_path / "none.gpkg"))
    assert "none.gpkg" in str(error.value) and not (tmp_path / "none.gpkg").exists()


def test_an_entry_with_unreadable_json_is_an_error_naming_it(qgis_new_project, tmp_path):
    path = str(tmp_path / "r.gpkg")
    broken = entry("S01", "compliant")
    broken.values[[n for n, _k in COLUMNS[1:]].index("clauses_json")] = "{not json"
    append_to_register(path, broken)
    record = read_register(path)[0]
    with pytest.raises(RegisterError) as error:
        record.clause_statuses()
    assert "entry 1" in str(error.value)


def test_a_foreign_layer_is_not_read_as_a_register(qgis_new_project, tmp_path):
    path = tmp_path / "other.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    source.CreateLayer("reviews").CreateField(ogr.FieldDefn("name", ogr.OFTString))
    source = None
    with pytest.raises(RegisterError):
        read_register(str(path))


def edit_by_hand(path, sql: str) -> None:
    """An SQL statement on the register's file, as a user editing it outside the plugin would."""
    source = ogr.Open(str(path), 1)
    source.ExecuteSQL(sql)
    source = None


def test_an_entry_edited_to_have_no_sequence_number_is_an_error_naming_it(qgis_new_project, tmp_path):
    path = tmp_path / "r.gpkg"
    append_to_register(str(path), entry("S01", "compliant"))
    edit_by_hand(path, "UPDATE reviews SET seq = NULL")
    with pytest.raises(RegisterError) as error:
        read_register(str(path))
    assert "S01" in str(error.value) and "sequence number" in str(error.value)


def test_a_number_repeated_in_the_attribute_table_is_refused(qgis_new_project, tmp_path):
    path = str(tmp_path / "r.gpkg")
    for name in ("S01", "S02"):
        append_to_register(path, entry(name, "compliant"))
    layer = QgsVectorLayer(f"{path}|layername=reviews", "reviews", "ogr")
    second = next(f for f in layer.getFeatures() if f["site_name"] == "S02")
    with pytest.raises(QgsEditError), edit(layer):
        layer.changeAttributeValue(second.id(), layer.fields().indexOf("seq"), 1)
    layer.rollBack()
    assert [r[:2] for r in read(path)] == [(1, "S01"), (2, "S02")]
    assert append_to_register(path, entry("S03", "compliant")) == 3


def test_rereview_refuses_a_register_whose_entries_share_a_number(qgis_new_project, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from zoning_review.plugin.processing.rereview_register import register_inputs

    path = tmp_path / "r.gpkg"
    for name in ("S01", "S02", "S03"):
        append_to_register(str(path), entry(name, "compliant"))
    edit_by_hand(path, "DROP INDEX reviews_seq_unique")  # a register written before numbers were kept unique
    edit_by_hand(path, "UPDATE reviews SET seq = 1 WHERE site_name = 'S03'")  # two registers pasted together
    with pytest.raises(QgsProcessingException) as error:
        register_inputs(str(path), QgsProcessingFeedback())
    assert "numbered 1;" in str(error.value)


def test_rereview_refuses_a_register_entry_whose_site_is_not_a_polygon(qgis_new_project, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from zoning_review.plugin.processing.rereview_register import register_inputs

    path = tmp_path / "r.gpkg"
    for name in ("S01", "S02", "S03"):
        append_to_register(str(path), entry(name, "compliant"))
    data = ogr.Open(str(path), 1)  # edited by hand: S02's site became a line
    layer = data.GetLayerByName("reviews")
    [feature] = [f for f in layer if f.GetField("site_name") == "S02"]
    feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING (115.90 39.00, 115.91 39.01)"))
    assert layer.SetFeature(feature) == 0
    data = None
    with pytest.raises(QgsProcessingException) as error:  # before, S02 was left out of the re-review silently
        register_inputs(str(path), QgsProcessingFeedback())
    assert str(error.value).startswith(f"Register {path}: entry 2 S02 cannot be re-reviewed (")
    assert "LineString" in str(error.value)


def test_a_description_of_the_wrong_shape_is_an_error_naming_the_entry(qgis_new_project, tmp_path):
    path = str(tmp_path / "r.gpkg")
    broken = entry("S01", "compliant")
    broken.values[[n for n, _k in COLUMNS[1:]].index("description_json")] = json.dumps({"attributes": [1, 2]})
    append_to_register(path, broken)
    with pytest.raises(RegisterError) as error:
        read_register(path)[0].description()
    assert "entry 1" in str(error.value)


def test_a_register_that_cannot_be_opened_for_a_moment_is_not_created_again_over_its_reviews(
        qgis_new_project, tmp_path, monkeypatch):
    path = str(tmp_path / "r.gpkg")
    append_to_register(path, entry("S01", "compliant"))
    append_to_register(path, entry("S02", "non_compliant"))
    real, calls = register.register_layer, []

    def busy_once(given):  # the first open fails, as while another reviewer's QGIS writes to the file
        calls.append(given)
        return real(str(tmp_path / "gone.gpkg")) if len(calls) == 1 else real(given)

    monkeypatch.setattr(register, "register_layer", busy_once)
    assert append_to_register(path, entry("S03", "compliant")) == 3  # before, a new empty register took number 1
    assert [r[:2] for r in read(path)] == [(1, "S01"), (2, "S02"), (3, "S03")]


APPENDER = textwrap.dedent("""
    import importlib.util, sys
    root, path, who = sys.argv[1:4]
    spec = importlib.util.spec_from_file_location("zoning_review", root + "/__init__.py",
                                                  submodule_search_locations=[root])
    sys.modules["zoning_review"] = module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry
    app = QgsApplication([], False)
    app.initQgis()
    from zoning_review.plugin.core.outputs.register import COLUMNS, RegisterEntry, append_to_register
    site = QgsGeometry.fromWkt("Polygon ((115.90 39.00, 115.91 39.00, 115.91 39.01, 115.90 39.00))")
    for number in range(15):
        values = [f"{who}-{number}" if name == "site_name" else "{}" for name, _kind in COLUMNS[1:]]
        print(append_to_register(path, RegisterEntry(site, QgsCoordinateReferenceSystem("EPSG:4490"), values)))
    sys.stdout.flush()
    app.exitQgis()
""")


def test_two_reviewers_saving_at_once_keep_every_review_under_a_number_of_its_own(
        qgis_new_project, tmp_path, repo_root):
    path = tmp_path / "r.gpkg"
    for name in ("S01", "S02", "S03"):
        append_to_register(str(path), entry(name, "compliant"))
    reviewers = [subprocess.Popen([sys.executable, "-c", APPENDER, str(repo_root), str(path), who],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                 for who in ("A", "B")]
    given = [int(line) for process in reviewers for line in process.communicate(timeout=240)[0].split()]
    rows = read(path)
    assert sorted(given) == list(range(4, 34))  # each review told its own number
    assert sorted(r[0] for r in rows) == list(range(1, 34))
    assert {r[1] for r in rows} == {"S01", "S02", "S03", *(f"{w}-{n}" for w in "AB" for n in range(15))}
