"""Help text of reviewsites: the algorithm's and each parameter's (kept apart so the algorithm stays short)."""

from typing import Dict

from ..i18n import tr
from .review_inputs import constraint_names_help, constraints_help, rules_help, scopes_help, unit_prose_help


def review_sites_help() -> str:
    """The help shown beside the reviewsites dialog, translated."""
    return "\n\n".join([
        tr("Reviews every candidate site against the environmental control units it overlaps and "
           "the ecological-environment access list (rule set) of each unit: general, category and "
           "unit-level requirements in the four dimensions."),
        tr("Sites: polygons with project attributes: industry (GB/T 4754-2017 code such as "
           "C2614), construction nature (新建/扩建/改建/迁建/技改), catalogue class, and the attributes "
           "the rule set declares (fields with the same name, or mapped in 'Attribute fields'). An "
           "empty value means 'not given': rules that need it report 'needs information'."),
        tr("Control unit layer: unit code, name and category fields are detected from common "
           "names (HJGKDYBM, HJGKDYMC, ZHGKDYFL, 环境管控单元编码, 单元名称, 管控类别) or taken from "
           "the binding made in the Zoning Review panel. Rule set: a YAML file; optional when "
           "the unit layer is bound in the panel."),
        tr("Rule sets: several access lists may be given in order (e.g. the province's general list, the "
           "county's category list and the unit list); each applies to the units of the scope it declares "
           "(applies_to: all, an administrative code such as ZH130000, or an expression). A unit no list covers "
           "needs information. Every finding names its list (title, authority, version, SHA-256): the "
           "source_list columns of Clauses and the source of each finding in findings_json."),
        tr("Several unit layers (a province's and a city's, or one per city): merge them first with 'Merge vector "
           "layers', which names each unit's layer in the field layer, and scope each layer's rule set to its units "
           "(for example \"layer\" = 'city' in the scopes): each site gets the verdict the panel gives with the "
           "layers bound."),
        tr("Constraint layers: the layers the rules name (for example river_bank, red_line); a "
           "layer is matched by its name or its GeoPackage layer name, or through 'Constraint names'."),
        tr("Findings: one row per site and overlapped unit with the overlap geometry, areas in "
           "m² (ellipsoidal), the unit verdict, counts and every finding as JSON (left out when "
           "'Keep every finding as JSON' is off). Summary: one row per site with the verdict "
           "(compliant / non_compliant / needs_study), the deciding reason and every deciding clause "
           "id (deciding). Clauses (optional): a table with one row per site, unit and applicable "
           "clause — site_id, unit_code, rule_id, level, dimension, effect, status, reason, basis — and "
           "empty judgement, remark and reviewer columns to fill in and give back as Judgements. "
           "Every output field has a Chinese alias in the layers loaded into QGIS, and in the file where its "
           "format keeps aliases (a GeoPackage from GDAL 3.7 on; not a CSV). Review notes: one HTML, PDF or Word "
           "note per site and "
           "an index.html."),
        tr("Judgements (optional): a table with the columns site_id, unit_code, rule_id, judgement, "
           "remark and reviewer (the clauses output, filled in, has them). A judgement (符合 compliant, 不符合 "
           "non-compliant, 不涉及 not applicable, 需补充材料 more information needed) takes the place of a clause "
           "left to a person; judging a clause the rules decided overrides it and needs a reason in the remark. "
           "An unknown word stops the run naming it; a judgement whose clause is not found is reported."),
        tr("A site that cannot be reviewed (no geometry, outside every unit) is reported and listed "
           "as 'needs_study' with the reason; so is a site partly outside every unit, its reason giving that "
           "part's area and share. The batch goes on. Cancelling stops after the current "
           "site and keeps the rows written so far."),
    ])


def review_sites_parameter_help() -> Dict[str, str]:
    """Each parameter's help (the dialog's tooltip), by parameter name."""
    return {
        "SITES": tr("The sites to review: polygons in any CRS, one project per feature, with its attributes."),
        "UNITS": tr("The environmental control units (环境管控单元); the unit layer bound in the panel by default. "
                    "With \"Selected features only\", the sites are reviewed against the selected units only. A "
                    "feature limit or filter (Advanced options) is refused: a site in a unit it leaves out would read "
                    "as outside every unit."),
        "RULES": rules_help(),
        "RULE_SCOPES": scopes_help(),
        "UNIT_CODE_FIELD": tr("The unit code field; leave empty to use the panel's binding or a detected field."),
        "UNIT_NAME_FIELD": tr("The unit name field; leave empty to use the panel's binding or a detected field."),
        "UNIT_CATEGORY_FIELD": tr("The unit category field (优先保护 / 重点管控 / 一般管控); leave empty to use the "
                                  "panel's binding or a detected field."),
        "USE_UNIT_PROSE": unit_prose_help(),
        "CONSTRAINTS": constraints_help(),
        "CONSTRAINT_NAMES": constraint_names_help(),
        "SITE_ID_FIELD": tr("The field naming each site in the outputs and in judgements; when empty, a field "
                            "named site_id, id, xmbh, 项目编号 or 地块编号, else the feature id. A site with no value "
                            "in it is reviewed as # and its feature id (#12); a judgement of an id several sites "
                            "share is applied to none of them."),
        "SITE_NAME_FIELD": tr("The project's name, shown in the notes; detected from common names when empty."),
        "INDUSTRY_FIELD": tr("The GB/T 4754-2017 industry code (such as C2614); detected when empty."),
        "CONSTRUCTION_FIELD": tr("新建 / 扩建 / 改建 / 迁建 / 技改 (or new, expansion, …); detected when empty."),
        "CATALOGUE_FIELD": tr("鼓励类 / 限制类 / 淘汰类, empty when not listed; detected when empty. With no "
                              "catalogue field at all the class is not given, and rules that read it need "
                              "information."),
        "ATTRIBUTE_MAP": tr("When a site field's name differs from the declared attribute: attribute=field; … "
                            "(for example boiler_tph=GLRL)."),
        "JUDGEMENTS": tr("The reviewer's judgements: the clauses output filled in, or any table with the columns "
                         "site_id, unit_code, rule_id, judgement, remark, reviewer, and optionally time (when the "
                         "clause was judged, such as 2026-03-01T10:20+08:00; without it the notes say the time is "
                         "not given). A 符合 or 不涉及 judgement is applied only with the clause_sha256 of the "
                         "clause text judged (the clauses output has it); without it only a judgement that makes "
                         "the clause stricter (不符合, 需补充材料) is applied. The table is read whole: \"Selected "
                         "features only\", a feature limit or filter (Advanced options) and a filter on its layer "
                         "are refused, as a 不符合 left out would no longer decide its site."),
        "LANGUAGE": tr("The language of reasons in the outputs and of the notes."),
        "REPORT_FORMAT": tr("Write review notes for every site: none, HTML, PDF or Word."),
        "REPORT_FOLDER": tr("Where the notes and their index.html go (needed when notes are written). A run on the "
                            "same sites layer replaces its notes, and a complete run over the whole layer removes the "
                            "notes it wrote earlier for sites the layer no longer has (one changed since is kept and "
                            "named in the log; no other file is touched); a folder holding the notes of another "
                            "sites layer is refused, so give each sites layer its own folder (in a batch, one per "
                            "row)."),
        "FINDINGS": tr("One row per site and overlapped unit: overlap geometry, areas, unit verdict, counts."),
        "SUMMARY": tr("One row per site: verdict, deciding reason and deciding clause ids, styled by verdict."),
        "FINDINGS_JSON": tr("Keep every finding as JSON in the findings layer (off makes the layer smaller)."),
        "CLAUSES": tr("One row per site, unit and applicable clause, with empty judgement, remark and reviewer "
                      "columns to fill in and give back as judgements."),
        "OTHER_UNIT_LAYERS": tr("Set by the re-review over several unit layers: a part of a site outside this "
                                "layer's units may lie in another layer's, so it does not make the site 'needs "
                                "further study' here; the summary says in has_say whether this layer has a say of "
                                "each site (units under it, or one near it that could not be overlaid)."),
        "SITE_FEATURE_IDS": tr("Set by the re-review when no site id field is given: the sites are named by their "
                               "feature ids, and no id field is detected."),
        "REGISTER_JUDGEMENTS": tr("Set by the re-review of a register: the judgements are those its entries "
                                  "record, so a judgement to confirm again is judged again in the entry opened "
                                  "from the register in the Zoning Review panel."),
    }
