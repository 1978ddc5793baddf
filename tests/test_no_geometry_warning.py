"""The warning for features without a geometry says what to do about them, in English and Chinese; a review stored
before it did (its reasons keep the earlier sentence) still reads in the reader's language.

Expected texts are written down here by hand.
"""

import pytest

from zoning_review.plugin.core.model.results import Listed, Reason
from zoning_review.plugin.core.overlay.unusable import no_geometry_warning
from zoning_review.plugin.core.review.site_review import render_reason

ONE = ("Feature 7 of river_bank has no geometry and was skipped: draw its geometry in the layer, or delete the feature "
       "if it stands for nothing on the map.",
       "river_bank 中的要素 7 没有几何图形，已跳过。请在该图层中绘制其几何图形；"
       "如该要素在地图上并无对应范围，请将其删除。")
MANY = ("1,234 features of 管控单元 have no geometry and were skipped (3, 9): draw their geometries in the layer, or "
        "delete those that stand for nothing on the map.",
        "管控单元 中有 1,234 个要素没有几何图形，已跳过（3、9）。请在该图层中绘制其几何图形；"
        "在地图上并无对应范围的要素请删除。")


def test_no_warning_without_such_features():
    assert no_geometry_warning("river_bank", []) == []


@pytest.mark.parametrize("lang, index", [("en", 0), ("zh", 1)])
def test_one_feature_is_named_with_what_to_do(lang, index):
    [warning] = no_geometry_warning("river_bank", [7])
    assert render_reason(warning, lang) == ONE[index]


@pytest.mark.parametrize("lang, index", [("en", 0), ("zh", 1)])
def test_many_features_are_counted_and_listed_with_what_to_do(lang, index):
    [warning] = no_geometry_warning("管控单元", [3, 9])
    warning.values["count"] = 1234  # the count as an amount; the ids as the layer gives them
    assert render_reason(warning, lang) == MANY[index]


@pytest.mark.parametrize("template, values, zh", [
    ("Feature {fids} of {layer} has no geometry and was skipped", {"layer": "units", "fids": Listed(("2",))},
     "units 中的要素 2 没有几何图形，已跳过"),
    ("{count} features of {layer} have no geometry and were skipped: {fids}",
     {"count": 2, "layer": "units", "fids": Listed(("2", "5"))}, "units 中有 2 个要素没有几何图形，已跳过：2、5"),
])
def test_a_review_stored_with_the_earlier_sentence_still_reads_in_chinese(template, values, zh):
    assert render_reason(Reason(template, values), "zh") == zh
