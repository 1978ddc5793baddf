"""A layer named with the table its source names reads with the UI language's punctuation: 图层 “wrong”（red_line）
in Chinese, through the translation, as Chinese brackets a note; Layer wrong (red_line) in English. The Chinese read
图层 wrong (red_line), half-width brackets and a space inside Chinese text."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from zoning_review.plugin.core.inputs.resolve import crs_error, layer_label

from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language
from .test_input_checks import mislabelled
from .test_processing_review import params


def test_a_layer_and_its_table_are_labelled_with_the_ui_language_s_punctuation(ui, sample_gpkg):  # noqa: F811
    red = QgsVectorLayer(f"{sample_gpkg}|layername=red_line", "wrong")
    ui("zh")
    assert layer_label(red) == "“wrong”（red_line）"
    ui("en")
    assert layer_label(red) == "wrong (red_line)"
    same = QgsVectorLayer(f"{sample_gpkg}|layername=red_line", "red_line")
    assert layer_label(same) == "red_line"  # the table named once
    ui("zh")
    assert layer_label(same) == "“red_line”"  # quoted alone too: no Latin name run into the Chinese around it


def test_a_layer_named_alone_is_quoted_in_a_chinese_message(ui, sample_gpkg, tmp_path):  # noqa: F811
    red = QgsVectorLayer(mislabelled(sample_gpkg, "red_line", tmp_path / "red_line.gpkg"), "red_line")
    ui("zh")
    message = crs_error(red)
    assert message.startswith("图层“red_line”位于"), message


def test_a_layer_outside_its_crs_s_area_of_use_is_named_in_chinese(ui, sample_gpkg, tmp_path):  # noqa: F811
    red = QgsVectorLayer(mislabelled(sample_gpkg, "red_line", tmp_path / "wrong.gpkg"), "wrong")
    ui("zh")
    message = crs_error(red)
    assert message.startswith("图层“wrong”（red_line）位于"), message
    assert "(red_line)" not in message, message


def test_reviewsites_names_the_unit_layer_and_its_table_in_chinese(zr_processing, ui, sample_gpkg,  # noqa: F811
                                                                  example_rules, tmp_path):
    import processing

    units = mislabelled(sample_gpkg, "control_units", tmp_path / "units.gpkg")
    ui("zh")
    with pytest.raises(QgsProcessingException) as refused:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, UNITS=units))
    assert "“units”（control_units）" in str(refused.value), str(refused.value)
