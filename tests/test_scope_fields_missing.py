"""A list's scope expression reading a field the unit layer lacks would leave every unit outside that list, so its
clauses would silently never apply: the dock names the layer and the field and reviews no site (reviewsites and
sitingscreen stop: tests/test_rule_scopes_processing.py)."""

from tests.sample_project import layer
from tests.test_layered_rules import LAYERED
from zoning_review.plugin.core.inputs.bindings import detect_binding, write_binding
from zoning_review.plugin.core.inputs.targets import review_targets
from zoning_review.plugin.core.model.binding import RuleSetRef

MISSING_SCOPE = "\"XZQDM\" = '130638'"  # the sample's units have no field XZQDM
PRESENT_SCOPE = "\"HJGKDYBM\" LIKE 'ZH130638%'"


def _bound(project, county_scope: str):
    """The sample's unit layer bound to the three stacked lists, the county list given ``county_scope``."""
    units = layer("control_units")
    binding = detect_binding(units)
    binding.rule_sets = [RuleSetRef(str(LAYERED[0])), RuleSetRef(str(LAYERED[1]), scope=county_scope),
                         RuleSetRef(str(LAYERED[2]))]
    write_binding(units, binding, project)
    return review_targets(project)


def test_a_bound_scope_on_a_field_the_layer_lacks_makes_the_layer_unusable(sample_project):
    targets, problems = _bound(sample_project, MISSING_SCOPE)
    assert targets == []
    assert problems == [
        "Unit layer control_units has no field XZQDM (scope of list xiongan-category-example): every unit would be "
        "outside that list, so its clauses would never apply. No site is reviewed until the list's scope is corrected "
        "(in its file or in the binding) or the field is restored in the data."]


def test_a_scope_on_fields_the_layer_has_is_reviewed(sample_project):
    targets, problems = _bound(sample_project, PRESENT_SCOPE)
    assert problems == [] and [target.layer.name() for target in targets] == ["control_units"]
