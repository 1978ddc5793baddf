"""Several unit layers in one batch, as the guide tells: merged into one layer with QGIS's own *Merge vector
layers* (native:mergevectorlayers, which names each unit's layer in a field), each rule set scoped to its layer's
units with RULE_SCOPES. reviewsites on the merged layer gives the verdicts the panel gives over the layers bound
each with its rule set (the worst over the layers with units under the site)."""

import yaml
from osgeo import gdal

from tests.test_processing_review import params, rows
from tests.test_rereview import panel_verdicts
from tests.test_rereview_layers import s08_moved, west_squares

# a third of the sample's units and S03's (a C2614 plant, compliant over the province list): also in a city layer
CITY = "fid % 3 = 0 OR HJGKDYBM = 'ZH13063820002'"


def city_list(example_rules, path):
    """The example list plus a city-wide clause: no chemical industry (C26) anywhere in the city."""
    data = yaml.safe_load(example_rules.read_text(encoding="utf-8"))
    data["metadata"]["id"] = "city-strict"
    data["rules"].append({"id": "CITY-01", "level": "general", "dimension": "spatial_layout", "effect": "prohibit",
                          "when": {"industry": "C26"}, "text": {"zh": "全市禁止新建化工项目。"}, "basis": "测试"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def units_layer(sample_gpkg, path, name, where=None) -> str:
    """The sample's units (``where`` selects) as a GeoPackage layer named ``name``."""
    done = gdal.VectorTranslate(str(path), str(sample_gpkg), layers=["control_units"], layerName=name, where=where)
    assert done is not None
    done = None
    return f"{path}|layername={name}"


def test_layers_merged_with_scoped_rule_sets_review_as_the_panel_binds_them(zr_processing, qgis_new_project,
                                                                            sample_gpkg, example_rules, tmp_path):
    import processing

    province = units_layer(sample_gpkg, tmp_path / "province.gpkg", "province")
    city = units_layer(sample_gpkg, tmp_path / "city.gpkg", "city", CITY)
    strict = city_list(example_rules, tmp_path / "city.yaml")
    for name, layer, rules in (("province", province, example_rules), ("city", city, strict)):
        (tmp_path / name).mkdir()
        processing.run("zoningreview:reviewsites", params(sample_gpkg, rules, tmp_path / name, UNITS=layer,
                                                           SITE_ID_FIELD="site_id", OTHER_UNIT_LAYERS=True))
    expected = panel_verdicts([tmp_path / name / "summary.gpkg" for name in ("province", "city")])
    merged = processing.run("native:mergevectorlayers", {"LAYERS": [province, city],
                                                         "OUTPUT": str(tmp_path / "merged.gpkg")})["OUTPUT"]
    (tmp_path / "merged").mkdir()
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, None, tmp_path / "merged", UNITS=merged, RULES=[str(example_rules), str(strict)],
        RULE_SCOPES="\"layer\" = 'province'\n\"layer\" = 'city'", SITE_ID_FIELD="site_id"))
    found = {r["site_id"]: r["verdict"] for r in rows(tmp_path / "merged" / "summary.gpkg")}
    assert expected["S03"] == "non_compliant"  # the city list decides there
    assert found == expected
    assert [(r["unit_code"], r["verdict"]) for r in rows(tmp_path / "merged" / "findings.gpkg")
            if r["site_id"] == "S03"] == [("ZH13063820002", "compliant"), ("ZH13063820002", "non_compliant")]
    assert [r["n_units"] for r in rows(tmp_path / "merged" / "summary.gpkg") if r["site_id"] == "S03"] == [2]
    (tmp_path / "edge").mkdir()  # S08's compliant project moved over the west edge of the units, and inside it
    # (the units' own requirement texts left out: they would need a check by hand)
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, None, tmp_path / "edge", UNITS=merged, RULES=[str(example_rules), str(strict)],
        RULE_SCOPES="\"layer\" = 'province'\n\"layer\" = 'city'", SITE_ID_FIELD="site_id",
        SITES=s08_moved(sample_gpkg, west_squares(sample_gpkg)), USE_UNIT_PROSE=False))
    assert {r["site_id"]: r["verdict"] for r in rows(tmp_path / "edge" / "summary.gpkg")} == {
        "edge": "needs_study", "inside": "compliant"}
