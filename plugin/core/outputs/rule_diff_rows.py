"""The OUTPUT table of diffrules: one row per rule added, removed or changed."""

from qgis.core import QgsFeature, QgsFields

from ..model.fields import make_fields
from ..rules.diff import RuleChange

DIFF_COLUMNS = (("rule_id", "string"), ("change", "string"), ("aspects", "string"), ("before", "string"),
                ("after", "string"))


def diff_fields() -> QgsFields:
    """The diff table's fields (their names are a public interface)."""
    return make_fields(DIFF_COLUMNS)


def diff_feature(change: RuleChange, fields: QgsFields) -> QgsFeature:
    """The row of one changed rule (no geometry)."""
    feature = QgsFeature(fields)
    feature.setAttributes([change.rule_id, change.change, ", ".join(change.aspects), change.before, change.after])
    return feature
