"""A layer declaration's field labels (``layers: NAME: fields: {FIELD: {zh, en}}``): reasons, notes and the siting
screen name the part of a layer a filter passes by the field's label (饮用水水源保护区中保护区级别为 I 的部分,
not …中 grade 为 I 的部分); a label of a field the bound layer lacks is a warning located in the file, in the
Processing check and in the panel."""

import pytest

from tests.kept_feedback import Feedback
from tests.sample_project import layer
from tests.test_processing_review import params, rows
from tests.test_ruleset_files import sample_layers
from zoning_review.plugin.core.model.results import SpatialQuery
from zoning_review.plugin.core.rules.condition_words import filter_words, layer_words
from zoning_review.plugin.core.rules.loader import check_against_layer, load_ruleset
from zoning_review.plugin.core.rules.ruleset import LayerDecl
from zoning_review.plugin.gui.binding_panel import BindingPanel

DECLARED = "    label: {zh: 饮用水水源保护区, en: Drinking-water source protection zone}\n"
GRADE_I, GRADE_II = "\"grade\" = 'I'", "\"grade\" = 'II'"
GRADE = "    fields:\n      grade: {zh: 保护区级别, en: protection grade}\n"  # the example's own


def labelled(example_rules, tmp_path, fields: str):
    """The example rule set with ``fields`` (YAML lines) under its water_source declaration instead of its own."""
    text = example_rules.read_text(encoding="utf-8")
    assert text.count(DECLARED + GRADE) == 1
    path = tmp_path / "labelled.yaml"
    path.write_text(text.replace(DECLARED + GRADE, DECLARED + fields), encoding="utf-8")
    return path


def words(ruleset, where: str):
    """The water_source layer's part ``where`` passes, in (Chinese, English)."""
    said = filter_words(ruleset.layers, SpatialQuery("water_source", where))
    return said.zh, said.en


def test_a_filter_names_its_field_by_the_declared_label(example_rules, qgis_app):
    ruleset = load_ruleset(str(example_rules)).ruleset
    assert words(ruleset, GRADE_I) == ("饮用水水源保护区中保护区级别为 I 的部分",
                                       "Drinking-water source protection zone where protection grade is I")
    assert words(ruleset, "\"GRADE\" = '一级（陆域）'") == (  # the field as QGIS finds it, whatever its case
        "饮用水水源保护区中保护区级别为一级（陆域）的部分",
        "Drinking-water source protection zone where protection grade is 一级（陆域）")
    assert words(ruleset, "\"grade\" IN ('I', 'II') AND \"name\" IS NOT NULL") == (
        "饮用水水源保护区（满足 保护区级别 IN ('I', 'II') AND \"name\" IS NOT NULL 的要素）",
        "Drinking-water source protection zone (features where protection grade IN ('I', 'II') AND \"name\" IS "
        "NOT NULL)")


def test_each_rule_set_keeps_its_own_words(example_rules, tmp_path, qgis_app):
    """The words are made once per rule set and query: another rule set (another label) gets its own."""
    query = SpatialQuery("water_source", GRADE_I)
    plain = load_ruleset(str(labelled(example_rules, tmp_path, ""))).ruleset
    named = load_ruleset(str(example_rules)).ruleset
    first = layer_words(named, query)
    assert layer_words(named, query) is first and first.zh == "饮用水水源保护区中保护区级别为 I 的部分"
    assert layer_words(plain, query).zh == "饮用水水源保护区中 grade 为 I 的部分"
    assert layer_words(named, SpatialQuery("water_source", GRADE_II)).en == \
        "Drinking-water source protection zone where protection grade is II"


def test_without_labels_the_words_are_as_they_were(example_rules, tmp_path, qgis_app):
    ruleset = load_ruleset(str(labelled(example_rules, tmp_path, ""))).ruleset
    assert words(ruleset, GRADE_I) == ("饮用水水源保护区中 grade 为 I 的部分",
                                       "Drinking-water source protection zone where grade is I")
    assert words(ruleset, "\"grade\" IN ('I')")[1] == \
        "Drinking-water source protection zone (features where \"grade\" IN ('I'))"


def test_an_english_label_left_out_is_said_in_chinese(example_rules, tmp_path, qgis_app):
    ruleset = load_ruleset(str(labelled(example_rules, tmp_path, "    fields:\n      grade: {zh: 级别}\n"))).ruleset
    assert words(ruleset, GRADE_II) == ("饮用水水源保护区中级别为 II 的部分",
                                        "Drinking-water source protection zone where 级别 is II")


def test_a_label_that_is_not_a_text_is_an_error_at_its_line(example_rules, tmp_path, qgis_app):
    path = labelled(example_rules, tmp_path, "    fields:\n      grade: 保护区级别\n")
    result = load_ruleset(str(path))
    assert result.ruleset is None
    [error] = [m for m in result.messages if m.severity == "error"]
    line = path.read_text(encoding="utf-8").splitlines().index("      grade: 保护区级别") + 1
    assert (error.file, error.line) == (str(path), line)
    assert "grade" in error.text("en") and "mapping" in error.text("en")


def test_the_sites_reasons_name_the_labelled_field(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    rules = example_rules  # its water_source declaration labels the field grade
    for language, said in ((0, "饮用水水源保护区中保护区级别为 I 的部分"),
                           (1, "Drinking-water source protection zone where protection grade is I")):
        out = tmp_path / str(language)
        out.mkdir()
        processing.run("zoningreview:reviewsites", params(sample_gpkg, rules, out, LANGUAGE=language))
        [s07] = [row for row in rows(out / "summary.gpkg") if row["site_id"] == "S07"]
        assert said in s07["reason"] and "grade 为" not in s07["reason"] and "where grade" not in s07["reason"]


def test_a_label_of_a_field_the_bound_layer_lacks_is_warned_about_at_its_line(example_rules, tmp_path, qgis_app,
                                                                             sample_gpkg):
    fields = "    fields:\n      grade: {zh: 保护区级别}\n      GRADES: {zh: 级别}\n"
    path = labelled(example_rules, tmp_path, fields)
    ruleset = load_ruleset(str(path)).ruleset
    layers = sample_layers(sample_gpkg, "red_line", "water_source", "river_bank", "industrial_park")
    [warning] = check_against_layer(ruleset, ruleset.unit_codes(), layers)
    lines = path.read_text(encoding="utf-8").splitlines()
    line = lines.index("      GRADES: {zh: 级别}") + 1
    assert (warning.severity, warning.file, warning.line) == ("warning", str(path), line)
    assert warning.json_path == "$.layers.water_source.fields.GRADES"
    assert warning.text("en").endswith(
        "Layer water_source gives a label to the field GRADES, which the bound layer water_source does not have (its "
        "fields: fid, name, grade); correct the field's name under fields: or bind a layer that has it.")
    assert "没有该字段" in warning.text("zh")


def test_validaterules_counts_the_label_warning(zr_processing, example_rules, sample_gpkg, tmp_path):
    import processing

    path = labelled(example_rules, tmp_path, "    fields:\n      grade_level: {zh: 保护区级别}\n")
    feedback = Feedback()
    result = processing.run("zoningreview:validaterules", {
        "RULES": str(path), "CONSTRAINTS": [f"{sample_gpkg}|layername={name}" for name in
                                            ("red_line", "water_source", "river_bank", "industrial_park")]},
        feedback=feedback)
    assert result["VALID"] == 1 and result["WARNINGS"] == 1
    [said] = feedback.said("warning", "gives a label to the field grade_level")
    assert said.startswith(f"{path}:") and said in result["MESSAGES"]


def test_the_panel_warns_of_a_label_whose_field_the_chosen_layer_lacks(sample_project, example_rules, tmp_path,
                                                                       qtbot):
    path = example_rules
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    panel.layer_combo.setLayer(layer("control_units"))
    panel.rules_file.setFilePath(str(path))
    assert "✔" in panel.messages.text() and "gives a label" not in panel.messages.text()
    panel.constraints.combos["water_source"].setLayer(layer("industrial_park"))  # no field grade
    shown = panel.messages.text()
    assert "Layer water_source gives a label to the field grade, which the bound layer industrial_park" in shown


@pytest.mark.parametrize("key, said", [
    ("''", "must not be empty"),
    ("1", "not a number; put it in quotes: '1'"),  # YAML reads it as a number: no field name, and no crash later
    ("true", "not yes/no"),
])
def test_a_field_name_that_is_not_a_name_is_an_error_at_its_line(example_rules, tmp_path, qgis_app, key, said):
    path = labelled(example_rules, tmp_path, f"    fields:\n      {key}: {{zh: 级别}}\n")
    result = load_ruleset(str(path))
    assert result.ruleset is None
    [error] = [m for m in result.messages if "fields" in m.json_path]
    lines = path.read_text(encoding="utf-8").splitlines()
    key_line = lines.index(f"      {key}: {{zh: 级别}}") + 1
    assert error.severity == "error" and said in error.text("en"), error.text("en")
    assert error.line in (key_line - 1, key_line)  # a key YAML reads as a number or yes/no: at its mapping's line


def test_a_layer_labelled_in_one_language_is_named_by_that_label_in_the_other(qgis_app):
    """Not by its rule-set name (``layer``, ``water_2``: what the rule editor makes of a Chinese layer name), as the
    panel and the siting screen already named it; the name only where the layer has no label at all."""
    layers = {"only_zh": LayerDecl("only_zh", "水源地"), "only_en": LayerDecl("only_en", "", "Wells"),
              "bare": LayerDecl("bare")}
    said = {name: filter_words(layers, SpatialQuery(name, "")) for name in layers}
    assert [(w.zh, w.en) for w in said.values()] == [("水源地", "水源地"), ("Wells", "Wells"), ("bare", "bare")]
