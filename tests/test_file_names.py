"""File names made from names people give: one rule for the dock's and Processing's notes (core/file_names.py)."""

import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.file_names import MAX_STEM_BYTES, safe_name

DEVICES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in "0123456789¹²³"), *(f"lpt{n}" for n in "0123456789¹²³")}


@pytest.mark.parametrize("name, expected", [
    ("CON", "CON_"), ("con.html", "con_.html"), ("Com1.tar.gz", "Com1_.tar.gz"), ("LPT¹", "LPT¹_"),
    ("nul .txt", "nul _.txt"), ("aux.", "aux_"), ("CONSOLE", "CONSOLE"), ("PRN_1", "PRN_1"), ("xCON", "xCON"),
])
def test_a_windows_device_name_gets_an_underscore_with_any_extension(name, expected):
    assert safe_name(name) == expected


@pytest.mark.parametrize("name, expected", [
    ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"), ("tab\there\x7f!", "tab_here_!"),
    (" .项目 （东区）. ", "项目 （东区）"), ("...", "notes"), ("", "notes"), ("A#1 & 2", "A#1 & 2"),
])
def test_refused_characters_become_underscores_and_the_ends_lose_spaces_and_dots(name, expected):
    assert safe_name(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("雄" * 50, "雄" * 39),  # 150 bytes: 39 whole characters (117 bytes) fit, 40 (120) leave no byte for a "_"
    ("a" + "雄" * 50, "a" + "雄" * 39),
    ("😀" * 40, "😀" * 29),  # four bytes each
    ("x" * 118 + " .." + "y" * 9, "x" * 118),  # the new end loses its space and dots
])
def test_a_long_name_keeps_whole_characters_within_120_bytes(name, expected):
    assert safe_name(name) == expected


def test_trimmed_characters_and_the_fallback_are_the_callers():
    assert safe_name("__S01__", trim="_") == "S01"
    assert safe_name("_/_", fallback="site", trim="_") == "site"
    assert safe_name("_CON_", trim="_") == "CON_"


@settings(max_examples=400, deadline=None)
@given(name=st.text(max_size=300), limit=st.integers(min_value=8, max_value=250))
def test_any_name_gives_a_file_name_every_system_takes(name, limit):
    stem = safe_name(name, limit)
    assert stem and len(stem.encode("utf-8")) <= limit
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f\x7f]', stem)
    assert stem.strip(" .") == stem
    assert stem.split(".")[0].rstrip(" ").casefold() not in DEVICES
    assert safe_name(stem, limit) == stem
    for suffix in ("_12", "_9223372036854775807_2"):  # a site's feature id, a clash's number: kept as given
        assert safe_name(stem + suffix, MAX_STEM_BYTES) == stem + suffix
        assert len(f"{stem}{suffix}.docx.part".encode()) <= 255


def test_a_notes_path_over_windows_limit_is_refused_with_its_length_before_anything_is_written(tmp_path):
    from zoning_review.plugin.core.file_names import FileNameError, notes_path

    # 259 characters at most, with the ".part" the PDF and Word notes are written as first
    folder = str(tmp_path / ("d" * (259 - len(str(tmp_path)) - len("/S01.docx.part") - 1)))
    fits = notes_path(folder, "S01", "docx", windows=True)
    assert fits == f"{folder}/S01.docx" and len(fits) + len(".part") == 259
    with pytest.raises(FileNameError) as refused:
        notes_path(folder, "S012", "docx", windows=True)
    assert f"{folder}/S012.docx" in str(refused.value) and "260 characters" in str(refused.value)
    assert "at most 259" in str(refused.value)
    # counted as Windows counts: UTF-16 units, so an ideograph is one character, an emoji two
    assert notes_path(folder, "雄安A", "docx", windows=True)
    with pytest.raises(FileNameError):
        notes_path(folder, "雄安😀", "docx", windows=True)  # three characters to Python
    assert notes_path(folder, "S012" * 60, "docx", windows=False) == f"{folder}/{'S012' * 60}.docx"
    assert not os.path.exists(folder)


def test_notes_too_long_for_windows_are_a_notes_error_and_write_nothing(tmp_path, monkeypatch):
    from zoning_review.plugin.core import file_names
    from zoning_review.plugin.notes.export import write_notes
    from zoning_review.plugin.notes.layout_renderer import NotesError

    monkeypatch.setattr(file_names.os, "name", "nt")  # only the check reads it: the path stays a Linux one
    folder = tmp_path / ("d" * 200)
    with pytest.raises(NotesError, match="Windows allows at most 259"):
        write_notes(None, None, str(folder), "S" * 60, "docx", "en")
    assert os.listdir(tmp_path) == []
