"""The sites layer a site of reviewsites came from, as its notes name it (the data reviewed, the document
properties) and as its notes folder records it (each page's and the index's head); and where the dock's site came
from, named in its notes alike."""

from dataclasses import dataclass
from typing import Optional, Tuple


@dataclass(frozen=True)
class SitesLayer:
    """A sites layer: its name, its data source without credentials ('' for a layer held in memory), and its record
    in a notes folder — the source, or the name of a temporary layer (a model makes one anew each run) with its layer
    id (two temporary layers of one name, both in the project, are told apart by it); whether its feature ids are
    the rows' positions in its file (a Shapefile, a CSV…), which change when the file is edited."""

    name: str
    source: str
    record: str
    layer_id: str = ""
    row_numbers: bool = False


@dataclass(frozen=True)
class SiteOrigin:
    """The feature a site is: its sites layer, feature id, and the id field with the site's value ('' when the site
    has none; no field when the sites are named by their feature ids)."""

    layer: SitesLayer
    fid: int
    id_field: str = ""
    site_id: str = ""


SELECTED, FILE, DRAWN, COORDINATES, STORED = "selected", "file", "drawn", "coordinates", "stored"


@dataclass(frozen=True)
class TakenSite:
    """Where the dock's site came from: the features of a layer (``SELECTED`` in a layer of the map, or every polygon
    of a ``FILE``), with their ids in order, or how else it was given (``DRAWN`` on the map, ``COORDINATES`` pasted
    or imported, ``STORED`` with a saved review or register entry)."""

    how: str
    layer: Optional[SitesLayer] = None
    fids: Tuple[int, ...] = ()
