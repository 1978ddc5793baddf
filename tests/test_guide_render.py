"""The guide rendered into the profile follows the plugin's own folder (a reinstall elsewhere re-renders it)."""

import shutil


def test_a_guide_rendered_from_another_install_is_rendered_again(qgis_app, repo_root, tmp_path, monkeypatch):
    from qgis.PyQt.QtCore import QUrl

    from zoning_review.plugin import guide

    first = guide.guide_html("en")
    copy = tmp_path / "elsewhere" / "docs"
    shutil.copytree(repo_root / "docs", copy)
    monkeypatch.setattr(guide, "DOCS_DIR", str(copy))
    again = guide.guide_html("en")
    assert again == first  # the same file in the profile …
    with open(again, encoding="utf-8") as handle:
        text = handle.read()
    assert QUrl.fromLocalFile(str(copy) + "/").toString() + "images/" in text  # … now pointing at this install
