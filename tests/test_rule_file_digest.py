"""The SHA-256 a review names is the rule file's as it was read: an edit saved after loading changes
neither the list sources of the clauses nor the notes' provenance."""

import hashlib

from qgis.core import QgsGeometry

from zoning_review.plugin.core.inputs.rule_lists import forget_rules, load_lists
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.notes.context import notes_context

SITE = "POLYGON((115.95 38.95, 115.96 38.95, 115.96 38.96, 115.95 38.96, 115.95 38.95))"


def test_a_file_edited_after_loading_keeps_the_digest_it_was_read_with(tmp_path, example_rules, units_layer):
    path = tmp_path / "rules.yaml"
    path.write_bytes(example_rules.read_bytes())
    read = hashlib.sha256(path.read_bytes()).hexdigest()
    ruleset = load_ruleset(str(path)).ruleset
    forget_rules()
    layered = load_lists([(str(path), ""), (str(example_rules), "")]).ruleset
    path.write_bytes(path.read_bytes() + b"\n# edited after the review\n")
    context = notes_context(ProjectDescription("p"), ruleset, units_layer, QgsGeometry.fromWkt(SITE),
                            units_layer.crs())
    assert ruleset.sha256 == read == context.ruleset_sha256
    assert {rule.source.sha256 for rule in ruleset.rules} == {read}
    assert [part.source.sha256 for part in layered.parts] == [
        read, hashlib.sha256(example_rules.read_bytes()).hexdigest()]
    forget_rules()
