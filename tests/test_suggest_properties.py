"""Properties of the suggester: what every suggestion satisfies, and when there is none."""

import copy

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.suggest_support import context, corpus, document, schema_errors, text_rule
from zoning_review.plugin.suggest import canonical, make_context, suggest_in, suggest_ruleset

CTX = context()
CONTEXT = make_context(CTX["attributes"], CTX["layers"])
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MODALS = ["禁止", "严禁", "不得", "原则上不", "限制", "应", "须", "必须", "实施", "鼓励", "允许", "优先准入"]
SHAPES = MODALS + [
    "新建", "扩建", "改建", "技改", "、", "，", "。", "化工", "钢铁", "水泥熟料", "电镀", "燃煤发电",
    "危险化学品仓储", "项目", "在", "内", "外", "长江干支流岸线", "一公里范围内", "500米范围内", "生态保护红线",
    "合规园区", "化工园区", "进入", "入园", "35蒸吨/小时以下", "燃煤锅炉", "投资额低于3亿元", "不低于5亿元",
    "的", "除外", "除", "国家重大基础设施", "供水设施", "淘汰类", "限制类", "倍量替代", "2:1", "新增VOCs排放",
    "不新增产能", "和", "或", "等", "确需建设的", "饮用水水源一级保护区", "距", "以下", "以上", "10吨/年", "日",
    "年", "城市建成区", "（", "）",
]
PROSE = [
    "加强", "推进", "生态", "修复", "提升", "水平", "管理", "监测", "体系", "建立", "完善", "机制", "清洁",
    "能源", "推广", "技术", "绿色", "质量", "改善", "环境", "全面", "持续", "强化", "统筹", "协同", "，", "。",
    "、",
]
UNKNOWN = ["试点", "示范", "某某", "据此"]
SUGGESTED = [c for c in corpus()["clauses"] if c.get("zh") and suggest_in(CONTEXT, c["zh"], "", "en")]
clauses = st.lists(st.sampled_from(SHAPES), min_size=1, max_size=14).map("".join)


def check(found, text: str) -> None:
    """Every invariant of one suggestion for a Chinese text."""
    assert found.effect in ("prohibit", "restrict", "require", "allow") and found.when
    assert found.only_if is None or found.effect == "restrict"
    assert 0 < found.confidence <= 1
    for part in found.parts:
        for span in part.spans:
            assert span.lang == "zh" and 0 <= span.start < span.end <= len(text)
            assert text[span.start:span.end] == span.words
            assert span.words in part.why
    rule = dict(text_rule("P", text), **found.rule_fields())
    assert schema_errors(document([rule])) == []
    marked = dict(text_rule("P", text), suggested=found.marker(text))
    assert schema_errors(document([marked])) == []


@SETTINGS
@given(clauses)
def test_every_suggestion_is_valid_and_points_at_its_words(text):
    found = suggest_in(CONTEXT, text, "", "en")
    if found is not None:
        check(found, text)


def test_the_generated_clauses_can_be_suggested():
    """The property above is not empty: clauses made of its pieces do get suggestions."""
    for pieces in (["禁止", "新建", "化工", "项目", "。"],
                   ["在", "长江干支流岸线", "一公里范围内", "禁止", "新建", "电镀", "项目", "，",
                    "国家重大基础设施", "除外", "。"],
                   ["新建", "化工", "项目", "应", "进入", "合规园区", "。"]):
        assert all(piece in SHAPES for piece in pieces)
        text = "".join(pieces)
        check(suggest_in(CONTEXT, text, "", "en"), text)


@SETTINGS
@given(st.lists(st.sampled_from([s for s in SHAPES if s not in MODALS] + PROSE), max_size=14).map("".join))
def test_no_suggestion_without_a_modal_word(text):
    assume(not any(m in text for m in ("应", "须", "限制")))
    assert suggest_in(CONTEXT, text, "", "en") is None


@SETTINGS
@given(st.lists(st.sampled_from(PROSE), max_size=20).map("".join))
def test_no_suggestion_for_prose_without_any_shape(text):
    assert suggest_in(CONTEXT, text, "", "en") is None


@SETTINGS
@given(st.sampled_from(SUGGESTED), st.sampled_from(UNKNOWN), st.data())
def test_an_unknown_word_never_turns_a_suggestion_into_another(clause, word, data):
    text = clause["zh"]
    at = data.draw(st.integers(0, len(text)))
    before = suggest_in(CONTEXT, text, "", "en")
    after = suggest_in(CONTEXT, text[:at] + word + text[at:], "", "en")
    assert after is None or canonical(after.rule_fields()) == canonical(before.rule_fields())


@SETTINGS
@given(st.sampled_from(corpus()["clauses"]))
def test_full_width_forms_read_as_ascii(clause):
    text = clause.get("zh") or ""
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    plain, folded = suggest_in(CONTEXT, text, "", "en"), suggest_in(CONTEXT, wide, "", "en")
    assert (plain is None) == (folded is None)
    if plain is not None:
        assert canonical(plain.rule_fields()) == canonical(folded.rule_fields())


@SETTINGS
@given(st.lists(st.sampled_from(corpus()["clauses"]), min_size=1, max_size=6, unique_by=lambda c: c["id"]))
def test_a_rule_set_is_only_marked_unless_accepted(chosen):
    rules = [text_rule(c["id"], c.get("zh", ""), c.get("en", ""), c["dimension"]) for c in chosen]
    rules.append({"id": "FIXED", "level": "general", "dimension": "spatial_layout", "effect": "prohibit",
                  "when": {"catalogue": "eliminated"}, "text": {"zh": "禁止新建淘汰类项目。"}})
    original = document(rules)
    kept = copy.deepcopy(original)
    marked = suggest_ruleset(original, lang="en")
    accepted = suggest_ruleset(original, accept=True, lang="en")
    assert original == kept
    for before, after in zip(original["rules"], marked["rules"]):
        assert {k: v for k, v in after.items() if k != "suggested"} == before
    for before, mark, taken in zip(original["rules"], marked["rules"], accepted["rules"]):
        if "suggested" in mark:
            assert taken["suggested_from"] == mark["suggested"]["suggested_from"]
            assert {k: taken[k] for k in ("effect", "when")} == {k: mark["suggested"][k] for k in ("effect", "when")}
        else:
            assert taken == before
    assert schema_errors(marked) == [] and schema_errors(accepted) == []


def test_every_accepted_corpus_suggestion_loads(tmp_path, qgis_app):
    from zoning_review.plugin.core.rules.loader import load_ruleset

    rules = [text_rule(c["id"], c.get("zh", ""), c.get("en", ""), c["dimension"]) for c in corpus()["clauses"]]
    accepted = suggest_ruleset(document(rules), accept=True, lang="en")
    assert sum(1 for r in accepted["rules"] if "suggested_from" in r) >= 60
    path = tmp_path / "accepted.yaml"
    path.write_text(yaml.safe_dump(accepted, allow_unicode=True), encoding="utf-8")
    result = load_ruleset(str(path))
    assert result.ruleset is not None, [m.text("en") for m in result.messages]
