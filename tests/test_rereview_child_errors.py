"""rereview runs reviewsites for each rule set; when that review stops, the error rereview gives is the review's own
message (the layer or file and what to do), once, after which of its reviews stopped — not a failure that leaves the
reason in the log alone."""

import pytest
from qgis.core import QgsProcessingException

from tests.kept_feedback import Feedback
from tests.test_input_checks import copy_layer
from tests.test_processing_review import CONSTRAINTS

NO_CRS = ("Layer units has no coordinate reference system (e.g. a missing .prj file): set it in the layer's "
          "properties or add the .prj, then run again.")


def rereview(sample_gpkg, units, old, new, out):
    """rereview of the sample's sites (QgsProcessingException's message, the feedback's lines)."""
    import processing

    feedback = Feedback()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:rereview", {
            "SITES": f"{sample_gpkg}|layername=sites", "UNITS": units, "OLD_RULES": str(old), "NEW_RULES": str(new),
            "SITE_ID_FIELD": "site_id", "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
            "OUTPUT": str(out)}, feedback=feedback)
    return str(caught.value), feedback.texts


def test_a_unit_layer_without_a_crs_is_named_in_rereviews_error(zr_processing, sample_gpkg, example_rules,
                                                                 tmp_path):
    units = copy_layer(sample_gpkg, "control_units", tmp_path / "units.shp")
    message, lines = rereview(sample_gpkg, units, example_rules, example_rules, tmp_path / "changes.gpkg")
    # before: "The review of units with the rule set … failed.", the reason only in the log
    assert message == f"The review of units with the rule set {example_rules} stopped: {NO_CRS}"
    assert not [line for line in lines if NO_CRS in line]  # said once: in the error, not again in the log
    assert not (tmp_path / "changes.gpkg").exists()


def test_a_later_rule_set_that_does_not_load_is_named_in_rereviews_error(zr_processing, sample_gpkg, example_rules,
                                                                         tmp_path):
    broken = tmp_path / "新清单.yaml"
    broken.write_text("metadata: [\n", encoding="utf-8")
    units = f"{sample_gpkg}|layername=control_units"
    message, lines = rereview(sample_gpkg, units, example_rules, broken, tmp_path / "changes.gpkg")
    prefix = f"The review of xiongan_sample with the rule set {broken} stopped: "  # the layer as QGIS names it
    assert message.startswith(prefix), message
    reason = message[len(prefix):]  # the review's own message: the file, where in it, what to do
    assert reason.startswith(f"The rule set {broken} has errors:") and f"{broken}:2:1: error:" in reason, reason
    assert not [line for line in lines if reason in line]
    assert not (tmp_path / "changes.gpkg").exists()
