"""sitingscreen cancelled or failed part way. It removed what it wrote, while reviewsites keeps the rows of the sites
it reviewed; the project's rule (lose nothing: a run that stops leaves valid files and a summary naming only what was
written) now holds for both. The outputs keep the whole rows of the units screened before the run stopped (a unit's
screen row only once its zones are written), the GeoPackage opens, and the log says the run stopped, how far it got
and what each output holds; a cancelled screen is loaded with "incomplete" in its layers' names, never as a screen
of every unit."""

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsProject

from zoning_review.plugin.core.overlay.types import OverlayError
from zoning_review.plugin.core.siting import screen as siting_screen

from .kept_feedback import Feedback, at_report
from .overlay_helpers import dispose, memory_layer, write_file
from .test_processing_review import CONSTRAINTS

UNITS_IN_SAMPLE = 38  # the sample's control units; the first with a rule zone is the twelfth


def parameters(sample_gpkg, example_rules, output: str, zones: str) -> dict:
    return {"UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
            "CONSTRAINTS": [f"{sample_gpkg}|layername={name}" for name in CONSTRAINTS], "CONSTRUCTION": 0,
            "CATALOGUE": 0, "LANGUAGE": 1, "OUTPUT": output, "ZONES": zones}


def stopped_lines(feedback) -> list:
    """The warnings that say the run stopped and what it kept."""
    return [text for text in feedback.warnings if "the siting screen" in text.lower() and "units" in text
            or "kept as written" in text or "not kept" in text]


def table_rows(path, table: str = "") -> list:
    """Every row of a table (the first one when not named) of a file, read to its end with no GDAL error."""
    gdal.ErrorReset()
    data = ogr.Open(str(path))
    assert data is not None, path
    layer = data.GetLayerByName(table) if table else data.GetLayer(0)
    found = [dict(feature.items(), _wkt=feature.GetGeometryRef().ExportToWkt() if feature.GetGeometryRef() else "")
             for feature in layer]
    assert gdal.GetLastErrorType() == gdal.CE_None, gdal.GetLastErrorMsg()
    return found


def tables(path) -> list:
    data = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    names = [data.GetLayer(index).GetName() for index in range(data.GetLayerCount())]
    data = None
    return names


@pytest.fixture(scope="module")
def complete(zr_processing, sample_gpkg, example_rules, tmp_path_factory):
    """The screen of every unit of the sample (files): (units rows, zones rows), in the order written."""
    import processing

    out = tmp_path_factory.mktemp("complete")
    processing.run("zoningreview:sitingscreen", parameters(sample_gpkg, example_rules, str(out / "screen.gpkg"),
                                                           str(out / "zones.gpkg")))
    return table_rows(out / "screen.gpkg"), table_rows(out / "zones.gpkg")


def first(complete, count: int):
    """The rows of the first ``count`` units of the complete screen, as a stopped run holds them."""
    units, zones = complete
    codes = [row["unit_code"] for row in units[:count]]
    return units[:count], [row for row in zones if row["unit_code"] in codes]


def without_fids(rows: list) -> list:
    return [{k: v for k, v in row.items() if k != "fid"} for row in rows]


def test_a_cancelled_screen_keeps_the_units_it_screened(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                        complete):
    import processing

    screen, zones = tmp_path / "screen.gpkg", tmp_path / "zones.gpkg"
    feedback = Feedback(cancel_when=at_report(12))
    result = processing.run("zoningreview:sitingscreen", parameters(sample_gpkg, example_rules, str(screen),
                                                                     str(zones)), feedback=feedback)
    # the run ends as a cancelled reviewsites run does: its outputs returned (it raised, and removed both files)
    assert result["OUTPUT"] == str(screen) and result["ZONES"] == str(zones)
    units_kept, zones_kept = first(complete, 12)
    assert len(zones_kept) == 1 and len(complete[1]) > 1
    assert without_fids(table_rows(screen)) == without_fids(units_kept)  # whole rows, as a complete run writes them
    assert without_fids(table_rows(zones)) == without_fids(zones_kept)
    assert stopped_lines(feedback) == [
        f"The siting screen was cancelled after 12 of {UNITS_IN_SAMPLE} units: the files it wrote hold those units "
        "only and are kept as written (QGIS loads no output of a cancelled run). Run the screen again to screen every "
        "unit.",
        f"“Siting screen” (OUTPUT): {screen}: kept as written before the run stopped (rows: 12).",
        f"“Rule zones” (ZONES): {zones}: kept as written before the run stopped (rows: {len(zones_kept)}).",
    ]
    assert not feedback.errors


def test_a_cancelled_screen_into_a_users_geopackage_keeps_every_table(zr_processing, sample_gpkg, example_rules,
                                                                      tmp_path, complete):
    import processing

    notes = memory_layer("Point", "EPSG:4490", [{"wkt": "POINT(116 39)", "name": "well"}], fields=("name",),
                         name="field_notes")
    both = tmp_path / "work.gpkg"
    dispose(write_file(notes, both), notes)
    processing.run("zoningreview:sitingscreen", parameters(
        sample_gpkg, example_rules, f"ogr:dbname='{both}' table=\"screen\" (geom)",
        f"ogr:dbname='{both}' table=\"zones\" (geom)"), feedback=Feedback(cancel_when=at_report(1)))
    assert sorted(tables(both)) == ["field_notes", "screen", "zones"]
    assert [row["name"] for row in table_rows(both, "field_notes")] == ["well"]
    units_kept, zones_kept = first(complete, 1)
    assert without_fids(table_rows(both, "screen")) == without_fids(units_kept)
    assert without_fids(table_rows(both, "zones")) == without_fids(zones_kept)


def test_a_screen_failing_on_a_later_unit_keeps_what_it_wrote_and_says_so(zr_processing, sample_gpkg, example_rules,
                                                                          tmp_path, complete, monkeypatch):
    """The thirteenth unit cannot be read (as a unit table whose database stops answering, named by the layer): the
    run fails with that error, and the twelve units before stay in both files, named in the log."""
    import processing

    screened, screen_feature = [], siting_screen.SitingScreen.screen_feature

    def failing_at_the_thirteenth(self, feature):
        screened.append(feature.id())
        if len(screened) == 13:
            raise OverlayError("control_units could not be read completely from its database")
        return screen_feature(self, feature)

    monkeypatch.setattr(siting_screen.SitingScreen, "screen_feature", failing_at_the_thirteenth)
    screen, zones = tmp_path / "screen.gpkg", tmp_path / "zones.gpkg"
    feedback = Feedback(cancel_when=at_report(10 ** 6))
    with pytest.raises(QgsProcessingException, match="could not be read completely"):
        processing.run("zoningreview:sitingscreen", parameters(sample_gpkg, example_rules, str(screen), str(zones)),
                       feedback=feedback)
    units_kept, zones_kept = first(complete, 12)
    assert without_fids(table_rows(screen)) == without_fids(units_kept)
    assert without_fids(table_rows(zones)) == without_fids(zones_kept)
    assert stopped_lines(feedback) == [
        f"The siting screen stopped after 12 of {UNITS_IN_SAMPLE} units, before its end: the files it wrote hold those "
        "units only and are kept as written (QGIS loads no output of a failed run). Run the screen again once the "
        "error that stopped it is put right.",
        f"“Siting screen” (OUTPUT): {screen}: kept as written before the run stopped (rows: 12).",
        f"“Rule zones” (ZONES): {zones}: kept as written before the run stopped (rows: {len(zones_kept)}).",
    ]


def test_a_failed_screen_names_no_temporary_layer_as_kept(zr_processing, sample_gpkg, example_rules, monkeypatch):
    """QGIS loads no output of a failed run: its temporary layers are gone, which the log says."""
    import processing

    def failing(self, feature):
        raise OverlayError("control_units could not be read completely from its database")

    monkeypatch.setattr(siting_screen.SitingScreen, "screen_feature", failing)
    feedback = Feedback(cancel_when=at_report(10 ** 6))
    with pytest.raises(QgsProcessingException, match="could not be read completely"):
        processing.run("zoningreview:sitingscreen", parameters(sample_gpkg, example_rules, "TEMPORARY_OUTPUT",
                                                               "TEMPORARY_OUTPUT"), feedback=feedback)
    assert stopped_lines(feedback) == [
        f"The siting screen stopped after 0 of {UNITS_IN_SAMPLE} units, before its end: the files it wrote hold those "
        "units only and are kept as written (QGIS loads no output of a failed run). Run the screen again once the "
        "error that stopped it is put right.",
        "“Siting screen” (OUTPUT): a temporary layer, not kept (rows: 0). To keep what a stopped "
        "run wrote, save its outputs to files.",
        "“Rule zones” (ZONES): a temporary layer, not kept (rows: 0). To keep what a stopped "
        "run wrote, save its outputs to files."]


def test_after_a_cancel_in_the_processing_dialog_the_files_stay_and_the_log_names_them(
        zr_processing, sample_gpkg, example_rules, tmp_path, qgis_iface, monkeypatch):
    """The dialog's path (the run, then QGIS's loading of its results with the run's feedback): QGIS loads no output
    of a cancelled run, so the project gets no layer that could pass for a screen of every unit; the files stay on
    disk, and the log names each with its rows."""
    import processing
    from qgis.core import QgsLayerTreeModel
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()  # Processing hands the layer tree view to C++ from QGIS 3.44 on
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view)
    project = QgsProject.instance()
    before = set(project.mapLayers())
    screen, zones = tmp_path / "screen.gpkg", tmp_path / "zones.gpkg"
    feedback = Feedback(cancel_when=at_report(2))
    processing.runAndLoadResults("zoningreview:sitingscreen", parameters(sample_gpkg, example_rules, str(screen),
                                                                          str(zones)), feedback=feedback)
    assert set(project.mapLayers()) == before
    assert len(table_rows(screen)) == 2
    assert stopped_lines(feedback)[1:] == [
        f"“Siting screen” (OUTPUT): {screen}: kept as written before the run stopped (rows: 2).",
        f"“Rule zones” (ZONES): {zones}: kept as written before the run stopped (rows: 0).",
    ]


def test_a_cancelled_screen_into_temporary_layers_says_they_are_not_kept(zr_processing, sample_gpkg,
                                                                         example_rules):
    import processing

    feedback = Feedback(cancel_when=at_report(2))
    processing.run("zoningreview:sitingscreen", parameters(sample_gpkg, example_rules, "TEMPORARY_OUTPUT",
                                                           "TEMPORARY_OUTPUT"), feedback=feedback)
    lines = [text for text in feedback.warnings if "a temporary layer, not kept" in text]
    assert [line.split(":")[0] for line in lines] == ["“Siting screen” (OUTPUT)", "“Rule zones” (ZONES)"]
    assert lines[0] == ("“Siting screen” (OUTPUT): a temporary layer, not kept (rows: 2). To keep what a stopped "
                        "run wrote, save its outputs to files.")
