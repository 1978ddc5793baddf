"""zoningreview:suggestconditions — a rule set in, the same with conditions suggested for its text rules out."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.rules.loader import load_ruleset
from ..core.rules.rule_file import RuleFile, SaveError
from ..i18n import tr
from ..suggest import is_text_only, suggest_ruleset
from .base import ZoningReviewAlgorithm, report_backup
from .output_paths import file_output


class SuggestConditionsAlgorithm(ZoningReviewAlgorithm):
    """Mark (or apply) conditions read from the clause text of every text-only rule."""

    ALGORITHM_ID = "suggestconditions"
    RULE_SETS = True
    TAGS = ("rule set", "规则集", "suggest", "建议", "conditions", "条件", "text", "条款", "文本", "YAML")
    INPUT = "INPUT"
    ACCEPT = "ACCEPT"
    OUTPUT = "OUTPUT"
    TEXT_RULES = "TEXT_RULES"
    SUGGESTED = "SUGGESTED"
    APPLIED = "APPLIED"

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Suggest conditions from clause text")

    def short_description(self) -> str:
        """One line: what the algorithm does."""
        return tr("Suggests conditions for a rule set's text-only rules from their clause text.")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return tr(
            "Reads the Chinese (and English) text of every text-only rule of a rule set (effect text, no "
            "condition: an imported list, say) and proposes the conditions a reviewer would write: "
            "distances to declared layers, industries named in words (GB/T 4754-2017), thresholds with "
            "units, construction natures, catalogue classes, park requirements and exceptions. A clause "
            "with any word it does not understand gets no suggestion. The suggestions are written beside "
            "each rule under 'suggested:' with the words they came from and are never applied by a review "
            "until accepted in the rule editor, or here with 'Apply the suggestions' (the rule then "
            "records the text under 'suggested_from'). The output keeps the input's comments and order; "
            "it must not be the input file, and it is written only when it loads as a rule set."
        )

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters and outputs."""
        self.add_parameter(QgsProcessingParameterFile(
            self.INPUT, tr("Rule set (YAML)"), extension="yaml"),
            tr("The rule set whose text rules get suggestions; it is not changed."))
        self.add_parameter(QgsProcessingParameterBoolean(
            self.ACCEPT, tr("Apply the suggestions"), defaultValue=False),
            tr("When checked the suggested conditions become the rules' conditions (check them first); "
               "otherwise they are only marked beside the rules."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Rule set with suggestions"), fileFilter=tr("Rule sets (*.yaml *.yml)")),
            tr("The rule-set file to write; it must not be the input."))
        self.addOutput(QgsProcessingOutputNumber(self.TEXT_RULES, tr("Number of text-only rules")))
        self.addOutput(QgsProcessingOutputNumber(self.SUGGESTED, tr("Number of rules with a suggestion")))
        self.addOutput(QgsProcessingOutputNumber(self.APPLIED, tr("Number of suggestions applied")))

    def run_algorithm(self, parameters, context, feedback):
        """Load and check the input, suggest rule by rule, write the output only when it loads."""
        path = self.parameterAsFile(parameters, self.INPUT, context)
        accept = self.parameterAsBool(parameters, self.ACCEPT, context)
        out = file_output(self, parameters, self.OUTPUT, context)
        check = load_ruleset(path)
        if check.ruleset is None:
            raise QgsProcessingException(tr("The rule set {path} has errors; fix them first:\n{messages}").format(
                path=path, messages=check.text()))
        try:
            edited = RuleFile.open(path)
            before = edited.rules
            after = suggest_ruleset(edited.data, accept=accept)["rules"]
            changed = [i for i, (old, new) in enumerate(zip(before, after)) if old != new]
            for step, index in enumerate(changed):
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled: nothing was written."))
                edited.replace(index, after[index])
                feedback.setProgress(100 * (step + 1) / max(len(changed), 1))
            backup = edited.write_to(out)
        except SaveError as error:
            raise QgsProcessingException(error.text()) from None
        text_rules = sum(1 for rule in before if is_text_only(rule))
        suggested = len(changed) if accept else sum(1 for rule in after if "suggested" in rule)
        self._report(feedback, before, after, changed, accept)
        feedback.pushInfo(tr("{suggested} of {text} text rules have a suggestion; written to {path}.").format(
            suggested=suggested, text=text_rules, path=out))
        report_backup(feedback, out, backup)
        return {self.OUTPUT: out, self.TEXT_RULES: text_rules, self.SUGGESTED: suggested,
                self.APPLIED: len(changed) if accept else 0}

    @staticmethod
    def _report(feedback, before, after, changed, accept: bool) -> None:
        """One line per rule with a suggestion: its id and what it came from."""
        for index in changed:
            marker = after[index].get("suggested") or {}
            source = after[index].get("suggested_from") or marker.get("suggested_from", "")
            template = tr("Rule {rule}: conditions applied from “{text}”.") if accept else tr(
                "Rule {rule}: conditions suggested from “{text}”.")
            feedback.pushInfo(template.format(rule=before[index].get("id", ""), text=source))
