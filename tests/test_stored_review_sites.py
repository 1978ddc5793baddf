"""A saved review's site as the project stores it (WKT): one cut short, followed by other text, unreadable, empty or
no polygon makes the entry unreadable, named with the review and what to do — QGIS reads ``POLYGON((0 0`` as a
degenerate polygon and a WKT cut in its second part as the first part alone, which were shown and reviewed as the
site. A site of no area or an invalid one (as a layer's feature can be, and so saved) is never reviewed as if it
were the site: the review stops naming it, or names the repair."""

import json

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem

from tests.dock_helpers import bind
from zoning_review.plugin.core.inputs.bindings import PROJECT_SCOPE
from zoning_review.plugin.core.inputs.project_reviews import REVIEWS_KEY
from zoning_review.plugin.core.review.saved import SavedReviewError, book_from_json, book_to_json

from .test_saved_reviews import review

WHOLE = "MultiPolygon (((115.9 39.0, 115.91 39.0, 115.91 39.01, 115.9 39.0)),((116.0 39.0, 116.01 39.0, 116.0 39.01, " \
        "116.0 39.0)))"
# (the stored site, what the message says of it)
BROKEN = [
    ("POLYGON((0 0", "it is cut short: its parentheses do not close"),
    ("Polygon ((115.9 39.0, 115.91 39.0, 115.91 39.01", "it is cut short: its parentheses do not close"),
    (WHOLE[:WHOLE.index("((116.0") + 20], "it is cut short: its parentheses do not close"),
    (WHOLE + ")", "text follows its end"),
    (WHOLE + " 116.0 39.0", "text follows its end"),
    ("Polygon (115.9 39.0, 115.91 39.0, 115.91 39.01, 115.9 39.0)", "QGIS cannot read it as a geometry"),
    ("", "QGIS cannot read it as a geometry"),
    ("Polygon EMPTY", "it is empty"),
    ("Point (115.9 39.0)", "it is a Point, not a polygon"),
]


def with_site(wkt: str) -> str:
    """A project's entry of one saved review, S05, whose site is ``wkt``."""
    data = json.loads(book_to_json({"S05": review("S05")}, "S05"))
    data["reviews"][0]["site_wkt"] = wkt
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("wkt, problem", BROKEN)
def test_a_stored_site_that_is_not_one_whole_polygonal_geometry_makes_the_entry_unreadable(wkt, problem):
    with pytest.raises(SavedReviewError) as error:
        book_from_json(with_site(wkt))
    message = str(error.value)
    assert f"saved review “S05”: site_wkt is not the site's polygons ({problem}): “" in message, message
    assert "backup copy of the project" in message and "correct the entry by hand" in message


@pytest.mark.parametrize("wkt", [WHOLE, WHOLE.upper(), f"  {WHOLE}\n", "PolygonZ ((115.9 39 1, 115.91 39 1, "
                                 "115.91 39.01 1, 115.9 39 1))"])
def test_a_whole_site_reads_as_stored(wkt):
    assert book_from_json(with_site(wkt))[0]["S05"].site_wkt == wkt


def test_a_long_site_is_quoted_by_its_ends():
    ring = ", ".join(f"{115.9 + i * 1e-4:.4f} 39.0" for i in range(200))
    with pytest.raises(SavedReviewError) as error:
        book_from_json(with_site(f"Polygon (({ring}"))
    assert "site_wkt is not the site's polygons (it is cut short: its parentheses do not close): “Polygon ((115.9000 " \
           "39.0, 115.9001 39.0, …0, 115.9199 39.0”" in str(error.value)


def test_opening_a_project_whose_saved_site_is_cut_short_names_it_and_shows_no_site(dock, qgis_iface, tmp_path):
    """Before, the review opened with the polygon ((0 0)) as its site."""
    text = with_site("POLYGON((115.9 39.0, 115.91 39.0")
    dock.project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, text)
    path = str(tmp_path / "cut.qgz")
    assert dock.project.write(path)
    dock.project.clear()
    qgis_iface.messageBar().clear_messages()
    assert dock.project.read(path)
    critical = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) if "saved reviews" in m]
    assert len(critical) == 1 and "saved review “S05”: site_wkt" in critical[0] and "cut short" in critical[0]
    assert dock.site_input.site is None and dock.saved.combo.count() == 1
    dock.saved.keep_on_write()
    assert dock.project.readEntry(PROJECT_SCOPE, REVIEWS_KEY, "")[0] == text  # left as it is


def _restored(dock, qtbot, example_rules, wkt: str, signal):
    """The sample bound, and the saved review S05 of site ``wkt`` (EPSG:4490) shown again, waiting for ``signal``."""
    bind(dock.bindings, example_rules)
    data = json.loads(with_site(wkt))
    data["reviews"][0]["site_crs"] = QgsCoordinateReferenceSystem("EPSG:4490").toWkt()
    dock.project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, json.dumps(data, ensure_ascii=False))
    with qtbot.waitSignal(signal, timeout=60000) as blocker:
        assert dock.saved.restore("S05")
    return blocker


def test_a_saved_site_of_no_area_is_not_reviewed(dock, qtbot, example_rules):
    blocker = _restored(dock, qtbot, example_rules, "Polygon ((115.95 38.95, 115.96 38.95, 115.97 38.95, "
                        "115.95 38.95))", dock.runner.failed)
    assert "nothing polygonal is left" in blocker.args[0]
    assert dock.runner.reviews == []  # no verdict


def test_an_invalid_saved_site_is_reviewed_repaired_and_says_so(dock, qtbot, example_rules):
    _restored(dock, qtbot, example_rules, "Polygon ((115.95 38.95, 115.97 38.97, 115.97 38.95, 115.95 38.97, "
              "115.95 38.95))", dock.runner.reviewed)
    warnings = [w.template for r in dock.runner.reviews for w in r.review.overlay.warnings]
    assert "The site geometry is invalid ({detail}); repaired for the computation" in warnings


def test_a_saved_site_almost_on_one_line_is_not_reviewed(dock, qtbot, example_rules):
    """Its vertices not exactly on one line: before, reviewed as a site of ~177 m² (geodesic edges' area)."""
    blocker = _restored(dock, qtbot, example_rules, "Polygon ((115.95 38.95, 115.96 38.96, 115.97 38.97, "
                        "115.95 38.95))", dock.runner.failed)
    assert "next to no area" in blocker.args[0] and "almost on one line" in blocker.args[0]
    assert dock.runner.reviews == []  # no verdict
    assert "the site has no area" in dock.site_input.status.text()  # no longer "177.43 m²" beside the site
