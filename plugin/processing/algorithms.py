"""The list of algorithm classes the provider offers."""

from typing import List


def algorithm_classes() -> List[type]:
    """Algorithm classes, instantiated by the provider's loadAlgorithms()."""
    return []
