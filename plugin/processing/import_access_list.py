"""zoningreview:importaccesslist — a published access-list table (sheet, CSV or Word) → a rule-set YAML."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from .. import settings
from ..core.review.site_review import render_reason
from ..core.rules.access_list.header import IGNORED_COLUMN, UNPLACED, USED
from ..core.rules.access_list_import import ImportResult, import_access_list, write_yaml
from ..i18n import tr
from .base import ZoningReviewAlgorithm
from .review_inputs import name_values


class ImportAccessListAlgorithm(ZoningReviewAlgorithm):
    """Turn an agency's unit access-list table (xlsx/ods/csv/docx) into a rule set to refine later."""

    ALGORITHM_ID = "importaccesslist"
    RULE_SETS = True
    TAGS = ("rule set", "规则集", "import", "导入", "table", "xlsx", "csv", "docx", "Word", "表格", "清单")
    INPUT = "INPUT"
    SHEET = "SHEET"
    COLUMNS = "COLUMNS"
    RULESET_ID = "RULESET_ID"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"
    RULES = "RULES"
    UNITS = "UNITS"
    COLUMNS_USED = "COLUMNS_USED"
    COLUMNS_IGNORED = "COLUMNS_IGNORED"
    COLUMNS_UNPLACED = "COLUMNS_UNPLACED"

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Import access-list table")

    def short_description(self) -> str:
        """One line: what the algorithm does."""
        return tr("Turns a published access-list table (xlsx, ods, csv, docx) into a rule set of text-only rules.")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return tr(
            "Reads a published table of environmental control units and their access-list "
            "requirements (xlsx, ods, csv in UTF-8 or GBK, or the tables of a Word .docx document: unit "
            "code, name, category and one column per dimension — 空间布局约束, 污染物排放管控, 环境风险防控, "
            "资源开发效率要求 and their published variants) and writes a rule set in which every non-empty "
            "cell becomes a text-only unit rule, to be checked by hand until machine conditions are added. "
            "Where a cell numbers its clauses (1-3, （1）, 1.), or holds one numbered clause alone, each clause "
            "becomes a rule whose id keeps the number. Title rows, 序号 and 备注 columns and two-row headers are "
            "recognised; the log and the outputs name every column used, every column not imported, and each "
            "column that looks like a requirement column but could not be placed. Columns are detected from the "
            "published spellings (more can be added under Settings ▸ Options ▸ Zoning Review); 'Column mapping' "
            "gives only the columns that are not recognised (code=…; spatial_layout=…; "
            "resource_efficiency=…), the others are still detected. The written file is validated "
            "before the algorithm ends."
        )

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters and outputs."""
        self.add_parameter(QgsProcessingParameterFile(
            self.INPUT, tr("Access-list table (xlsx, ods, csv, docx)"),
            fileFilter=tr("Tables (*.xlsx *.ods *.csv *.txt *.xls *.docx)")),
            tr("The published table: one row per unit with its code, name, category and requirements; "
               "a Word document's tables are read one after the other."))
        self.add_parameter(QgsProcessingParameterString(self.SHEET, tr("Sheet name"), optional=True),
                           tr("The worksheet to read; every sheet of the workbook when empty (a sheet without a "
                              "recognisable header, such as a cover page, is named in a warning)."))
        self.add_parameter(QgsProcessingParameterString(
            self.COLUMNS, tr("Column mapping (role=header; …)"), optional=True),
            tr("Only the columns that are not recognised, e.g. resource_efficiency=资源能源利用; the "
               "other columns are still detected."))
        self.add_parameter(QgsProcessingParameterString(self.RULESET_ID, tr("Rule-set id"), optional=True),
                           tr("A short name for the rule set; taken from the file name when empty."))
        self.add_parameter(QgsProcessingParameterString(self.TITLE, tr("Title (Chinese)"), optional=True),
                           tr("The rule set's title as the notes cite it, e.g. the list's official name."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Rule set (YAML)"), fileFilter=tr("YAML files (*.yaml)")),
            tr("The rule-set file to write; it must not be the input table."))
        self.addOutput(QgsProcessingOutputNumber(self.RULES, tr("Number of rules")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS, tr("Number of units")))
        self.addOutput(QgsProcessingOutputString(self.COLUMNS_USED, tr("Columns used")))
        self.addOutput(QgsProcessingOutputString(self.COLUMNS_IGNORED, tr("Columns not imported")))
        self.addOutput(QgsProcessingOutputString(self.COLUMNS_UNPLACED, tr("Requirement columns not placed")))

    def run_algorithm(self, parameters, context, feedback):
        """Import, write and validate the rule set."""
        path = self.parameterAsFile(parameters, self.INPUT, context)
        mapping = name_values(self, parameters, self.COLUMNS, context) or None
        metadata = {}
        ruleset_id = self.parameterAsString(parameters, self.RULESET_ID, context)
        title = self.parameterAsString(parameters, self.TITLE, context)
        if ruleset_id:
            metadata["id"] = ruleset_id
        if title:
            metadata["title"] = {"zh": title}
        sheet = self.parameterAsString(parameters, self.SHEET, context) or None
        result = import_access_list(path, mapping, metadata, sheet, settings.ACCESS_LIST_SPELLINGS.value())
        report = self.report(result, feedback)
        for warning in result.warnings:
            feedback.pushWarning(render_reason(warning))
        if result.errors:
            raise QgsProcessingException("\n".join(render_reason(e) for e in result.errors))
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        check = write_yaml(result, out)
        if check.ruleset is None:
            raise QgsProcessingException(check.text())
        feedback.pushInfo(tr("{rules} text rules for {units} units written to {path}.").format(
            rules=result.rule_count, units=result.unit_count, path=out))
        return {self.OUTPUT: out, self.RULES: result.rule_count, self.UNITS: result.unit_count, **report}

    def report(self, result: ImportResult, feedback) -> dict:
        """Log every column (used, not imported, not placed) and return them as the three text outputs."""
        lines = {USED: [], IGNORED_COLUMN: [], UNPLACED: []}
        for (_table, use), reason in zip(result.columns, result.column_report()):
            text = render_reason(reason)
            lines[use.status].append(text)
            if use.status != UNPLACED:  # not-placed columns are among the warnings
                feedback.pushInfo(text)
        return {self.COLUMNS_USED: "\n".join(lines[USED]), self.COLUMNS_IGNORED: "\n".join(lines[IGNORED_COLUMN]),
                self.COLUMNS_UNPLACED: "\n".join(lines[UNPLACED])}
