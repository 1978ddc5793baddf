"""A project saved in the real QGIS desktop while the siting screen is on: the screen's scratch layers and their group
are not written into the project file — the file is the one saved with the screen off —, saving leaves the screen on
with its layers, and the project opens as the user's own layers with the plugin (after restarting QGIS) and without
it, never with empty layers named after the screen."""

import re
import zipfile
from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPTS = Path(__file__).parent / "scripts"
SAMPLE = Path(__file__).resolve().parents[2] / "sample" / "xiongan_review.qgz"


def project_text(path: Path) -> str:
    """The .qgs document inside a .qgz file."""
    with zipfile.ZipFile(path) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".qgs")]
        return archive.read(name).decode("utf-8")


def same_save(text: str) -> str:
    """A project document without what differs between any two saves of it (the time it was saved)."""
    return re.sub(r' saveDateTime="[^"]*"', "", text)


def tree_of(text: str) -> list:
    """The names of the sample's layer tree as the project file holds it, read with the standard library."""
    import xml.etree.ElementTree as ET

    def names(group) -> list:
        return [[node.get("name"), names(node)] if node.tag == "layer-tree-group" else node.get("name")
                for node in group if node.tag in ("layer-tree-layer", "layer-tree-group")]

    return names(ET.fromstring(text).find("layer-tree-group"))


@pytest.fixture(scope="module")
def saved(tmp_path_factory, artifacts_dir):
    """The first run's detail and the folder of its two saves."""
    folder = tmp_path_factory.mktemp("siting-save")
    run = run_in_qgis(SCRIPTS / "siting_save.py", artifacts_dir, env={"ZR_E2E_SAVE_TO": str(folder)})
    assert run.returncode == 0 and not run.errors, run.explain()
    return run.detail, folder


def test_the_screens_layers_are_not_written_and_the_rest_is_saved_as_with_the_screen_off(saved):
    detail, folder = saved
    screen_ids = list(detail["before"]["layers"])
    assert len(screen_ids) == 2 and all(count > 0 for count in detail["before"]["layers"].values()), detail
    on, off = project_text(folder / "on.qgz"), project_text(folder / "off.qgz")
    assert not [layer_id for layer_id in screen_ids if layer_id in on], "the screen's layers are in the file"
    assert "zoning_review/siting_group" not in on and "Siting screen" not in on
    assert same_save(on) == same_save(off)
    assert tree_of(on) == tree_of(project_text(SAMPLE))  # the sample's own layers, as its file holds them


def test_saving_leaves_the_screen_on_with_its_layers(saved):
    detail, _folder = saved
    assert detail["after"] == detail["before"] and detail["after"]["on"] and detail["after"]["group_on_top"]


@pytest.mark.parametrize("plugin_off", [False, True])
def test_the_saved_project_opens_as_the_users_layers_with_and_without_the_plugin(saved, artifacts_dir, plugin_off):
    _detail, folder = saved
    env = {"ZR_E2E_SAVE_TO": str(folder), **({"ZR_PLUGIN_OFF": "1"} if plugin_off else {})}
    run = run_in_qgis(SCRIPTS / "siting_reopen.py", artifacts_dir, env=env)
    assert run.returncode == 0 and not run.errors, run.explain()
    reopened = run.detail
    assert reopened["loaded"] is not plugin_off
    assert reopened["tree"] == tree_of(project_text(SAMPLE)), reopened["tree"]
    assert not [layer for layer in reopened["layers"] if layer[1] == "memory"], reopened["layers"]
