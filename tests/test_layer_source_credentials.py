"""Data sources as the notes print and record them: every credential left out, the rest as written."""

import pytest

from zoning_review.plugin.core.inputs.layer_source import without_credentials

CASES = [
    ("dbname='gis' host=db port=5432 user='bob' password='s3cret' sslmode=disable key='id' table=\"public\".\"sites\" "
     "(geom)",
     "dbname='gis' host=db port=5432 user='bob' sslmode=disable key='id' table=\"public\".\"sites\" (geom)"),
    ("dbname='gis' host=db user='bob' table=\"public\".\"sites\" (geom) password='a b'",
     "dbname='gis' host=db user='bob' table=\"public\".\"sites\" (geom)"),
    ("PG:dbname=gis host=db user=bob password=s3cret|layername=sites",
     "PG:dbname=gis host=db user=bob|layername=sites"),
    ("PG:password=s3cret dbname=gis|layername=sites", "PG: dbname=gis|layername=sites"),
    ("/vsicurl/https://bob:s3cret@example.com/sites.gpkg|layername=sites",
     "/vsicurl/https://bob@example.com/sites.gpkg|layername=sites"),
    ("postgresql://bob:s3cret@db/gis|layername=sites", "postgresql://bob@db/gis|layername=sites"),
    ("url=https://example.com/wfs?token=s3cret&typename=sites", "url=https://example.com/wfs?&typename=sites"),
    ("OCI:bob/s3cret@db:sites", "OCI:bob@db:sites"),
    ("/data/passport/sites.gpkg|layername=sites", "/data/passport/sites.gpkg|layername=sites"),
    ("/data/候选地块.shp", "/data/候选地块.shp"),
]


@pytest.mark.parametrize("source, shown", CASES)
def test_credentials_are_left_out_of_a_source(source, shown):
    assert without_credentials(source) == shown
    assert "s3cret" not in without_credentials(source) and "a b" not in without_credentials(source)
