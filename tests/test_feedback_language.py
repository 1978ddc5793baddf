"""The algorithms' log is in the UI language (QGIS's locale), whatever the report language (LANGUAGE): what goes in
the outputs and notes follows LANGUAGE, every feedback line follows the UI. A Chinese UI with an English report (and
the other way round) logged the sites' deciding reasons and the screen's warnings in the report language."""

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from zoning_review.plugin.i18n import translator

from .kept_feedback import Feedback
from .test_processing_review import edited_sample, params

CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")


@pytest.fixture
def ui(qgis_app, request):
    """Set the UI language for a test ('zh' as QGIS does it: its locale and the plugin's translator installed)."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    installed = []

    def use(lang: str) -> None:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "zh_CN" if lang == "zh" else "en_US")
        while installed:
            QCoreApplication.removeTranslator(installed.pop())
        if lang == "zh":
            installed.append(translator("zh"))
            QCoreApplication.installTranslator(installed[-1])

    yield use
    use("en")
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def logged(feedback: Feedback):
    """Every line the algorithm logged (Processing's own "Results:" line aside: it names temporary layers)."""
    return [(kind, text) for kind, text in feedback.lines if not (kind == "info" and text.startswith("Results:"))]


def review_log(sample_gpkg, example_rules, tmp_path, report: str):
    """reviewsites' log lines and SUMMARY's reasons with the report in ``report``."""
    import processing

    feedback = Feedback()
    result = processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, tmp_path, LANGUAGE=0 if report == "zh" else 1, FINDINGS="TEMPORARY_OUTPUT",
        SUMMARY="TEMPORARY_OUTPUT"), feedback=feedback)
    reasons = sorted(str(feature["reason"]) for feature in result["SUMMARY"].getFeatures())
    return logged(feedback), reasons


@pytest.mark.parametrize("shown", ["zh", "en"])
def test_reviewsites_logs_in_the_ui_language_whatever_the_report_language(zr_processing, ui, sample_gpkg,
                                                                          example_rules, tmp_path, shown):
    ui(shown)
    (tmp_path / "zh").mkdir()
    (tmp_path / "en").mkdir()
    lines_zh, reasons_zh = review_log(sample_gpkg, example_rules, tmp_path / "zh", "zh")
    lines_en, reasons_en = review_log(sample_gpkg, example_rules, tmp_path / "en", "en")
    assert reasons_zh != reasons_en  # the report follows LANGUAGE…
    assert lines_zh == lines_en  # …the log does not
    sites = [text for kind, text in lines_en if kind == "info" and text.startswith("S02")]
    if shown == "zh":  # a Chinese site line: the verdict and the deciding reason in Chinese
        assert sites and "不符合" in sites[0] and "河流岸线" in sites[0], sites
    else:
        assert sites and "Non-compliant" in sites[0] and "river bank" in sites[0].lower(), sites


def screen_log(gpkg, example_rules, report: str):
    """sitingscreen's log lines and its outputs' verdict texts, with the report in ``report``."""
    import processing

    feedback = Feedback()
    result = processing.run("zoningreview:sitingscreen", {
        "UNITS": f"{gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
        "CONSTRUCTION": 0, "CATALOGUE": 0, "LANGUAGE": 0 if report == "zh" else 1,
        "CONSTRAINTS": [f"{gpkg}|layername={name}" for name in CONSTRAINTS],
        "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"}, feedback=feedback)
    texts = sorted(str(feature["verdict_text"]) for feature in result["OUTPUT"].getFeatures())
    return logged(feedback), texts


@pytest.mark.parametrize("shown", ["zh", "en"])
def test_sitingscreen_warns_in_the_ui_language_whatever_the_report_language(zr_processing, ui, sample_gpkg,
                                                                            example_rules, tmp_path, shown):
    """A river bank without a usable geometry is warned about in the UI's language."""
    gpkg = edited_sample(sample_gpkg, tmp_path / "no_bank.gpkg", "UPDATE river_bank SET geom = NULL")
    ui(shown)
    lines_zh, texts_zh = screen_log(gpkg, example_rules, "zh")
    lines_en, texts_en = screen_log(gpkg, example_rules, "en")
    assert texts_zh != texts_en and lines_zh == lines_en
    warnings = [text for kind, text in lines_en if kind == "warning" and "river_bank" in text]
    assert warnings, lines_en
    assert all(("。" in text or "，" in text) == (shown == "zh") for text in warnings), warnings
