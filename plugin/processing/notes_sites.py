"""The sites layer reviewsites' notes are written for, recorded in each page and the index: a folder holding the
notes of another sites layer is refused (one layer's notes replacing another's, or leaving them out of the index,
would lose them); the same layer reviewed again replaces its own notes. Pages that record no layer (written before
pages recorded it) are replaced as before."""

import os
from typing import Optional, Set, Tuple

from qgis.core import QgsProcessingException, QgsProcessingUtils, QgsProject, QgsProviderRegistry, QgsVectorLayer

from ..core.inputs.feature_keys import row_number_ids
from ..core.inputs.layer_source import kept_source
from ..i18n import tr
from ..notes.html_renderer import recorded_sites
from ..notes.sites_layer import SitesLayer

INDEX_PAGE = "index.html"


def sites_record(layer: Optional[QgsVectorLayer]) -> Optional[SitesLayer]:
    """The sites layer as the notes name and record it: its data source (without credentials), or, for a memory
    layer or a Processing temporary file (a model's step, made anew at every run), its name and layer id; None when
    the sites are no layer."""
    if layer is None:
        return None
    source = kept_source(layer)
    if layer.providerType() == "memory" or _temporary_file(layer):
        _follow(layer)
        return SitesLayer(layer.name(), source, layer.name(), layer.id())
    return SitesLayer(layer.name(), source, source, row_numbers=row_number_ids(layer))


_OPEN_TEMPORARY: Set[str] = set()  # ids of the temporary sites layers notes were written for that still exist


def _follow(layer: QgsVectorLayer) -> None:
    """Keep ``layer``'s id among the open temporary sites layers until QGIS deletes the layer (a script's layer held
    outside the project, which the project cannot tell is still open)."""
    layer_id = layer.id()
    if layer_id not in _OPEN_TEMPORARY:
        _OPEN_TEMPORARY.add(layer_id)
        layer.destroyed.connect(lambda _object=None, gone=layer_id: _OPEN_TEMPORARY.discard(gone))


def _still_open(layer_id: str) -> bool:
    """Whether the temporary layer of ``layer_id`` still exists: in the project, or held by a script."""
    return layer_id in _OPEN_TEMPORARY or QgsProject.instance().mapLayer(layer_id) is not None


def _temporary_file(layer: QgsVectorLayer) -> bool:
    """Whether the layer's file lies in Processing's temporary folder."""
    path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path") or ""
    if not path:
        return False
    temporary = os.path.realpath(QgsProcessingUtils.tempFolder())
    try:
        return os.path.commonpath([os.path.realpath(path), temporary]) == temporary
    except ValueError:  # another drive (Windows)
        return False


def other_sites_page(folder: str, sites: Optional[SitesLayer]) -> Optional[Tuple[str, str]]:
    """The first page in ``folder`` (its index first) recording another sites layer than ``sites``, and that layer;
    None when there is none."""
    if not os.path.isdir(folder):
        return None
    names = sorted((name for name in os.listdir(folder) if name.lower().endswith(".html")),
                   key=lambda name: (name.casefold() != INDEX_PAGE, name))
    for name in names:
        path = os.path.join(folder, name)
        recorded = recorded_sites(path) if os.path.isfile(path) else None
        if recorded is not None and _other(recorded, sites):
            return path, recorded[0]
    return None


def _other(recorded: Tuple[str, str], sites: Optional[SitesLayer]) -> bool:
    """Whether a page's record (text, layer id) names another layer than ``sites``: another source or name, or
    another temporary layer of the same name that still exists (in the project, or held by a script)."""
    text, layer_id = recorded
    if text != (sites.record if sites else ""):
        return True
    return bool(layer_id and sites.layer_id and layer_id != sites.layer_id and _still_open(layer_id))


def refuse_other_sites(folder: str, sites: Optional[SitesLayer]) -> None:
    """Stop when ``folder`` holds review notes written for another sites layer, naming the folder, the page and the
    layer, and what to do."""
    found = other_sites_page(folder, sites)
    if found is None:
        return
    page, other = found
    if sites is not None and other == sites.record:
        raise QgsProcessingException(tr(
            "The folder {folder} holds review notes written for another sites layer of the same name, {layer} "
            "({page}), which is still open: the notes of this run would replace them. Give one of the two layers "
            "another name, or choose another folder for these notes, then run again.").format(
            folder=folder, layer=other, page=os.path.basename(page)))
    raise QgsProcessingException(tr(
        "The folder {folder} holds review notes written for another sites layer, {layer} ({page}): the notes of this "
        "run would replace them or leave them out of the folder's index. Choose another folder for these notes, or "
        "move those notes elsewhere, then run again.").format(folder=folder, layer=other, page=os.path.basename(page)))
