"""What the push-down tests share: overlay results compared in full, a database table exported to a GeoPackage,
the chunk queries the server logged."""

from osgeo import gdal
from qgis.core import QgsVectorLayer

from .postgis_server import PORT
from .test_overlay_postgis import outcome

CHUNK_SQL = "SET LOCAL jit = off; WITH zr_s AS"  # the test server has JIT compilation


def full(result):
    """Everything of an overlay result, warnings with their values, for comparing two paths."""
    warnings = sorted((w.template, sorted((k, str(v)) for k, v in w.values.items())) for w in result.warnings)
    units = [(u.fid, u.code, u.name, u.category, u.attributes) for u in result.overlaps + result.touches]
    return outcome(result), units, warnings, result.crs, result.ellipsoid, sorted(result.geometries)


def pairs_of(results):
    return [full(result) if not isinstance(result, Exception) else str(result) for _key, result in results]


def export(postgis, table, path):
    """A database table copied into a GeoPackage with GDAL (the same features, ids and geometries)."""
    source = f"PG:host={postgis.socket_dir} port={PORT} dbname=zoning user=postgres"
    options = gdal.VectorTranslateOptions(format="GPKG", layers=[table], layerName=table)
    assert gdal.VectorTranslate(str(path), source, options=options) is not None, gdal.GetLastErrorMsg()
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert layer.isValid()
    return layer


def chunk_queries(postgis, since):
    return postgis.statements()[since:].count("statement: " + CHUNK_SQL)  # a failed one is logged twice
