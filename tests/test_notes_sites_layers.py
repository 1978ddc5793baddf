"""reviewsites' notes folder shared by runs on several sites layers (a batch whose rows all name one folder, a model):
the notes written for one layer are never replaced, nor left out of the index, by the notes of another; the same
layer reviewed again replaces its own notes; pages written before pages recorded their layer are replaced as before."""

import html
import re

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsVectorLayer,
)

from tests.kept_feedback import Feedback
from tests.test_notes_folder_kept import notes_params
from tests.test_processing_models import INPUT, STATIC, native_step
from tests.test_processing_review import CONSTRAINTS, edited_sample, rows
from zoning_review.plugin.compat import SOURCE_ANY_GEOMETRY, SOURCE_FILE, SOURCE_POLYGON

REFUSED = ("The folder {folder} holds review notes written for another sites layer, {layer} ({page}): the notes of "
           "this run would replace them or leave them out of the folder's index. Choose another folder for these "
           "notes, or move those notes elsewhere, then run again.")

SAME_NAME = ("The folder {folder} holds review notes written for another sites layer of the same name, {layer} "
             "({page}), which is still open: the notes of this run would replace them. Give one of the two layers "
             "another name, or choose another folder for these notes, then run again.")


def record(layer: str) -> str:
    """The head tag a page written for the sites layer ``layer`` carries."""
    return f'<meta name="zoning-review-sites" content="{html.escape(layer, quote=True)}">'


def contents(folder) -> dict:
    """Every file of a folder, by name, with its bytes."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture
def layer_a(sample_gpkg, tmp_path):
    """Sites S01 and S02."""
    return edited_sample(sample_gpkg, tmp_path / "a.gpkg", "DELETE FROM sites WHERE site_id NOT IN ('S01', 'S02')")


@pytest.fixture
def layer_b(sample_gpkg, tmp_path):
    """Another site (the sample's S03) also called S01."""
    return edited_sample(sample_gpkg, tmp_path / "b.gpkg", "DELETE FROM sites WHERE site_id <> 'S03'",
                         "UPDATE sites SET site_id = 'S01'")


def run(gpkg, rules, tmp_path, name: str, folder, fmt: int = 1, sites=None):
    """reviewsites on ``gpkg``'s sites (or ``sites``) with notes (1 HTML, 2 PDF) in ``folder``, outputs in their own
    folder ``name``; the errors it reported."""
    import processing

    out = tmp_path / name
    out.mkdir()
    log = Feedback()
    values = {**notes_params(gpkg, rules, out, folder), "REPORT_FORMAT": fmt}
    if sites is not None:
        values["SITES"] = sites
    processing.run("zoningreview:reviewsites", values, feedback=log)
    return log.errors


def test_another_sites_layers_notes_stop_the_run_before_anything_is_written(zr_processing, layer_a, layer_b,
                                                                            example_rules, tmp_path):
    import processing

    folder = tmp_path / "notes"
    assert run(layer_a, example_rules, tmp_path, "a", folder) == []
    source_a = f"{layer_a}|layername=sites"
    assert sorted(contents(folder)) == ["S01.html", "S02.html", "index.html"]
    assert all(record(source_a) in page.decode("utf-8")[:1000] for page in contents(folder).values())
    before = contents(folder)
    out = tmp_path / "b"
    out.mkdir()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", notes_params(layer_b, example_rules, out, folder))
    assert str(caught.value) == REFUSED.format(folder=folder, layer=source_a, page="index.html")
    assert contents(folder) == before and list(out.iterdir()) == []


def test_a_page_of_another_layer_stops_the_run_without_an_index(zr_processing, layer_a, layer_b, example_rules,
                                                                tmp_path):
    """A run whose index is gone (removed by hand) still leaves its pages their layer's."""
    import processing

    folder = tmp_path / "notes"
    assert run(layer_a, example_rules, tmp_path, "a", folder) == []
    (folder / "index.html").unlink()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", notes_params(layer_b, example_rules, tmp_path, folder))
    assert str(caught.value) == REFUSED.format(folder=folder, layer=f"{layer_a}|layername=sites", page="S01.html")


def test_pdf_notes_of_another_layer_are_kept_by_their_index(zr_processing, layer_a, layer_b, example_rules, tmp_path):
    import processing

    folder = tmp_path / "notes"
    assert run(layer_a, example_rules, tmp_path, "a", folder, fmt=2) == []
    before = contents(folder)
    assert sorted(before) == ["S01.pdf", "S02.pdf", "index.html"]
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", {**notes_params(layer_b, example_rules, tmp_path, folder),
                                                    "REPORT_FORMAT": 2})
    assert str(caught.value) == REFUSED.format(folder=folder, layer=f"{layer_a}|layername=sites", page="index.html")
    assert contents(folder) == before


def test_the_same_layer_reviewed_again_replaces_its_notes(zr_processing, layer_a, example_rules, tmp_path):
    folder = tmp_path / "notes"
    assert run(layer_a, example_rules, tmp_path, "first", folder) == []
    (folder / "S02.html").write_text((folder / "S02.html").read_text(encoding="utf-8") + "<!-- old -->",
                                     encoding="utf-8")
    assert run(layer_a, example_rules, tmp_path, "again", folder) == []
    assert "<!-- old -->" not in (folder / "S02.html").read_text(encoding="utf-8")


def test_pages_written_before_they_recorded_their_layer_are_replaced_as_before(zr_processing, layer_a, layer_b,
                                                                                example_rules, tmp_path):
    folder = tmp_path / "notes"
    assert run(layer_a, example_rules, tmp_path, "a", folder) == []
    for page in folder.iterdir():  # as the plugin wrote them before
        page.write_text(page.read_text(encoding="utf-8").replace(record(f"{layer_a}|layername=sites"), ""),
                        encoding="utf-8")
    assert run(layer_b, example_rules, tmp_path, "b", folder) == []
    assert record(f"{layer_b}|layername=sites") in (folder / "S01.html").read_text(encoding="utf-8")
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="S01.html"' in index and "S02.html" not in index


def memory_sites(gpkg, name: str) -> QgsVectorLayer:
    """The sites of ``gpkg`` as a memory layer called ``name`` (a scratch layer, a model's temporary output)."""
    layer = QgsVectorLayer(f"{gpkg}|layername=sites", "sites").materialize(QgsFeatureRequest())
    layer.setName(name)
    return layer


def test_memory_layers_are_told_apart_by_their_names(zr_processing, layer_a, layer_b, example_rules, tmp_path):
    import processing

    folder = tmp_path / "notes"
    assert run(layer_a, example_rules, tmp_path, "a1", folder, sites=memory_sites(layer_a, "候选地块 A")) == []
    assert record("候选地块 A") in (folder / "index.html").read_text(encoding="utf-8")
    assert run(layer_a, example_rules, tmp_path, "a2", folder, sites=memory_sites(layer_a, "候选地块 A")) == []
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", {**notes_params(layer_a, example_rules, tmp_path, folder),
                                                    "SITES": memory_sites(layer_b, "候选地块 B")})
    assert str(caught.value) == REFUSED.format(folder=folder, layer="候选地块 A", page="index.html")


def notes_model(step: str, values: dict) -> QgsProcessingModelAlgorithm:
    """A model: the sites copied by ``step`` (with ``values``) into a temporary layer (a memory layer from a native
    algorithm, a file in Processing's temporary folder from GDAL's), then reviewed with HTML notes."""
    model = QgsProcessingModelAlgorithm("notes chain", "zoning")
    for parameter in (QgsProcessingParameterFeatureSource("sites", "sites", [SOURCE_POLYGON]),
                      QgsProcessingParameterFeatureSource("units", "units", [SOURCE_POLYGON]),
                      QgsProcessingParameterMultipleLayers("rules", "rules", SOURCE_FILE),
                      QgsProcessingParameterMultipleLayers("constraints", "constraints", SOURCE_ANY_GEOMETRY)):
        model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    model.addChildAlgorithm(native_step(step, "copy", {"INPUT": INPUT("sites"), **values}))
    review = native_step("zoningreview:reviewsites", "review", {
        "SITES": QgsProcessingModelChildParameterSource.fromChildOutput("copy", "OUTPUT"), "UNITS": INPUT("units"),
        "RULES": INPUT("rules"), "CONSTRAINTS": INPUT("constraints"), "SITE_ID_FIELD": STATIC("site_id"),
        "REPORT_FORMAT": STATIC(1)})
    notes = QgsProcessingModelOutput("notes", "notes")
    notes.setChildId("review")
    notes.setChildOutputName("REPORT_FOLDER")
    review.setModelOutputs({"notes": notes})
    model.addChildAlgorithm(review)
    model.updateDestinationParameters()
    return model


@pytest.mark.parametrize("step, values", [("native:buffer", {"DISTANCE": 0.00001}), ("gdal:convertformat", {})])
def test_a_model_run_again_replaces_the_notes_of_its_temporary_sites_layer(zr_processing, layer_a, sample_gpkg,
                                                                           example_rules, tmp_path, step, values):
    """Each run of a model makes its temporary sites layer anew: the notes record it by its name."""
    import processing

    model = notes_model(step, {**values, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert model.validate() == (True, [])
    folder = tmp_path / "notes"
    values = {"sites": f"{layer_a}|layername=sites", "units": f"{sample_gpkg}|layername=control_units",
              "rules": [str(example_rules)], "constraints": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS]}
    name = next(d.name() for d in model.destinationParameterDefinitions() if d.name().endswith("notes"))
    for _run in range(2):
        log = Feedback()
        processing.run(model, {**values, name: str(folder)}, feedback=log)
        assert log.errors == []
        assert sorted(contents(folder)) == ["S01.html", "S02.html", "index.html"]
    recorded = re.search(r'<meta name="zoning-review-sites" content="([^"]*)">',
                         (folder / "index.html").read_text(encoding="utf-8")).group(1)
    print("RECORDED", recorded)
    assert recorded and "/" not in recorded and "\\" not in recorded  # a name, not a temporary path


class PageArrives(Feedback):
    """Feedback that, as the first site is reviewed, puts a page of another layer's notes in the notes folder (as a
    run elsewhere, in another QGIS, may)."""

    def __init__(self, page, folder) -> None:
        super().__init__()
        self.page, self.folder, self.done = page, folder, False

    def setProgress(self, progress):  # noqa: N802 - QGIS's name
        if not self.done:
            self.done = True
            self.folder.mkdir(exist_ok=True)
            (self.folder / "S09.html").write_bytes(self.page.read_bytes())
        super().setProgress(progress)


def test_another_layers_page_put_there_during_the_run_stops_the_notes(zr_processing, layer_a, layer_b,
                                                                      example_rules, tmp_path):
    import processing

    elsewhere = tmp_path / "elsewhere"
    assert run(layer_b, example_rules, tmp_path, "b", elsewhere) == []
    folder = tmp_path / "notes"
    out = tmp_path / "a"
    out.mkdir()
    log = PageArrives(elsewhere / "S01.html", folder)
    processing.run("zoningreview:reviewsites", notes_params(layer_a, example_rules, out, folder), feedback=log)
    assert log.errors == [REFUSED.format(folder=folder, layer=f"{layer_b}|layername=sites", page="S09.html")]
    assert sorted(contents(folder)) == ["S09.html"]
    assert [row["notes"] for row in rows(out / "summary.gpkg")] == ["", ""]  # SUMMARY as written, valid


@pytest.fixture
def project_layers():
    """Layers added to the project by a test, removed after it."""
    from qgis.core import QgsProject

    added = []
    yield lambda layer: added.append(QgsProject.instance().addMapLayer(layer).id())
    QgsProject.instance().removeMapLayers([layer_id for layer_id in added if QgsProject.instance().mapLayer(layer_id)])


def test_two_scratch_layers_of_one_name_in_the_project_are_told_apart(zr_processing, layer_a, layer_b, example_rules,
                                                                       tmp_path, project_layers):
    """Two temporary layers both called 新建临时图层, open side by side: one's notes never replace the other's."""
    import processing

    first, second = memory_sites(layer_a, "新建临时图层"), memory_sites(layer_b, "新建临时图层")
    project_layers(first)
    project_layers(second)
    folder = tmp_path / "notes"
    assert run(layer_a, example_rules, tmp_path, "a", folder, sites=first) == []
    before = contents(folder)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", {**notes_params(layer_b, example_rules, tmp_path, folder),
                                                    "SITES": second})
    assert str(caught.value) == SAME_NAME.format(folder=folder, layer="新建临时图层", page="index.html")
    assert contents(folder) == before
    assert run(layer_a, example_rules, tmp_path, "a2", folder, sites=first) == []  # the same layer again: replaced


def test_two_memory_layers_of_one_name_held_by_a_script_are_told_apart(zr_processing, layer_a, layer_b,
                                                                       example_rules, tmp_path):
    """Two memory layers called 候选地块, made by a script and never added to the project, both still open: the
    second's notes (its own S01) never replace the first's; each reviewed again replaces its own."""
    import processing

    first, second = memory_sites(layer_a, "候选地块"), memory_sites(layer_b, "候选地块")
    folder = tmp_path / "notes"
    assert run(layer_a, example_rules, tmp_path, "a", folder, sites=first) == []
    before = contents(folder)
    assert sorted(before) == ["S01.html", "S02.html", "index.html"]
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", {**notes_params(layer_b, example_rules, tmp_path, folder),
                                                    "SITES": second})
    assert str(caught.value) == SAME_NAME.format(folder=folder, layer="候选地块", page="index.html")
    assert contents(folder) == before
    assert run(layer_a, example_rules, tmp_path, "a2", folder, sites=first) == []  # the same layer again: replaced
    assert run(layer_b, example_rules, tmp_path, "b", tmp_path / "notes_b", sites=second) == []  # its own folder
    del first  # the first layer deleted: the name's notes are the layer's that has it now (as a model's re-run)
    assert run(layer_b, example_rules, tmp_path, "b2", folder, sites=second) == []
    assert contents(folder)["S01.html"] != before["S01.html"]


def test_a_scratch_layer_made_anew_between_runs_replaces_the_notes_of_the_one_it_replaced(
        zr_processing, layer_a, example_rules, tmp_path, project_layers):
    """The layer is removed and made again (a buffer run anew, its result added): the notes of its name are its."""
    from qgis.core import QgsProject

    earlier = memory_sites(layer_a, "缓冲区")
    project_layers(earlier)
    folder = tmp_path / "notes"
    assert run(layer_a, example_rules, tmp_path, "a1", folder, sites=earlier) == []
    QgsProject.instance().removeMapLayer(earlier.id())
    again = memory_sites(layer_a, "缓冲区")
    project_layers(again)
    assert run(layer_a, example_rules, tmp_path, "a2", folder, sites=again) == []
    assert sorted(contents(folder)) == ["S01.html", "S02.html", "index.html"]
