"""The list of algorithm classes the provider offers."""

from typing import List


def algorithm_classes() -> List[type]:
    """Algorithm classes, instantiated by the provider's loadAlgorithms()."""
    from .diff_rules import DiffRulesAlgorithm
    from .import_access_list import ImportAccessListAlgorithm
    from .rereview import RereviewAlgorithm
    from .review_sites import ReviewSitesAlgorithm
    from .siting_screen import SitingScreenAlgorithm
    from .suggest_conditions import SuggestConditionsAlgorithm
    from .validate_rules import ValidateRulesAlgorithm

    return [ReviewSitesAlgorithm, ValidateRulesAlgorithm, ImportAccessListAlgorithm, SitingScreenAlgorithm,
            DiffRulesAlgorithm, RereviewAlgorithm, SuggestConditionsAlgorithm]
