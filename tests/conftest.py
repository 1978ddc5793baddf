"""Test set-up: the checkout is imported as the package ``zoning_review``, whatever its folder name."""

import gc
import importlib.util
import os
import sys
from pathlib import Path

import hypothesis  # noqa: F401 - imported now: its plugin's late import at exit crashes QGIS 3.44
import pytest

ROOT = Path(__file__).resolve().parents[1]
PROCESSING_PATH = "/usr/share/qgis/python/plugins"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if PROCESSING_PATH not in sys.path:
    sys.path.append(PROCESSING_PATH)


def _register_package() -> None:
    """Import the checkout as ``zoning_review`` so relative imports resolve as in QGIS."""
    if "zoning_review" in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        "zoning_review", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["zoning_review"] = module
    spec.loader.exec_module(module)


_register_package()

from tests.qgis_deprecations import error_on_plugin_deprecations  # noqa: E402 - needs the package above


@pytest.fixture(autouse=True)
def _plugin_deprecations_fail():
    """Deprecated QGIS calls made by the plugin's own modules fail the test on QGIS >= 3.44."""
    error_on_plugin_deprecations()
    yield


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout (the plugin folder)."""
    return ROOT


@pytest.fixture(scope="session")
def sample_gpkg() -> Path:
    """The bundled sample GeoPackage."""
    return ROOT / "sample" / "xiongan_sample.gpkg"


@pytest.fixture(scope="session")
def example_rules() -> Path:
    """The example rule set used by the sample."""
    return ROOT / "rules" / "examples" / "xiongan_example.yaml"


@pytest.fixture(scope="module")
def ruleset(example_rules):
    """The example rule set, loaded once per test module (a module may define its own ``ruleset``)."""
    from zoning_review.plugin.core.rules.loader import load_ruleset

    result = load_ruleset(str(example_rules))
    assert result.ruleset is not None, result.text("en")
    return result.ruleset


def _sample_layer(gpkg: Path, name: str):
    """A sample layer, opened read-only from the bundled GeoPackage."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), f"sample layer {name} did not open"
    layer.setReadOnly(True)
    return layer


@pytest.fixture
def units_layer(qgis_app, sample_gpkg):
    """The sample's control units (a fresh layer per test)."""
    return _sample_layer(sample_gpkg, "control_units")


@pytest.fixture
def sites_layer(qgis_app, sample_gpkg):
    """The sample's ten candidate sites (a fresh layer per test)."""
    return _sample_layer(sample_gpkg, "sites")


@pytest.fixture
def river_bank_layer(qgis_app, sample_gpkg):
    """The sample's river-bank line (a fresh layer per test)."""
    return _sample_layer(sample_gpkg, "river_bank")


@pytest.fixture()
def sample_project(qgis_new_project, sample_gpkg, tmp_path):
    """The sample layers (from a private copy of the GeoPackage) in a fresh project."""
    import shutil

    from qgis.core import QgsProject, QgsVectorLayer

    from tests.sample_project import LAYERS

    gpkg = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    project = QgsProject.instance()
    for name in LAYERS:
        loaded = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        assert loaded.isValid(), name
        project.addMapLayer(loaded)
    yield project
    project.clear()


@pytest.fixture()
def dock(qgis_iface, sample_project, qtbot):
    """The dock on the sample project, torn down afterwards."""
    from zoning_review.plugin.gui.dock import ZoningReviewDock

    widget = ZoningReviewDock(qgis_iface)
    qtbot.addWidget(widget)
    yield widget
    widget.teardown()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests leave files for a human look (git-ignored; per QGIS version in the matrix)."""
    path = Path(os.environ.get("ZR_ARTIFACTS") or ROOT / "tests" / "artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def postgis(qgis_app, sample_gpkg):
    """A private PostGIS server holding the sample's layers; no test may change them."""
    from tests.postgis_server import SAMPLE_TABLES, start_server

    server = start_server()
    try:
        for table in SAMPLE_TABLES:
            server.load(sample_gpkg, table)
        assert server.psql("SELECT count(*) FROM sites WHERE boiler_tph IS NULL") != "0"  # NULLs stay NULL
        before = {table: server.checksum(table) for table in SAMPLE_TABLES}
        yield server
        assert {table: server.checksum(table) for table in SAMPLE_TABLES} == before
    finally:
        server.stop()


@pytest.fixture(scope="module")
def sample_in_both(postgis, sample_gpkg):
    """Each sample layer twice: from the PostGIS server and from the GeoPackage."""
    from qgis.core import QgsVectorLayer

    from tests.overlay_helpers import dispose
    from tests.postgis_server import SAMPLE_TABLES

    database = {table: postgis.layer(table) for table in SAMPLE_TABLES}
    files = {table: QgsVectorLayer(f"{sample_gpkg}|layername={table}", table, "ogr") for table in SAMPLE_TABLES}
    yield database, files
    dispose(*database.values(), *files.values())


@pytest.fixture(scope="session")
def zr_processing(qgis_app):
    """Processing initialised with the Zoning Review provider registered (kept referenced)."""
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from zoning_review.plugin.processing.provider import ZoningReviewProvider

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("zoningreview")
    if provider is None:
        provider = ZoningReviewProvider()
        registry.addProvider(provider)
    yield provider


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """Before the last test's teardown ends the QGIS application (a session fixture), let go of the objects its
    arguments and the failures' tracebacks hold, and collect them: a layer freed after QGIS has exited crashes the
    process (a file run alone ended in a segfault; one with a failed test, in pytest's last garbage collection, so
    the failures were never reported)."""
    if nextitem is None:
        item.funcargs.clear()
        for name in ("last_type", "last_value", "last_traceback", "last_exc"):  # kept by pytest for post-mortems
            if hasattr(sys, name):
                delattr(sys, name)
        gc.collect()


_TASKS_SEEN: dict = {}  # a QGIS task still active at a test's end: its id → the test it was first seen after
_TASKS_OUTLIVING: list = []  # what was said of each task still active a test after it was first seen


def pytest_runtest_logfinish(nodeid, location):
    """Name on stderr a QGIS task still active a test after it was first seen active (one that hangs starves the
    task manager's two threads, and the tests after it fail waiting for their own tasks; 3.40, seen on CI)."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        return
    manager = QgsApplication.taskManager()
    for task in manager.activeTasks():
        key = manager.taskId(task)
        first = _TASKS_SEEN.setdefault(key, nodeid)
        if first and first != nodeid:
            from tests.task_report import task_line, thread_stacks

            line = (f"[QGIS task still active] {task_line(task)}: active after {first}, still after {nodeid}\n"
                    f"{thread_stacks()}")
            sys.__stderr__.write(f"\n{line}\n")
            _TASKS_OUTLIVING.append(line)
            _TASKS_SEEN[key] = ""  # named once


def pytest_terminal_summary(terminalreporter):
    """Name again, at the end, the QGIS tasks that outlived their test (CI shows the end of the output)."""
    for line in _TASKS_OUTLIVING:
        terminalreporter.write_line(line)


_EXIT_STATUS = {"code": 0}


def pytest_sessionfinish(session, exitstatus):
    """Remember the session's exit status for pytest_unconfigure."""
    _EXIT_STATUS["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without Python's finalisation: QGIS objects torn down at exit can segfault (3.22)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS["code"])
