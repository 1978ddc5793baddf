"""What the dock saves of the review on screen: the register entry's provenance, and the named review kept in the
project as it is written."""

import hashlib
import shutil

from tests.test_dock_causes import review_s02
from zoning_review.plugin import settings
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.gui.register_entry import save_to_register


def test_the_register_records_the_rule_file_as_the_review_read_it_not_as_edited_since(dock, example_rules, qtbot,
                                                                                       tmp_path):
    rules = tmp_path / "规则.yaml"
    shutil.copy(example_rules, rules)
    read = hashlib.sha256(rules.read_bytes()).hexdigest()
    review_s02(dock, rules, qtbot)
    with open(rules, "a", encoding="utf-8") as handle:  # the file edited on disk after the review was shown
        handle.write("\n# 修订\n")
    settings.REGISTER_PATH.set(str(tmp_path / "台账.gpkg"))
    try:
        assert save_to_register(dock) == 1
    finally:
        settings.REGISTER_PATH.reset()
    [record] = read_register(str(tmp_path / "台账.gpkg"))
    assert record.text("ruleset_sha256") == read
