"""findings_json reads exactly as the standard library's json.dumps writes each finding, caches or not."""

import copy
import json
from dataclasses import asdict

from hypothesis import given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.model.results import Finding, Listed, Reason, Term, Words
from zoning_review.plugin.core.outputs.findings_json import FindingsJson
from zoning_review.plugin.core.review.site_review import render_reason

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
NAMES = st.sampled_from(["attribute", "value", "limit", "layer", "reason", "rule", "unit"])
LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                   st.floats(allow_nan=False, allow_infinity=False), TEXT,
                   st.builds(Words, TEXT, TEXT), st.builds(Term, st.sampled_from(["construction", "catalogue"]),
                                                           st.lists(TEXT, max_size=2).map(tuple)),
                   st.builds(Listed, st.lists(TEXT, max_size=3).map(tuple)))


def reasons(depth: int = 2):
    """Reasons whose template names every value they carry (as the plugin's reasons do)."""
    values = LEAVES if depth == 0 else st.one_of(LEAVES, st.lists(reasons(depth - 1), max_size=2))
    return st.dictionaries(NAMES, values, max_size=3).map(
        lambda found: Reason(" and ".join("{" + name + "} here" for name in found) or "plain words", found))


findings = st.builds(
    Finding, rule_id=TEXT, level=st.sampled_from(["general", "category", "unit"]), dimension=TEXT,
    effect=TEXT, status=st.sampled_from(["conflict", "needs_info", "manual_check", "allowed"]),
    text_zh=TEXT, text_en=TEXT, basis=TEXT, reasons=st.lists(reasons(), max_size=3),
    missing=st.lists(TEXT, max_size=2), decisive=st.booleans())


def expected(items) -> str:
    """The oracle: dataclasses.asdict plus the English reason text, through json.dumps."""
    rows = []
    for finding in items:
        row = asdict(finding)
        row["reason_text"] = "; ".join(render_reason(r, "en") for r in finding.reasons)
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, default=str, sort_keys=True)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(findings, max_size=4), min_size=1, max_size=4), st.integers(1, 4))
def test_every_row_reads_as_json_dumps_writes_it(rows, limit):
    encoder = FindingsJson()
    encoder.LIMIT = limit  # the caches also start afresh part-way through
    for items in rows + rows:  # the second time from the caches
        assert encoder.encode(items) == expected(items)


@settings(max_examples=80, deadline=None)
@given(st.lists(findings, min_size=1, max_size=5), st.lists(st.tuples(st.integers(0, 4), st.booleans()), max_size=12))
def test_copies_of_memoised_findings_read_as_themselves(origins, picks):
    encoder = FindingsJson()
    for index, decisive in picks:
        origin = origins[index % len(origins)]
        shared = copy.copy(origin)
        shared.decisive = decisive
        shared.memo_origin = origin  # as the batch memo marks its copies
        assert encoder.encode([shared]) == expected([shared])


def test_json_parses_back_to_the_findings():
    finding = Finding("G-1", "general", "spatial_layout", "prohibit", "conflict", "禁止\"新建\"\\", "No\n",
                      reasons=[Reason("{attribute} is {value}", {"attribute": "boiler_tph", "value": 0.1})],
                      missing=["a"], decisive=True)
    (row,) = json.loads(FindingsJson().encode([finding]))
    assert row["text_zh"] == "禁止\"新建\"\\" and row["text_en"] == "No\n" and row["decisive"] is True
    assert row["reasons"] == [{"template": "{attribute} is {value}",
                               "values": {"attribute": "boiler_tph", "value": 0.1}}]
    assert row["reason_text"] == "boiler_tph is 0.1"


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT, st.booleans(), st.sampled_from(["manual_check", "conflict"])), min_size=1,
                max_size=8), reasons(), st.booleans())
def test_findings_alike_but_for_clause_and_text_read_as_themselves(clauses, reason, fresh):
    """A unit's own requirement texts: the same fields at every unit but the clause id and the text,
    their explanation one shared reason object (or one made afresh at every site, saying the same)."""
    encoder = FindingsJson()
    for rule_id, text_zh, decisive, status in clauses + clauses:
        explained = copy.deepcopy(reason) if fresh else reason
        finding = Finding(rule_id, "unit", "spatial_layout", "text", status, text_zh, reasons=[explained],
                          decisive=decisive)
        assert encoder.encode([finding]) == expected([finding])


def test_reasons_with_terms_and_words_read_as_themselves_from_the_cache():
    """Terms and names in both languages are kept by content; a Term built with a list is written too."""
    encoder = FindingsJson()
    for ids in (("新建",), ("新建",), ["扩建"], ["扩建"]):
        reason = Reason("{nature} near {layer}",
                        {"nature": Term("construction", ids), "layer": Words("红线", "red line")})
        finding = Finding("G-1", "general", "spatial_layout", "prohibit", "conflict", reasons=[reason])
        assert encoder.encode([finding]) == expected([finding])


def test_listed_items_are_kept_apart_from_text_that_reads_the_same():
    """Codes listed inside a reason are written as their items; the same words given as one text are not
    taken from the cache for them (nor the other way round)."""
    encoder = FindingsJson()
    for codes in (Listed(("C3011", "C3110")), "C3011, C3110", Listed(("C3011", "C3110")), "C3011, C3110"):
        reason = Reason("industry {industry} does not match {codes}", {"industry": "C3911", "codes": codes})
        finding = Finding("G-1", "general", "spatial_layout", "prohibit", "not_applicable", reasons=[reason])
        assert encoder.encode([finding]) == expected([finding])
        assert json.loads(encoder.encode([finding]))[0]["reason_text"] == "industry C3911 does not match C3011, C3110"
