"""A constraint layer named in a review's Chinese reasons is set in the sentence as Chinese sets a noun
(选址与生态保护红线重叠, not 选址与 生态保护红线 重叠), parted by a space only where a Latin letter or digit meets a
Chinese character (选址与 red_line 重叠); the words of its filter likewise (饮用水水源保护区中保护区级别为一级的部分).
A map layer's own name in a data warning (a plain text, not the rule set's words) keeps the template's spaces;
English is unchanged."""

from hypothesis import given
from hypothesis import strategies as st

from zoning_review.plugin.core.model.results import Reason, SpatialQuery, Words
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.condition_words import filter_words
from zoning_review.plugin.core.rules.ruleset import LayerDecl

RED_LINE = Words("生态保护红线", "Ecological protection red line")
OVERLAPS = "site overlaps {layer} ({area} m²)"


def test_a_chinese_label_is_joined_to_the_sentence(qgis_app):
    assert render_reason(Reason(OVERLAPS, {"layer": RED_LINE, "area": 12}), "zh") == "选址与生态保护红线重叠（12 m²）"
    assert render_reason(Reason("site is {distance} m from {layer}, rule limit {limit} m",
                                {"layer": Words("河流岸线", "River bank"), "distance": 590, "limit": 1000}),
                         "zh") == "选址距河流岸线 590 m，条款限值 1,000 m"
    assert render_reason(Reason("site lies inside {layer}", {"layer": Words("工业园区（集聚区）", "Park")}),
                         "zh") == "选址位于工业园区（集聚区）范围内"


def test_a_latin_label_keeps_its_spaces(qgis_app):
    assert render_reason(Reason(OVERLAPS, {"layer": Words("red_line", "red_line"), "area": 12}), "zh") == \
        "选址与 red_line 重叠（12 m²）"
    assert render_reason(Reason(OVERLAPS, {"layer": Words("VOCs重点区", "VOCs zone"), "area": 12}), "zh") == \
        "选址与 VOCs重点区重叠（12 m²）"


def test_english_and_a_map_layers_own_name_are_as_before(qgis_app):
    assert render_reason(Reason(OVERLAPS, {"layer": RED_LINE, "area": 12}), "en") == \
        "site overlaps Ecological protection red line (12 m²)"
    assert render_reason(Reason("Field {field} not found in layer {layer}", {"field": "等级", "layer": "水源地"}),
                         "zh") == "图层 水源地 中未找到字段 等级"


def test_a_filter_is_said_as_one_chinese_phrase(qgis_app):
    labelled = {"water_source": LayerDecl("water_source", "饮用水水源保护区", "Drinking-water source zone",
                                          field_labels=(("grade", "保护区级别", "protection grade"),))}
    said = filter_words(labelled, SpatialQuery("water_source", "\"grade\" = '一级'"))
    assert (said.zh, said.en) == ("饮用水水源保护区中保护区级别为一级的部分",
                                  "Drinking-water source zone where protection grade is 一级")
    assert filter_words(labelled, SpatialQuery("water_source", "\"grade\" = 'I'")).zh == \
        "饮用水水源保护区中保护区级别为 I 的部分"
    assert filter_words(labelled, SpatialQuery("water_source", "\"BHQJB\" = '一级'")).zh == \
        "饮用水水源保护区中 BHQJB 为一级的部分"  # a field without a label: its name, spaced as Latin


@given(st.text(alphabet="生态保护红线饮用水源工业园区河流岸线自然", min_size=1, max_size=12))
def test_any_chinese_label_sits_between_the_words_without_a_space(label):
    reason = Reason("site does not overlap {layer}", {"layer": Words(label, "zone")})
    assert render_reason(reason, "zh") == f"选址与{label}不重叠"
