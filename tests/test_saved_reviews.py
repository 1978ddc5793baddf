"""Reviews saved with the project: one versioned JSON entry, read back as written; other versions refused."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import Qgis, QgsProject

from zoning_review.plugin.core.inputs.bindings import PROJECT_SCOPE
from zoning_review.plugin.core.inputs.project_reviews import REVIEWS_KEY, read_reviews, write_reviews
from zoning_review.plugin.core.model.project import FieldNumber, ProjectDescription
from zoning_review.plugin.core.review.judgements import Judgement, Withdrawal
from zoning_review.plugin.core.review.saved import SavedReview, SavedReviewError, book_from_json, book_to_json

WKT = "Polygon ((115.9 39.0, 115.91 39.0, 115.91 39.01, 115.9 39.0))"


def review(name="S05 复核", opinion="同意") -> SavedReview:
    description = ProjectDescription("S05", "E4812", "new", None, {"boiler_tph": 0.0, "major_infrastructure": True})
    judgements = [Judgement("S05", "ZH13063210001", "C-P-02", "compliant", "已核查", "王工", "2026-12-03T11:00+08:00"),
                  Judgement("S05", "ZH13063210001", "G-SL-04", "non_compliant", "非国家级", "王工", "", True)]
    withdrawn = [Withdrawal(Judgement("S05", "ZH13063210003", "C-P-02", "non_compliant", "误判", "李工"), "王工",
                            "2026-12-03T11:04+08:00")]
    return SavedReview(name, description, WKT, 'GEOGCRS["China Geodetic Coordinate System 2000"]', judgements,
                       opinion, "2026-12-03T11:05+08:00", withdrawn)


def test_a_book_reads_back_as_written():
    reviews = {"S05 复核": review(), "S05 初审": review("S05 初审", "")}
    text = book_to_json(reviews, "S05 复核")
    assert json.loads(text)["version"] == 1
    back, current = book_from_json(text)
    assert current == "S05 复核" and back == reviews
    assert back["S05 复核"].judgements[1].override is True
    assert back["S05 复核"].withdrawn[0].judgement.word == "non_compliant"  # a removed judgement stays on record
    assert back["S05 复核"].withdrawn[0].by == "王工"


def test_an_entry_written_before_withdrawals_were_kept_reads_with_none():
    data = json.loads(book_to_json({"S05": review("S05")}, "S05"))
    del data["reviews"][0]["withdrawn"]
    back, _current = book_from_json(json.dumps(data))
    assert back["S05"].withdrawn == [] and len(back["S05"].judgements) == 2


def test_values_given_but_not_understood_read_back_as_given():
    """A number for the industry (with its field), a class no site field holds, values not recognised: kept."""
    description = ProjectDescription("S05", FieldNumber(313, "hydm"), "新见", None,
                                     {"boiler_tph": "很多", "major_infrastructure": "待定"}, catalogue_unknown=True)
    saved = SavedReview("S05", description, WKT, "EPSG:4490")
    back = book_from_json(book_to_json({"S05": saved}, "S05"))[0]["S05"].description
    assert back == description and isinstance(back.industry, FieldNumber)
    typo = ProjectDescription("S05", "C9999", None, "淘汰累")
    assert book_from_json(book_to_json({"S05": SavedReview("S05", typo, WKT, "")}, "S05"))[0]["S05"].description == typo


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=30), st.text(max_size=60))
def test_any_name_and_opinion_survive(name, opinion):
    saved = review(name, opinion)
    assert book_from_json(book_to_json({name: saved}, name)) == ({name: saved}, name)


@pytest.mark.parametrize("text", ['{"version": 3, "reviews": []}', "not json", '{"version": 1}',
                                  '{"version": 1, "reviews": [{"name": "x"}]}', "[]"])
def test_an_entry_this_plugin_cannot_read_is_an_error_not_an_empty_book(text):
    with pytest.raises(SavedReviewError):
        book_from_json(text)


def test_no_entry_is_an_empty_book():
    assert book_from_json("") == ({}, "")


def test_the_entry_survives_a_project_written_and_read(qgis_new_project, tmp_path):
    project = QgsProject.instance()
    write_reviews(project, {"S05 复核": review()}, "S05 复核")
    path = str(tmp_path / "项目.qgz")
    assert project.write(path)
    project.clear()
    assert read_reviews(project) == ({}, "")
    assert project.read(path)
    assert read_reviews(project) == ({"S05 复核": review()}, "S05 复核")


def test_the_text_a_judgement_judged_is_kept_and_an_entry_without_it_reads_as_not_known():
    saved = review("S05")
    saved.judgements[0] = Judgement("S05", "ZH13063210001", "C-P-02", "compliant", "已核查", clause="ab" * 32)
    data = json.loads(book_to_json({"S05": saved}, "S05"))
    assert data["reviews"][0]["judgements"][0]["clause_sha256"] == "ab" * 32
    assert book_from_json(json.dumps(data))[0]["S05"].judgements[0].clause == "ab" * 32
    del data["reviews"][0]["judgements"][0]["clause_sha256"]  # saved before the digest was kept
    assert book_from_json(json.dumps(data))[0]["S05"].judgements[0].clause == ""


def test_a_hand_edited_override_mark_is_a_message_not_an_override():
    data = json.loads(book_to_json({"S05": review("S05")}, "S05"))
    data["reviews"][0]["judgements"][0]["override"] = "no"
    with pytest.raises(SavedReviewError) as error:
        book_from_json(json.dumps(data))
    assert "'no'" in str(error.value)


@pytest.mark.parametrize("text, advice", [
    ('{"version": 3, "reviews": []}', "Update the plugin"),
    ('{"version": 1, "reviews": [', "backup copy of the project"),
    ('{"version": 0, "reviews": []}', "backup copy of the project"),
])
def test_saved_reviews_that_cannot_be_read_are_named_once_with_what_to_do(dock, qgis_iface, text, advice, tmp_path):
    dock.project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, text)
    path = str(tmp_path / "reviews.qgz")
    assert dock.project.write(path)
    dock.project.clear()
    qgis_iface.messageBar().clear_messages()
    assert dock.project.read(path)
    critical = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) if "saved reviews" in m]
    assert len(critical) == 1 and advice in critical[0], critical
    assert dock.project.readEntry(PROJECT_SCOPE, REVIEWS_KEY, "")[0] == text  # left as it is


def test_the_review_kept_from_the_screen_reads_back_and_only_then_is_the_entry_of_version_2():
    from zoning_review.plugin.core.review.saved import entry_from_json

    kept = review("", "未保存的意见")
    text = book_to_json({"S05 复核": review()}, "", kept)
    assert json.loads(text)["version"] == 2
    assert entry_from_json(text) == ({"S05 复核": review()}, "", kept)
    older = book_to_json({"S05 复核": review()}, "S05 复核")  # as every version before wrote it
    assert json.loads(older)["version"] == 1 and "on_screen" not in json.loads(older)
    assert entry_from_json(older) == ({"S05 复核": review()}, "S05 复核", None)
