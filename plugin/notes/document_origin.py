"""Where a site came from, as the notes' data reviewed and their document properties name it: the sites layer and
feature of a site of reviewsites, or the layer and features the dock's site was taken from — the layer's name and
source (without credentials; a layer held in memory said so) and the feature id(s), with the id field's value for
reviewsites —, or that the dock's site was drawn, given as coordinates or stored with a saved review."""

from typing import List, Optional, Tuple

from ..i18n import tr
from .context import NotesContext
from .formatting import bracketed, joined
from .sites_layer import COORDINATES, DRAWN, SiteOrigin, SitesLayer, TakenSite


def site_pairs(context: NotesContext, lang: str) -> List[Tuple[str, str]]:
    """The data reviewed's rows naming where the site came from (none when that is not known)."""
    if context.origin is not None:
        return origin_pairs(context.origin, lang)
    return taken_pairs(context.taken, lang)


def site_record(context: NotesContext, lang: str) -> str:
    """Where the site came from in one line, for the document properties ('' when that is not known)."""
    if context.origin is not None:
        return origin_record(context.origin, lang)
    return taken_record(context.taken, lang)


def origin_pairs(origin: Optional[SiteOrigin], lang: str) -> List[Tuple[str, str]]:
    """The data reviewed's rows naming the sites layer, its source and the site's feature (none without a layer)."""
    if origin is None:
        return []
    return [
        (tr("Sites layer", lang), origin.layer.name or "—"),
        (tr("Sites layer source", lang), source_text(origin.layer, lang)),
        (tr("Site feature", lang), feature_text(origin, lang)),
    ]


def taken_pairs(taken: Optional[TakenSite], lang: str) -> List[Tuple[str, str]]:
    """The data reviewed's rows naming the layer and features the dock's site was taken from, or how it was given."""
    if taken is None:
        return []
    if taken.layer is None:
        return [(tr("Site taken from", lang), given_text(taken, lang))]
    label = tr("Site feature", lang) if len(taken.fids) == 1 else tr("Site features", lang)
    return [
        (tr("Sites layer", lang), taken.layer.name or "—"),
        (tr("Sites layer source", lang), source_text(taken.layer, lang)),
        (label, features_text(taken, lang)),
    ]


def source_text(layer: SitesLayer, lang: str) -> str:
    """A sites layer's data source, or that it was held in memory only."""
    return layer.source or tr("a temporary layer held in memory (saved to no file)", lang)


def feature_text(origin: SiteOrigin, lang: str) -> str:
    """The site's feature id, with its id field and value (or that the field holds none for it); a feature id that is
    its row in the file said so, when the site is named by it."""
    rows = origin.layer.row_numbers
    if not origin.id_field:
        return (tr("feature id {fid} (its row number in the file, which changes when the file is edited)", lang)
                if rows else tr("feature id {fid}", lang)).format(fid=origin.fid)
    if not origin.site_id:
        return (tr("feature id {fid} (its row number in the file, which changes when the file is edited); {field}: "
                   "not given", lang) if rows else tr("feature id {fid}; {field}: not given", lang)).format(
            fid=origin.fid, field=origin.id_field)
    return tr("feature id {fid}; {field}: {value}", lang).format(fid=origin.fid, field=origin.id_field,
                                                                value=origin.site_id)


def features_text(taken: TakenSite, lang: str) -> str:
    """The ids of the features the dock's site was taken from (joined into one site when several), said to be their
    rows in the file when they are."""
    rows = taken.layer is not None and taken.layer.row_numbers
    if len(taken.fids) == 1:
        return (tr("feature id {fid} (its row number in the file, which changes when the file is edited)", lang)
                if rows else tr("feature id {fid}", lang)).format(fid=taken.fids[0])
    return (tr("feature ids {fids} (joined into one site; their row numbers in the file, which change when the file "
               "is edited)", lang) if rows else tr("feature ids {fids} (joined into one site)", lang)).format(
        fids=joined((str(fid) for fid in taken.fids), lang))


def given_text(taken: TakenSite, lang: str) -> str:
    """How the dock's site was given when it was no layer's features."""
    if taken.how == DRAWN:
        return tr("drawn on the map in the Zoning Review panel", lang)
    if taken.how == COORDINATES:
        return tr("coordinates pasted or imported in the Zoning Review panel", lang)
    return tr("a saved review or register entry (the layer or features it was first taken from are not recorded)",
              lang)


def origin_record(origin: Optional[SiteOrigin], lang: str) -> str:
    """The sites layer and feature in one line, for the document properties ('' without a layer)."""
    if origin is None:
        return ""
    return tr("Sites layer {layer}{source}; {feature}", lang).format(
        layer=origin.layer.name, source=bracketed(source_text(origin.layer, lang), lang),
        feature=feature_text(origin, lang))


def taken_record(taken: Optional[TakenSite], lang: str) -> str:
    """The layer and features of the dock's site in one line, or how it was given ('' when that is not known)."""
    if taken is None:
        return ""
    if taken.layer is None:
        return tr("Site {given}", lang).format(given=given_text(taken, lang))
    return tr("Sites layer {layer}{source}; {feature}", lang).format(
        layer=taken.layer.name, source=bracketed(source_text(taken.layer, lang), lang),
        feature=features_text(taken, lang))
