"""Digests of reviewsites' FINDINGS and SUMMARY on the bench data, and the recorded reference ones.

A digest covers every row in the order written: each attribute's value and the geometry's WKB.
The reference digests (digests.json, one pair per QGIS minor version: GEOS and PROJ differ between
them) were recorded from the code before the performance work; a faster path must give the same.
"""

import hashlib
import json
from pathlib import Path
from typing import Any, Dict, Optional

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "digests.json"


def layer_digest(path: Path, name: str) -> str:
    """SHA-256 of every feature's attributes and geometry WKB, in feature id order."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    found = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert found.isValid(), path
    digest = hashlib.sha256()
    last = None
    for feature in found.getFeatures(QgsFeatureRequest()):  # a GeoPackage reads in fid order: no sort in memory
        assert last is None or feature.id() > last, (path, feature.id())
        last = feature.id()
        values = [None if isinstance(v, QVariant) and v.isNull() else v for v in feature.attributes()[1:]]
        digest.update(repr(values).encode("utf-8"))
        digest.update(bytes(feature.geometry().asWkb()))
    return digest.hexdigest()


def qgis_minor() -> str:
    """The running QGIS version as major.minor (e.g. 3.22)."""
    from qgis.core import Qgis
    return ".".join(Qgis.QGIS_VERSION.split(".")[:2])


def reference() -> Optional[Dict[str, Any]]:
    """The recorded digests of the running QGIS version, or None when none were recorded."""
    if not REFERENCE.exists():
        return None
    return json.loads(REFERENCE.read_text(encoding="utf-8")).get(qgis_minor())


def record(findings: str, summary: str) -> None:
    """Record the digests of the running QGIS version as the reference."""
    data = json.loads(REFERENCE.read_text(encoding="utf-8")) if REFERENCE.exists() else {}
    data[qgis_minor()] = {"findings": findings, "summary": summary}
    REFERENCE.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
