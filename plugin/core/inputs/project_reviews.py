"""The saved reviews of a QGIS project: one versioned JSON entry under the plugin's scope."""

from typing import Dict, Optional, Tuple

from qgis.core import QgsProject

from ..review.saved import SavedReview, book_to_json, entry_from_json
from .bindings import PROJECT_SCOPE

REVIEWS_KEY = "reviews"


def read_reviews(project: QgsProject) -> Tuple[Dict[str, SavedReview], str]:
    """The project's saved reviews and the current name; SavedReviewError when the entry is unreadable."""
    reviews, current, _on_screen = read_entry(project)
    return reviews, current


def read_entry(project: QgsProject) -> Tuple[Dict[str, SavedReview], str, Optional[SavedReview]]:
    """The project's saved reviews, the current name and the unsaved review kept from the screen; SavedReviewError
    when the entry is unreadable."""
    text, _ok = project.readEntry(PROJECT_SCOPE, REVIEWS_KEY, "")
    return entry_from_json(text)


def write_reviews(project: QgsProject, reviews: Dict[str, SavedReview], current: str,
                  on_screen: Optional[SavedReview] = None) -> None:
    """Store the saved reviews and the unsaved review on screen (the project is then unsaved until the user saves
    it); an entry that would read the same is left as it is."""
    text = book_to_json(reviews, current, on_screen)
    if entry_from_json(text) != read_entry(project):
        project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, text)
