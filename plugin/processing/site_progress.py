"""reviewsites' progress: the sites reviewed of the sites counted, never 100 % while a site may remain."""

from typing import Any, Optional

from qgis.core import QgsFeatureRequest

from ..compat import NO_GEOMETRY, SKIP_GEOMETRY_CHECKS
from ..core.overlay.unit_index import exact_count, is_remote


def counted_features(source: Any, layer: Any, counted: Optional[int], feedback) -> int:
    """How many features (sites, units) there are: as counted with their ids, else the source's count when it is
    exact, else counted now by their feature ids (a database's estimate may be stale or -1); -1 when a cancel stopped
    the count."""
    if counted is not None:
        return counted
    estimate = source.featureCount()
    if estimate >= 0 and (layer is None or not is_remote(layer) or exact_count(layer) is not None):
        return estimate
    count = 0
    for _feature in source.getFeatures(QgsFeatureRequest().setFlags(NO_GEOMETRY).setNoAttributes(),
                                       SKIP_GEOMETRY_CHECKS):
        if feedback.isCanceled():
            return -1
        count += 1
    return count


class SiteProgress:
    """The progress bar in tenths of a percent: below 100 % until the sites were read to their end and every site
    read was reviewed (a table that grew since it was counted, or a count a cancel stopped, is outgrown)."""

    def __init__(self, feedback, total: int) -> None:
        self.feedback = feedback
        self.total = total  # the sites counted (-1: not counted)
        self.shown = -1

    def known_total(self, read: int, read_all: bool) -> int:
        """The number of sites when it is known (the sites read, once read to their end), else -1."""
        if read_all:
            return read
        return self.total if self.total >= read else -1

    def reviewed(self, done: int, read: int, read_all: bool) -> None:
        """Show ``done`` sites reviewed of ``read`` read so far (``read_all``: the sites were read to their end)."""
        total = read if read_all else max(self.total, read)
        if total <= 0:
            return
        tenths = min(done * 1000 // total, 1000 if read_all and done >= total else 999)
        if tenths != self.shown:
            self.shown = tenths
            self.feedback.setProgress(tenths / 10.0)
