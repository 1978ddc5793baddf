"""zoningreview:diffrules — the rules added, removed and changed between two rule-set files."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
)

from ..compat import SOURCE_TABLE, WKB_NO_GEOMETRY
from ..core.inputs.resolve import load_rules
from ..core.outputs.rule_diff_rows import diff_feature, diff_fields
from ..core.rules.diff import ADDED, CHANGED, REMOVED, counts, diff_rulesets
from ..i18n import grouped, tr
from .base import ZoningReviewAlgorithm
from .sink_writer import add_rows, closing, open_output


class DiffRulesAlgorithm(ZoningReviewAlgorithm):
    """Compare two versions of an access list, rule by rule."""

    ALGORITHM_ID = "diffrules"
    RULE_SETS = True
    TAGS = ("rule set", "规则集", "compare", "difference", "version", "diff", "比对", "版本", "清单")
    OLD = "OLD"
    NEW = "NEW"
    OUTPUT = "OUTPUT"
    ADDED = "ADDED"
    REMOVED = "REMOVED"
    CHANGED = "CHANGED"
    SUMMARY = "SUMMARY"

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Compare rule sets")

    def short_description(self) -> str:
        """One line: what the algorithm does."""
        return tr("Lists the rules added, removed and changed between two rule-set files.")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return tr(
            "Compares two rule-set files (for example this year's access list with last year's) rule by "
            "rule, matched by rule id: the rules added, removed and changed. A change names its aspects "
            "(level, dimension, effect, scope, conditions, text_zh, text_en, basis) with their text before "
            "and after; conditions are compared by meaning (新建 and new are the same). What a rule reads from "
            "its list's declarations counts too: the type, unit and values of the attributes its conditions name "
            "(conditions), the units its category kind covers and the list's scope (scope). Output: one row per "
            "rule added, removed or changed. Both files must load without errors.")

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters and outputs."""
        self.add_parameter(QgsProcessingParameterFile(self.OLD, tr("Earlier rule set (YAML)"), extension="yaml"),
                           tr("The rule set before the change, e.g. last year's access list."))
        self.add_parameter(QgsProcessingParameterFile(self.NEW, tr("Later rule set (YAML)"), extension="yaml"),
                           tr("The rule set after the change, e.g. this year's access list."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Rules added, removed and changed"), SOURCE_TABLE),
            tr("A table with one row per rule added, removed or changed, its aspects before and after."))
        self.addOutput(QgsProcessingOutputNumber(self.ADDED, tr("Rules added")))
        self.addOutput(QgsProcessingOutputNumber(self.REMOVED, tr("Rules removed")))
        self.addOutput(QgsProcessingOutputNumber(self.CHANGED, tr("Rules changed")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, tr("Summary")))

    def _ruleset(self, parameters, name: str, context):
        """A rule set that loads without errors, or a QgsProcessingException naming them."""
        path = self.parameterAsFile(parameters, name, context)
        result = load_rules(path)
        if result.ruleset is None:
            raise QgsProcessingException(tr("The rule set {path} has errors:\n{messages}").format(
                path=path, messages="\n".join(m.text() for m in result.errors)))
        return result.ruleset

    def run_algorithm(self, parameters, context, feedback):
        """Load both rule sets, write one row per difference, report the counts."""
        old, new = self._ruleset(parameters, self.OLD, context), self._ruleset(parameters, self.NEW, context)
        changes = diff_rulesets(old, new)
        fields = diff_fields()
        output, sink_id = open_output(self, parameters, self.OUTPUT, context, fields, WKB_NO_GEOMETRY)
        if output is None:
            raise QgsProcessingException(tr("The output layers could not be created."))
        with closing(output):  # the file closes now, after a failure too
            add_rows(output, [diff_feature(change, fields) for change in changes])
        n = counts(changes)
        summary = tr("{old} {old_version} → {new} {new_version}: rules added {added}, removed {removed}, "
                     "changed {changed}.").format(
            old=old.metadata.id, old_version=old.metadata.version, new=new.metadata.id,
            new_version=new.metadata.version, added=grouped(n[ADDED]), removed=grouped(n[REMOVED]),
            changed=grouped(n[CHANGED]))
        feedback.pushInfo(summary)
        return {self.OUTPUT: sink_id, self.ADDED: n[ADDED], self.REMOVED: n[REMOVED], self.CHANGED: n[CHANGED],
                self.SUMMARY: summary}
