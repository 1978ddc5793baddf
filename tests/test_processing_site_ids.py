"""Site ids through processing.run on copies of the sample: a site without an id is named by its feature id, an
id several sites share is warned about, a judgement of it judges none of them, and rereview refuses it."""

import csv
import shutil
from pathlib import Path

import pytest
from osgeo import ogr

from tests.kept_feedback import Feedback
from tests.sample_oracle import EXPECTED_VERDICTS
from tests.test_judgements import MANUAL
from tests.test_processing_judgements import read_digests
from tests.test_processing_review import params, rows

TWIN, NO_ID, BLANK_ID = 201, 202, 203  # feature ids of the sites added to the copy


def add_site(layer, source, fid: int, site_id) -> None:
    """A copy of a sample site (geometry and attributes) as feature ``fid`` with another id (None: NULL)."""
    feature = source.Clone()
    feature.SetFID(fid)
    if site_id is None:
        feature.SetFieldNull("site_id")
    else:
        feature.SetField("site_id", site_id)
    assert layer.CreateFeature(feature) == 0


@pytest.fixture(scope="module")
def sites_with_shared_ids(sample_gpkg, tmp_path_factory):
    """A copy of the sample with S05 typed twice, a site with a NULL id and one with a blank id; and S05's fid."""
    gpkg = tmp_path_factory.mktemp("ids") / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    data = ogr.Open(str(gpkg), 1)
    layer = data.GetLayerByName("sites")
    sample = {feature.GetField("site_id"): feature.Clone() for feature in layer}
    add_site(layer, sample["S05"], TWIN, "S05")     # the same road typed again with the same id
    add_site(layer, sample["S01"], NO_ID, None)     # S01's project, id not filled in
    add_site(layer, sample["S08"], BLANK_ID, "  ")  # S08's project, id left blank
    data = None
    return gpkg, sample["S05"].GetFID()


def judgements_of_s05(path, sample_gpkg, example_rules) -> str:
    """A judgements table judging every clause the rules leave to a person at S05 compliant, with the digests of
    their texts from a plain review's clauses table."""
    import processing

    plain = path.parent / "plain"
    plain.mkdir()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, plain, SITE_ID_FIELD="site_id",
                                                      CLAUSES=str(plain / "clauses.csv")))
    digests = read_digests(plain / "clauses.csv")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["site_id", "unit_code", "rule_id", "judgement", "remark", "reviewer", "clause_sha256"])
        writer.writerows(["S05", unit, rule, "符合", "", "王工", digests["S05", unit, rule]] for unit, rule in MANUAL)
    return str(path)


def test_sites_without_an_id_are_named_by_their_feature_id(zr_processing, sites_with_shared_ids, example_rules,
                                                            tmp_path):
    import processing

    gpkg, s05 = sites_with_shared_ids
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path, SITE_ID_FIELD="site_id"),
                   feedback=feedback)
    summary = rows(tmp_path / "summary.gpkg")
    ids = [row["site_id"] for row in summary]
    assert sorted(ids) == sorted([*EXPECTED_VERDICTS, "S05", f"#{NO_ID}", f"#{BLANK_ID}"])
    verdicts = {row["site_id"]: row["verdict"] for row in summary}
    assert verdicts[f"#{NO_ID}"] == EXPECTED_VERDICTS["S01"] and verdicts[f"#{BLANK_ID}"] == EXPECTED_VERDICTS["S08"]
    assert f"2 sites have no id in the field site_id: each is reviewed as # and its feature id. Their feature " \
           f"ids: {NO_ID}, {BLANK_ID}" in feedback.problems
    shared = [line for line in feedback.problems if line.startswith("The site id S05 (")]
    assert len(shared) == 1 and f"S05 ({s05}, {TWIN})" in shared[0]


def test_a_judgement_of_an_id_several_sites_share_judges_none_of_them(zr_processing, sample_gpkg,
                                                                      sites_with_shared_ids, example_rules, tmp_path):
    import processing

    gpkg, _s05 = sites_with_shared_ids
    table = judgements_of_s05(tmp_path / "judgements.csv", sample_gpkg, example_rules)
    alone = tmp_path / "alone"
    alone.mkdir()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, alone, SITE_ID_FIELD="site_id",
                                                      JUDGEMENTS=table))
    assert {row["site_id"]: row["verdict"] for row in rows(alone / "summary.gpkg")}["S05"] == "compliant"

    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path, SITE_ID_FIELD="site_id",
                                                      JUDGEMENTS=table), feedback=feedback)
    twins = [row for row in rows(tmp_path / "summary.gpkg") if row["site_id"] == "S05"]
    assert [row["verdict"] for row in twins] == ["needs_study", "needs_study"]
    withheld = [line for line in feedback.problems
                if line.startswith("Judgements of site ids that several sites share")]
    assert len(withheld) == 1 and "S05 / " in withheld[0]
    assert not [line for line in feedback.problems if "match no clause" in line]


def test_rereview_refuses_ids_several_sites_share(zr_processing, sites_with_shared_ids, example_rules, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    gpkg, _s05 = sites_with_shared_ids
    with pytest.raises(QgsProcessingException, match="several sites share the ids S05: choose a site id field"):
        processing.run("zoningreview:rereview", {
            "SITES": f"{gpkg}|layername=sites", "UNITS": f"{gpkg}|layername=control_units",
            "OLD_RULES": str(example_rules), "NEW_RULES": str(example_rules), "SITE_ID_FIELD": "site_id",
            "CONSTRAINTS": params(gpkg, example_rules, tmp_path)["CONSTRAINTS"], "OUTPUT": "TEMPORARY_OUTPUT"})


def test_a_site_without_an_id_and_a_site_with_the_id_202_each_get_their_own_note(zr_processing, sample_gpkg,
                                                                                   example_rules, tmp_path):
    """The note of the site reviewed as #202 used to be 202.html, the name of the note of the site whose id is 202
    (which then became 202_204.html)."""
    import processing

    gpkg = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    data = ogr.Open(str(gpkg), 1)
    layer = data.GetLayerByName("sites")
    sample = {feature.GetField("site_id"): feature.Clone() for feature in layer}
    for feature in sample.values():
        assert layer.DeleteFeature(feature.GetFID()) == 0
    add_site(layer, sample["S01"], NO_ID, None)  # reviewed as #202
    add_site(layer, sample["S08"], 204, "202")   # a site whose id is 202
    data = None
    notes = tmp_path / "notes"
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path, SITE_ID_FIELD="site_id",
                                                      REPORT_FORMAT=1, REPORT_FOLDER=str(notes)))
    written = {row["site_id"]: row["notes"] for row in rows(tmp_path / "summary.gpkg")}
    assert {site: Path(path).name for site, path in written.items()} == {"202": "202.html", "#202": "_202.html"}
    assert all(Path(path).is_file() for path in written.values())
    assert "#202" not in (notes / "202.html").read_text(encoding="utf-8")
    assert "#202" in (notes / "_202.html").read_text(encoding="utf-8")
    index = (notes / "index.html").read_text(encoding="utf-8")
    assert 'href="202.html"' in index and 'href="_202.html"' in index


class CountedReads:
    """A feature source that counts how often its features are read."""

    def __init__(self, source):
        self.source, self.reads = source, 0

    def fields(self):
        return self.source.fields()

    def getFeatures(self, *args):  # noqa: N802 - QGIS's name
        self.reads += 1
        return self.source.getFeatures(*args)


def test_the_site_ids_are_read_once_when_some_are_shared(qgis_app, sites_with_shared_ids):
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSource, QgsProcessingFeedback, QgsVectorLayer

    from zoning_review.plugin.processing.site_ids import scan_site_ids

    gpkg, s05 = sites_with_shared_ids
    layer = QgsVectorLayer(f"{gpkg}|layername=sites", "sites", "ogr")
    source = CountedReads(QgsProcessingFeatureSource(layer, QgsProcessingContext()))
    ids = scan_site_ids(source, "site_id", QgsProcessingFeedback())
    assert source.reads == 1
    assert ids.shared == {"S05": [s05, TWIN]}
    assert (ids.unnamed, ids.unnamed_count) == ([NO_ID, BLANK_ID], 2)


def test_rereview_without_an_id_field_compares_the_sites_by_their_feature_ids(zr_processing, sites_with_shared_ids,
                                                                              example_rules, tmp_path):
    """The sites' site_id field has a shared, a NULL and a blank id; rereview's SITE_ID_FIELD is left empty, which
    its help calls the feature id: every site is compared, by feature id, and only S03 changes (see NEW_RULE)."""
    import processing

    from tests.test_rereview import NEW_RULE

    gpkg, _s05 = sites_with_shared_ids
    new = tmp_path / "new.yaml"
    new.write_text(example_rules.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_RULE, encoding="utf-8")
    data = ogr.Open(str(gpkg))
    named = {str(feature.GetFID()): feature.GetField("site_id") for feature in data.GetLayerByName("sites")}
    data = None
    as_sample = {**{fid: site for fid, site in named.items() if site in EXPECTED_VERDICTS},
                 str(TWIN): "S05", str(NO_ID): "S01", str(BLANK_ID): "S08"}  # each added site is a sample project
    result = processing.run("zoningreview:rereview", {
        "SITES": f"{gpkg}|layername=sites", "UNITS": f"{gpkg}|layername=control_units",
        "OLD_RULES": str(example_rules), "NEW_RULES": str(new),
        "CONSTRAINTS": params(gpkg, example_rules, tmp_path)["CONSTRAINTS"], "OUTPUT": str(tmp_path / "changes.gpkg")})
    table = {row["site_id"]: (row["verdict_before"], row["verdict_after"]) for row in rows(tmp_path / "changes.gpkg")}
    s03 = next(fid for fid, site in named.items() if site == "S03")
    assert table == {fid: (EXPECTED_VERDICTS[site], "non_compliant" if fid == s03 else EXPECTED_VERDICTS[site])
                     for fid, site in as_sample.items()}
    assert result["CHANGED"] == 1
