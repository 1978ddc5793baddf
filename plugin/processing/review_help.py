"""Help text of reviewsites (kept apart so the algorithm module stays short)."""

from ..i18n import tr


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
        tr("Constraint layers: the layers the rules name (for example river_bank, red_line); a "
           "layer is matched by its name or its GeoPackage layer name, or through 'Constraint names'."),
        tr("Findings: one row per site and overlapped unit with the overlap geometry, areas in "
           "m² (ellipsoidal), the unit verdict, counts and every finding as JSON (left out when "
           "'Keep every finding as JSON' is off). Summary: one row per site with the verdict "
           "(compliant / non_compliant / needs_study), the deciding reason and every deciding clause "
           "id (deciding). Clauses (optional): a table with one row per site, unit and applicable "
           "clause — site_id, unit_code, rule_id, level, dimension, effect, status, reason, basis — and "
           "empty judgement, remark and reviewer columns to fill in and give back as Judgements. "
           "Every output field has a Chinese alias. Review notes: one HTML, PDF or Word note per site and "
           "an index.html."),
        tr("Judgements (optional): a table with the columns site_id, unit_code, rule_id, judgement, "
           "remark and reviewer (the clauses output, filled in, has them). A judgement (符合 compliant, 不符合 "
           "non-compliant, 不涉及 not applicable, 需补充材料 more information needed) takes the place of a clause "
           "left to a person; judging a clause the rules decided overrides it and needs a reason in the remark. "
           "An unknown word stops the run naming it; a judgement whose clause is not found is reported."),
        tr("A site that cannot be reviewed (no geometry, outside every unit) is reported and listed "
           "as 'needs_study' with the reason; the batch goes on. Cancelling stops after the current "
           "site and keeps the rows written so far."),
    ])
