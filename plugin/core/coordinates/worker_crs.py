"""The CRSs and ellipsoids worker threads ask QGIS for, made on the main thread before a worker starts.

QGIS caches a CRS — and the lon/lat CRS behind an ellipsoid's parameters — for the whole session, but keeps its
PROJ objects only while the thread that made it first lives. When a worker thread made it first (a QgsTask, the
Processing dialog's run, the batch's area threads) and QGIS's thread pool ends that thread (after 30 s idle), the
CRS is broken for the rest of the session, in QGIS's own tools too: a transform with it returns its input
unchanged, an area on that ellipsoid measured from a projected CRS is NaN, and on QGIS 3.22 the next PROJ error
on that thread crashes QGIS. So whatever a worker will ask for is made here first, on the main thread.
"""

from typing import Iterable, List

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsEllipsoidUtils
from qgis.PyQt.QtCore import QThread

from .crs import GEOGRAPHIC

# What the plugin's own code makes from a name in a worker: WGS 84 and Web Mercator (the screen's 3° strips, the
# overlay's placement check), CGCS2000 (the register, the notes) and its 3-degree Gauss-Krüger zones (the notes'
# and the causes' metric views, EPSG:4534–4554).
NAMED_CRS = ("EPSG:4326", GEOGRAPHIC, "EPSG:3857", *(f"EPSG:{code}" for code in range(4534, 4555)))

_KEPT: List[QgsCoordinateReferenceSystem] = []


def on_main_thread() -> bool:
    """Whether the caller runs in QGIS's main (GUI) thread."""
    app = QgsApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def settle_for_workers(crs: Iterable[QgsCoordinateReferenceSystem] = (), ellipsoids: Iterable[str] = ()) -> None:
    """Make, on the main thread, the CRSs and ellipsoid parameters a worker about to start may ask QGIS for: every
    named ellipsoid and NAMED_CRS (once per session), and the ellipsoids of ``crs`` and ``ellipsoids`` (a custom
    CRS's own); does nothing in any other thread, where it could only make things worse."""
    if not on_main_thread():
        return
    if not _KEPT:
        QgsEllipsoidUtils.definitions()  # every named ellipsoid's parameters, each with its lon/lat CRS
        _KEPT.extend(QgsCoordinateReferenceSystem(name) for name in NAMED_CRS)
    acronyms = {*ellipsoids, *(item.ellipsoidAcronym() for item in crs if item.isValid())}
    for acronym in sorted(acronyms - {"", "NONE"}):
        QgsEllipsoidUtils.ellipsoidParameters(acronym)


def broken_crs(crs: QgsCoordinateReferenceSystem) -> bool:
    """Whether QGIS broke ``crs``: valid, but its PROJ objects went with the thread that made it (it has no WKT)."""
    return crs.isValid() and not crs.toWkt()
