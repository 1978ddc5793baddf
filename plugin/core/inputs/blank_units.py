"""Units without a unit code or category: found by reading every unit, so the dock looks for them in a task."""

from typing import Any, List, Optional

from qgis.core import QgsExpression, QgsFeatureRequest, QgsFeedback

from ...i18n import list_separator, tr
from ..model.binding import UnitBinding

SHOWN_FIDS = 20  # the feature ids a warning names; more are "…"
CHECK_EVERY = 1000  # units read between two looks at whether the search was cancelled


def blank_unit_fids(source: Any, binding: UnitBinding, feedback: Optional[QgsFeedback] = None) -> List[int]:
    """The feature ids of the units (of a layer or its snapshot) without a unit code or category; those found
    until cancelled."""
    blank = " OR ".join(f"coalesce(trim(to_string({QgsExpression.quotedColumnRef(name)})), '') = ''"
                        for name in (binding.code_field, binding.category_field))
    request = QgsFeatureRequest(QgsExpression(blank)).setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    fids = []
    for number, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and number % CHECK_EVERY == 0 and feedback.isCanceled():
            break
        fids.append(feature.id())
    return fids


def blank_units_warning(source: Any, layer_name: str, binding: UnitBinding,
                        feedback: Optional[QgsFeedback] = None) -> str:
    """A translated warning naming the units without a unit code or category, or ''."""
    fids = blank_unit_fids(source, binding, feedback)
    if not fids:
        return ""
    return tr("Layer {layer}: features {fids} have no unit code or category ({code}, {category}). Fill them "
              "in before relying on the review of sites there.").format(
        layer=layer_name,
        fids=list_separator().join(str(fid) for fid in fids[:SHOWN_FIDS]) + (" …" if len(fids) > SHOWN_FIDS else ""),
        code=binding.code_field, category=binding.category_field)
