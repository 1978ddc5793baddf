"""A saved review (the project's entry) or a register entry holding a value of another type than the plugin writes
(edited by hand, or damaged): a message naming the value, the entry left as it is; never a traceback, never a review
shown with the value."""

import json

import pytest
from qgis.core import Qgis

from zoning_review.plugin.core.inputs.bindings import PROJECT_SCOPE
from zoning_review.plugin.core.inputs.project_reviews import REVIEWS_KEY
from zoning_review.plugin.core.outputs.register import COLUMNS, RegisterError, append_to_register
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.core.review.saved import SavedReviewError, book_from_json, book_to_json

from .test_register import entry
from .test_saved_reviews import review

# (key of the saved review, value written by hand, words the message must hold)
HAND_EDITED = [
    ("name", 5, "saved review 1: name must be text, not a number"),
    ("site_crs", 7, "saved review “S05”: site_crs must be text, not a number"),
    ("opinion", None, "saved review “S05”: opinion must be text, not nothing"),
    ("site_wkt", ["Polygon"], "saved review “S05”: site_wkt must be text, not a list"),
    ("judgements", {"C-P-02": "compliant"}, "judgements must be a list, not a mapping"),
    ("description", {"industry": ["C2511"]}, "description industry must be text, a mapping (key: value) or nothing, "
                                             "not a list"),
    ("description", {"industry": {"number": "313", "field": "hydm"}}, "industry.number must be a number, not text"),
    ("description", {"attributes": {"boiler_tph": [1, 2]}}, "attributes.boiler_tph must be text"),
    ("description", {"catalogue_unknown": "false"}, "catalogue_unknown must be yes/no (true or false), not text"),
]


def hand_edited(key, value) -> str:
    data = json.loads(book_to_json({"S05": review("S05")}, "S05"))
    data["reviews"][0][key] = value
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("key, value, words", HAND_EDITED)
def test_a_value_of_another_type_makes_the_entry_unreadable_naming_it(key, value, words):
    with pytest.raises(SavedReviewError) as error:
        book_from_json(hand_edited(key, value))
    assert words in str(error.value) and "backup copy of the project" in str(error.value)


def test_a_review_kept_from_the_screen_is_checked_too():
    data = json.loads(book_to_json({}, "", review("", "意见")))
    data["on_screen"]["saved_at"] = 20261203
    with pytest.raises(SavedReviewError) as error:
        book_from_json(json.dumps(data))
    assert "the review kept from the screen: saved_at must be text, not a number" in str(error.value)


def test_two_saved_reviews_of_one_name_are_refused_not_one_dropped():
    data = json.loads(book_to_json({"S05": review("S05", "同意")}, "S05"))
    data["reviews"].append(review("S05", "不同意").to_dict())  # two copies of a project merged by hand
    with pytest.raises(SavedReviewError) as error:
        book_from_json(json.dumps(data, ensure_ascii=False))
    assert "several saved reviews are named “S05”" in str(error.value)


@pytest.mark.parametrize("key, value", [(key, value) for key, value, _words in HAND_EDITED[:2] + HAND_EDITED[5:6]])
def test_opening_a_project_with_such_an_entry_names_it_and_leaves_it(dock, qgis_iface, key, value, tmp_path):
    """Before, the panel raised a TypeError while the project was read (the list, the CRS, the industry picker)."""
    text = hand_edited(key, value)
    dock.project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, text)
    path = str(tmp_path / "reviews.qgz")
    assert dock.project.write(path)
    dock.project.clear()
    qgis_iface.messageBar().clear_messages()
    assert dock.project.read(path)
    critical = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) if "saved reviews" in m]
    assert len(critical) == 1 and key in critical[0], critical
    assert dock.saved.combo.count() == 1  # "(saved reviews: none chosen)" alone
    dock.saved.keep_on_write()
    assert dock.project.readEntry(PROJECT_SCOPE, REVIEWS_KEY, "")[0] == text  # left as it is


def test_a_register_entry_whose_industry_is_a_list_is_an_error_naming_the_entry(qgis_new_project, tmp_path):
    """Before, the description was read with the list as its industry: Open as a new review raised a TypeError."""
    path = str(tmp_path / "r.gpkg")
    broken = entry("S01", "compliant")
    broken.values[[n for n, _k in COLUMNS[1:]].index("description_json")] = json.dumps({"industry": ["C2511"]})
    append_to_register(path, broken)
    with pytest.raises(RegisterError) as error:
        read_register(path)[0].description()
    assert "entry 1" in str(error.value) and "description_json industry must be text" in str(error.value)


def newer_entry() -> str:
    """An entry as a later version may write it, its version unchanged: keys added (as this version added
    ``withdrawn``, ``catalogue_unknown`` and ``clause_sha256`` to version 1)."""
    data = json.loads(book_to_json({"S05": review("S05")}, "S05"))
    data["reviews"][0]["attachments"] = [{"file": "现场照片.jpg"}]
    data["reviews"][0]["judgements"][0]["evidence"] = "监测报告 2026-11"
    data["reviews"][0]["description"]["capacity"] = "20万吨/年"
    return json.dumps(data, ensure_ascii=False)


def test_keys_this_version_does_not_write_are_a_newer_versions_entry_named_with_them():
    with pytest.raises(SavedReviewError) as error:
        book_from_json(newer_entry())
    message = str(error.value)
    assert "newer version" in message and "Update the plugin" in message
    for key in ("saved review “S05”: attachments", "saved review “S05”: description capacity",
                "saved review “S05”: judgements[1] evidence"):
        assert key in message, message


def test_saving_a_review_leaves_a_newer_versions_entry_as_it_is(dock, qgis_iface, tmp_path):
    """Before, saving a review (or writing the project) rewrote the entry without the keys it did not know: the
    attachments, the judgement's evidence and the description's capacity were lost."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

    from zoning_review.plugin.gui.review_task import Site

    text = newer_entry()
    dock.project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, text)
    dock.site_input.set_site(Site(QgsGeometry.fromWkt("Polygon ((115.9 39.0, 115.91 39.0, 115.91 39.01, 115.9 39.0))"),
                                  QgsCoordinateReferenceSystem("EPSG:4490"), "test"))
    qgis_iface.messageBar().clear_messages()
    assert not dock.saved.save_as("S06")
    dock.saved.keep_on_write()
    assert dock.project.readEntry(PROJECT_SCOPE, REVIEWS_KEY, "")[0] == text
    critical = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("newer version" in m and "attachments" in m for m in critical), critical
