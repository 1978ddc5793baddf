"""Help text of rereview: the algorithm's and each parameter's (kept apart so the algorithm stays short)."""

from typing import Dict

from ..i18n import tr
from .review_inputs import constraint_names_help, constraints_help


def rereview_help() -> str:
    """The help shown beside the rereview dialog, translated."""
    return "\n\n".join([
        tr("Reviews every site twice, with the earlier and with the later rule set (the same unit and "
           "constraint layers, the same site fields as 'Review sites'), and writes one row per site: the "
           "verdict before and after, whether it changed, and the clauses (unit:rule) added, removed or "
           "with another finding."),
        tr("With a review register in place of 'Candidate sites', every review in the register is reviewed again "
           "with the later rule set and its recorded description, and compared with the review as recorded (the "
           "earlier rule set is not needed): the rows name each entry by its project and its register number. A "
           "recorded judgement is given again while its clause is still left to a person (an override: while the "
           "rules still find what the reviewer overrode); a clause the later rule set decides is decided by it, "
           "and the log names it. A judgement the entry records as not applied is given again too, and applied "
           "only if it is valid now; the log names those that are not (one without the digest of its clause's "
           "text is confirmed by judging the clause again in its entry, opened as a new review from the Zoning "
           "Review panel's register)."),
        tr("An override is not given again when the later rule set finds its clause otherwise than the finding the "
           "reviewer overrode: the log names it with the clauses the later rule set decides or, when the later rule "
           "set leaves the clause to a person, apart, to be judged again. Nor is an override whose entry does not "
           "record what the rules had found, since it cannot be checked: the log names it apart, to be judged "
           "again."),
    ])


def rereview_parameter_help() -> Dict[str, str]:
    """Each parameter's help, by parameter name."""
    return {
        "SITES": tr("Polygons with the project attributes 'Review sites' reads (industry, construction nature, "
                    "catalogue class, the rule set's declared attributes). Leave empty when re-reviewing a register."),
        "REGISTER": tr("A review register written by 'Save to register' in the Zoning Review panel. Each entry is "
                       "re-reviewed as recorded, in place of 'Candidate sites'; leave empty when re-reviewing sites."),
        "UNITS": tr("The control unit layer to review with now (the same or a new version)."),
        "OTHER_UNITS": tr("Further control unit layers, as when several layers are bound in the panel: every site "
                          "is reviewed against each, its verdict is the worst over the layers with units under it "
                          "(needs further study where it lies partly or wholly outside every unit of them all) and "
                          "its clauses are those of every layer."),
        "OLD_RULES": tr("The rule set the sites were reviewed with before. Needed with 'Candidate sites'; a "
                        "register entry keeps its own recorded review."),
        "NEW_RULES": tr("The new rule set (for example the list after the 5-year adjustment). Leave empty to use the "
                        "rule sets bound to the unit layer in the panel (several lists, each with its scope)."),
        "CONSTRAINTS": constraints_help(),
        "CONSTRAINT_NAMES": constraint_names_help(),
        "SITE_ID_FIELD": tr("The field of 'Candidate sites' naming each site in the output; the feature id when "
                            "empty."),
        "OUTPUT": tr("One row per site: verdict before and after, whether it changed, the clauses added, removed "
                     "or with another finding, and the register number of a register entry."),
    }
