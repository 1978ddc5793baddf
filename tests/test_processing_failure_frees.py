"""A Zoning Review algorithm that fails lets go of what it was reading. QGIS never frees the exception a Python
algorithm raises to it, nor the variables of the frames its traceback passed through: each failed sitingscreen of a
database table whose read ended short kept the read's feature iterator (and the layers and features its frames held)
for as long as QGIS ran. An iterator still holding its connection keeps one of the four QGIS opens to a file or
database at a time, after which every read of it waits; on QGIS 3.22 the kept iterators had let their connections go,
and whether they held them on 3.40, where tasks of later tests waited for good on CI, is not shown."""

import gc
import threading

import pytest
from qgis.core import QgsFeatureIterator, QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

from .overlay_helpers import dispose

CONNECTIONS = 4  # QGIS's connections to one file or database at a time (Settings ▸ Options ▸ Data Sources)


@pytest.fixture
def units_gone(postgis):
    """A copy of the sample's units in the test database, two of them deleted behind QGIS's back after it counted
    them: a screen of it fails once its read ends short, the read's iterator in hand."""
    postgis.psql("DROP TABLE IF EXISTS units_gone; CREATE TABLE units_gone AS SELECT * FROM control_units; "
                 "ALTER TABLE units_gone ADD PRIMARY KEY (fid)")
    layer = postgis.layer("units_gone")
    assert layer.featureCount() > 2
    postgis.psql("DELETE FROM units_gone WHERE fid IN (SELECT fid FROM units_gone ORDER BY fid DESC LIMIT 2)")
    yield layer
    dispose(layer)
    postgis.psql("DROP TABLE units_gone")


def live_iterators() -> int:
    """Feature iterators still alive (none is kept by the tests)."""
    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, QgsFeatureIterator))


def read_in_thread(layer: QgsVectorLayer, expected: int, seconds: float = 60) -> bool:
    """Whether another thread reads the layer's ``expected`` features within ``seconds`` (it waits for a free
    connection)."""
    source, done = layer.dataProvider().featureSource(), []
    worker = threading.Thread(target=lambda: done.append(sum(1 for _ in source.getFeatures(QgsFeatureRequest()))),
                              daemon=True)
    worker.start()
    worker.join(seconds)
    return done == [expected]


def test_failed_screens_leave_the_database_readable(zr_processing, units_gone, example_rules):
    import processing

    before = live_iterators()
    for _ in range(CONNECTIONS):  # one more would wait forever here, on the main thread, if each kept a connection
        with pytest.raises(QgsProcessingException, match="units_gone could not be read completely"):
            processing.run("zoningreview:sitingscreen", {
                "UNITS": units_gone, "RULES": str(example_rules), "INDUSTRY": "C2614", "CONSTRUCTION": 0,
                "CATALOGUE": 0, "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"})
    assert live_iterators() == before, "a failed run kept a feature iterator"
    assert read_in_thread(units_gone, units_gone.featureCount() - 2), \
        "the database's connections were all held by the failed runs"
