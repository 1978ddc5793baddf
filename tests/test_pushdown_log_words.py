"""The log entry of a database overlay that failed (the batch then overlaid in QGIS) is in the UI language: its
heading goes through the translation, never English to a Chinese reader."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from zoning_review.plugin.core.overlay import pushdown, pushdown_units

from .test_overlay_pushdown_lost import BOWTIE, overlay_lots

HEADING = "数据库中的叠加分析失败"


class Heading(QTranslator):
    """A catalogue holding the log heading's Chinese (as the compiled catalogue will)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - QTranslator's
        return HEADING if source == "Database overlay failed" else ""


def test_a_failed_database_overlay_is_logged_in_the_ui_language(postgis, sample_in_both, monkeypatch):
    problem_units = pushdown_units.DatabaseUnits.problem_units

    def delete_then_fetch(units, keys):  # rows gone since the query: the batch goes to QGIS (GIVE_UP 1)
        postgis.psql("DELETE FROM lots WHERE fid > 200")
        return problem_units(units, keys)

    monkeypatch.setattr(pushdown, "GIVE_UP", 1)
    monkeypatch.setattr(pushdown_units.DatabaseUnits, "problem_units", delete_then_fetch)
    logged = []

    def heard(text, tag, _level):
        if tag == "Zoning Review":
            logged.append(text)

    log, catalogue = QgsApplication.messageLog(), Heading()
    log.messageReceived.connect(heard)
    QCoreApplication.installTranslator(catalogue)
    try:
        overlay_lots(postgis, sample_in_both, 300, BOWTIE)
    finally:
        QCoreApplication.removeTranslator(catalogue)
        log.messageReceived.disconnect(heard)
    assert any(text.startswith(HEADING + "\n") for text in logged), logged
    assert not any("Database overlay failed" in text for text in logged), logged
