"""The reason a unit's requirement text may be incomplete: it fills its Shapefile field (``overlay/dbf_text``), where
GDAL cuts a longer text without a word to the user. The text is kept as given, to be checked against the published
list."""

from typing import List

from ...i18n import tr
from ..model.results import Reason

MAY_BE_CUT = ("this text fills its Shapefile field (at most 254 bytes): it may have been cut off when the unit layer "
              "was saved as a Shapefile; check it against the published list")
CUT_REASON = Reason(MAY_BE_CUT)  # shared: never changed


def reason_templates() -> List[str]:
    """Every reason template of this module, for the string extractor."""
    return [tr("this text fills its Shapefile field (at most 254 bytes): it may have been cut off when the unit layer "
               "was saved as a Shapefile; check it against the published list")]
