"""The siting screen of a PostGIS unit table whose features stop coming (the connection lost part way, rows gone
since the table was counted): QGIS's postgres provider ends such a read without a word, so the screen ended too and
was taken as complete, the units never screened simply missing (read by a planner as "no such unit"). Processing's
sitingscreen now fails and the dock's task reports the error, naming the layer."""

import re
import time

import pytest
from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from zoning_review.plugin.core.inputs.bindings import UnitBinding
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.siting import screen as siting_screen
from zoning_review.plugin.gui.siting_task import SitingTask, snapshot_inputs
from zoning_review.plugin.log import TAG

from .overlay_helpers import dispose

MANY = 6000  # more than the provider's 2,000 features fetched at a time, so a read can stop part way
LOST = "many_units could not be read completely from its database (the connection failed or the table changed"
WARNING, CRITICAL = 1, 2  # Qgis.MessageLevel


@pytest.fixture
def many_units(postgis):
    """A unit table of MANY thin squares along 39°N, each with the attributes of the sample's first unit."""
    postgis.psql("DROP TABLE IF EXISTS many_units; CREATE TABLE many_units AS SELECT c.* FROM control_units c, "
                 f"generate_series(1, {MANY}) g WHERE c.fid = (SELECT min(fid) FROM control_units); "
                 "ALTER TABLE many_units DROP COLUMN fid; ALTER TABLE many_units ADD COLUMN fid serial PRIMARY KEY; "
                 "UPDATE many_units SET geom = ST_Multi(ST_MakeEnvelope(116 + fid * 1e-4, 39, "
                 "116 + fid * 1e-4 + 5e-5, 39.001, 4490))")
    layer = postgis.layer("many_units")
    assert layer.featureCount() == MANY
    yield layer
    dispose(layer)
    postgis.psql("DROP TABLE many_units")


@pytest.fixture
def cut_after(postgis, monkeypatch):
    """Cut the database's connections once the screen has screened ``count`` units; the units screened."""
    screened, screen = [], siting_screen.SitingScreen.screen_feature

    def arm(count: int) -> list:
        def screen_then_cut(self, feature):
            screened.append(feature.id())
            if len(screened) == count:
                postgis.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE pid <> pg_backend_pid() AND datname = 'zoning'")
            return screen(self, feature)
        monkeypatch.setattr(siting_screen.SitingScreen, "screen_feature", screen_then_cut)
        return screened
    return arm


@pytest.fixture
def logged():
    """The lines of the plugin's log tab written meanwhile, as (level, text)."""
    seen = []

    def record(text, tag, level):
        if tag == TAG:
            seen.append((int(level), text))

    QgsApplication.messageLog().messageReceived.connect(record)
    yield seen
    QgsApplication.messageLog().messageReceived.disconnect(record)


def processing_screen(units, rules) -> dict:
    """zoningreview:sitingscreen of the units for a new C2614 project."""
    import processing

    return processing.run("zoningreview:sitingscreen", {
        "UNITS": units, "RULES": str(rules), "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0,
        "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"})


def dock_screen(units, ruleset) -> list:
    """What the dock's SitingTask hands its callback for the units (at most 60 s)."""
    received = []
    setup = snapshot_inputs(units, UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL"), ruleset,
                            ProjectDescription(industry="C2614", construction="new"), {})
    task = SitingTask(setup, lambda result, error: received.append((result, error)))
    QgsApplication.taskManager().addTask(task)
    deadline = time.time() + 60
    while not received and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert received, "the task never finished"
    return received


def test_a_whole_table_is_screened_whole(zr_processing, many_units, example_rules, ruleset):
    """The connection kept, every unit is screened by both front-ends (the tests below cut it)."""
    assert processing_screen(many_units, example_rules)["OUTPUT"].featureCount() == MANY
    (result, error), = dock_screen(many_units, ruleset)
    assert error == "" and len(result.units) == MANY


def test_a_connection_lost_while_units_are_screened_fails_sitingscreen(zr_processing, many_units, example_rules,
                                                                        cut_after):
    screened = cut_after(10)
    with pytest.raises(QgsProcessingException, match=re.escape(LOST)):
        processing_screen(many_units, example_rules)
    assert 10 <= len(screened) < MANY  # the read did stop part way


def test_a_connection_lost_while_units_are_screened_is_the_dock_screens_error(many_units, ruleset, cut_after,
                                                                              logged):
    """The error shown, and logged as a plain warning: an expected input problem, no traceback."""
    screened = cut_after(10)
    (result, error), = dock_screen(many_units, ruleset)
    assert result is None and error.startswith(f"The siting screen failed: Layer {LOST}")
    assert 10 <= len(screened) < MANY
    assert [(level, text) for level, text in logged if LOST in text] == [(WARNING, error)]
    assert not [text for level, text in logged if level == CRITICAL or "Traceback" in text]


def test_units_gone_since_the_table_was_counted_fail_sitingscreen(zr_processing, postgis, many_units, example_rules):
    postgis.psql(f"DELETE FROM many_units WHERE fid > {MANY - 5}")  # behind QGIS's back: it still counts MANY
    with pytest.raises(QgsProcessingException, match=re.escape(LOST)):
        processing_screen(many_units, example_rules)


def test_units_gone_since_the_table_was_counted_are_the_dock_screens_error(postgis, many_units, ruleset):
    postgis.psql(f"DELETE FROM many_units WHERE fid > {MANY - 5}")
    (result, error), = dock_screen(many_units, ruleset)
    assert result is None and error.startswith(f"The siting screen failed: Layer {LOST}")


def test_a_constraint_table_read_in_part_fails_sitingscreen(zr_processing, postgis, sample_gpkg, example_rules):
    """A constraint layer's features gone since it was counted: the units were screened against the features that
    came; where a site lies to the layer is not known, so the screen stops naming it."""
    import processing
    from qgis.core import QgsVectorLayer

    postgis.psql("DROP TABLE IF EXISTS park_copy; CREATE TABLE park_copy AS SELECT * FROM industrial_park; "
                 "ALTER TABLE park_copy ADD PRIMARY KEY (fid)")
    park = postgis.layer("park_copy", "industrial_park")
    units = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    try:
        assert park.featureCount() == 3
        postgis.psql("DELETE FROM park_copy WHERE fid = (SELECT max(fid) FROM park_copy)")
        with pytest.raises(QgsProcessingException, match="Layer industrial_park could not be read completely"):
            processing.run("zoningreview:sitingscreen", {
                "UNITS": units, "RULES": str(example_rules), "CONSTRAINTS": [park], "INDUSTRY": "C2614",
                "CONSTRUCTION": 0, "CATALOGUE": 0, "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"})
    finally:
        dispose(park, units)
        postgis.psql("DROP TABLE park_copy")
