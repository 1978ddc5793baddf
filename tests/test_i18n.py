"""The translation workflow: literals only, no import-time tr(), complete and current Chinese catalogue."""

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "i18n" / "zoning_review_zh.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


def plugin_sources():
    """Every Python file shipped in the plugin."""
    return [ROOT / "__init__.py"] + sorted((ROOT / "plugin").rglob("*.py"))


def tr_calls(tree):
    """(call node, enclosing function or None) for every tr(...) call of a module."""
    found = []

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) else function
            if isinstance(child, ast.Call):
                name = getattr(child.func, "id", None) or getattr(child.func, "attr", None)
                if name == "tr":
                    found.append((child, function))
            visit(child, inner)

    visit(tree, None)
    return found


def messages():
    """(source, translation element) pairs of the committed catalogue."""
    root = ET.parse(TS).getroot()
    return [(m.findtext("source"), m.find("translation")) for m in root.iter("message")]


@pytest.mark.parametrize("path", plugin_sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_tr_receives_a_literal_and_never_runs_at_import(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call, function in tr_calls(tree):
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        assert call.args, f"{where}: tr() without text"
        first = call.args[0]
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), f"{where}: tr(non-literal)"
        assert function is not None, f"{where}: tr() at import time"
        for extra in call.args[1:]:
            assert not isinstance(extra, ast.Constant), f"{where}: tr() language must be a variable"


def test_every_string_has_a_finished_chinese_translation():
    unfinished = [src for src, tr in messages() if tr is None or tr.get("type") or not (tr.text or "").strip()]
    assert not unfinished, f"{len(unfinished)} strings lack a finished translation, e.g. {unfinished[:5]}"


def test_translations_keep_every_placeholder():
    broken = []
    for source, translation in messages():
        text = translation.text or "" if translation is not None else ""
        if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            broken.append((source, text))
    assert not broken, f"placeholders differ: {broken[:5]}"


def test_catalogue_is_current_with_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n_update.py"), "--ts-out", str(fresh)],
                   check=True, cwd=ROOT)
    committed = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}
    current = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    assert current == committed, (
        f"i18n/zoning_review_zh.ts is stale: run `make i18n`. New: {sorted(current - committed)[:5]}, "
        f"gone: {sorted(committed - current)[:5]}"
    )


def test_a_fresh_extraction_changes_nothing_but_locations(tmp_path):
    """`make i18n` writes the catalogue as the committed one is written (pylupdate5's form normalised as i18n_fill's):
    re-extracting from unchanged strings moves only the source locations, never a source, a translation or its
    escaping."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n_update.py"), "--ts-out", str(fresh)],
                   check=True, cwd=ROOT)

    def kept(path):
        return [line for line in path.read_text(encoding="utf-8").splitlines() if "<location " not in line]

    assert kept(fresh) == kept(TS)


def test_package_holds_the_compiled_catalogue(tmp_path):
    zipped = tmp_path / "zoning_review.zip"
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "package.py"), "--out", str(zipped)], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    with zipfile.ZipFile(zipped) as package:
        names = package.namelist()
    assert "zoning_review/i18n/zoning_review_zh.qm" in names
    assert "zoning_review/metadata.txt" in names
    assert all(name.startswith("zoning_review/") for name in names)
    assert not any("/tests/" in name or "/tools/" in name or "__pycache__" in name for name in names)


def test_chinese_is_chosen_for_every_chinese_locale_name():
    from zoning_review.plugin.i18n import normalise_language

    assert [normalise_language(x) for x in ("zh-Hans", "zh_CN", "zh", "zh_TW.UTF-8")] == ["zh"] * 4
    assert [normalise_language(x) for x in ("en_US", "de", "", None, "fr_FR")] == ["en"] * 5


def test_report_language_lookup_uses_the_chinese_catalogue(qgis_app):
    from zoning_review.plugin.i18n import tr

    source, translation = next((s, t) for s, t in messages() if t is not None and (t.text or "").strip())
    assert tr(source, "zh") == translation.text
    assert tr(source, "en") == source


def test_every_reason_template_literal_is_in_the_catalogue():
    sources = {src for src, _ in messages()}
    missing = []
    for path in plugin_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Reason" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and first.value and first.value not in sources:
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {first.value}")
    assert not missing, "Reason templates never passed through tr(): " + "; ".join(missing[:5])


def test_ui_language_follows_the_qgis_locale_override(qgis_app):
    from qgis.core import QgsSettings

    from zoning_review.plugin.i18n import ui_language

    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "zh_CN")
        assert ui_language() == "zh"
        settings.setValue("locale/userLocale", "en_GB")
        assert ui_language() == "en"
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_sentences_have_a_space_between_them_except_after_a_full_width_end():
    from zoning_review.plugin.i18n import sentences

    assert sentences(["Layer a leaves out 2 features.", "Store them in one SRID."]) == \
        "Layer a leaves out 2 features. Store them in one SRID."
    assert sentences(["图层 a 未包含 2 个要素。", "请统一坐标参考系。"]) == "图层 a 未包含 2 个要素。请统一坐标参考系。"
    assert sentences(["One."]) == "One." and sentences([]) == ""


@pytest.mark.parametrize("fraction, shown", [
    (0.0, "0.0"), (0.0003, "<0.1"), (0.0005, "0.1"), (0.1234, "12.3"), (0.9994, "99.9"), (0.9996, ">99.9"),
    (1.0, "100.0"),
])
def test_a_share_is_never_rounded_to_look_like_none_or_all_of_the_site(fraction, shown):
    from zoning_review.plugin.i18n import shown_percent

    assert shown_percent(fraction) == shown


def test_every_tr_literal_of_the_code_is_in_the_catalogue():
    """pylupdate cannot see a tr() inside an f-string: its text would stay English in a Chinese UI."""
    committed = {source for source, _translation in messages()}
    missing = []
    for path in plugin_sources():
        for call, _function in tr_calls(ast.parse(path.read_text(encoding="utf-8"))):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value not in committed:
                missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {first.value!r}")
    assert not missing, missing
