"""Processing dialogs: every parameter's label fits the dialog at its default size, in both languages, and each
detail a label used to carry is in the algorithm's help (its help text or the parameter's own help)."""

import unicodedata

import pytest

from tests.test_feedback_language import ui  # noqa: F401 - the fixture
from zoning_review.plugin.processing.algorithms import algorithm_classes

# The room of a label at the dialog's default size, in columns of a Latin letter: 选址审查's 规则集 label was cut
# after about 62 columns (规则集（YAML，一个或按顺序多个清单；若已在面板中为管控单…). A Chinese character takes two.
WIDTH = 60

RULES = ["several lists in order", "leave empty to use the rule sets bound to the unit layer in the panel"]
SCOPES = ["'all'", "administrative code such as ZH130638", "an expression", "a blank line"]
PROSE = ["KJBJYS, PWWPFGK, HJFXFK, ZYKFXLYQ"]
CONSTRAINTS = ["river_bank"]
NAMES = ["when a layer's name differs from the rule set's", "rule_name=layer_name"]
DETAILS = {
    "reviewsites": {"RULES": RULES, "RULE_SCOPES": SCOPES, "USE_UNIT_PROSE": PROSE, "CONSTRAINTS": CONSTRAINTS,
                    "CONSTRAINT_NAMES": NAMES, "SITE_ID_FIELD": ["site_id", "else the feature id"],
                    "ATTRIBUTE_MAP": ["when a site field's name differs from the declared attribute",
                                      "attribute=field"],
                    "JUDGEMENTS": ["site_id, unit_code, rule_id, judgement, remark", "reviewer", "符合", "不符合",
                                   "不涉及", "需补充材料"],
                    "FINDINGS_JSON": ["in the findings layer"]},
    "sitingscreen": {"RULES": RULES, "RULE_SCOPES": SCOPES, "USE_UNIT_PROSE": PROSE, "CONSTRAINTS": CONSTRAINTS,
                     "CONSTRAINT_NAMES": NAMES},
    "validaterules": {"RULE_SCOPES": SCOPES, "CONSTRAINT_NAMES": NAMES},
    "rereview": {"SITES": ["leave empty when re-reviewing a register"],
                 "REGISTER": ["in place of 'Candidate sites'"],
                 "OTHER_UNITS": ["every site is reviewed against each"],
                 "OLD_RULES": ["needed with 'Candidate sites'", "a register entry keeps its own recorded review"],
                 "NEW_RULES": ["leave empty to use the rule sets bound to the unit layer in the panel"],
                 "CONSTRAINTS": CONSTRAINTS, "CONSTRAINT_NAMES": NAMES},
}


def width(text: str) -> int:
    """Columns a text takes: two for a wide (Chinese) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def algorithms():
    """Every algorithm, its parameters declared in the UI language now in force."""
    found = {}
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm({})
        found[alg.name()] = alg
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_parameter_label_fits_the_dialog(qgis_app, ui, lang):  # noqa: F811 - the fixture
    ui(lang)
    too_long = [f"{name} {p.name()}: {p.description()} ({width(p.description())})"
                for name, alg in algorithms().items() for p in alg.parameterDefinitions()
                if width(p.description()) > WIDTH]
    assert not too_long, too_long


@pytest.mark.parametrize("name", sorted(DETAILS))
def test_each_detail_taken_from_a_label_is_in_the_help(qgis_app, ui, name):  # noqa: F811 - the fixture
    ui("en")
    alg = algorithms()[name]
    missing = []
    for parameter, details in DETAILS[name].items():
        definition = alg.parameterDefinition(parameter)
        helps = f"{definition.help()}\n{alg.shortHelpString()}".casefold()
        missing += [f"{parameter}: {detail}" for detail in details if detail.casefold() not in helps]
    assert not missing, missing
