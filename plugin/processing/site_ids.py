"""reviewsites' site ids: a site without one is named by its feature id, an id several sites share is
warned about, and a judgement of a shared id judges none of those sites (it cannot be told which it meant)."""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..compat import NO_GEOMETRY, SKIP_GEOMETRY_CHECKS
from ..core.inputs.feature_keys import row_number_ids, unstable_ids_reason
from ..core.inputs.resolve import layer_label
from ..core.review.judgements import Judgements
from ..core.rules.readings import blank
from ..i18n import grouped, list_separator, sentences, tr
from ..typeset import filled

SHOWN = 20  # sites, ids or clauses named in one message


def site_id(value: Any, fid: int) -> str:
    """A site's id as written, or # and its feature id when it has none (NULL or blank)."""
    return unnamed_id(fid) if blank(value) else str(value).strip()


def unnamed_id(fid: int) -> str:
    """The id a site without one is reviewed as: # and its feature id."""
    return f"#{fid}"


@dataclass
class SiteIds:
    """What the sites' id field holds: the sites without an id and the ids several sites share."""

    field: str
    unnamed: List[int] = field(default_factory=list)  # feature ids of the first sites without an id
    unnamed_count: int = 0
    shared: Dict[str, List[int]] = field(default_factory=dict)  # id → feature ids, for each id of several sites
    count: Optional[int] = None  # the sites, counted as their ids were read (None: not read to the end)

    def report(self, feedback) -> None:
        """Warn once of the sites without an id and once of the shared ids, naming their features."""
        if self.unnamed_count == 1:
            feedback.pushWarning(tr("Feature {fid} of the sites has no id in the field {field}: it is reviewed as "
                                    "#{fid}, its feature id.").format(fid=self.unnamed[0], field=self.field))
        elif self.unnamed_count:
            feedback.pushWarning(tr("{n} sites have no id in the field {field}: each is reviewed as # and its "
                                    "feature id. Their feature ids: {fids}").format(
                n=grouped(self.unnamed_count), field=self.field,
                fids=_listed(map(str, self.unnamed), self.unnamed_count)))
        if self.shared:
            named = [tr("{id} ({fids})").format(id=ident, fids=list_separator().join(map(str, fids)))
                     for ident, fids in list(self.shared.items())[:SHOWN]]
            text = (tr("The site id {ids} is given to several sites (their feature ids in brackets): their rows in "
                       "the outputs share it, and a judgement of it judges none of them. Give each site its own "
                       "id.") if len(self.shared) == 1 else
                    tr("{n} site ids are each given to several sites (their feature ids in brackets): their rows "
                       "in the outputs share an id, and a judgement of such an id judges none of them. Give each "
                       "site its own id. The ids: {ids}"))
            feedback.pushWarning(filled(text, {"n": grouped(len(self.shared)),
                                               "ids": _listed(named, len(self.shared), "; ")}))


def scan_site_ids(source, id_field: str, feedback) -> SiteIds:
    """The sites' ids read once without geometries; each id's first feature kept, for the ids several sites share."""
    found = SiteIds(id_field)
    if not id_field:
        return found  # feature ids: one per site
    index = source.fields().indexOf(id_field)
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY).setSubsetOfAttributes([index])
    first: Dict[str, int] = {}  # id → the feature id of the first site with it
    count = 0
    for feature in source.getFeatures(request, SKIP_GEOMETRY_CHECKS):
        if feedback.isCanceled():
            return found
        count += 1
        value = feature.attribute(index)
        if blank(value):
            found.unnamed_count += 1
            if len(found.unnamed) < SHOWN:
                found.unnamed.append(feature.id())
        ident = site_id(value, feature.id())
        if ident in first:
            found.shared.setdefault(ident, [first[ident]]).append(feature.id())
        else:
            first[ident] = feature.id()
    found.count = count
    return found


def refuse_unstable_ids(layer: Any, ids: SiteIds) -> None:
    """Stop the run when a site would be named by a feature id that its table does not keep (a PostGIS table without
    a primary key of one integer column): its rows in the outputs would later name another site."""
    reason = unstable_ids_reason(layer) if layer is not None else None
    if reason is None or (ids.field and not ids.unnamed_count):
        return
    if not ids.field:
        raise QgsProcessingException(sentences([
            tr("Layer {layer}: no site id field is given, so each site would be named by its feature id.").format(
                layer=layer_label(layer)), reason,
            tr("A site's rows in the outputs would later point at another row. Choose the site id field (a field "
               "that gives each site its own id), or give the table a primary key of one integer column, then run "
               "again.")]))
    missing = (tr("Layer {layer}: one site has no id in the field {field}, so it would be named by its feature id.")
               if ids.unnamed_count == 1 else
               tr("Layer {layer}: {n} sites have no id in the field {field}, so each would be named by its feature "
                  "id."))
    raise QgsProcessingException(sentences([
        missing.format(layer=layer_label(layer), n=grouped(ids.unnamed_count), field=ids.field), reason,
        tr("Fill in the missing ids, or give the table a primary key of one integer column, then run again.")]))


def warn_row_ids(layer: Any, ids: SiteIds, feedback) -> None:
    """Say once that the sites, given no id field, are named by their feature ids, which their file numbers by rows
    (a Shapefile, a CSV…): the ids in the outputs may later name another site."""
    if layer is None or ids.field or not row_number_ids(layer):
        return
    feedback.pushWarning(tr(
        "Layer {layer}: no site id field is given or found, so each site is named by its feature id, which in this "
        "file is its row number: the numbers change when rows are deleted and the file is saved again, so the site "
        "ids in FINDINGS, SUMMARY, the notes and their file names may later name another site (in a re-review or a "
        "judgements table). Choose the site id field (a field giving each site its own id), or add such a field to "
        "the layer, then run again.").format(layer=layer_label(layer)))


def withhold_shared(judgements: Optional[Judgements], ids: SiteIds, feedback) -> Optional[Judgements]:
    """The judgements but those of an id several sites share, which are named in a warning and applied to none."""
    withheld = [j for j in judgements or () if j.site_id in ids.shared]
    if not withheld:
        return judgements
    feedback.pushWarning(tr("Judgements of site ids that several sites share are not applied, since it cannot be "
                            "told which site they judge; those clauses keep the rules' finding (a check by hand "
                            "still needed): {clauses}").format(
        clauses=_listed([j.label for j in withheld], len(withheld), "; ")))
    return Judgements((j for j in judgements if j.site_id not in ids.shared), judgements.withdrawn)


def _listed(items, count: int, separator: str = "") -> str:
    """The first items joined (by ``separator``, else as the UI language lists them), and an ellipsis when there are
    more than those shown."""
    separator = separator or list_separator()
    shown = list(items)[:SHOWN]
    return separator.join(shown) + (separator + "…" if count > len(shown) else "")
