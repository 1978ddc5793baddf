"""What was wrong with a geometry (GEOS's validity reasons, the repairs' own words), in the reader's language.

The words stay English in a reason's stored values (outputs and saved reviews read the same in any language); they
are translated where a reason is worded (``detail_text``)."""

from typing import List, Optional

from ...i18n import tr, tr_template

DROPPED = "parts not polygonal left out: {types}"
UNCLOSED = "unclosed ring"
INVALID = "invalid"
GEOS_REASONS = (  # GEOS's IsValidOp, as QgsGeometry.lastError() gives them after isGeosValid()
    "Self-intersection", "Ring Self-intersection", "Hole lies outside shell", "Holes are nested",
    "Interior is disconnected", "Nested shells", "Duplicate Rings", "Too few points in geometry component",
    "Too few distinct points in geometry component", "Invalid Coordinate", "Ring is not closed", "Repeated Point",
    "Topology Validation Error",
)
KNOWN = frozenset((UNCLOSED, INVALID) + GEOS_REASONS)
_TYPES_AT = DROPPED.index("{types}")


def detail_text(detail: str, lang: Optional[str] = None) -> str:
    """A geometry's repair detail (parts joined by '; ') in ``lang`` (the UI language when None): the words this
    module knows translated, any other (a newer GEOS's) as given."""
    words = []
    for part in detail.split("; "):
        if part.startswith(DROPPED[:_TYPES_AT]):
            words.append(tr_template(DROPPED, lang).format(types=part[_TYPES_AT:]))
        else:
            words.append(tr_template(part, lang) if part in KNOWN else part)
    return tr_template("; ", lang).join(words)


def reason_templates() -> List[str]:
    """Every wording of this module, for the string extractor."""
    return [
        tr("parts not polygonal left out: {types}"), tr("unclosed ring"), tr("invalid"),
        tr("Self-intersection"), tr("Ring Self-intersection"), tr("Hole lies outside shell"), tr("Holes are nested"),
        tr("Interior is disconnected"), tr("Nested shells"), tr("Duplicate Rings"),
        tr("Too few points in geometry component"), tr("Too few distinct points in geometry component"),
        tr("Invalid Coordinate"), tr("Ring is not closed"), tr("Repeated Point"), tr("Topology Validation Error"),
    ]
