"""The findings of a unit the rule set says nothing about: no list of the binding covers it, or no rule names it
while the rules name their units by code. Each needs information: a unit no rule speaks for never passes."""

from ...i18n import tr
from ..model.results import Finding, Reason
from ..model.verdicts import Status
from ..model.vocab import INPUTS_DIMENSION
from ..rules.ruleset import UnitContext


def uncovered_finding(unit: UnitContext) -> Finding:
    """The finding of a unit no access list of the binding covers: it needs information, never passes."""
    return Finding(
        rule_id="input:access_list", level="unit", dimension=INPUTS_DIMENSION, effect="require",
        status=Status.NEEDS_INFO, text_zh=_coverage_duty("zh"), text_en=_coverage_duty("en"),
        reasons=[Reason("no access list of the binding applies to unit {code}: bind a list whose scope covers it",
                        {"code": unit.code})])


def unnamed_finding(unit: UnitContext) -> Finding:
    """The finding of a unit that no rule applies to while the rule set names its rules' units by code (its code
    written otherwise in the list, or its row missing): it needs information, never passes."""
    return Finding(
        rule_id="input:access_list", level="unit", dimension=INPUTS_DIMENSION, effect="require",
        status=Status.NEEDS_INFO, text_zh=_coverage_duty("zh"), text_en=_coverage_duty("en"),
        reasons=[Reason("no rule of the access list applies to unit {code}: its unit rules name other codes and it "
                        "has no general or category rule; check that the list covers this unit under the code the "
                        "unit layer gives it", {"code": unit.code})])


def _coverage_duty(lang: str) -> str:
    """What the finding of a unit no list covers asks for, in ``lang``."""
    return tr("The unit must be covered by an access list.", lang)
