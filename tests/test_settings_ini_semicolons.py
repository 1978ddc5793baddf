"""Every text and path setting an .ini file holds with a semicolon unquoted reads as written: Qt takes an unquoted
``;`` for the start of a comment, so a folder ``D:/审查;2026/out`` given by hand in an organisation's global settings
file was read as ``D:/审查`` (another folder, which may exist)."""

import pytest
from qgis.core import QgsSettings

from tests.test_settings_ini_commas import TEXT_SETTINGS, global_ini, write_ini  # noqa: F401 - fixture
from zoning_review.plugin import settings

# (the line as written in the .ini file, the text it holds); backslashes are doubled in an .ini file
WRITTEN = [
    ("D:/审查;2026/out", "D:/审查;2026/out"),
    ("D:/Projects/a ; b", "D:/Projects/a ; b"),
    ("D:/Projects/a;b   ", "D:/Projects/a;b"),
    ("C:\\\\Users\\\\Wang;Li\\\\notes.qpt", "C:\\Users\\Wang;Li\\notes.qpt"),
    ("\\\\\\\\server\\\\gis;2026\\\\register.gpkg", "\\\\server\\gis;2026\\register.gpkg"),
    ("D:/a;b,c", "D:/a;b,c"),
    ("D:/a, b;c ,d", "D:/a, b;c ,d"),
    ("/srv/review/a;;b", "/srv/review/a;;b"),
    ('"D:/a;b"', "D:/a;b"),
    ('D:/"a;b";c', "D:/a;b;c"),
]


def test_qt_reads_a_semicolon_as_a_comment(global_ini):  # noqa: F811 - fixture
    """The premise: Qt drops an unquoted ``;`` and what follows it."""
    write_ini(global_ini, settings.LAST_OUTPUT_DIR.key, "D:/审查;2026/out")
    assert QgsSettings().value(settings.LAST_OUTPUT_DIR.key) == "D:/审查"


@pytest.mark.parametrize("setting", TEXT_SETTINGS, ids=lambda setting: setting.key)
@pytest.mark.parametrize(("line", "text"), WRITTEN)
def test_every_text_setting_reads_a_semicolon_as_written(global_ini, setting, line, text):  # noqa: F811 - fixture
    write_ini(global_ini, setting.key, line)
    assert setting.value() == text


@pytest.mark.parametrize("line", ["@String(王;李)", 'D:/"审查;2026'])
def test_a_value_the_plugin_does_not_read_as_written_is_qts(global_ini, line):  # noqa: F811 - fixture
    """A value Qt reads by its type (``@String(…)``) or one that goes on over the next line (a quote left open) is
    read as Qt reads it."""
    write_ini(global_ini, settings.REVIEWER.key, line)
    assert settings.REVIEWER.value() == QgsSettings().value(settings.REVIEWER.key)


def test_a_path_with_a_semicolon_stored_by_the_plugin_reads_back_the_same(global_ini):  # noqa: F811 - fixture
    settings.LAST_RULES_DIR.set("D:/审查;2026/rules")
    try:
        assert settings.LAST_RULES_DIR.value() == "D:/审查;2026/rules"
    finally:
        settings.LAST_RULES_DIR.reset()


# lines Qt reads in its own ways: escapes, quotes, spaces, commas, a comment
QT_LINES = ["D:/a;b", "  D:/a ;b", 'D:/a";"b', "D:/a\\;b", "C:\\\\Users\\\\a;b", "a,b;c,d", "D:/a#b",
            "x\\x41y\\101z", "\\x5ba1\\x67e5 ", 'a "b , c" ,d  ', '" a "  ', "a\\t ,\\  b", "tab\\", "\\xd83d\\xde00",
            "a,", ",", "", "  ", "a\\qb"]


@pytest.mark.parametrize("line", QT_LINES)
def test_the_plugins_reading_of_a_line_is_qts(global_ini, line):  # noqa: F811 - fixture
    """The plugin knows which line Qt read by reading it as Qt does (``qt_reading``): Qt itself is the judge."""
    from zoning_review.plugin.ini_text import qt_reading

    write_ini(global_ini, settings.REVIEWER.key, line)
    assert qt_reading(line) == QgsSettings().value(settings.REVIEWER.key)
