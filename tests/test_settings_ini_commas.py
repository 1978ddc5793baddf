"""Every text and path setting an organisation's global .ini file (or another tool) holds with commas unquoted reads
as written: Qt reads such a value as a list with the spaces around each comma dropped, and joining its items with
", " made ``D:/Projects/Review,2026/out`` a folder that does not exist (``D:/Projects/Review, 2026/out``)."""

from pathlib import Path

import pytest
from qgis.core import QgsSettings

from zoning_review.plugin import settings

TEXT_SETTINGS = [setting for setting in vars(settings).values()
                 if isinstance(setting, settings.Setting) and setting.kind is str]

# (the line as written in the .ini file, the text it holds); backslashes are doubled in an .ini file
WRITTEN = [
    ("D:/Projects/Review,2026/out", "D:/Projects/Review,2026/out"),
    ("D:/Projects/Review ,  2026/out", "D:/Projects/Review ,  2026/out"),
    ("D:/Projects/Review, 2026/out", "D:/Projects/Review, 2026/out"),
    ("C:\\\\Users\\\\Wang,Li\\\\notes.qpt", "C:\\Users\\Wang,Li\\notes.qpt"),
    ("/srv/review/a,b ,c", "/srv/review/a,b ,c"),
]


@pytest.fixture
def global_ini(qgis_app, tmp_path):
    """A global settings file (qgis_global_settings.ini) in use, the user's own values of the text settings
    removed so it is what they read; emptied afterwards (QGIS cannot be told to read no global file again)."""
    path = tmp_path / "qgis_global_settings.ini"
    path.write_text("", encoding="utf-8")
    assert QgsSettings.setGlobalSettingsPath(str(path))
    for setting in TEXT_SETTINGS:
        setting.reset()
    yield path
    path.write_text("", encoding="utf-8")


def write_ini(path: Path, key: str, line: str) -> None:
    """``key`` (``zoning_review/a/b``) written by hand: its section, then the rest of the key with backslashes."""
    section, rest = key.split("/", 1)
    path.write_text(f"[{section}]\n{rest.replace('/', chr(92))}={line}\n", encoding="utf-8")


def test_a_path_set_by_hand_is_a_list_for_qt(global_ini):
    """The premise: Qt reads the unquoted commas as a list, without the spaces around them."""
    write_ini(global_ini, settings.LAST_OUTPUT_DIR.key, "D:/Projects/Review ,  2026/out")
    assert QgsSettings().value(settings.LAST_OUTPUT_DIR.key) == ["D:/Projects/Review", "2026/out"]


@pytest.mark.parametrize("setting", TEXT_SETTINGS, ids=lambda setting: setting.key)
@pytest.mark.parametrize(("line", "text"), WRITTEN)
def test_every_text_setting_reads_as_written(global_ini, setting, line, text):
    write_ini(global_ini, setting.key, line)
    assert setting.value() == text


def test_the_user_profile_value_read_as_written_before_the_global_one(global_ini):
    """A value in the user's profile (written by QGIS as a list: ``a, b`` unquoted) wins over the global file's."""
    write_ini(global_ini, settings.REGISTER_PATH.key, "D:/global,register.gpkg")
    QgsSettings().setValue(settings.REGISTER_PATH.key, ["D:/Projects/Review", "2026/register.gpkg"])
    try:
        assert settings.REGISTER_PATH.value() == "D:/Projects/Review, 2026/register.gpkg"
    finally:
        settings.REGISTER_PATH.reset()


def test_a_path_stored_by_the_plugin_reads_back_the_same(global_ini):
    settings.LAST_RULES_DIR.set("D:/Projects/Review,2026/rules")
    try:
        assert settings.LAST_RULES_DIR.value() == "D:/Projects/Review,2026/rules"
    finally:
        settings.LAST_RULES_DIR.reset()
