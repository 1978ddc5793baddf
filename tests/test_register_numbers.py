"""The register never gives a number twice (an entry deleted by hand keeps its number), and a register that cannot
be written is refused naming why and what to do."""

import os
import subprocess
import sys

import pytest
from osgeo import ogr

from tests.test_register import APPENDER, edit_by_hand, entry, read
from zoning_review.plugin.core.outputs.register import RegisterError, append_to_register

AS_BEFORE = ("DROP TRIGGER reviews_last_issued_insert", "DROP TRIGGER reviews_last_issued_update",
             "DROP TABLE gpkg_metadata_reference", "DROP TABLE gpkg_metadata",
             "DELETE FROM gpkg_extensions WHERE extension_name = 'gpkg_metadata'")


def as_an_older_register(path) -> None:
    """The register as an earlier version of the plugin wrote it: without the record of the numbers issued (nor
    the GeoPackage's metadata tables)."""
    for statement in AS_BEFORE:
        edit_by_hand(path, statement)


def test_the_last_entry_deleted_by_hand_does_not_give_its_number_to_the_next_review(qgis_new_project, tmp_path):
    path = tmp_path / "台账.gpkg"
    for name in ("S01", "S02", "S03"):
        append_to_register(str(path), entry(name, "compliant"))
    edit_by_hand(path, "DELETE FROM reviews WHERE seq = 3")
    assert append_to_register(str(path), entry("S04", "compliant")) == 4  # before, S04 was given number 3
    edit_by_hand(path, "DELETE FROM reviews WHERE seq >= 2")  # every entry after the first
    assert append_to_register(str(path), entry("S05", "compliant")) == 5
    assert [r[:2] for r in read(path)] == [(1, "S01"), (5, "S05")]


def test_an_older_register_keeps_its_numbers_from_its_first_append_on(qgis_new_project, tmp_path):
    path = tmp_path / "r.gpkg"
    for name in ("S01", "S02"):
        append_to_register(str(path), entry(name, "compliant"))
    as_an_older_register(path)
    edit_by_hand(path, "DELETE FROM reviews WHERE seq = 2")  # deleted before the plugin recorded its numbers
    assert append_to_register(str(path), entry("S03", "compliant")) == 2  # nothing could know of number 2
    edit_by_hand(path, "DELETE FROM reviews WHERE seq = 2")
    assert append_to_register(str(path), entry("S04", "compliant")) == 3  # before, S04 was given number 2 again
    edit_by_hand(path, "UPDATE reviews SET seq = 9 WHERE seq = 3")  # renumbered by hand, then deleted
    edit_by_hand(path, "DELETE FROM reviews WHERE seq = 9")
    assert append_to_register(str(path), entry("S05", "compliant")) == 10


def test_two_reviewers_first_saving_to_an_older_register_at_once_never_share_or_reuse_a_number(
        qgis_new_project, tmp_path, repo_root):
    path = tmp_path / "r.gpkg"
    for name in ("S01", "S02", "S03"):
        append_to_register(str(path), entry(name, "compliant"))
    as_an_older_register(path)
    reviewers = [subprocess.Popen([sys.executable, "-c", APPENDER, str(repo_root), str(path), who],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                 for who in ("A", "B")]
    given = [int(line) for process in reviewers for line in process.communicate(timeout=240)[0].split()]
    assert sorted(given) == list(range(4, 34))  # each review told its own number
    assert sorted(r[0] for r in read(path)) == list(range(1, 34))
    edit_by_hand(path, "DELETE FROM reviews WHERE seq = 33")
    assert append_to_register(str(path), entry("S04", "compliant")) == 34


@pytest.fixture
def read_only(tmp_path):
    """A folder on a read-only file system (a read-only bind mount: refused to root too), with a register holding
    one entry in it."""
    folder = tmp_path / "只读"
    folder.mkdir()
    append_to_register(str(folder / "台账.gpkg"), entry("S01", "compliant"))
    if subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode:
        pytest.skip("a read-only bind mount needs root (mount --bind)")
    try:
        assert subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True).returncode == 0
        with pytest.raises(OSError):
            (folder / "probe").write_text("")  # the mount refuses writing, to root too
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)  # QGIS may still hold the file open


def test_a_register_in_a_read_only_folder_is_refused_naming_why_and_what_to_do(qgis_new_project, read_only):
    path = read_only / "台账.gpkg"
    before = path.read_bytes()
    with pytest.raises(RegisterError) as error:
        append_to_register(str(path), entry("S02", "compliant"))
    assert str(error.value) == (  # before, the message ended with an empty reason: "…register {path}: "
        f"The review could not be saved to the register {path}: the folder {read_only} is on a read-only file "
        "system; nothing was written. Make the folder writable, or choose a register in a folder you can write "
        "to under Settings ▸ Options ▸ Zoning Review.")
    assert path.read_bytes() == before


def test_a_new_register_in_a_read_only_folder_is_refused_naming_why_and_nothing_is_made(qgis_new_project,
                                                                                      read_only):
    path = read_only / "新台账.gpkg"
    with pytest.raises(RegisterError) as error:
        append_to_register(str(path), entry("S01", "compliant"))
    assert f"{path}: the folder {read_only} is on a read-only file system; nothing was written." in str(error.value)
    assert sorted(os.listdir(read_only)) == ["台账.gpkg"]
    source = ogr.Open(str(read_only / "台账.gpkg"))
    assert source.GetLayerByName("reviews").GetFeatureCount() == 1
