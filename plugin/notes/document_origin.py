"""The sites layer and feature a site of reviewsites is, as the notes' data reviewed and their document properties
name them: the layer's name and source (without credentials; a layer held in memory said so) and the feature id with
the id field's value."""

from typing import List, Optional, Tuple

from ..i18n import tr
from .formatting import bracketed
from .sites_layer import SiteOrigin


def origin_pairs(origin: Optional[SiteOrigin], lang: str) -> List[Tuple[str, str]]:
    """The data reviewed's rows naming the sites layer, its source and the site's feature (none without a layer)."""
    if origin is None:
        return []
    return [
        (tr("Sites layer", lang), origin.layer.name or "—"),
        (tr("Sites layer source", lang), source_text(origin, lang)),
        (tr("Site feature", lang), feature_text(origin, lang)),
    ]


def source_text(origin: SiteOrigin, lang: str) -> str:
    """The sites layer's data source, or that it was held in memory only."""
    return origin.layer.source or tr("a temporary layer held in memory (saved to no file)", lang)


def feature_text(origin: SiteOrigin, lang: str) -> str:
    """The site's feature id, with its id field and value (or that the field holds none for it)."""
    if not origin.id_field:
        return tr("feature id {fid}", lang).format(fid=origin.fid)
    if not origin.site_id:
        return tr("feature id {fid}; {field}: not given", lang).format(fid=origin.fid, field=origin.id_field)
    return tr("feature id {fid}; {field}: {value}", lang).format(fid=origin.fid, field=origin.id_field,
                                                                value=origin.site_id)


def origin_record(origin: Optional[SiteOrigin], lang: str) -> str:
    """The sites layer and feature in one line, for the document properties ('' without a layer)."""
    if origin is None:
        return ""
    return tr("Sites layer {layer}{source}; {feature}", lang).format(
        layer=origin.layer.name, source=bracketed(source_text(origin, lang), lang), feature=feature_text(origin, lang))
