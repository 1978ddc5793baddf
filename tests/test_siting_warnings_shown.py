"""The dock's siting screen with more data warnings than its summary's tooltip lists (six): the rest were said
nowhere — the summary counted them, the tooltip showed six, and nothing was logged. Now the tooltip says how many
more there are and where they are, and every warning (each once) is in the plugin's log tab."""

from qgis.core import QgsApplication, QgsGeometry

from tests.sample_project import layer
from zoning_review.plugin.core.review.site_review import render_reason

from .test_siting_panel import dock, wait_screen  # noqa: F401 - the dock fixture

BOWTIE = "POLYGON(({x} 39.00, {r} 39.01, {r} 39.00, {x} 39.01, {x} 39.00))"  # self-intersecting: repaired, warned of


def test_every_warning_of_the_screen_reaches_the_user(dock, qgis_app, sample_project):  # noqa: F811
    units = layer("control_units")
    fids = sorted(f.id() for f in units.getFeatures())[:8]
    bowties = {fid: QgsGeometry.fromWkt(BOWTIE.format(x=120 + n * 0.1, r=120.05 + n * 0.1))
               for n, fid in enumerate(fids)}
    assert units.dataProvider().changeGeometryValues(bowties)  # the test's own copy of the sample
    logged = []
    log = QgsApplication.messageLog()

    def heard(text, tag, _level):
        if tag == "Zoning Review":
            logged.append(text)

    log.messageReceived.connect(heard)
    panel = dock.siting
    try:  # a connection left to the application's log outlives the test (a later message crashed 3.40 in it)
        dock.form.industry.set_code("C2614")
        panel.button.setChecked(True)
        wait_screen(qgis_app, panel)
        qgis_app.processEvents()
    finally:
        log.messageReceived.disconnect(heard)
    warnings = list(dict.fromkeys(render_reason(w) for r in panel.results.values() for w in r.warnings))
    repaired = [text for text in warnings if "has an invalid geometry" in text]
    assert len(repaired) == 8 and all(f"(feature {fid})" in "".join(repaired) for fid in fids)
    assert f"{len(warnings)} data warnings: hover for details" in panel.summary.text()
    lines = panel.summary.toolTip().split("\n")
    assert lines[:6] == warnings[:6]
    assert lines[6:] == [f"… and {len(warnings) - 6} more: every warning is in the 'Zoning Review' tab of the Log "
                         "Messages panel"]
    assert sorted(set(logged) & set(warnings)) == sorted(warnings)
