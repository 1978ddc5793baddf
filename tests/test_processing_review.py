"""zoningreview:reviewsites through processing.run on the bundled sample and on broken input."""

import json
import re
import shutil

import pytest
from osgeo import ogr
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorFileWriter,
)

from tests.kept_feedback import Feedback
from tests.sample_oracle import DECIDING_RULES, EXPECTED_VERDICTS, expected_overlaps

CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")


def params(gpkg, rules, out, sites=None, **extra):
    """reviewsites parameters for the sample (or another sites layer)."""
    base = {
        "SITES": sites or f"{gpkg}|layername=sites",
        "UNITS": f"{gpkg}|layername=control_units",
        "RULES": str(rules),
        "CONSTRAINTS": [f"{gpkg}|layername={name}" for name in CONSTRAINTS],
        "LANGUAGE": 1,
        "FINDINGS": str(out / "findings.gpkg"),
        "SUMMARY": str(out / "summary.gpkg"),
    }
    base.update(extra)
    return base


def edited_sample(sample_gpkg, path, *statements: str):
    """A copy of the sample GeoPackage at ``path`` with the SQL statements run on it, in order; returns ``path``."""
    shutil.copy(sample_gpkg, path)
    data = ogr.Open(str(path), 1)
    for statement in statements:
        data.ExecuteSQL(statement)
    data = None
    return path


def rows(path):
    """Every feature of the first layer of a file as a dict (with the geometry's WKT)."""
    data = ogr.Open(str(path))
    layer = data.GetLayer(0)
    out = []
    for feature in layer:
        item = feature.items()
        geometry = feature.GetGeometryRef()
        item["_wkt"] = geometry.ExportToWkt() if geometry else ""
        out.append(item)
    return out


@pytest.fixture(scope="module")
def sample_run(zr_processing, sample_gpkg, example_rules, tmp_path_factory):
    """One review of the ten sample sites."""
    import processing

    out = tmp_path_factory.mktemp("review")
    result = processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, out))
    return result, rows(out / "summary.gpkg"), rows(out / "findings.gpkg")


def test_every_sample_site_gets_its_expected_verdict(sample_run):
    _result, summary, _findings = sample_run
    verdicts = {row["site_id"]: row["verdict"] for row in summary}
    assert len(summary) == 10
    assert {k: verdicts[k] for k in EXPECTED_VERDICTS} == EXPECTED_VERDICTS
    assert "has_say" not in summary[0]  # only a review over several unit layers says that


def test_deciding_clauses_are_named_in_the_summary(sample_run):
    _result, summary, _findings = sample_run
    reasons = {row["site_id"]: row["reason"] for row in summary}
    for site, rule in DECIDING_RULES.items():
        assert rule in reasons[site], (site, reasons[site])
    assert "590 m" in reasons["S02"] or " m from river_bank" in reasons["S02"]


def test_a_units_own_requirement_text_is_named_in_words_in_the_summary(sample_run):
    _result, summary, _findings = sample_run
    reasons = {row["site_id"]: row["reason"] for row in summary}
    assert "ZH13063230005 Pollutant emission control:" in reasons["S06"], reasons["S06"]
    for site, reason in reasons.items():
        assert not re.search(r"ZH\d+:[a-z_]+", reason), (site, reason)


def test_findings_match_an_independent_overlay(sample_run, sample_gpkg):
    _result, summary, findings = sample_run
    for site in sorted(row["site_id"] for row in summary):
        expected = expected_overlaps(sample_gpkg, site)
        got = sorted((r["unit_code"], r["overlap_m2"]) for r in findings if r["site_id"] == site)
        assert [c for c, _ in got] == [c for c, _ in expected], site
        for (_code, area), (_c, want) in zip(got, expected):
            assert area == pytest.approx(want, rel=1e-3), site


def test_findings_rows_carry_fractions_counts_and_json(sample_run):
    _result, _summary, findings = sample_run
    for row in findings:
        assert 0 < row["site_fraction"] <= 1 + 1e-9 and 0 < row["unit_fraction"] <= 1 + 1e-9
        items = json.loads(row["findings_json"])
        assert row["n_conflict"] == sum(1 for f in items if f["status"] == "conflict")
        assert row["n_needs_info"] == sum(1 for f in items if f["status"] == "needs_info")
        assert row["n_manual"] == sum(1 for f in items if f["status"] == "manual_check")
        assert all(f["reason_text"] or f["status"] == "not_applicable" for f in items)
        assert row["_wkt"].startswith("MULTIPOLYGON")
    multi = [r for r in findings if r["site_id"] == "S10"]
    assert sum(r["site_fraction"] for r in multi) == pytest.approx(1.0, abs=1e-3)


def test_findings_are_the_same_whether_or_not_notes_are_written(zr_processing, sample_run, sample_gpkg,
                                                                 example_rules, tmp_path):
    import processing

    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, REPORT_FORMAT=1,
                                                      REPORT_FOLDER=str(tmp_path / "notes")))
    assert (tmp_path / "notes" / "index.html").exists()
    _result, _summary, findings = sample_run
    assert rows(tmp_path / "findings.gpkg") == findings
    texts = " ".join(row["findings_json"] for row in findings)
    assert " m from " in texts and "lies within" in texts  # both sides of a distance rule are exercised


def _sites_with_broken_ones(source, path):
    """A copy of the sample sites plus a bow-tie site, a site without geometry and one far away."""
    layer = source.materialize(QgsFeatureRequest())
    extra = {
        "B1": QgsGeometry.fromWkt("POLYGON((116.0 39.0, 116.01 39.01, 116.01 39.0, 116.0 39.01, 116.0 39.0))"),
        "B2": QgsGeometry(),
        "B3": QgsGeometry.fromWkt("POLYGON((100 30, 100.01 30, 100.01 30.01, 100 30.01, 100 30))"),
    }
    template = next(source.getFeatures())
    layer.startEditing()
    for site_id, geometry in extra.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes(template.attributes())
        feature["fid"] = None
        feature["site_id"] = site_id
        feature.setGeometry(geometry)
        layer.addFeature(feature)
    layer.commitChanges()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(path), layer.transformContext(), options)
    return str(path)


def test_broken_sites_are_reported_and_never_stop_the_batch(
    zr_processing, sample_gpkg, sites_layer, example_rules, tmp_path
):
    import processing

    sites = _sites_with_broken_ones(sites_layer, tmp_path / "sites.gpkg")
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites),
                   feedback=feedback)
    verdicts = {r["site_id"]: (r["verdict"], r["reason"]) for r in rows(tmp_path / "summary.gpkg")}
    assert len(verdicts) == 13
    assert {k: verdicts[k][0] for k in EXPECTED_VERDICTS} == EXPECTED_VERDICTS
    assert verdicts["B2"][0] == "needs_study" and "no geometry" in verdicts["B2"][1]
    assert verdicts["B3"][0] == "needs_study" and "outside every control unit" in verdicts["B3"][1]
    assert verdicts["B1"][0] in ("compliant", "needs_study", "non_compliant")
    assert any("B2" in e for e in feedback.errors)


def test_cancelling_mid_batch_keeps_a_valid_partial_output(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path),
                   feedback=Feedback(cancel_when=lambda kept: bool(kept.progress) and kept.progress[-1] >= 30))
    summary = rows(tmp_path / "summary.gpkg")
    assert len(summary) == 3
    assert all(r["verdict"] in ("compliant", "non_compliant", "needs_study") for r in summary)


def test_missing_rule_file_and_bad_attribute_map_fail_with_clear_messages(
    zr_processing, sample_gpkg, example_rules, tmp_path
):
    import processing

    with pytest.raises(QgsProcessingException, match="nope.yaml does not exist"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, tmp_path / "nope.yaml", tmp_path))
    with pytest.raises(QgsProcessingException, match="declares no attribute no_such_attribute"):
        processing.run("zoningreview:reviewsites", params(
            sample_gpkg, example_rules, tmp_path, ATTRIBUTE_MAP="no_such_attribute=boiler_tph"))
    with pytest.raises(QgsProcessingException, match="have no field GLRL"):
        processing.run("zoningreview:reviewsites", params(
            sample_gpkg, example_rules, tmp_path, ATTRIBUTE_MAP="boiler_tph=GLRL"))


def test_finding_to_dict_matches_dataclasses_asdict():
    from dataclasses import asdict

    from zoning_review.plugin.core.model.results import Finding, Reason

    inner = Reason("site is {d} m from {layer}", {"d": 640, "layer": "river_bank"})
    finding = Finding("G-SL-03", "general", "spatial_layout", "prohibit", "conflict", "禁止", "No", "basis",
                      [Reason("{rule}: {reason}", {"rule": "G", "reason": [inner]}), inner], ["x"], True)
    assert finding.to_dict() == asdict(finding)


def test_summary_loaded_into_the_project_is_styled_by_verdict(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                             qgis_iface, monkeypatch):
    import processing
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    # Processing hands the layer tree view to C++ from QGIS 3.44 on: a real one, not the test iface's mock.
    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view)

    result = processing.runAndLoadResults("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path))
    project = QgsProject.instance()
    summary = project.mapLayer(result["SUMMARY"]) or next(
        lyr for lyr in project.mapLayers().values() if lyr.source().startswith(str(tmp_path / "summary.gpkg")))
    renderer = summary.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "verdict"
    assert {c.value() for c in renderer.categories()} == {"compliant", "needs_study", "non_compliant"}
    project.removeAllMapLayers()


def _many_sites(sample_gpkg, path, copies: int):
    """A copy of the sample whose sites layer holds each site ``copies`` times, with ids of their own."""
    shutil.copy(sample_gpkg, path)
    data = ogr.Open(str(path), 1)
    layer = data.GetLayerByName("sites")
    originals = [feature.Clone() for feature in layer]
    layer.StartTransaction()
    for number in range(1, copies):
        for original in originals:
            copy = original.Clone()
            copy.SetFID(-1)
            copy.SetField("site_id", f"{original.GetField('site_id')}-{number}")
            assert layer.CreateFeature(copy) == 0
    layer.CommitTransaction()
    data = None
    return path


def test_progress_moves_in_steps_of_a_tenth_of_a_percent(zr_processing, sample_gpkg, example_rules, tmp_path):
    """A batch of 1,500 sites reports progress at most once per 0.1 %, rising to 100 %: not once per site."""
    import processing

    feedback = Feedback()
    gpkg = _many_sites(sample_gpkg, tmp_path / "many.gpkg", 150)
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path), feedback=feedback)
    shown = feedback.progress
    assert len(rows(tmp_path / "summary.gpkg")) == 1500
    assert shown == sorted(shown) and shown[-1] == 100.0
    assert len(shown) == 1001  # 1,500 sites: every tenth of a percent from 0 % to 100 % once, none twice
    assert len(set(shown)) == len(shown)


def test_the_cancel_warning_without_a_site_count_counts_what_was_reviewed(qgis_app):
    """A sites layer that cannot count its features (-1) gets no "of -1 sites" when the run is cancelled."""
    from zoning_review.plugin.processing.review_run import BatchReview

    assert BatchReview._cancelled_unknown_total(1) == "Cancelled after 1 site."
    assert BatchReview._cancelled_unknown_total(7) == "Cancelled after 7 sites."
