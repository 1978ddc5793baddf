"""Words in the dock: labels, not internal names; a unit said once; one name for 新建; a unit's category named as
the notes name it."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsGeometry, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QLabel

from zoning_review.plugin.core.inputs.resolve import BoundUnitLayer, load_rules
from zoning_review.plugin.core.model.binding import UnitBinding
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.overlay.engine import OverlayEngine, UnitLayerSpec
from zoning_review.plugin.core.review.labels import construction_label
from zoning_review.plugin.core.review.site_review import review_site
from zoning_review.plugin.core.rules.ruleset import AttributeDecl
from zoning_review.plugin.gui.attribute_rows import AttributeRows
from zoning_review.plugin.gui.labels import construction_choices
from zoning_review.plugin.gui.results_view import FACTS_ROLE, ResultsTree
from zoning_review.plugin.gui.review_runner import LayerReview
from zoning_review.plugin.i18n import translator
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.document import build_document

from .notes_helpers import vector_layer


@pytest.fixture
def ui_locale(qgis_app):
    """Set QGIS's UI locale override for a test, restore it afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}

    def use(locale: str) -> None:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)
    yield use
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.mark.parametrize("locale,boiler", [("zh_CN", "燃煤锅炉蒸发量（蒸吨/小时）"),
                                           ("en_US", "Coal-fired boiler capacity (t/h)")])
def test_attribute_labels_say_the_unit_once_and_hide_names(ui_locale, example_rules, qtbot, locale, boiler):
    ui_locale(locale)
    rows = AttributeRows()
    qtbot.addWidget(rows)
    ruleset = load_rules(str(example_rules)).ruleset
    rows.set_declared(list(ruleset.attributes.values()))
    labels = {rows.form.labelForField(editor).text(): editor for editor in rows.editors.values()}
    assert boiler in labels, sorted(labels)
    assert not [text for text in labels if "_" in text], sorted(labels)
    for label in rows.findChildren(QLabel):
        assert label.toolTip() not in ruleset.attributes, label.toolTip()


@pytest.mark.parametrize("locale,expected", [("zh_CN", "VOCs排放量（吨/年）"), ("en_US", "VOCs emissions (t/a)")])
def test_attribute_label_names_the_unit_in_the_ui_language(ui_locale, qtbot, request, locale, expected):
    """A label without its unit gets the declared unit, in Chinese by unit_zh (吨/年, not t/a)."""
    ui_locale(locale)
    if locale == "zh_CN":  # as QGIS installs the plugin's translator at start
        chinese = translator("zh")
        QCoreApplication.installTranslator(chinese)
        request.addfinalizer(lambda: QCoreApplication.removeTranslator(chinese))
    rows = AttributeRows()
    qtbot.addWidget(rows)
    rows.set_declared([AttributeDecl("vocs", "number", unit="t/a", unit_zh="吨/年", label_zh="VOCs排放量",
                                     label_en="VOCs emissions")])
    assert rows.form.labelForField(rows.editors["vocs"]).text() == expected


def test_new_construction_has_one_english_name(qgis_app):
    panel = dict(construction_choices())["new"]
    assert panel == "New construction (新建)" and construction_label("new", "en") == "New construction"


# A park unit of the example's kind key_park, a priority unit, and a general unit whose value carries a
# qualifier no kind declares; the site overlaps all three.
CATEGORY_UNITS = [("ZH13062920001", "重点管控单元（产业园区）", (115.90, 38.90, 115.95, 38.95)),
                  ("ZH13062910001", "优先保护单元", (115.95, 38.90, 116.00, 38.95)),
                  ("ZH13062930001", "一般管控单元-农业类", (115.90, 38.95, 116.00, 39.00))]
CATEGORY_SITE = (115.94, 38.94, 115.96, 38.96)
CATEGORY_WORDS = {
    "zh": {"ZH13062920001": "重点管控单元（产业园区）", "ZH13062910001": "优先保护单元",
           "ZH13062930001": "一般管控单元-农业类"},
    "en": {"ZH13062920001": "Key control unit (industrial park)", "ZH13062910001": "Priority protection unit",
           "ZH13062930001": "一般管控单元-农业类"},
}


def box(west: float, south: float, east: float, north: float) -> str:
    """The WKT of a lon/lat rectangle."""
    return f"POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))"


def dock_categories(review, units, ruleset) -> dict:
    """Unit code → the category the panel's tree gives the unit."""
    tree = ResultsTree()
    target = BoundUnitLayer(units, UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL"), ruleset)
    tree.show_reviews("S", review.overlay.site_area_m2, [LayerReview(target, review.overlay, review)])
    return {item.data(0, FACTS_ROLE)["code"]: item.data(0, FACTS_ROLE)["category"] for item, _l, _f in tree.units}


@pytest.mark.parametrize("locale, lang", [("zh_CN", "zh"), ("en_US", "en")])
def test_the_dock_and_the_notes_name_a_units_category_alike(ui_locale, example_rules, request, locale, lang):
    """The panel's unit facts and the notes' units table name each category with the same words: a kind by
    its label in the language, a main category by its name, any other value as the layer has it."""
    ui_locale(locale)
    if lang == "zh":  # the plugin's own words: as QGIS installs the plugin's translator at start
        chinese = translator("zh")
        QCoreApplication.installTranslator(chinese)
        request.addfinalizer(lambda: QCoreApplication.removeTranslator(chinese))
    ruleset = load_rules(str(example_rules)).ruleset
    units = vector_layer("Polygon", "units", {"HJGKDYBM": "string", "HJGKDYMC": "string", "ZHGKDYFL": "string"},
                         [(box(*corners), [code, code, category]) for code, category, corners in CATEGORY_UNITS])
    site, crs = QgsGeometry.fromWkt(box(*CATEGORY_SITE)), QgsCoordinateReferenceSystem("EPSG:4490")
    context = QgsCoordinateTransformContext()
    engine = OverlayEngine(UnitLayerSpec(units, "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", []), {}, context)
    project = ProjectDescription("p", "C3911", "新建", None, {})
    review = review_site("S", site, crs, project, engine, ruleset)
    document = build_document(review, notes_context(project, ruleset, units, site, crs, context), lang)
    notes = {row[0]: row[2] for section in document.sections for block in section.blocks
             if getattr(block, "columns", [None])[0] in ("单元编码", "Unit code") for row in block.rows}
    assert notes == CATEGORY_WORDS[lang]
    assert dock_categories(review, units, ruleset) == notes
