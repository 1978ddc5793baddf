"""The dock's notes written again to the same file after fewer unit layers decide the site: the files of the earlier
export that this one does not write again (one per layer: name_1_layer.html, name_2_layer.html) are removed when
nobody changed them, so the folder holds no old notes that look current; one changed since, or one the plugin did not
write, is kept and named in the message."""

from pathlib import Path

from qgis.core import Qgis

from tests.test_dock_notes_replace import reviewed
from zoning_review.plugin import settings


def export(dock, path: Path, layers: int, monkeypatch) -> list:
    """The dock's notes of the review on screen written to ``path`` as if ``layers`` bound layers decided the site
    (the one layer's review each time); the files written."""
    deciding = dock.runner.deciding()
    monkeypatch.setattr(dock.runner, "deciding", lambda: deciding * layers)
    written = dock.notes.write("en", "html", str(path))
    monkeypatch.undo()
    return [Path(item).name for item in written]


def test_files_an_earlier_export_wrote_are_removed_unless_changed(dock, example_rules, tmp_path, qtbot, monkeypatch,
                                                                  qgis_iface):
    settings.NOTES_EXPORTS.reset()
    reviewed(dock, example_rules, qtbot)
    folder = tmp_path / "notes"
    folder.mkdir()
    chosen = folder / "项目.html"
    assert export(dock, chosen, 3, monkeypatch) == [f"项目_{n}_control_units.html" for n in (1, 2, 3)]
    changed = folder / "项目_2_control_units.html"
    changed.write_text(changed.read_text(encoding="utf-8") + "<!-- 审查人批注 -->", encoding="utf-8")
    own = folder / "项目_4_control_units.html"  # not written by the plugin's exports to 项目.html
    own.write_text("<html>会议纪要</html>", encoding="utf-8")
    qgis_iface.messageBar().clear_messages()
    try:
        assert export(dock, chosen, 1, monkeypatch) == ["项目.html"]
    finally:
        settings.NOTES_EXPORTS.reset()
    assert sorted(path.name for path in folder.iterdir()) == [
        "项目.html", "项目_2_control_units.html", "项目_4_control_units.html"]
    [said] = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert f"Review notes written: {chosen}" in said
    removed = f"{folder / '项目_1_control_units.html'}, {folder / '项目_3_control_units.html'}"
    assert f"Removed the files an earlier export of these notes wrote that this one does not write again: {removed}" \
        in said
    assert f"Kept: {changed}, {own}. They are named like the files of an earlier export" in said
