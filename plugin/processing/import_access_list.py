"""zoningreview:importaccesslist — a published access-list table (sheet, CSV or Word) → a rule-set YAML."""

from typing import List

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from .. import settings
from ..compat import SOURCE_POLYGON
from ..core.inputs.bindings import detect_binding
from ..core.review.site_review import render_reason
from ..core.rules.access_list.header import IGNORED_COLUMN, UNPLACED, USED
from ..core.rules.access_list.unit_layer import UnitCheck, check_units
from ..core.rules.access_list_import import ImportResult, import_access_list, write_yaml
from ..i18n import grouped, list_separator, tr
from .base import ZoningReviewAlgorithm, report_backup
from .output_paths import file_output
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
    UNIT_LAYER = "UNIT_LAYER"
    UNIT_CODE_FIELD = "UNIT_CODE_FIELD"
    OUTPUT = "OUTPUT"
    RULES = "RULES"
    UNITS = "UNITS"
    COLUMNS_USED = "COLUMNS_USED"
    COLUMNS_IGNORED = "COLUMNS_IGNORED"
    COLUMNS_UNPLACED = "COLUMNS_UNPLACED"
    CODES_NOT_IN_LAYER = "CODES_NOT_IN_LAYER"
    UNITS_WITHOUT_ROWS = "UNITS_WITHOUT_ROWS"

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
            "Where a cell numbers its clauses in sequence (1-3, （1）, 1）, 1., 1、, 一、, （一）, ①), or holds one "
            "numbered clause alone, each clause becomes a rule whose id keeps the number; items numbered 1. 2. "
            "inside a clause numbered 1、 (or the reverse) stay in it. Title rows, 序号 and 备注 columns and "
            "two-row headers are recognised; the log and the outputs name every column used, every column not "
            "imported, and each column that looks like a requirement column but could not be placed. Columns "
            "are detected from the published spellings (more can be added under Settings ▸ Options ▸ Zoning "
            "Review); 'Column mapping' gives only the columns that are not recognised (code=…; spatial_layout=…; "
            "resource_efficiency=…), the others are still detected. The written file is validated "
            "before the algorithm ends."
        ) + "\n\n" + tr(
            "With a unit layer, the list's unit codes are compared with the layer's (its unit code field, detected "
            "from common names such as HJGKDYBM when empty): the codes the layer lacks, the units of the layer that "
            "no row names and the units without a code are named in warnings and counted in the outputs "
            "'Unit codes not in the unit layer' and 'Units of the layer without a row'."
        ) + "\n\n" + tr(
            "A list with one requirement column (管控要求) whose cells hold the dimensions under their headings "
            "(空间布局约束：…, 【污染物排放管控】…, 一、环境风险防控) is split at the headings; text before the first "
            "heading or under a heading that names no dimension becomes a rule of its own under 空间布局约束, named in "
            "a warning for a person to place. A unit code written with the unit's name (ZH13062930001（…）) gives the "
            "code, named in a warning. Cells holding only /, —, - or 无 mean no requirement at that level: they make "
            "no rule and are counted in the log."
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
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.UNIT_LAYER, tr("Unit layer to check the list's unit codes against"), [SOURCE_POLYGON],
            optional=True),
            tr("Optional: the list's unit codes this layer lacks and the layer's units that have no row in the list "
               "are reported as warnings and counted in the outputs."))
        self.add_parameter(QgsProcessingParameterField(
            self.UNIT_CODE_FIELD, tr("Unit code field"), parentLayerParameterName=self.UNIT_LAYER,
            optional=True), tr("Detected from common names (e.g. HJGKDYBM) when empty."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Rule set (YAML)"), fileFilter=tr("Rule sets (*.yaml *.yml)")),
            tr("The rule-set file to write; it must not be the input table."))
        self.addOutput(QgsProcessingOutputNumber(self.RULES, tr("Number of rules")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS, tr("Number of units")))
        self.addOutput(QgsProcessingOutputString(self.COLUMNS_USED, tr("Columns used")))
        self.addOutput(QgsProcessingOutputString(self.COLUMNS_IGNORED, tr("Columns not imported")))
        self.addOutput(QgsProcessingOutputString(self.COLUMNS_UNPLACED, tr("Requirement columns not placed")))
        self.addOutput(QgsProcessingOutputNumber(self.CODES_NOT_IN_LAYER, tr("Unit codes not in the unit layer")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS_WITHOUT_ROWS, tr("Units of the layer without a row")))

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
        units = self.check_unit_layer(parameters, context, result.unit_codes, feedback)
        out = file_output(self, parameters, self.OUTPUT, context)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        check, backup = write_yaml(result, out)
        if check.ruleset is None:
            raise QgsProcessingException(check.text())
        feedback.pushInfo(tr("{rules} text rules for {units} units written to {path}.").format(
            rules=result.rule_count, units=result.unit_count, path=out))
        for line in result.summary:
            feedback.pushInfo(render_reason(line))
        report_backup(feedback, out, backup)
        return {self.OUTPUT: out, self.RULES: result.rule_count, self.UNITS: result.unit_count, **report, **units}

    def check_unit_layer(self, parameters, context, codes, feedback) -> dict:
        """Warn about the list's codes the unit layer lacks and the layer's units no row names; the two counts
        (None without a unit layer: nothing was checked)."""
        layer = self.parameterAsVectorLayer(parameters, self.UNIT_LAYER, context)
        if layer is None:
            return {self.CODES_NOT_IN_LAYER: None, self.UNITS_WITHOUT_ROWS: None}
        field = self.parameterAsString(parameters, self.UNIT_CODE_FIELD, context) or detect_binding(layer).code_field
        if not field:
            raise QgsProcessingException(tr(
                "Layer {layer} has no unit code field (such as HJGKDYBM): choose one in "
                "'Unit code field'.").format(layer=layer.name()))
        check = check_units(codes, layer, field)
        for warning in unit_check_warnings(check, layer.name(), field):
            feedback.pushWarning(warning)
        if not (check.not_in_layer or check.without_rows or check.uncoded):
            feedback.pushInfo(tr("Every unit code of the list is in layer {layer} (field {field}), and every unit "
                                 "of the layer has a row.").format(layer=layer.name(), field=field))
        return {self.CODES_NOT_IN_LAYER: len(check.not_in_layer),
                self.UNITS_WITHOUT_ROWS: len(check.without_rows) + len(check.uncoded)}

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


def unit_check_warnings(check: UnitCheck, layer: str, field: str) -> List[str]:
    """The unit-layer check's warnings: the list's codes the layer lacks, the units no row names, the units without
    a code; each in the singular for one."""
    names = {"layer": layer, "field": field}
    out = []
    if check.not_in_layer:
        out.append(_codes_not_in_layer(len(check.not_in_layer)).format(
            n=grouped(len(check.not_in_layer)), codes=list_separator().join(check.not_in_layer), **names))
    if check.without_rows:
        out.append(_units_without_rows(len(check.without_rows)).format(
            n=grouped(len(check.without_rows)), codes=list_separator().join(check.without_rows), **names))
    if check.uncoded:
        out.append(_units_without_code(len(check.uncoded)).format(
            n=grouped(len(check.uncoded)), ids=list_separator().join(str(i) for i in check.uncoded), **names))
    return out


def _codes_not_in_layer(count: int) -> str:
    """The warning naming the list's codes the unit layer lacks."""
    if count == 1:
        return tr("1 unit code of the list is not in layer {layer} (field {field}); its rules apply to no unit of "
                  "this layer: {codes}")
    return tr("{n} unit codes of the list are not in layer {layer} (field {field}); their rules apply to no unit of "
              "this layer: {codes}")


def _units_without_rows(count: int) -> str:
    """The warning naming the layer's units no row of the list names."""
    if count == 1:
        return tr("1 unit of layer {layer} (field {field}) has no row in the list, so the rule set has no unit rule "
                  "for it: {codes}")
    return tr("{n} units of layer {layer} (field {field}) have no row in the list, so the rule set has no unit rule "
              "for them: {codes}")


def _units_without_code(count: int) -> str:
    """The warning naming the layer's features without a unit code."""
    if count == 1:
        return tr("1 unit of layer {layer} has no code in field {field}, so no row of the list can name it (feature "
                  "id {ids}).")
    return tr("{n} units of layer {layer} have no code in field {field}, so no row of the list can name them "
              "(feature ids {ids}).")
