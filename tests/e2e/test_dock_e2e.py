"""The dock in the real QGIS desktop: bind, draw across two units, review, change the industry."""

import re
from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "dock_review.py"
UNITS = ["ZH13062920001", "ZH13062930002", "ZH13062930003"]


@pytest.mark.parametrize("locale,shot", [("en_US", "dock-en.png"), ("zh_CN", "dock-zh.png")])
def test_dock_review_in_desktop(artifacts_dir, locale, shot):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale=locale)
    check_review(run, locale, shot)
    assert run.detail["provider"] == "ogr" and run.detail["keeps_geometries"] == [True]


def test_dock_reviews_units_from_postgis(artifacts_dir, postgis):
    """The same review with the unit layer read from a PostGIS database."""
    run = run_in_qgis(SCRIPT, artifacts_dir, env={"ZR_E2E_UNITS_URI": postgis.uri("control_units").uri(False)})
    check_review(run, "en_US", "dock-en-postgis.png")
    # the database is asked for the candidates of each site; the layer is not copied into memory
    assert run.detail["provider"] == "postgres" and run.detail["keeps_geometries"] == [False]


def check_review(run, locale: str, shot: str) -> None:
    """What the dock must show for the drawn site, in either language, whatever the unit layer's provider."""
    assert run.returncode == 0 and not run.errors, run.explain()
    first, second = run.detail["first"], run.detail["second"]
    rows = first["tree"]["units"]
    assert [row["code"] for row in rows] == UNITS
    assert all(row["text"] == row["code"] + " " + row["name"] for row in rows)
    assert all(f"{row['percent']:.1f}%" in row["line"] for row in rows)
    assert all(row["name"] and row["category"] and row["area_m2"] > 0 for row in rows)
    assert sum(row["percent"] for row in rows) == pytest.approx(100, abs=0.5)
    assert first["tree"]["dimensions"], "the first unit shows no findings"
    assert first["verdict"] == "needs_study"
    words = {"en_US": ("Needs further study", "Spatial layout constraints", "Non-compliant"),
             "zh_CN": ("需进一步论证", "空间布局约束", "不符合")}[locale]
    assert words[0] in first["banner"], first["banner"]
    assert any(words[1] in text for text in first["tree"]["dimensions"]), first["tree"]["dimensions"]
    assert words[2] in second["banner"], second["banner"]
    assert len(first["highlights"]) == 3 and first["visible_highlights"] == 3
    assert all(h.endswith(":needs_study") for h in first["highlights"])
    assert first["site_outlined"]
    assert second["verdict"] == "non_compliant"
    cement = "水泥制造" if locale.startswith("zh") else "Manufacture of cement"
    assert cement in run.detail["industry_hint"], run.detail["industry_hint"]
    assert all(h.endswith(":non_compliant") for h in second["highlights"])
    detail = run.detail
    assert detail["with_review"] >= detail["baseline"] + 4  # site outline + three units
    assert detail["reloaded"]["items"] == detail["baseline"], "reload left canvas items behind"
    assert detail["reloaded"]["tool"] != "PolygonDrawTool"
    path = Path(run.detail["shot"])
    assert path.name == shot and path.stat().st_size > 20_000
    # the panel, asked for 440 pixels, takes no more, and every button of its results part shows whole
    assert detail["fit"]["width"] <= 440 and not detail["fit"]["cut"], detail["fit"]


def test_a_site_over_the_edge_of_the_units_needs_further_study_in_the_panel(artifacts_dir):
    """The same compliant project drawn inside the sample's west edge, then over it: about two thirds of the
    second site lie outside every unit, so the panel says needs further study and how much lies outside."""
    run = run_in_qgis(Path(__file__).parent / "scripts" / "dock_edge.py", artifacts_dir, locale="en_US")
    assert run.returncode == 0 and not run.errors, run.explain()
    inside, edge = run.detail["inside"], run.detail["edge"]
    assert inside["verdict"] == "compliant" and inside["uncovered_m2"] == 0.0
    assert edge["units"] == inside["units"] == ["ZH13063230008"]
    assert edge["verdict"] == "needs_study" and "Needs further study" in edge["banner"]
    share = 100 * edge["uncovered_m2"] / edge["site_m2"]
    assert 60 < share < 75  # worked out with shapely when the script's squares were chosen: 67.2 %
    said = (f"{round(edge['uncovered_m2']):,d} m² of the site ({round(share, 1)} %) lies outside every control unit "
            "of the unit layer: that part was not reviewed.")
    assert edge["rows"] == ["ZH13063230008 安新县一般管控单元8", said]  # under the unit, in the results tree
    assert inside["rows"] == ["ZH13063230008 安新县一般管控单元8"]


def test_a_site_over_the_edge_of_every_bound_layer_needs_further_study_in_the_panel(artifacts_dir, tmp_path):
    """The sample's units bound twice (its layer and a copy without the requirement texts): the compliant project
    over their west edge needs further study, the part outside them all named under the first layer."""
    from osgeo import gdal

    copy = tmp_path / "units_copy.gpkg"
    assert gdal.VectorTranslate(str(copy), str(Path(__file__).parents[2] / "sample" / "xiongan_sample.gpkg"),
                                layers=["control_units"], selectFields=["HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "ZLCB"])
    run = run_in_qgis(Path(__file__).parent / "scripts" / "dock_layers_edge.py", artifacts_dir, locale="en_US",
                      env={"ZR_E2E_UNITS_COPY": f"{copy}|layername=control_units"})
    assert run.returncode == 0 and not run.errors, run.explain()
    edge, inside = run.detail["edge"], run.detail["inside"]
    assert run.detail["bound"] == ["control_units", "units_copy"] and edge["layers"] == run.detail["bound"]
    assert all(m2 > 0 for m2 in edge["uncovered_m2"])  # each layer alone leaves the part outside
    assert edge["verdicts"] == ["needs_study", "compliant"] and edge["verdict"] == "needs_study"
    assert "Needs further study" in edge["banner"]
    assert "1 control unit overlapped" in edge["banner"]  # the same unit in both layers counts once
    [first, said], [second] = edge["rows"]  # under each layer: its unit; under the first, the part outside
    assert first == second == "ZH13063230008 安新县一般管控单元8"
    found = re.fullmatch(r"(\d{1,3}(?:,\d{3})*) m² of the site \((\d+\.\d) %\) lies outside every control unit "
                         r"of the bound unit layers: that part was not reviewed\.", said)
    assert found, said
    # both layers hold the same units, so the part outside them all is the part outside either (one layer's own)
    assert int(found.group(1).replace(",", "")) == pytest.approx(edge["uncovered_m2"][0], rel=1e-3)
    assert 60 < float(found.group(2)) < 75  # as in the one-layer e2e (dock_edge.py): 67.2 %, from shapely
    assert inside["verdict"] == "compliant" and inside["verdicts"] == ["compliant", "compliant"]
    assert "1 control unit overlapped" in inside["banner"]
    assert inside["rows"] == [["ZH13063230008 安新县一般管控单元8"]] * 2
    assert Path(run.detail["shot"]).stat().st_size > 20_000
