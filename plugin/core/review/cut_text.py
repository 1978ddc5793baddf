"""The reason a unit's requirement text may be incomplete: it fills its Shapefile field (``overlay/dbf_text``), where
GDAL cuts a longer text without a word to the user. The text is kept as given, to be checked against the published
list. The dock's review, Processing's and the siting screen take a unit's texts, and which may be cut, here."""

from typing import Any, Dict, Iterable, List, Tuple

from ...i18n import tr
from ..model.results import Reason

MAY_BE_CUT = ("this text fills its Shapefile field (at most 254 bytes): it may have been cut off when the unit layer "
              "was saved as a Shapefile; check it against the published list")
CUT_REASON = Reason(MAY_BE_CUT)  # shared: never changed


def unit_texts(attributes: Dict[str, Any], prose_fields: Dict[str, str],
               filled: Iterable[str]) -> Tuple[Dict[str, str], Tuple[str, ...]]:
    """A unit's requirement texts by dimension (those given, trimmed) from its ``attributes``, and the dimensions
    whose text may have been cut: its field is among ``filled`` (``overlay/dbf_text.filled_fields``)."""
    texts = {}
    for dimension, name in prose_fields.items():
        value = attributes.get(name)
        if value is not None and str(value).strip() and str(value) != "NULL":
            texts[dimension] = str(value).strip()
    filled = set(filled)
    return texts, tuple(dimension for dimension in texts if prose_fields[dimension] in filled)


def reason_templates() -> List[str]:
    """Every reason template of this module, for the string extractor."""
    return [tr("this text fills its Shapefile field (at most 254 bytes): it may have been cut off when the unit layer "
               "was saved as a Shapefile; check it against the published list")]
