"""Named reviews saved in the QGIS project: a list to switch between them and a button to save the current one."""

from datetime import datetime
from typing import Dict, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QPushButton, QVBoxLayout, QWidget

from ..core.inputs.project_reviews import read_reviews, write_reviews
from ..core.review.judgements import Judgements
from ..core.review.saved import SavedReview, SavedReviewError
from ..i18n import tr
from .register_entry import save_to_register
from .review_task import Site


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
        self.register_button.clicked.connect(lambda: save_to_register(self.dock))
        self.combo.activated.connect(lambda index: self.restore(self.combo.itemData(index)))
        self.refresh()

    def add_button(self, button: QWidget) -> None:
        """Another button in the row under the list (after those there)."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def add_beside_list(self, widget: QWidget) -> None:
        """A widget to the right of the list."""
        self.top.addWidget(widget)

    def _read_book(self) -> Optional[Tuple[Dict[str, SavedReview], str]]:
        """The saved reviews and the one shown last, or None (with a message) when the project's entry cannot be
        read."""
        try:
            return read_reviews(self.dock.project)
        except SavedReviewError as error:
            self.dock.push_message(str(error), 2)
            return None

    def _read(self) -> Optional[Dict[str, SavedReview]]:
        """The saved reviews, or None (with a message) when the project's entry cannot be read."""
        book = self._read_book()
        return None if book is None else book[0]

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

    def save(self) -> None:
        """Ask for a name and save the review on screen under it."""
        name, ok = QInputDialog.getText(self, tr("Save review"), tr("Name of the review"),
                                        text=self.dock.form.project().name)
        if ok and name.strip():
            self.save_as(name.strip())

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

    def _chosen_on_screen(self) -> Optional[Tuple[Dict[str, SavedReview], SavedReview]]:
        """The saved reviews and the one chosen in the list, when the site on screen is still its site; else None."""
        name, site = self.combo.currentData(), self.dock.site_input.site
        book = self._read_book() if name and site is not None else None
        saved = book[0].get(name) if book else None
        if saved is None or QgsCoordinateReferenceSystem.fromWkt(saved.site_crs) != site.crs or \
                not QgsGeometry.fromWkt(saved.site_wkt).equals(site.geometry):
            return None
        return book[0], saved

    def _changed_since(self, saved: SavedReview) -> bool:
        """True when the review on screen differs from ``saved`` (its time aside)."""
        shown = self._shown(saved.name, self.dock.site_input.site).to_dict()
        return {**shown, "saved_at": ""} != {**saved.to_dict(), "saved_at": ""}

    def note_change(self) -> None:
        """The review on screen changed (a judgement, the opinion): when it is the saved review chosen in the list,
        the project has unsaved work, kept when it is written (``keep_chosen``)."""
        if self.dock.project.isDirty():
            return  # marked already: no need to read the saved reviews again (this runs on each key of the opinion)
        chosen = self._chosen_on_screen()
        if chosen is not None and self._changed_since(chosen[1]):
            self.dock.project.setDirty(True)

    def keep_chosen(self) -> None:
        """The project is being written: the saved review chosen in the list, while the site on screen is still its
        site, takes the judgements, opinion and description made since it was saved."""
        chosen = self._chosen_on_screen()
        if chosen is None or not self._changed_since(chosen[1]):
            return
        reviews, saved = chosen
        reviews[saved.name] = self._shown(saved.name, self.dock.site_input.site)
        write_reviews(self.dock.project, reviews, saved.name)

    def restore(self, name: str) -> bool:
        """Show a saved review again: its description, site, judgements and opinion."""
        saved = (self._read() or {}).get(name) if name else None
        if saved is None:
            return False
        dock = self.dock
        dock.form.set_project(saved.description)
        crs = QgsCoordinateReferenceSystem.fromWkt(saved.site_crs)
        dock.site_input.set_site(Site(QgsGeometry.fromWkt(saved.site_wkt), crs, tr("saved review {name}").format(
            name=name)))
        dock.runner.judgements = Judgements(saved.judgements, saved.withdrawn)
        dock.runner.rekey_judgements()
        dock.runner.opinion = saved.opinion
        dock.opinion.setPlainText(saved.opinion)
        self.refresh(name)
        return True

    def project_read(self) -> None:
        """A project was opened: list its reviews and show the one shown when it was saved (an entry that cannot be
        read is named once)."""
        reviews, current = self._read_book() or ({}, "")
        self._list(reviews, current)
        if current:
            self.restore(current)
