"""Rule sets are loaded once while their file is unchanged — and loaded again whenever it changed, also when the new
file has the old one's modification time to the second (a file system or copy keeping whole seconds, an editor
restoring the time, a replacement within the same second): its size, file id or change time differ."""

import os
import time

import pytest

from zoning_review.plugin.core.inputs.rule_lists import forget_rules, load_rules

SECOND_NS = 1_700_000_000 * 1_000_000_000  # a whole second, as the old file's modification time


@pytest.fixture
def rules(tmp_path, example_rules):
    """A copy of the example rule set, its modification time a whole second; the cache emptied before and after."""
    forget_rules()
    path = tmp_path / "rules.yaml"
    path.write_bytes(example_rules.read_bytes())
    os.utime(path, ns=(SECOND_NS, SECOND_NS))
    yield path
    forget_rules()


def _texts(path) -> dict:
    """Each rule's English text, as load_rules gives the rule set."""
    loaded = load_rules(str(path))
    assert loaded.ruleset is not None, loaded.text("en")
    return {rule.id: rule.text_en for rule in loaded.ruleset.rules}


def _same_second(path) -> None:
    """The file's modification time set back to the old file's whole second."""
    os.utime(path, ns=(SECOND_NS, SECOND_NS))
    assert os.stat(path).st_mtime_ns == SECOND_NS


def test_an_unchanged_file_is_loaded_once(rules):
    assert load_rules(str(rules)) is load_rules(str(rules))


def test_a_rule_removed_in_the_same_second_is_seen(rules):
    assert "G-SL-04" in _texts(rules)
    text = rules.read_text(encoding="utf-8")
    rules.write_text(text[:text.index("  - id: G-SL-04")] + text[text.index("  - id: G-SL-05"):], encoding="utf-8")
    _same_second(rules)
    assert "G-SL-04" not in _texts(rules)


def test_a_change_of_the_same_size_in_the_same_second_is_seen(rules):
    assert _texts(rules)["G-SL-07"] == "No new cement-clinker or iron-making capacity."
    time.sleep(0.05)  # the change time's clock moves on (the kernel's is coarse, a few milliseconds)
    rules.write_text(rules.read_text(encoding="utf-8").replace("iron-making", "IRON-MAKING"), encoding="utf-8")
    _same_second(rules)
    assert _texts(rules)["G-SL-07"] == "No new cement-clinker or IRON-MAKING capacity."


def test_a_file_replaced_by_another_of_the_same_size_and_second_is_seen(rules, tmp_path):
    assert _texts(rules)["G-SL-07"] == "No new cement-clinker or iron-making capacity."
    other = tmp_path / "rules.yaml.new"
    other.write_text(rules.read_text(encoding="utf-8").replace("iron-making", "steel-rolls"), encoding="utf-8")
    _same_second(other)
    os.replace(other, rules)  # as an editor saves: written beside, then renamed over
    assert _texts(rules)["G-SL-07"] == "No new cement-clinker or steel-rolls capacity."
