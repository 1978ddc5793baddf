"""Named reviews saved in the QGIS project: a list to switch between them and a button to save the current one."""

from datetime import datetime
from typing import Dict, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..core.inputs.project_reviews import read_entry, write_reviews
from ..core.review.judgements import Judgements
from ..core.review.saved import SavedReview, SavedReviewError
from ..i18n import tr
from ..notes.sites_layer import STORED, TakenSite
from .register_entry import save_to_register
from .review_task import Site
from .standard_buttons import text_input
from .unsaved_prompt import DISCARD, SAVE, ask_unsaved

Entry = Tuple[Dict[str, SavedReview], str, Optional[SavedReview]]  # saved reviews, the one shown last, the kept one


class SavedReviews(QWidget):
    """The project's saved reviews: pick one to show it again, or save the review on screen under a name."""

    def __init__(self, dock, parent=None) -> None:
        super().__init__(parent)
        self.dock = dock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setObjectName("zr_saved_reviews")
        self.combo.setToolTip(tr("Reviews saved in this project"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)  # a long name never widens the panel
        self.button = QPushButton(tr("Save review…"), self)
        self.button.setObjectName("zr_save_review")
        self.register_button = QPushButton(tr("Save to register"), self)
        self.register_button.setObjectName("zr_save_register")
        self.register_button.setToolTip(tr("Append this review to the review register (a GeoPackage)"))
        self.buttons = QHBoxLayout()  # under the list, so that the panel can be as narrow as its buttons
        for button in (self.button, self.register_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.top = QHBoxLayout()
        self.top.addWidget(self.combo, 1)
        layout.addLayout(self.top)
        layout.addLayout(self.buttons)
        self.button.clicked.connect(self.save)
        self.register_button.clicked.connect(self.to_register)
        self.combo.activated.connect(self._activated)
        self._chosen = ""  # the saved review chosen in the list before the one just activated
        self._registered: Optional[dict] = None  # the review on screen as last appended to the register
        self._as_shown: Optional[dict] = None  # a review of the project's entry as the screen took it (a stale
        # description is read as the form reads it): unchanged by the reviewer, it is no change to the project
        self._list({}, "")  # the dock lists the project's reviews once it is wired (``project_read``)

    def add_button(self, button: QWidget) -> None:
        """Another button in the row under the list (after those there)."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def add_beside_list(self, widget: QWidget) -> None:
        """A widget to the right of the list."""
        self.top.addWidget(widget)

    def _read_entry(self, quiet: bool = False) -> Optional[Entry]:
        """The saved reviews, the one shown last and the unsaved review kept from the screen, or None (with a message
        unless ``quiet``) when the project's entry cannot be read."""
        try:
            return read_entry(self.dock.project)
        except SavedReviewError as error:
            if not quiet:
                self.dock.push_message(str(error), 2)
            return None

    def _read(self) -> Optional[Dict[str, SavedReview]]:
        """The saved reviews, or None (with a message) when the project's entry cannot be read."""
        entry = self._read_entry()
        return None if entry is None else entry[0]

    def refresh(self, current: str = "") -> None:
        """List the saved reviews, ``current`` selected."""
        self._list(self._read() or {}, current)

    def _list(self, reviews: Dict[str, SavedReview], current: str) -> None:
        """List ``reviews``, ``current`` selected."""
        self.combo.clear()
        self.combo.addItem(tr("(saved reviews: none chosen)"), "")
        for name in sorted(reviews):
            self.combo.addItem(name, name)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self._chosen = self.combo.currentData() or ""

    def _activated(self, index: int) -> None:
        """A saved review chosen in the list: shown after asking about unsaved work on screen (the list goes back to
        the review chosen before when the reviewer cancels)."""
        name = self.combo.itemData(index) or ""
        if name and not self.may_replace():
            self.combo.setCurrentIndex(max(self.combo.findData(self._chosen), 0))
            return
        self._chosen = name
        self.restore(name)

    def to_register(self) -> int:
        """Append the review on screen to the register; its sequence number (0 when nothing was written). Replacing
        the review then loses nothing until it changes."""
        seq = save_to_register(self.dock)
        if seq:
            self._registered = self._content()
        return seq

    def save(self) -> bool:
        """Ask for a name and save the review on screen under it; False when nothing was saved."""
        name, ok = text_input(self, tr("Save review"), tr("Name of the review"), self.dock.form.project().name)
        return bool(ok and name.strip()) and self.save_as(name.strip())

    def save_as(self, name: str) -> bool:
        """Save the current description, site, judgements and opinion as ``name`` (replacing one of that name)."""
        dock = self.dock
        site = dock.site_input.site
        if site is None:
            dock.push_message(tr("Review a site before saving the review."), 1)
            return False
        reviews = self._read()
        if reviews is None:
            return False
        reviews[name] = self._shown(name, site)
        write_reviews(dock.project, reviews, name)
        self.refresh(name)
        dock.push_message(tr("Review {name} saved in the project (save the project to keep it).").format(name=name), 0)
        return True

    def _shown(self, name: str, site: Site) -> SavedReview:
        """The review on screen as ``name``, saved now."""
        runner = self.dock.runner
        return SavedReview(name, runner.description, site.geometry.asWkt(), site.crs.toWkt(), list(runner.judgements),
                           runner.opinion, datetime.now().astimezone().isoformat(timespec="seconds"),
                           list(runner.judgements.withdrawn))

    def _is_on_screen(self, saved: SavedReview) -> bool:
        """True when the site on screen is ``saved``'s site."""
        site = self.dock.site_input.site
        return site is not None and QgsCoordinateReferenceSystem.fromWkt(saved.site_crs) == site.crs and \
            QgsGeometry.fromWkt(saved.site_wkt).equals(site.geometry)

    def _chosen_on_screen(self, entry: Entry) -> Optional[SavedReview]:
        """The saved review chosen in the list, when the site on screen is still its site; else None."""
        saved = entry[0].get(self.combo.currentData() or "")
        return saved if saved is not None and self._is_on_screen(saved) else None

    def _changed_since(self, saved: SavedReview) -> bool:
        """True when the review on screen differs from ``saved`` (its time aside)."""
        shown = self._shown(saved.name, self.dock.site_input.site).to_dict()
        return {**shown, "saved_at": ""} != {**saved.to_dict(), "saved_at": ""}

    def _content(self) -> dict:
        """The review on screen's description, site, judgements and opinion, without a name or a time."""
        return {**self._shown("", self.dock.site_input.site).to_dict(), "saved_at": ""}

    def _has_work(self) -> bool:
        """True when the reviewer judged a clause (or removed a judgement) or wrote an opinion on screen."""
        runner = self.dock.runner
        return bool(list(runner.judgements) or runner.judgements.withdrawn or runner.opinion.strip())

    def would_lose(self) -> bool:
        """True when replacing the review on screen loses work: judgements, removed judgements or an opinion that
        no saved review holds as they are (the review kept unnamed goes when the project is next written; an entry
        that cannot be read holds nothing; the review as last saved to the register is held there)."""
        if self.dock.site_input.site is None or not self._has_work() or self._content() == self._registered:
            return False
        entry = self._read_entry(quiet=True)
        return entry is None or all(self._changed_since(saved) for saved in entry[0].values())

    def may_replace(self) -> bool:
        """Before another review replaces the one on screen: True when nothing would be lost, or the reviewer saved
        the review or discarded it when asked; False when they cancelled."""
        if not self.would_lose():
            return True
        answer = ask_unsaved(self.dock, self.dock.runner.site_id())
        return self.save() if answer == SAVE else answer == DISCARD

    def note_change(self) -> None:
        """The review on screen changed (a judgement, the opinion): when it is unsaved work, the project is marked
        changed (QGIS asks to save it), and the work is kept when it is written (``keep_on_write``)."""
        if not self.dock.project.isDirty() and self.unsaved():  # read once: this runs on each key of the opinion
            self.dock.project.setDirty(True)

    def unsaved(self) -> bool:
        """True when the review on screen differs from what the project holds of its site (the saved review chosen,
        else the review kept from the screen) or, held nowhere, has judgements or an opinion; never while it is as
        it was shown from the project's entry."""
        if self.dock.site_input.site is None or self._content() == self._as_shown:
            return False
        entry = self._read_entry(quiet=True)  # an unreadable entry is named when the project is read and written
        if entry is None:
            return False
        held = self._chosen_on_screen(entry)
        if held is None and entry[2] is not None and self._is_on_screen(entry[2]):
            held = entry[2]
        return self._changed_since(held) if held is not None else self._has_work()

    def keep_on_write(self, quiet: bool = False) -> None:
        """The project is being written: the saved review chosen in the list, while the site on screen is still its
        site, takes the judgements, opinion and description made since it was saved; any other review on screen is
        kept in the entry unnamed (never in a saved review), to be shown again when the project is read. An entry
        that cannot be read (or of a newer version) is left as it is."""
        entry = self._read_entry(quiet)
        site = self.dock.site_input.site
        if entry is None or site is None:
            return
        reviews, _current, kept = entry
        chosen = self._chosen_on_screen(entry)
        if chosen is None:
            unchanged = kept is not None and self._is_on_screen(kept) and not self._changed_since(kept)
            write_reviews(self.dock.project, reviews, "", kept if unchanged else self._shown("", site))
            return
        if self._changed_since(chosen):
            reviews[chosen.name] = self._shown(chosen.name, site)
        write_reviews(self.dock.project, reviews, chosen.name)

    def restore(self, name: str) -> bool:
        """Show a saved review again: its description, site, judgements and opinion."""
        saved = (self._read() or {}).get(name) if name else None
        if saved is None:
            return False
        self._show(saved, tr("saved review {name}").format(name=name))
        self.refresh(name)
        return True

    def _show(self, saved: SavedReview, origin: str) -> None:
        """Put ``saved``'s description, site, judgements and opinion on screen (the site named by ``origin``)."""
        dock = self.dock
        dock.form.set_project(saved.description)
        site = Site(QgsGeometry.fromWkt(saved.site_wkt), QgsCoordinateReferenceSystem.fromWkt(saved.site_crs), origin,
                    taken=TakenSite(STORED))
        dock.site_input.set_site(site)
        dock.runner.hold(site, Judgements(saved.judgements, saved.withdrawn), saved.opinion)
        self._as_shown = self._content()
        dock.opinion.setPlainText(saved.opinion)

    def project_read(self) -> None:
        """A project was opened (or the panel made with one open): list its reviews and show the review on screen
        when it was saved — the review kept unnamed, else the saved review shown last (an entry that cannot be read
        is named once)."""
        reviews, current, kept = self._read_entry() or ({}, "", None)
        self._list(reviews, "" if kept is not None else current)
        if kept is not None:
            self._show(kept, tr("on screen when the project was saved"))
        elif current:
            self.restore(current)
