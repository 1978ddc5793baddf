"""zoningreview:importaccesslist — a published access-list table → a rule-set YAML of text rules."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.inputs.site_attributes import parse_attribute_map
from ..core.review.site_review import render_reason
from ..core.rules.access_list_import import import_access_list, write_yaml
from ..i18n import tr
from .base import ZoningReviewAlgorithm


class ImportAccessListAlgorithm(ZoningReviewAlgorithm):
    """Turn an agency's unit access-list table (xlsx/ods/csv) into a rule set to refine later."""

    ALGORITHM_ID = "importaccesslist"
    RULE_SETS = True
    TAGS = ("rule set", "规则集", "import", "导入", "table", "xlsx", "csv", "表格", "清单")
    INPUT = "INPUT"
    SHEET = "SHEET"
    COLUMNS = "COLUMNS"
    RULESET_ID = "RULESET_ID"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"
    RULES = "RULES"
    UNITS = "UNITS"

    def displayName(self) -> str:
        """Toolbox name."""
        return tr("Import access-list table")

    def help_text(self) -> str:
        """Help shown beside the dialog."""
        return tr(
            "Reads a published table of environmental control units and their access-list "
            "requirements (xlsx, ods or csv in UTF-8 or GBK: unit code, name, category and one column "
            "per dimension — 空间布局约束, 污染物排放管控, 环境风险防控, 资源开发效率要求) and writes a "
            "rule set in which every non-empty cell becomes a text-only unit rule, to be checked by hand "
            "until machine conditions are added. Columns are detected from common headers; give "
            "'Column mapping' (code=…; name=…; category=…; spatial_layout=…; pollutant_emission=…; "
            "risk_prevention=…; resource_efficiency=…) when they are not. The written file is "
            "validated before the algorithm ends."
        )

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters and outputs."""
        self.add_parameter(QgsProcessingParameterFile(
            self.INPUT, tr("Access-list table (xlsx, ods, csv)"),
            fileFilter=tr("Tables (*.xlsx *.ods *.csv *.xls)")),
            tr("The published table: one row per unit with its code, name, category and requirements."))
        self.add_parameter(QgsProcessingParameterString(self.SHEET, tr("Sheet name"), optional=True),
                           tr("The worksheet to read; the first one when empty."))
        self.add_parameter(QgsProcessingParameterString(
            self.COLUMNS, tr("Column mapping (role=header; …)"), optional=True),
            tr("Only when the headers are not recognised, e.g. code=单元编码; spatial_layout=空间布局约束."))
        self.add_parameter(QgsProcessingParameterString(self.RULESET_ID, tr("Rule-set id"), optional=True),
                           tr("A short name for the rule set; taken from the file name when empty."))
        self.add_parameter(QgsProcessingParameterString(self.TITLE, tr("Title (Chinese)"), optional=True),
                           tr("The rule set's title as the notes cite it, e.g. the list's official name."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Rule set (YAML)"), fileFilter=tr("YAML files (*.yaml)")),
            tr("The rule-set file to write; it must not be the input table."))
        self.addOutput(QgsProcessingOutputNumber(self.RULES, tr("Number of rules")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS, tr("Number of units")))

    def run_algorithm(self, parameters, context, feedback):
        """Import, write and validate the rule set."""
        path = self.parameterAsFile(parameters, self.INPUT, context)
        mapping = parse_attribute_map(self.parameterAsString(parameters, self.COLUMNS, context)) or None
        metadata = {}
        ruleset_id = self.parameterAsString(parameters, self.RULESET_ID, context)
        title = self.parameterAsString(parameters, self.TITLE, context)
        if ruleset_id:
            metadata["id"] = ruleset_id
        if title:
            metadata["title"] = {"zh": title}
        sheet = self.parameterAsString(parameters, self.SHEET, context) or None
        result = import_access_list(path, mapping, metadata, sheet)
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
        return {self.OUTPUT: out, self.RULES: result.rule_count, self.UNITS: result.unit_count}
