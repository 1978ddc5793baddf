"""rereview over several unit layers, as the panel reviews a site when several layers are bound: the sample's
units split into two layers, each site's verdict the worst over them and its clauses those of both."""

import sys
from pathlib import Path

import pytest
from osgeo import gdal

from tests.test_processing_review import CONSTRAINTS, rows
from tests.test_rereview import NEW_RULE, panel_verdicts, ten_site_register
from zoning_review.plugin.core.review.rereview import merge_layers

ROOT = Path(__file__).resolve().parents[1]
# A third of the units (fid divisible by 3) go to a second layer. S05's two priority units, fid 10
# (ZH13063210001) and fid 12 (ZH13063210003), so fall in different layers.
SPLIT = {"A": "fid % 3 <> 0", "B": "fid % 3 = 0"}


def split_units(sample_gpkg, folder: Path) -> dict:
    """The sample's control units written as two layers (A and B); {name: path}."""
    out = {}
    for name, where in SPLIT.items():
        path = folder / f"units_{name}.gpkg"
        done = gdal.VectorTranslate(str(path), str(sample_gpkg), layers=["control_units"], where=where,
                                    layerName="control_units")
        assert done is not None
        done = None
        out[name] = f"{path}|layername=control_units"
    return out


def test_merge_layers_takes_the_worst_verdict_and_every_layers_clauses():
    a = ({"S1": "compliant", "S2": "non_compliant"}, {"S1": {("U1", "R"): "allowed"}})
    b = ({"S1": "needs_study", "S2": "compliant", "S3": "compliant"},
         {"S1": {("U2", "R"): "manual_check"}, "S3": {("U3", "R"): "allowed"}})
    verdicts, clauses = merge_layers([a, b])
    assert verdicts == {"S1": "needs_study", "S2": "non_compliant", "S3": "needs_study"}  # S3: no verdict in a
    assert clauses == {"S1": {("U1", "R"): "allowed", ("U2", "R"): "manual_check"}, "S3": {("U3", "R"): "allowed"}}


@pytest.mark.qgis_process
@pytest.mark.parametrize("judged_units,runs", [
    (("ZH13063210001", "ZH13063210003"), 4),  # S05's judgements in both layers: each layer reviewed twice
    (("ZH13063210001",), 3),  # only in layer A: layer B's first review stands, it is not run again
])
def test_a_register_reviewed_over_two_layers_re_reviewed_over_both_changes_nothing(
        zr_processing, qgis_new_project, sample_gpkg, example_rules, tmp_path, judged_units, runs):
    sys.path.insert(0, str(ROOT / "tools"))
    import processing
    from qgis_process_env import QgisProcess

    from tests.kept_feedback import Feedback
    from tests.test_processing_judgements import clause_digests, s05_table, write_table

    units = split_units(sample_gpkg, tmp_path)
    constraints = [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS]
    with QgisProcess() as runner:  # the first reviews, one per layer, as the panel makes them
        digests = clause_digests(runner, sample_gpkg, example_rules, tmp_path / "plain")
        judgements = write_table(tmp_path / "j.csv", [j for j in s05_table(digests) if j["unit_code"] in judged_units])
        for name, layer in units.items():
            proc, _ = runner.run("zoningreview:reviewsites", {
                "SITES": f"{sample_gpkg}|layername=sites", "UNITS": layer, "RULES": str(example_rules),
                "CONSTRAINTS": constraints, "SITE_ID_FIELD": "site_id", "JUDGEMENTS": judgements,
                "OTHER_UNIT_LAYERS": True,  # one of two layers: a part of a site outside it may lie in the other
                "FINDINGS": str(tmp_path / f"f{name}.gpkg"), "SUMMARY": str(tmp_path / f"s{name}.gpkg"),
                "CLAUSES": str(tmp_path / f"c{name}.gpkg")})
            assert proc.returncode == 0, proc.stderr
        register = tmp_path / "台账.gpkg"
        ten_site_register(register, sample_gpkg, [tmp_path / "sA.gpkg", tmp_path / "sB.gpkg"],
                          [tmp_path / "cA.gpkg", tmp_path / "cB.gpkg"], layers="units_A; units_B")
        base = {"REGISTER": str(register), "UNITS": units["A"], "NEW_RULES": str(example_rules),
                "CONSTRAINTS": constraints}
        one, _ = runner.run("zoningreview:rereview", {**base, "OUTPUT": str(tmp_path / "one.gpkg")})
    assert one.returncode == 0, one.stderr
    feedback = Feedback()  # in this process, to read every line of its log
    both_result = processing.run("zoningreview:rereview", {
        **base, "OTHER_UNITS": [units["B"]], "OUTPUT": str(tmp_path / "both.gpkg")}, feedback=feedback)
    table = {r["site_id"]: r for r in rows(tmp_path / "both.gpkg")}
    # worked out from the two first reviews: each site's worst verdict over the layers with units under it
    expected = panel_verdicts([tmp_path / f"s{name}.gpkg" for name in units])
    assert {"S01", "S03", "S08"} <= {s for s in expected if  # sites in one layer only: the other says nothing
                                     sum(r["site_id"] == s and r["n_units"] > 0 for n in units
                                         for r in rows(tmp_path / f"s{n}.gpkg")) == 1}
    assert {s: (r["verdict_before"], r["verdict_after"]) for s, r in table.items()} == {
        s: (v, v) for s, v in expected.items()}
    assert expected["S05"] == ("compliant" if len(judged_units) == 2 else "needs_study")
    assert not [(s, r["clauses_added"], r["clauses_removed"], r["clauses_changed"]) for s, r in table.items()
                if r["clauses_added"] or r["clauses_removed"] or r["clauses_changed"]]
    assert both_result["CHANGED"] == 0
    assert "clauses judged in the judgements table" in feedback.textLog() + str(feedback.lines)
    assert "match no clause" not in feedback.textLog()  # each judgement went with its clause's layer
    assert len(feedback.said("info", " — units ")) == runs * len(expected)  # a line per site and reviewsites run
    # Over layer A alone, the clauses of every unit of B show as removed: what the panel did before.
    removed = {s: r["clauses_removed"] for s, r in ((r["site_id"], r) for r in rows(tmp_path / "one.gpkg"))}
    clauses_b = {(r["site_id"], f"{r['unit_code']}:{r['rule_id']}") for r in rows(tmp_path / "cB.gpkg")}
    assert clauses_b and {(s, c) for s, text in removed.items() if text for c in text.split("; ")} == clauses_b


@pytest.mark.qgis_process
def test_candidate_sites_re_reviewed_over_two_layers(qgis_new_project, sample_gpkg, example_rules, tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    from qgis_process_env import QgisProcess

    units = split_units(sample_gpkg, tmp_path)
    new = tmp_path / "新清单.yaml"
    new.write_text(example_rules.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_RULE, encoding="utf-8")
    constraints = [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS]
    with QgisProcess() as runner:
        for name, layer in units.items():
            proc, _ = runner.run("zoningreview:reviewsites", {
                "SITES": f"{sample_gpkg}|layername=sites", "UNITS": layer, "RULES": str(example_rules),
                "CONSTRAINTS": constraints, "SITE_ID_FIELD": "site_id", "OTHER_UNIT_LAYERS": True,
                "FINDINGS": str(tmp_path / f"f{name}.gpkg"), "SUMMARY": str(tmp_path / f"s{name}.gpkg")})
            assert proc.returncode == 0, proc.stderr
        before = panel_verdicts([tmp_path / f"s{name}.gpkg" for name in units])
        for name in units:  # over several layers, SUMMARY says whether the layer has a say of each site
            assert all(r["has_say"] == (r["n_units"] > 0) for r in rows(tmp_path / f"s{name}.gpkg"))
            assert {r["has_say"] for r in rows(tmp_path / f"s{name}.gpkg")} == {0, 1}
        proc, result = runner.run("zoningreview:rereview", {
            "SITES": f"{sample_gpkg}|layername=sites", "UNITS": units["A"], "OTHER_UNITS": [units["B"]],
            "OLD_RULES": str(example_rules), "NEW_RULES": str(new), "SITE_ID_FIELD": "site_id",
            "CONSTRAINTS": constraints, "OUTPUT": str(tmp_path / "changes.gpkg")})
    assert proc.returncode == 0, proc.stderr
    table = {r["site_id"]: r for r in rows(tmp_path / "changes.gpkg")}
    assert {s: r["verdict_before"] for s, r in table.items()} == before
    # G-PE-04 prohibits C2614 in every unit: S02 and S03 (the sample's C2614 sites) are non-compliant after.
    assert {s: r["verdict_after"] for s, r in table.items()} == {**before, "S02": "non_compliant",
                                                                "S03": "non_compliant"}
    assert result["results"]["CHANGED"] == sum(before[s] != "non_compliant" for s in ("S02", "S03"))
    for site, row in table.items():
        assert all(c.endswith(":G-PE-04") for c in row["clauses_added"].split("; ")), site


PLAIN_FIELDS = ["HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "ZLCB"]  # without the requirement texts (a check by hand)


def plain_units(sample_gpkg, path: Path, where: str = "") -> str:
    """The sample's units (those ``where`` selects) without their requirement texts, as a GeoPackage layer."""
    done = gdal.VectorTranslate(str(path), str(sample_gpkg), layers=["control_units"], selectFields=PLAIN_FIELDS,
                                where=where or None)
    assert done is not None
    done = None
    return f"{path}|layername=control_units"


def s08_moved(sample_gpkg, squares: dict):
    """S08's compliant project at each square (shapely, EPSG:4490), named by its key: a memory layer of sites."""
    from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayer, edit

    sample = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    sites = sample.materialize(QgsFeatureRequest().setFilterExpression("site_id = 'S08'"))
    with edit(sites):
        [feature] = sites.getFeatures()
        index = sites.fields().indexOf("site_id")
        for name, square in squares.items():
            feature.setGeometry(QgsGeometry.fromWkt(square.wkt))
            feature.setAttribute(index, name)
            sites.addFeature(feature)
        sites.deleteFeature(next(f.id() for f in sites.getFeatures() if f["site_id"] == "S08"))
    return sites


def west_squares(sample_gpkg) -> dict:
    """Two squares by the westmost vertex of the sample's units: over their edge, and just inside it."""
    import shapely
    from qgis.core import QgsVectorLayer

    from tests.overlay_helpers import to_shapely

    units = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    union = shapely.union_all([to_shapely(f.geometry()) for f in units.getFeatures()])
    west = min(shapely.get_coordinates(union), key=lambda point: point[0])
    squares = {"edge": shapely.box(west[0] - 0.004, west[1] - 0.002, west[0] + 0.004, west[1] + 0.002),
               "inside": shapely.box(west[0] + 0.006, west[1] - 0.002, west[0] + 0.014, west[1] + 0.002)}
    assert shapely.area(shapely.difference(squares["edge"], union)) > 0.5 * shapely.area(squares["edge"])
    assert shapely.area(shapely.difference(squares["inside"], union)) == 0.0
    return squares


def rereviewed(sample_gpkg, example_rules, sites, layers, out: Path) -> dict:
    """rereview of the sites over the unit layers with the example list before and after: {site: (before, after)}."""
    import processing

    processing.run("zoningreview:rereview", {
        "SITES": sites, "UNITS": layers[0], "OTHER_UNITS": layers[1:], "SITE_ID_FIELD": "site_id",
        "OLD_RULES": str(example_rules), "NEW_RULES": str(example_rules),
        "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS], "OUTPUT": str(out)})
    return {r["site_id"]: (r["verdict_before"], r["verdict_after"]) for r in rows(out)}


def test_a_compliant_site_partly_outside_every_layer_needs_further_study(zr_processing, qgis_new_project, sample_gpkg,
                                                                        example_rules, tmp_path):
    """The sample's units as two layers that both hold them all: S08's compliant project moved over their west
    edge needs further study over both layers (the part outside lies in neither), as over one; inside, compliant."""
    copies = [plain_units(sample_gpkg, tmp_path / f"units_{name}.gpkg") for name in ("one", "two")]
    sites = s08_moved(sample_gpkg, west_squares(sample_gpkg))
    one = rereviewed(sample_gpkg, example_rules, sites, copies[:1], tmp_path / "one.gpkg")
    two = rereviewed(sample_gpkg, example_rules, sites, copies, tmp_path / "two.gpkg")
    assert one == two == {"edge": ("needs_study", "needs_study"), "inside": ("compliant", "compliant")}


def test_a_layer_whose_unit_near_the_site_cannot_be_overlaid_keeps_its_say(zr_processing, qgis_new_project,
                                                                           sample_gpkg, example_rules, tmp_path):
    """Layer X holds every unit but the one under the site just inside the west edge, layer Y that one. Over X
    and Y the site is compliant: X has no unit under it. Once X also holds a polygon collapsed to a line across
    the site (skipped by the overlay), the site may lie in that unit: X keeps its say, needs further study."""
    from osgeo import ogr

    code = "ZH13063230008"
    squares = west_squares(sample_gpkg)
    sites = s08_moved(sample_gpkg, {"inside": squares["inside"]})
    y = plain_units(sample_gpkg, tmp_path / "y.gpkg", f"HJGKDYBM = '{code}'")
    x = plain_units(sample_gpkg, tmp_path / "x.gpkg", f"HJGKDYBM <> '{code}'")
    assert rereviewed(sample_gpkg, example_rules, sites, [x, y], tmp_path / "clean.gpkg") == {
        "inside": ("compliant", "compliant")}
    x0, y0, x1, y1 = squares["inside"].bounds
    source = ogr.Open(str(tmp_path / "x.gpkg"), 1)
    layer = source.GetLayerByName("control_units")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("HJGKDYBM", "ZH13063239999")
    feature.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTIPOLYGON((({x0} {y0}, {x1} {y1}, {x0} {y0})))"))
    assert layer.CreateFeature(feature) == 0
    feature = layer = source = None
    assert rereviewed(sample_gpkg, example_rules, sites, [x, y], tmp_path / "broken.gpkg") == {
        "inside": ("needs_study", "needs_study")}


def test_a_layer_whose_overlap_with_the_site_geos_could_not_compute_keeps_its_say(
        zr_processing, qgis_new_project, sample_gpkg, example_rules, tmp_path, monkeypatch):
    """Layer X holds every unit, layer Y only the one under the site just inside the west edge. Should GEOS fail
    on Y's overlap with the site (as the engine meets it: the intersection gives nothing), Y has no unit under the
    site but cannot say the site lies outside it: Y keeps its say and the site needs further study, as in the panel
    (it was compliant over X alone when only skipped geometries counted)."""
    from zoning_review.plugin.core.overlay.engine import OverlayEngine

    code = "ZH13063230008"
    sites = s08_moved(sample_gpkg, {"inside": west_squares(sample_gpkg)["inside"]})
    x = plain_units(sample_gpkg, tmp_path / "x.gpkg")
    y = plain_units(sample_gpkg, tmp_path / "y.gpkg", f"HJGKDYBM = '{code}'")
    assert rereviewed(sample_gpkg, example_rules, sites, [x, y], tmp_path / "fine.gpkg") == {
        "inside": ("compliant", "compliant")}

    class NoIntersection:
        """A site's GEOS engine whose intersections fail (QgsGeometryEngine gives None when GEOS throws)."""

        @staticmethod
        def intersection(_unit):
            return None

    failed = []
    intersection = OverlayEngine._intersection

    def failing_in_y(self, warnings, engine, fid, unit, site_area):
        if "y.gpkg" in self.spec.layer.source():
            failed.append(fid)
            engine = NoIntersection()
        return intersection(self, warnings, engine, fid, unit, site_area)

    monkeypatch.setattr(OverlayEngine, "_intersection", failing_in_y)
    assert rereviewed(sample_gpkg, example_rules, sites, [x, y], tmp_path / "failed.gpkg") == {
        "inside": ("needs_study", "needs_study")}
    assert failed  # the overlay of the site with Y's unit was tried, and failed
