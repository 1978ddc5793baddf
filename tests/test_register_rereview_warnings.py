"""The register re-reviewed from the panel: what the run warns about (judgements not given again, clauses to judge
again) reaches the reviewer in the message bar, not only a log no one opens."""

import hashlib

from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem

from tests.dock_helpers import bind, saved_to_register
from tests.sample_project import layer
from zoning_review.plugin import settings
from zoning_review.plugin.core.review.judgements import Judgement, clause_digest
from zoning_review.plugin.gui.results_view import CLAUSE_ROLE, KIND_ROLE
from zoning_review.plugin.gui.site_sources import selected_site
from zoning_review.plugin.gui.tree_state import all_items

TEXT_ONLY = "    effect: text\n    text:\n      zh: 优先保护单元以生态修复"  # C-P-02 of the example list


def review_s05(dock, rules, qtbot) -> None:
    """Bind ``rules`` and review the sample's S05 (a new road, E4812, in two priority units) taken from the sites."""
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    bind(dock.bindings, rules)
    sites = layer("sites")
    sites.selectByExpression("\"site_id\" = 'S05'")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(selected_site(sites))


def clause(dock, rule_id: str):
    """The first (site id, unit code, finding) of a rule in the review on screen."""
    clauses = [item.data(0, CLAUSE_ROLE) for item in all_items(dock.tree) if item.data(0, KIND_ROLE) == "finding"]
    return next(c for c in clauses if c[2].rule_id == rule_id)


def test_the_panels_rereview_shows_the_judgements_it_did_not_give_again(zr_processing, dock, example_rules, qgis_iface,
                                                                          qtbot, tmp_path):
    rules = tmp_path / "规则.yaml"
    text = example_rules.read_text(encoding="utf-8")
    assert text.count(TEXT_ONLY) == 1
    rules.write_text(text, encoding="utf-8")
    review_s05(dock, rules, qtbot)
    site_id, unit, finding = clause(dock, "C-P-02")
    assert str(finding.status) == "manual_check"
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.runner.judge(Judgement(site_id, unit, "C-P-02", "compliant", "已现场核实", "王工",
                                    "2026-12-05T10:00:00+08:00", False, clause_digest(finding)))
    saved_to_register(dock, tmp_path)
    # The later list keeps C-P-02's text but prohibits S05's industry there: the rules decide the clause now, and the
    # re-review does not give the judgement again — which the reviewer must be told, with the clause to look at.
    prohibits = TEXT_ONLY.replace("    effect: text\n", "    effect: prohibit\n    when: {industry: E4812}\n")
    rules.write_text(text.replace(TEXT_ONLY, prohibits), encoding="utf-8")  # as an editor saves it: read again
    edited = hashlib.sha256(rules.read_bytes()).hexdigest()
    qtbot.waitUntil(lambda: bool(dock.runner.reviews) and dock.runner.reviews[0].target.ruleset.sha256 == edited,
                    timeout=60000)
    assert str(dock.runner.verdict()) == "non_compliant"
    qgis_iface.messageBar().clear_messages()
    settings.REGISTER_PATH.set(str(tmp_path / "台账.gpkg"))
    logged = []

    def log(text, tag, _level):
        logged.append((tag, text))

    QgsApplication.messageLog().messageReceived.connect(log)
    try:
        dock.register.rereview()
        assert dock.register.task is not None
        qtbot.waitUntil(lambda: dock.register.task is None and dock.register.last_layer is not None, timeout=120000)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(log)
        settings.REGISTER_PATH.reset()
    [told] = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning) if "register entries" in m]
    assert "1 of 1 register entries change verdict" in told and "reported 1 warning" in told
    [said] = [text for tag, text in logged if tag == "Zoning Review" and "rule set decides" in text]
    assert said.startswith("The later rule set decides these clauses the reviewer had judged") and \
        f"{unit}:C-P-02" in said
