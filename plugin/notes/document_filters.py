"""The filters set in the project (Query Builder) on the layers a site was reviewed with, as the notes' data reviewed
names them: the unit layer's (only the units it shows were reviewed) and each constraint layer's (where the site lies
to it is unknown)."""

from typing import List, Tuple

from ..core.review.labels import bilingual
from ..i18n import tr
from .context import LayerFilter, NotesContext
from .formatting import bracketed


def filter_pairs(context: NotesContext, lang: str) -> List[Tuple[str, str]]:
    """The data reviewed's rows naming each layer read through a filter set in the project (none without one)."""
    pairs = []
    if context.unit_layer_filter:
        pairs.append((tr("Unit layer filter", lang), tr(
            "{filter} (set in the project: only the units it shows were reviewed)", lang).format(
            filter=context.unit_layer_filter)))
    for zone in context.zone_filters:
        pairs.append((tr("Filter of constraint layer {layer}", lang).format(layer=zone_label(zone, context, lang)),
                      tr("{filter} (set in the project: where the site lies to the layer is unknown)", lang).format(
                          filter=zone.subset)))
    return pairs


def zone_label(zone: LayerFilter, context: NotesContext, lang: str) -> str:
    """A constraint layer as the rule set labels it, with its map layer's name when that differs."""
    decl = context.layers.get(zone.key)
    label = (bilingual(decl.label_zh, decl.label_en, lang) if decl else "") or zone.key
    return label if zone.layer in ("", label) else label + bracketed(zone.layer, lang)
