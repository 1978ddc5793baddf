"""Which clauses point the notes' map at a zone, and where the maps look: pure rules, no layers.

A clause whose site must lie inside a layer's features (restricted to, or prohibited outside) names a
required zone; one that forbids overlapping names a prohibited zone; a distance band names its band.
The detail map keeps the site readable and a second map takes every cause it cannot show.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsRectangle

from zoning_review.plugin.core.review.deciding_causes import (
    BAND,
    PROHIBITED,
    REQUIRED,
    RESTRICTED,
    DecidingCause,
    clause_causes,
)
from zoning_review.plugin.core.rules.ruleset import Condition, Rule
from zoning_review.plugin.notes.map_causes import MIN_SITE_SHARE, plan_extents, site_share


def spatial(layer: str, relation: str, distance=None) -> Condition:
    return Condition("spatial", name=layer, relation=relation, distance_m=distance)


def negated(condition: Condition) -> Condition:
    return Condition("not", children=(condition,))


@pytest.mark.parametrize("effect, when, only_if, expected", [
    ("restrict", None, spatial("park", "inside"), [DecidingCause(REQUIRED, "park")]),
    ("restrict", None, negated(spatial("park", "outside")), [DecidingCause(REQUIRED, "park")]),
    ("restrict", None, negated(spatial("park", "inside")), []),  # allowed only outside: nothing required
    ("prohibit", spatial("park", "outside"), None, [DecidingCause(REQUIRED, "park")]),
    ("prohibit", negated(spatial("park", "inside")), None, [DecidingCause(REQUIRED, "park")]),
    ("prohibit", spatial("red", "overlaps"), None, [DecidingCause(PROHIBITED, "red")]),  # forbidden, not required
    ("restrict", negated(spatial("red", "outside")), None, [DecidingCause(RESTRICTED, "red")]),
    ("allow", spatial("red", "overlaps"), None, []),
    ("require", spatial("park", "outside"), None, []),  # a duty outside the park requires no park
    ("prohibit", spatial("bank", "within", 1000.0), None, [DecidingCause(BAND, "bank", "", 1000.0)]),
])
def test_the_zones_a_clause_requires(effect, when, only_if, expected):
    rule = Rule("R-1", "general", "spatial_layout", effect, "条款", when=when, only_if=only_if)
    assert clause_causes(rule) == expected


boxes = st.tuples(st.floats(-5e4, 5e4), st.floats(-5e4, 5e4), st.floats(1, 3e4), st.floats(1, 3e4))


def rect(values) -> QgsRectangle:
    x, y, w, h = values
    return QgsRectangle(x, y, x + w, y + h)


@settings(max_examples=200, deadline=None)
@given(site=st.tuples(st.floats(1, 3000), st.floats(1, 3000)), reaches=st.lists(boxes, max_size=4))
def test_plan_extents_shows_every_cause_and_keeps_the_site_readable(site, reaches):
    site_box = QgsRectangle(0, 0, site[0], site[1])
    base = QgsRectangle(site_box)
    base.grow(600)
    reaches = [rect(r) for r in reaches]
    main, second = plan_extents(base, site_box, reaches)
    assert main.contains(base)
    shown = second if second is not None else main
    assert all(shown.contains(box) for box in reaches)
    if second is None:
        assert site_share(site_box, main) >= MIN_SITE_SHARE
    else:
        assert second.contains(main)
        assert site_share(site_box, main) >= min(MIN_SITE_SHARE, site_share(site_box, base)) - 1e-12
        assert site_share(site_box, second) < MIN_SITE_SHARE
