"""sitingscreen cancelled or failed part way: its outputs held some units only, and were left on disk under the names
given (a GeoPackage of one unit read later as the screen). What it wrote is removed — a file it wrote whole, or its
table of a GeoPackage that holds the user's other tables, which stay as they were — and the log says so."""

import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from .overlay_helpers import dispose, memory_layer, write_file


class CancelAtFirstProgress(QgsProcessingFeedback):
    """Cancels at the first progress (after the first unit); keeps the warnings."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def setProgress(self, progress):  # noqa: N802 - QGIS's name
        super().setProgress(progress)
        self.cancel()

    def pushWarning(self, text):  # noqa: N802 - QGIS's name
        self.warnings.append(text)
        super().pushWarning(text)


def run_cancelled(sample_gpkg, example_rules, output: str, zones: str) -> CancelAtFirstProgress:
    import processing

    feedback = CancelAtFirstProgress()
    with pytest.raises(QgsProcessingException, match="cancelled after 1 of "):
        processing.run("zoningreview:sitingscreen", {
            "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
            "CONSTRUCTION": 0, "CATALOGUE": 0, "LANGUAGE": 1, "OUTPUT": output, "ZONES": zones}, feedback=feedback)
    return feedback


def tables(path) -> list:
    data = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    names = [data.GetLayer(index).GetName() for index in range(data.GetLayerCount())]
    data = None
    return names


def test_a_cancelled_screen_leaves_no_output_file(zr_processing, sample_gpkg, example_rules, tmp_path):
    screen, zones = tmp_path / "screen.gpkg", tmp_path / "zones.gpkg"
    feedback = run_cancelled(sample_gpkg, example_rules, str(screen), str(zones))
    assert not screen.exists() and not zones.exists()  # each held the first unit's rows
    assert sorted(path.name for path in tmp_path.iterdir()) == []
    removed = [text for text in feedback.warnings
               if "the run did not complete, so its incomplete output was removed" in text]
    assert len(removed) == 2 and any(str(screen) in text for text in removed)
    assert any(str(zones) in text for text in removed)


def test_a_cancelled_screen_into_a_users_geopackage_removes_only_its_own_table(zr_processing, sample_gpkg,
                                                                              example_rules, tmp_path):
    notes = memory_layer("Point", "EPSG:4490", [{"wkt": "POINT(116 39)", "name": "well"}], fields=("name",),
                         name="field_notes")
    both = tmp_path / "work.gpkg"
    dispose(write_file(notes, both), notes)
    run_cancelled(sample_gpkg, example_rules, f"ogr:dbname='{both}' table=\"screen\" (geom)",
                  f"ogr:dbname='{both}' table=\"zones\" (geom)")
    assert tables(both) == ["field_notes"]
    kept = QgsVectorLayer(f"{both}|layername=field_notes", "kept", "ogr")
    assert [f["name"] for f in kept.getFeatures()] == ["well"]
    dispose(kept)
