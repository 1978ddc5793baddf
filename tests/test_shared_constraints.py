"""Several bound unit layers' constraint layers taken together (the register's re-review), and the
Processing mapping of rule-set names to constraint layers by id."""

import pytest
from qgis.core import QgsVectorLayer

from zoning_review.plugin.core.inputs.resolve import BoundUnitLayer, constraint_layers, unit_binding
from zoning_review.plugin.core.inputs.shared_constraints import (
    ConstraintConflictError,
    constraint_parameters,
    shared_constraints,
)
from zoning_review.plugin.core.rules.loader import load_ruleset


def open_layer(gpkg, name: str, shown: str) -> QgsVectorLayer:
    """A layer of the sample GeoPackage under the name ``shown``."""
    found = QgsVectorLayer(f"{gpkg}|layername={name}", shown, "ogr")
    assert found.isValid(), name
    return found


@pytest.fixture
def layers(qgis_app, sample_gpkg):
    """Two unit layers and the sample's river bank and red line, the river bank twice (two layers, one name)."""
    return {"A": open_layer(sample_gpkg, "control_units", "units_A"),
            "B": open_layer(sample_gpkg, "control_units", "units_B"),
            "river": open_layer(sample_gpkg, "river_bank", "river_bank"),
            "river_again": open_layer(sample_gpkg, "river_bank", "river_bank"),
            "red": open_layer(sample_gpkg, "red_line", "red_line")}


@pytest.fixture
def ruleset(example_rules):
    return load_ruleset(str(example_rules)).ruleset


def target(units: QgsVectorLayer, ruleset, constraints) -> BoundUnitLayer:
    """A bound unit layer with the given constraint layers by rule-set name."""
    return BoundUnitLayer(units, unit_binding(units, "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL"), ruleset, constraints)


def test_the_same_layer_bound_by_two_unit_layers_is_taken_once(layers, ruleset):
    river, red = layers["river"], layers["red"]
    merged = shared_constraints([target(layers["A"], ruleset, {"river_bank": river, "red_line": red}),
                                 target(layers["B"], ruleset, {"river_bank": river})])
    assert merged == {"river_bank": river, "red_line": red}
    ids, names = constraint_parameters(merged)
    assert ids == [river.id(), red.id()]
    assert names == f"river_bank={river.id()}; red_line={red.id()}"


def test_one_name_bound_to_two_layers_is_refused_naming_both(layers, ruleset):
    targets = [target(layers["A"], ruleset, {"river_bank": layers["river"]}),
               target(layers["B"], ruleset, {"river_bank": layers["red"]})]
    with pytest.raises(ConstraintConflictError) as refused:
        shared_constraints(targets)
    assert str(refused.value).startswith(
        "The constraint river_bank is bound to the layer river_bank for units_A and to the layer red_line for "
        "units_B; a re-review of the register takes one layer for each constraint.")


def test_two_layers_of_one_name_are_told_apart_by_id(layers, ruleset):
    """Two layers both called river_bank, bound to different names by their ids: each goes to its own name."""
    river, again = layers["river"], layers["river_again"]
    explicit = {"river_bank": river.id(), "water_source": again.id()}
    found = constraint_layers([river, again], ruleset, target(layers["A"], ruleset, {}).binding, explicit)
    assert found.layers["river_bank"] is river and found.layers["water_source"] is again


def test_one_layer_bound_to_two_names_stands_for_both(layers, ruleset):
    river = layers["river"]
    merged = {"river_bank": river, "water_source": river}
    ids, names = constraint_parameters(merged)
    assert ids == [river.id()]
    found = constraint_layers([river], ruleset, target(layers["A"], ruleset, {}).binding,
                              {"river_bank": river.id(), "water_source": river.id()})
    assert found.layers == {"river_bank": river, "water_source": river}
    assert not [w for w in found.warnings if "river_bank" in w or "water_source" in w]
