"""A file named .docx that is no Word document — a Word 97-2003 .doc renamed, a damaged download, another zip file —
refused naming the file and saying what to do, never an unexpected failure quoting python-docx's English error."""

import zipfile

import pytest
from qgis.core import QgsProcessingException

from zoning_review.plugin.core.rules.access_list_import import import_access_list

NOT_A_DOCX = ("{file} is not a Word document (.docx) or is damaged: open it in Word, save it as a Word document "
              "(.docx) — a Word 97-2003 .doc file too — and import that.")


def not_word(tmp_path, kind: str):
    """A .docx file that is no Word document: a .doc's first bytes, a cut zip file, or a zip file of a text."""
    path = tmp_path / f"{kind} 准入清单.docx"
    if kind == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "not a document")
    else:
        path.write_bytes({"doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "cut": b"PK\x03\x04broken"}[kind])
    return path


@pytest.mark.parametrize("kind", ["doc", "cut", "zip"])
def test_a_docx_that_is_no_word_document_is_named_with_what_to_do(qgis_app, tmp_path, kind):
    path = not_word(tmp_path, kind)
    result = import_access_list(str(path))
    assert [(e.template, e.values) for e in result.errors] == [(NOT_A_DOCX, {"file": str(path)})]
    assert path.exists() and not (tmp_path / "out.yaml").exists()


def test_importaccesslist_refuses_it_as_bad_input_not_as_a_failure(zr_processing, tmp_path):
    import processing

    path = not_word(tmp_path, "doc")
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:importaccesslist", {"INPUT": str(path), "OUTPUT": str(tmp_path / "out.yaml")})
    message = str(caught.value)
    assert f"{path} is not a Word document (.docx)" in message, message
    assert "unexpected" not in message and "Package not found" not in message, message
    assert not (tmp_path / "out.yaml").exists()
