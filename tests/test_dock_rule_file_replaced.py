"""A bound rule-set file replaced on disk by another of the same size and the same modification time (an editor
writing beside it and renaming over it within one second, a copy keeping the time) is seen by the dock as the
rule-set cache sees it: the site is reviewed again with the new file, never left on show as reviewed with the old."""

import hashlib
import os
import shutil

from tests.test_dock_causes import review_s02

SECOND_NS = 1_700_000_000 * 1_000_000_000  # the old file's modification time, a whole second


def test_a_rule_file_replaced_by_one_of_the_same_size_and_time_is_reviewed_again(dock, example_rules, qtbot,
                                                                                 tmp_path):
    rules = tmp_path / "规则.yaml"
    shutil.copy(example_rules, rules)
    os.utime(rules, ns=(SECOND_NS, SECOND_NS))
    review_s02(dock, rules, qtbot)
    old = hashlib.sha256(rules.read_bytes()).hexdigest()
    assert dock.runner.reviews[0].target.ruleset.sha256 == old
    other = tmp_path / "规则.yaml.new"
    text = rules.read_text(encoding="utf-8")
    assert "iron-making" in text
    other.write_text(text.replace("iron-making", "steel-rolls"), encoding="utf-8")  # as many bytes
    os.utime(other, ns=(SECOND_NS, SECOND_NS))
    before = os.stat(rules)
    os.replace(other, rules)  # as an editor saves: written beside, then renamed over
    after = os.stat(rules)
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    new = hashlib.sha256(rules.read_bytes()).hexdigest()
    assert new != old
    qtbot.waitUntil(lambda: bool(dock.runner.reviews) and dock.runner.reviews[0].target.ruleset.sha256 == new,
                    timeout=60000)
