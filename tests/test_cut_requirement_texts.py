"""A unit's requirement text that fills its Shapefile field — a .dbf text field holds at most 254 bytes, and GDAL cuts
a longer text there without a word to the user — is kept as given, with a reason in the review and the notes that
it may have been cut off and is to be checked against the published list. The same text in a GeoPackage is not.

Expected values (the sample's unit ZH13062920001, where S10 lies, measured in the GeoPackage): HJFXFK is 306 bytes
in UTF-8 (cut by a UTF-8 Shapefile), ZYKFXLYQ 252 (as long as a UTF-8 Shapefile holds, to within a Chinese
character: it may be cut); KJBJYS 211 and PWWPFGK 229 bytes are not; in GBK, every text is at most 206 bytes."""

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from zoning_review.plugin.core.inputs.bindings import detect_binding
from zoning_review.plugin.core.inputs.resolve import overlay_engine, siting_inputs
from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.review.cut_text import CUT_REASON
from zoning_review.plugin.core.review.site_review import render_reason, review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.siting.screen import run_siting_screen
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.document import build_document

from .notes_helpers import NOTES_DATE

UNIT = "ZH13062920001"
SAID = "it may have been cut off when the unit layer was saved as a Shapefile; check it against the published list"


def units_as(sample_gpkg, folder, encoding):
    """The sample's units, as the GeoPackage (``encoding`` None) or written by QGIS as a Shapefile in ``encoding``."""
    sample = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    if encoding is None:
        return sample
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.fileEncoding = "ESRI Shapefile", encoding
    path = folder / "units.shp"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(sample, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return QgsVectorLayer(str(path), "units", "ogr")


def s10_review(units, sample_gpkg, example_rules):
    """S10's review over ``units`` (through the resolver's engine, as the dock and Processing make it): its unit's
    text findings by field, the notes' text in English and Chinese, and the ids of the unit's findings."""
    ruleset = load_ruleset(str(example_rules)).ruleset
    binding = detect_binding(units)
    engine = overlay_engine(units, binding, ruleset, {}, QgsCoordinateTransformContext(), None)
    sites = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    site = next(sites.getFeatures(QgsFeatureRequest().setFilterExpression("\"site_id\" = 'S10'")))
    mapping = detect_site_fields(sites.fields().names(), {n: d.type for n, d in ruleset.attributes.items()})
    project = project_from_attributes("S10", dict(zip(sites.fields().names(), site.attributes())), mapping)
    review = review_site("S10", site.geometry(), sites.crs(), project, engine, ruleset, binding.prose_fields)
    [unit] = [u for u in review.units if u.overlap.code == UNIT]
    by_field = {binding.prose_fields[f.dimension]: f for f in unit.findings if f.rule_id == f"{UNIT}:{f.dimension}"}
    context = notes_context(project, ruleset, units, site.geometry(), sites.crs(), QgsCoordinateTransformContext(),
                            date=NOTES_DATE)
    notes = {lang: repr(build_document(review, context, lang)) for lang in ("en", "zh")}
    return by_field, notes, {f.rule_id for f in unit.findings}


@pytest.mark.parametrize("encoding, cut", [("UTF-8", {"HJFXFK", "ZYKFXLYQ"}), ("GBK", set()), (None, set())])
def test_a_requirement_text_filling_its_shapefile_field_is_said_to_be_possibly_cut(
        qgis_app, sample_gpkg, example_rules, tmp_path, encoding, cut):
    by_field, notes, ids = s10_review(units_as(sample_gpkg, tmp_path, encoding), sample_gpkg, example_rules)
    assert set(by_field) == {"KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ"}
    flagged = {name for name, finding in by_field.items()
               if any(SAID in render_reason(reason, "en") for reason in finding.reasons)}
    # before: a cut text read as the whole requirement, without a word
    assert flagged == cut
    assert "input:unit_text" not in ids  # a character cut in two at the end (U+FFFD) is no wrong encoding
    for lang in ("en", "zh"):  # the Chinese: NEW_STRINGS.tsv
        assert (render_reason(CUT_REASON, lang) in notes[lang]) is bool(cut), lang


def screened_texts(units, example_rules):
    """The siting screen of the unit layer ``units`` (through the resolver, as the dock and Processing make it) for
    a flour mill: the reasons (in English) of the unit's requirement texts, by field."""
    ruleset = load_ruleset(str(example_rules)).ruleset
    binding = detect_binding(units)
    inputs = siting_inputs(units, binding, ruleset, ProjectDescription(name="面粉加工", industry="C1312"), {},
                           QgsCoordinateTransformContext())
    [unit] = [u for u in run_siting_screen(inputs).units if u.code == UNIT]
    assert unit.verdict == "needs_study"
    said = {}
    for reason in unit.reasons:
        rule = reason.values.get("rule", "")
        if rule.startswith(f"{UNIT}:"):
            said[binding.prose_fields[rule.split(":")[1]]] = render_reason(reason, "en")
    return said


@pytest.mark.parametrize("encoding, cut", [("UTF-8", {"HJFXFK", "ZYKFXLYQ"}), ("GBK", set()), (None, set())])
def test_the_siting_screen_says_a_requirement_text_filling_its_shapefile_field_may_be_cut(
        qgis_app, sample_gpkg, example_rules, tmp_path, encoding, cut):
    said = screened_texts(units_as(sample_gpkg, tmp_path, encoding), example_rules)
    assert set(said) == {"KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ"}
    # before: the screen's units were read without their fields' widths, a cut text as the whole requirement
    assert {name for name, text in said.items() if SAID in text} == cut
    for text in said.values():  # the text's own reason stays first
        assert text.split(": ", 1)[1].startswith("requirement from the unit layer's own text: check by hand"), text
