"""First run in the real desktop: the Options page, the sample action and a review, in English and Chinese."""

import re
from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "first_run.py"
IDENTIFIER = re.compile("|".join((
    r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b",  # snake_case keys: boiler_tph, major_infrastructure, spatial_layout
    r"\[\s*\"[^\"]*\"\s*(?:=|!=|<>|<=|>=|<|>|IN\b|LIKE\b)",  # raw expressions: ["grade" = 'I']
    r"\"\w+\"\s*(?:=|!=|<>|<=|>=|<|>)\s*'",  # "field" = 'value'
    r"\b[A-Z]{1,3}\d{3,}:[a-z_]+",  # CODE:dimension joins: ZH13063810001:spatial_layout
    r"\b(?:None|True|False)\b",  # Python reprs
    r"<\w+(?:\.\w+)* object at 0x|\b[A-Z]\w+\.[A-Z_]{3,}\b|\{'\w+':|\['\w+'",  # object, enum, dict, list reprs
)))
# An attribute's tooltip names the field a sites layer needs for batch review: there the identifier is what the
# user must type, introduced as a field name (the catalogue's English and Chinese wording), not a stand-in label.
FIELD_NAME_HINT = re.compile(r"^(?:Field name in a sites layer for batch review: |批量审查时选址图层中的字段名：)\w+$")
# A scope field's tooltip shows what a QGIS expression looks like: an example of what the user types, not a leak.
EXPRESSION_EXAMPLE = re.compile(r"(?:a QGIS expression|QGIS 表达式)[^\"]*(?:e\.g\.|例如) \"\w+\" = '[^']*'")
_RUNS = {}


def first_run(artifacts_dir, locale: str):
    """One desktop run per locale, shared by the tests below."""
    if locale not in _RUNS:
        _RUNS[locale] = run_in_qgis(SCRIPT, artifacts_dir, locale=locale)
    run = _RUNS[locale]
    assert run.returncode == 0 and not run.errors, run.explain()
    return run.detail


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_options_page_and_sample_action(artifacts_dir, locale):
    detail = first_run(artifacts_dir, locale)
    assert detail["options"] == {"page_found": True, "page_visible": True}
    assert detail["reviewer"] == "李华 Li Hua"
    project = Path(detail["project"])
    assert project.name == "xiongan_review.qgz" and "zoning_review/sample" in project.as_posix()
    assert detail["bound"] == 1 and len(detail["verdicts"]) == 10
    assert set(detail["verdicts"]) <= {"compliant", "non_compliant", "needs_study"}
    assert detail["unloaded"] == {"page_found": False, "sample_actions": 0, "help_entries": []}
    assert detail["help_entries"] == [{"en": "Zoning Review User Guide", "zh": "分区管控审查用户指南"}[locale[:2]]]
    assert detail["home_unchanged"], "the bundled sample was opened in place"
    lang = locale[:2]
    for shot in (artifacts_dir / f"options-{lang}.png", Path(detail["shot"])):
        assert shot.exists() and shot.stat().st_size > 20_000


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_review_sites_dialog_runs_with_its_defaults_and_writes_notes_off_the_gui_thread(artifacts_dir, locale):
    run = first_run(artifacts_dir, locale)["review_sites"]
    assert run["defaults"] == {"SITES": "sites", "UNITS": "control_units",
                               "CONSTRAINTS": ["industrial_park", "red_line", "river_bank", "water_source"]}
    assert not run["failed"] and len(run["added"]) == 2, run
    assert sorted(run["added"].values())[0] == 10, "SUMMARY: one row per site of the sample"
    assert Path(run["shot"]).stat().st_size > 20_000
    assert run["notes"] == [f"S{number:02d}.html" for number in range(1, 11)] + ["index.html"], run["notes"]
    threads = run["threads"]  # HTML notes written on the task's thread (QGIS responsive), only their maps on the main
    assert threads["write_notes"] == ["worker"] * 10 and threads["write_index"] == ["worker"], threads
    assert threads["build_scene"] == threads["html_maps"] == ["main"] * 10, threads


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_dock_shows_no_internal_names(artifacts_dir, locale):
    detail = first_run(artifacts_dir, locale)
    texts = [EXPRESSION_EXAMPLE.sub("", text) for text in detail["texts"] if not FIELD_NAME_HINT.match(text)]
    assert len(texts) > 100, "the scan saw too little of the dock"
    layer_names = detail["layer_names"]  # the user's own names (the sample's layers), shown as given
    leaks = sorted({m.group(0) for text in texts for m in IDENTIFIER.finditer(text) if m.group(0) not in layer_names})
    assert not leaks, leaks


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_options_page_shows_no_internal_names(artifacts_dir, locale):
    texts = first_run(artifacts_dir, locale)["options_texts"]
    assert len(texts) > 10, texts
    leaks = sorted({m.group(0) for text in texts for m in IDENTIFIER.finditer(text)})
    assert not leaks, leaks


@pytest.mark.parametrize("text", [
    "未提供 boiler_tph", "major_infrastructure is not given", '饮用水水源保护区["grade" = \'I\']',
    "ZH13063810001:spatial_layout", "Value: None", "enabled: True", "Verdict.NON_COMPLIANT",
    "{'key': 1}", "<zoning_review.plugin.core.model.Rule object at 0x7f",
])
def test_the_identifier_scan_finds_each_kind_of_leak(text):
    assert IDENTIFIER.search(text), text


@pytest.mark.parametrize("text", [
    "Coal-fired boiler capacity (t/h)", "燃煤锅炉蒸发量（蒸吨/小时）", "ZH13063810001 雄县重点管控单元",
    "Needs further study", "C3011 Manufacture of cement", "New construction (新建)", "1,234.5 m² (0.12 ha)",
])
def test_the_identifier_scan_passes_plain_words(text):
    assert not IDENTIFIER.search(text), text
