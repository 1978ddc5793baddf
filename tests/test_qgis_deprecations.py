"""The deprecation filter catches deprecated QGIS calls made from plugin modules, and only those."""

import types
import warnings

import pytest
from qgis.core import QgsCoordinateReferenceSystem

from tests.qgis_deprecations import error_on_plugin_deprecations

PROBE = '''
from qgis.core import QgsCoordinateReferenceSystem


def deprecated_call():
    return QgsCoordinateReferenceSystem.fromProj4("+proj=longlat +datum=WGS84 +no_defs")
'''


def _module(name: str) -> types.ModuleType:
    """A module called ``name`` whose deprecated_call() makes a deprecated QGIS call."""
    module = types.ModuleType(name)
    exec(compile(PROBE, f"<{name}>", "exec"), module.__dict__)  # noqa: S102 (a fixed test snippet)
    return module


@pytest.fixture
def deprecated_api():
    """Skip where QGIS no longer has the deprecated call the probe makes (deprecated since 3.10)."""
    if not hasattr(QgsCoordinateReferenceSystem, "fromProj4"):
        pytest.skip("this QGIS has no QgsCoordinateReferenceSystem.fromProj4")


def test_deprecated_call_from_plugin_module_fails(deprecated_api):
    """A deprecated call made in zoning_review.* raises once the filter is on."""
    with warnings.catch_warnings():
        assert error_on_plugin_deprecations(since=0)
        with pytest.raises(DeprecationWarning, match="fromProj4"):
            _module("zoning_review.plugin.probe").deprecated_call()


def test_deprecated_call_elsewhere_only_warns(deprecated_api):
    """The same call from another module (QGIS, Processing, a test) is left alone."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert error_on_plugin_deprecations(since=0)
        _module("zoning_review_tools.probe").deprecated_call()
    assert [str(w.message) for w in caught] == ["QgsCoordinateReferenceSystem.fromProj4() is deprecated"]


def test_off_before_the_checked_version():
    """Nothing is installed on a QGIS older than ``since``."""
    with warnings.catch_warnings():
        before = list(warnings.filters)
        assert not error_on_plugin_deprecations(since=10**9)
        assert warnings.filters == before
