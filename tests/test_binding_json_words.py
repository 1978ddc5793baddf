"""A binding stored as broken JSON (a hand-edited project) is named in the UI language with where the JSON breaks
(its line and column), never with Python's English message ("Expecting value: line 1 column 1 (char 0)")."""

from qgis.core import QgsProject, QgsVectorLayer

from zoning_review.plugin.core.inputs.bindings import LAYER_PROPERTY, PROJECT_KEY, PROJECT_SCOPE, stored_bindings

from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language

BROKEN = '{"version": 2,\n    "layers": {\n'  # breaks off at line 3, column 1


def reopened(project: QgsProject, path) -> QgsProject:
    """The project written to ``path`` and read into a new project."""
    assert project.write(str(path))
    again = QgsProject()
    assert again.read(str(path))
    return again


def test_a_broken_project_entry_names_its_line_and_column(ui, tmp_path):  # noqa: F811
    ui("en")
    project = QgsProject()
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, "not json")
    [problem] = stored_bindings(reopened(project, tmp_path / "entry.qgs"))[1]
    assert "record of the unit-layer bindings cannot be read (not valid JSON at line 1, column 1)" in problem, problem
    assert "Expecting" not in problem and "char" not in problem, problem


def test_a_broken_layer_binding_names_its_line_and_column(ui, tmp_path):  # noqa: F811
    project = QgsProject()
    units = QgsVectorLayer("Polygon?crs=EPSG:4490&field=code:string", "管控单元", "memory")
    units.setCustomProperty(LAYER_PROPERTY, BROKEN)
    project.addMapLayer(units)
    again = reopened(project, tmp_path / "layer.qgs")
    ui("en")
    [problem] = stored_bindings(again)[1]
    assert "The binding of layer 管控单元 cannot be read (not valid JSON at line 3, column 1)" in problem, problem
    ui("zh")
    [problem] = stored_bindings(again)[1]
    assert problem.startswith("无法读取图层 管控单元 的绑定（"), problem
    assert "Expecting" not in problem and "char" not in problem, problem
