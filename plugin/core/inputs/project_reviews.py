"""The saved reviews of a QGIS project: one versioned JSON entry under the plugin's scope."""

from typing import Dict, Tuple

from qgis.core import QgsProject

from ..review.saved import SavedReview, book_from_json, book_to_json
from .bindings import PROJECT_SCOPE

REVIEWS_KEY = "reviews"


def read_reviews(project: QgsProject) -> Tuple[Dict[str, SavedReview], str]:
    """The project's saved reviews and the current name; SavedReviewError when the entry is unreadable."""
    text, _ok = project.readEntry(PROJECT_SCOPE, REVIEWS_KEY, "")
    return book_from_json(text)


def write_reviews(project: QgsProject, reviews: Dict[str, SavedReview], current: str) -> None:
    """Store the saved reviews (the project is then unsaved until the user saves it)."""
    project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, book_to_json(reviews, current))
