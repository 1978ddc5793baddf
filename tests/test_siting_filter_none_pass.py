"""The siting screen with a rule whose filter none of its constraint layer's features passes — G-SL-05's grade-I
water sources asked for as 'Ⅰ' (the Roman numeral character) while the layer holds 'I'. The screen warned of it and
then screened every unit as if no grade-I zone existed, so the units holding one came out compliant while a site
review inside them needs information. Now the screen fails closed as the review does: where a site lies to such zones
is unknown, so G-SL-05 needs information in every unit it applies to (no unit is compliant by it), its reason naming
the filter in the review's words, and the warning says so in the review's words; the dock's path (layer snapshots)
and ``sitingscreen`` agree with the site review.

Expected verdicts: those of the screen with the right filter, each compliant unit needing further study instead
(G-SL-05, no projects in grade-I zones, applies to every unit: the project is new) and the non-compliant units staying
so (other clauses conflict wherever the site lies).
"""

from qgis.core import QgsVectorLayer

from zoning_review.plugin.core.inputs.bindings import UnitBinding
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.siting.screen import reason_templates, run_siting_screen
from zoning_review.plugin.gui.siting_task import snapshot_inputs

from .overlay_helpers import dispose
from .test_review_unknown_position import S07, findings_of, rules_with_filter, sample_engine, site_review  # noqa: F401
from .test_siting_unknown_position import CONSTRAINTS, rules_with, screen

ROMAN_I = "where: \"\\\"grade\\\" = 'Ⅰ'\""  # no feature of water_source holds 'Ⅰ' (they hold 'I' and 'II')
WORDS = "Drinking-water source protection zone where protection grade is Ⅰ"
REASON = (f"G-SL-05: the filter of {WORDS} matches none of the bound layer's features (see the data warnings), so "
          "the site's position to it is unknown")
WARNING = ("The filter \"grade\" = 'Ⅰ' of constraint layer water_source ({source}) matches none of its features, so "
           "where a site lies to such zones is unknown and the rules that need it report 'needs information': check "
           "that the values it compares are written as the layer holds them (such as 一级 or I), and that the right "
           "layer is bound.")


def test_sitingscreen_screens_no_unit_compliant_by_a_filter_no_feature_passes(zr_processing, sample_gpkg,
                                                                              example_rules, tmp_path):
    right, right_zones, right_said = screen(sample_gpkg, example_rules)
    assert "compliant" in {row[0] for row in right.values()} and not right_said  # not vacuous
    rows, zones, said = screen(sample_gpkg, rules_with(example_rules, tmp_path, ROMAN_I))
    expected = {code: "non_compliant" if row[0] == "non_compliant" else "needs_study" for code, row in right.items()}
    assert {code: row[0] for code, row in rows.items()} == expected  # compliant before: "no grade-I zone anywhere"
    for code, (verdict, rule_ids, reason) in rows.items():
        if verdict == "needs_study":
            assert rule_ids == "G-SL-05" and reason == REASON, (code, reason)
    assert zones == {zone for zone in right_zones if zone[1] != "G-SL-05"}  # no zone the screen could not find
    assert said == [WARNING.format(source="xiongan_sample")]


def test_the_docks_screen_and_the_site_review_agree_on_a_filter_no_feature_passes(sample_engine,  # noqa: F811
                                                                                  sample_gpkg, example_rules,
                                                                                  tmp_path):
    """S07 (a new alcohol plant in a grade-I zone) needs information in its review; the dock's screen of the same
    project, from layer snapshots, leaves none of the units S07 lies in compliant, for the same reason."""
    engine, sites = sample_engine
    ruleset = rules_with_filter(example_rules, tmp_path, ROMAN_I)
    review = site_review(engine, sites, "S07", S07, ruleset)
    assert review.verdict == "needs_study" and {f.status for f in findings_of(review, "G-SL-05")} == {"needs_info"}
    result = dock_screen(sample_gpkg, ruleset, S07)
    screened = {unit.code: unit for unit in result.units}
    codes = [unit.overlap.code for unit in review.units]
    assert codes and all(code in screened for code in codes)
    assert_screened_needing_info(codes, screened, REASON)
    assert [render_reason(w, "en") for w in result.warnings] == [WARNING.format(source="water_source")]
    assert all(w.template in reason_templates() for w in result.warnings)


def assert_screened_needing_info(codes, screened, reason: str) -> None:
    """Each unit of ``codes`` the screen leaves needing further study, G-SL-05 among its clauses for ``reason``
    (as rendered in English, clause id first)."""
    for code in codes:
        unit = screened[code]
        assert unit.verdict == "needs_study" and "G-SL-05" in unit.rule_ids, (code, unit.verdict, unit.rule_ids)
        assert reason in [render_reason(found, "en") for found in unit.reasons], code


def dock_screen(gpkg, ruleset, project):
    """The dock's screen of ``project`` over the GeoPackage's units and constraint layers (layer snapshots, as the
    panel takes them)."""
    layers = {name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
              for name in ("control_units",) + CONSTRAINTS}
    setup = snapshot_inputs(layers["control_units"], UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL"), ruleset, project,
                            {name: layers[name] for name in CONSTRAINTS})
    result = run_siting_screen(setup)
    dispose(*layers.values())
    return result
