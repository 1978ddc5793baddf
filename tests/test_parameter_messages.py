"""Processing's messages name a parameter by its label, quoted as the dialog shows it, then its name: most labels
carry a bracket of their own (Industry (GB/T 4754-2017 code, e.g. C2614)), which a second bracket after them doubled —
"Industry (GB/T 4754-2017 code, e.g. C2614) (INDUSTRY)", "行业（GB/T 4754-2017 代码，如 C2614）（INDUSTRY）". The
messages are made by the algorithms themselves, in English and, through the compiled catalogue, in Chinese."""

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeatureSourceDefinition

from zoning_review.plugin.processing.layer_list_values import definition_refusal
from zoning_review.plugin.processing.output_paths import output_targets

from .test_chinese_typography import typeset
from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language

INDUSTRY = {"en": "“Industry (GB/T 4754-2017 code, e.g. C2614)” (INDUSTRY): industry code X1234 is not in "
                  "GB/T 4754-2017.",
            "zh": "“行业（GB/T 4754-2017 代码，如 C2614）”（INDUSTRY）：行业代码 X1234 不在 GB/T 4754-2017 中。"}
FINDINGS = {"en": "“Findings (site × unit)” (FINDINGS): ", "zh": "“审查结果（选址 × 单元）”（FINDINGS）："}
CONSTRAINTS = {"en": "“Constraint layers (named as in the rule set)” (CONSTRAINTS): the layer ",
               "zh": "“约束图层（按规则集中的名称）”（CONSTRAINTS）：图层 "}


def algorithm(provider, name: str):
    """A new instance of one of the provider's algorithms, its parameters declared in the UI language now."""
    return provider.algorithm(name).create()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_industry_refusal_names_the_parameter_once_bracketed(zr_processing, example_rules, ui, lang):  # noqa: F811
    ui(lang)
    ok, said = algorithm(zr_processing, "sitingscreen").checkParameterValues(
        {"RULES": str(example_rules), "INDUSTRY": "X1234"}, QgsProcessingContext())
    assert not ok
    assert said.startswith(INDUSTRY[lang]), said
    if lang == "zh":
        typeset(said)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_output_file_is_named_by_its_quoted_label(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                     ui, lang):  # noqa: F811
    ui(lang)
    alg = algorithm(zr_processing, "reviewsites")
    given = {"SITES": f"{sample_gpkg}|layername=sites", "UNITS": f"{sample_gpkg}|layername=control_units",
             "RULES": str(example_rules), "FINDINGS": str(tmp_path / "findings.gpkg"),
             "SUMMARY": str(tmp_path / "summary.gpkg")}
    shown = {target.name: target.shown() for _kind, target in output_targets(alg, given, QgsProcessingContext())}
    assert shown["FINDINGS"] == f"{FINDINGS[lang]}{tmp_path / 'findings.gpkg'}", shown


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_layer_list_given_a_feature_source_definition_names_the_parameter(zr_processing, sample_gpkg,
                                                                            ui, lang):  # noqa: F811
    ui(lang)
    alg = algorithm(zr_processing, "reviewsites")
    red_line = QgsProcessingFeatureSourceDefinition(f"{sample_gpkg}|layername=red_line", True)
    said = definition_refusal(alg, {"CONSTRAINTS": [red_line]}, QgsProcessingContext())
    assert said.startswith(CONSTRAINTS[lang]), said
