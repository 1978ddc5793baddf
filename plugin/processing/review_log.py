"""What reviewsites says in the Processing log: a line for each of the first sites (and for each of the first
sites it could not review), each distinct warning once (and at the end how many sites had it), and how many sites
got each verdict, all in the UI language (QGIS's), whatever the report language. A census-size batch would
otherwise fill the log with a line per site and repeat a layer-wide warning for every site."""

from collections import Counter
from typing import Any, Dict, Iterable, Optional

from ..core.model.results import Reason, SiteReview
from ..core.model.verdicts import Verdict
from ..core.review.labels import verdict_label
from ..core.review.site_review import ReasonTexts, render_reason, separator
from ..i18n import grouped, list_separator, tr

LISTED_SITES = 100  # sites listed a line each; the summary output has every site


class ReviewLog:
    """The feedback lines of one reviewsites run."""

    def __init__(self, feedback: Any, listed: Optional[int] = None) -> None:
        self.feedback = feedback
        self.texts = ReasonTexts()  # every line in the UI language; the outputs and notes in the report's
        self.listed = LISTED_SITES if listed is None else listed
        self.verdicts: Counter = Counter()
        self.warnings: Dict[str, int] = {}  # each warning's text → how many sites had it
        self.errors = 0  # sites not reviewed

    def warn(self, site_id: str, warnings: Iterable[Reason]) -> None:
        """A site's overlay warnings: each the first time any site has it."""
        for warning in warnings:
            text = render_reason(warning)
            seen = self.warnings.get(text, 0)
            self.warnings[text] = seen + 1
            if not seen:
                self.feedback.pushWarning(tr("Site {site}: {warning}").format(site=site_id, warning=text))

    def error(self, site_id: str, reason: str) -> None:
        """A site that could not be reviewed: its line while few are listed (the summary names every one)."""
        self.errors += 1
        if self.errors <= self.listed:
            self.feedback.reportError(tr("Site {site} was not reviewed: {reason}").format(site=site_id, reason=reason))
        elif self.errors == self.listed + 1:
            self.feedback.reportError(tr("The sites not reviewed after the first {n} are not listed here: the summary "
                                         "output gives each one's reason.").format(n=grouped(self.listed)))

    def site(self, review: SiteReview) -> None:
        """One reviewed site: its line (id, verdict, units touched, deciding reason) while few are listed."""
        self.verdicts[review.verdict] += 1
        count = sum(self.verdicts.values())
        if count <= self.listed:
            codes = list_separator().join(u.overlap.code for u in review.units) or "—"
            reason = self.texts.render(review.reasons[0]) if review.reasons else ""
            self.feedback.pushInfo(tr("{site}: {verdict} — units {units} — {reason}").format(
                site=review.site_id, verdict=verdict_label(review.verdict), units=codes, reason=reason))
        elif count == self.listed + 1:
            self.feedback.pushInfo(tr("The sites after the first {n} are not listed here: the summary output has "
                                      "every site.").format(n=grouped(self.listed)))

    def close(self) -> None:
        """How many sites had each repeated warning, and how many got each verdict."""
        for text, count in self.warnings.items():
            if count > 1:
                self.feedback.pushWarning(tr("{n} sites in all had this warning: {warning}").format(
                    n=grouped(count), warning=text))
        if self.errors > self.listed:
            self.feedback.reportError(tr("{n} sites in all were not reviewed.").format(n=grouped(self.errors)))
        total = sum(self.verdicts.values())
        if total:
            counts = separator().join(f"{verdict_label(verdict)} {grouped(self.verdicts[verdict])}"
                                      for verdict in Verdict if self.verdicts[verdict])
            line = tr("1 site reviewed: {counts}") if total == 1 else tr("{n} sites reviewed: {counts}")
            self.feedback.pushInfo(line.format(n=grouped(total), counts=counts))
