"""Reviews saved with a QGIS project: description, site (WKT and CRS), judgements and opinion, by name.

The project keeps them as ONE versioned JSON entry (``core/inputs/project_reviews.py``); an entry of
another version is refused, never overwritten. Version 2 adds ``on_screen``: the review on screen when the project
was written that is no saved review (no name); an entry without it is written as version 1, which older plugins read.
"""

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from ...i18n import list_separator, tr
from ..json_nesting import loads
from ..model.project import ProjectDescription
from .judgements import Judgement, Withdrawal
from .stored_values import check_review, review_unknown_keys, unknown_keys

VERSION = 2  # the newest version read; 1 is version 2 without ``on_screen``
ENTRY_KEYS = ("version", "current", "reviews", "on_screen")


class SavedReviewError(ValueError):
    """A stored entry that cannot be read (translated message)."""


@dataclass
class SavedReview:
    """One named review as saved: everything needed to show it again, and the judgements withdrawn."""

    name: str
    description: ProjectDescription
    site_wkt: str
    site_crs: str  # the CRS as WKT (authid alone can be ambiguous for custom CRSs)
    judgements: List[Judgement] = field(default_factory=list)
    opinion: str = ""
    saved_at: str = ""
    withdrawn: List[Withdrawal] = field(default_factory=list)  # judgements the reviewer removed

    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON-ready form."""
        return {"name": self.name, "description": self.description.to_dict(), "site_wkt": self.site_wkt,
                "site_crs": self.site_crs, "judgements": [j.to_dict() for j in self.judgements],
                "opinion": self.opinion, "saved_at": self.saved_at,
                "withdrawn": [w.to_dict() for w in self.withdrawn]}

    @classmethod
    def from_dict(cls, data: Dict[str, Any], where: str = "") -> "SavedReview":
        """The review written by ``to_dict``; StoredValueError naming a value of another type (``where``: the
        review as messages name it)."""
        data = check_review(data, where)
        return cls(data["name"], ProjectDescription.from_dict(data["description"]), data["site_wkt"], data["site_crs"],
                   [Judgement.from_dict(j) for j in data.get("judgements", [])], data.get("opinion", ""),
                   data.get("saved_at", ""), [Withdrawal.from_dict(w) for w in data.get("withdrawn", [])])


def book_to_json(reviews: Dict[str, SavedReview], current: str, on_screen: Optional[SavedReview] = None) -> str:
    """The project entry: every saved review, the one shown last and the unsaved review on screen (if any)."""
    data = {"version": 1, "current": current, "reviews": [reviews[name].to_dict() for name in sorted(reviews)]}
    if on_screen is not None:
        data.update(version=2, on_screen=on_screen.to_dict())
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _check_version(version: Any) -> None:
    """SavedReviewError when the entry is not of the version this plugin reads (saying to update the plugin when it
    is newer)."""
    if version in (1, VERSION) and type(version) is int:
        return
    if type(version) is int and version > VERSION:
        raise SavedReviewError(tr("The project's saved reviews were written by a newer version of Zoning Review "
                                  "(version {version}): they are left as they are, and no review can be saved in "
                                  "this project. Update the plugin to read them.").format(version=version))
    raise SavedReviewError(tr("The project's saved reviews are of version {version}, which no version of Zoning "
                              "Review writes: they are left as they are, and no review can be saved in this project. "
                              "To recover them, open a backup copy of the project (or correct the entry by "
                              "hand).").format(version=json.dumps(version)))


def book_from_json(text: str) -> Tuple[Dict[str, SavedReview], str]:
    """The saved reviews and the current name ({} and '' for no entry); SavedReviewError when unreadable."""
    reviews, current, _on_screen = entry_from_json(text)
    return reviews, current


def entry_from_json(text: str) -> Tuple[Dict[str, SavedReview], str, Optional[SavedReview]]:
    """The saved reviews, the current name and the unsaved review on screen ({}, '' and None for no entry);
    SavedReviewError when unreadable."""
    if not text:
        return {}, "", None
    try:
        data = loads(text)
        _check_version(data.get("version"))
        reviews = [SavedReview.from_dict(item, _listed_name(item, number))
                   for number, item in enumerate(data["reviews"], 1)]
        shown = data.get("on_screen")
        on_screen = None if shown is None else SavedReview.from_dict(shown, tr("the review kept from the screen:"))
        _check_names(reviews)
        unknown = unknown_keys(data, ENTRY_KEYS) + [
            *(key for number, item in enumerate(data["reviews"], 1)
              for key in review_unknown_keys(item, _listed_name(item, number))),
            *(review_unknown_keys(shown, tr("the review kept from the screen:")) if shown is not None else [])]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        if isinstance(error, SavedReviewError):
            raise
        raise SavedReviewError(tr(
            "The project's saved reviews cannot be read ({error}); they are left as they are, and no review can be "
            "saved in this project until they can be read. To recover them, open a backup copy of the project (or "
            "correct the entry by hand); meanwhile a review can be kept with Save to register.").format(
                error=error)) from None
    if unknown:
        raise SavedReviewError(tr(
            "The project's saved reviews were written by a newer version of Zoning Review (they hold {keys}, which "
            "this version does not know): they are left as they are, and no review can be saved in this project. "
            "Update the plugin to read them.").format(keys=list_separator().join(unknown)))
    return {review.name: review for review in reviews}, str(data.get("current", "")), on_screen


def _listed_name(item: Any, number: int) -> str:
    """A saved review of the entry as messages name it: by its name, else by its place in the entry."""
    name = item.get("name") if isinstance(item, dict) else None
    if isinstance(name, str):
        return tr("saved review “{name}”:").format(name=name)
    return tr("saved review {number}:").format(number=number)


def _check_names(reviews: List[SavedReview]) -> None:
    """ValueError (the entry unreadable) when two saved reviews share a name: one would be lost when the entry is
    next written."""
    names = [review.name for review in reviews]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(tr("several saved reviews are named “{name}”").format(name=repeated[0]))
