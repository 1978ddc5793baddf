"""The dock's hidden-rows check of a PostGIS layer whose geometry column declares no SRID or type reads the whole
table. It ran on the main thread at every refresh of the review targets (a binding, a rule-set file, a layer added
or removed), each time reading the table again; the answer is now kept per layer source until QGIS says the
layer's data changed. What the database was asked is read from the server's statement log, never from timings."""

import pytest
from qgis.core import QgsProject

from tests.dock_helpers import bind
from tests.sample_project import layer

from .test_postgis_hidden_rows import part_of

TABLE = "red_line_untyped"
CHECK = "zr_t WHERE g IS NOT NULL"  # words of the hidden-rows query (hidden_rows_sql)


@pytest.fixture()
def untyped_red_line(postgis, sample_project):
    """The project's red line replaced by a PostGIS layer of a copy whose geometry column declares no type or SRID
    (every row in EPSG:4490: the layer leaves none out)."""
    postgis.psql(f"DROP TABLE IF EXISTS {TABLE}; CREATE TABLE {TABLE} AS SELECT * FROM red_line; "
                 f"ALTER TABLE {TABLE} ADD PRIMARY KEY (fid); ALTER TABLE {TABLE} ALTER COLUMN geom TYPE geometry")
    project = QgsProject.instance()
    project.removeMapLayer(layer("red_line"))
    red_line = project.addMapLayer(part_of(postgis, TABLE, name="red_line"))
    yield red_line
    if project.mapLayer(red_line.id()) is not None:
        project.removeMapLayer(red_line)
    postgis.psql(f"DROP TABLE {TABLE}")


def checks(postgis) -> int:
    """How many hidden-rows queries the server was asked so far."""
    return postgis.statements().count(CHECK)


def test_the_dock_reads_an_untyped_table_once_per_data_change(postgis, untyped_red_line, dock, example_rules):
    before = checks(postgis)
    bind(dock.bindings, example_rules)
    assert dock.targets and "red_line" in dock.targets[0].constraints  # the layer is used: it leaves nothing out
    first = checks(postgis)
    assert first == before + 1
    dock.refresh_targets()
    dock.refresh_targets()
    assert checks(postgis) == first and "red_line" in dock.targets[0].constraints
    untyped_red_line.reload()  # its data may have changed: asked again
    dock.refresh_targets()
    assert checks(postgis) == first + 1 and "red_line" in dock.targets[0].constraints


def test_rows_added_in_another_srid_are_found_after_the_layer_is_reloaded(postgis, untyped_red_line, dock,
                                                                          example_rules):
    bind(dock.bindings, example_rules)
    assert "red_line" in dock.targets[0].constraints
    postgis.psql(f"INSERT INTO {TABLE} (fid, geom) SELECT 1000, ST_Transform(geom, 4326) FROM red_line LIMIT 1")
    untyped_red_line.reload()
    dock.refresh_targets()
    assert "red_line" not in dock.targets[0].constraints
    assert any("leaves out 1 features of its table public.red_line_untyped" in w for w in dock.targets[0].warnings)


def test_processing_asks_at_every_run(postgis, untyped_red_line, sample_project):
    """reviewsites' path keeps nothing: each resolution of the targets asks the database."""
    from zoning_review.plugin.core.inputs.resolve import Constraints

    before = checks(postgis)
    for _run in range(2):
        Constraints().add("red_line", untyped_red_line)
    assert checks(postgis) == before + 2
