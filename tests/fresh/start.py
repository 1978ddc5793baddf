"""A new QGIS process for a script of this folder: QGIS started, the checkout imported as ``zoning_review`` and
Processing with the plugin's provider loaded — and nothing else made on the main thread, as in a new session."""

import importlib.util
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")
sys.path.append(str(ROOT / "tests" / "e2e" / "support"))  # task_threads, for the scripts here

from qgis.core import QgsApplication  # noqa: E402 - after the paths
from qgis.PyQt.QtCore import QCoreApplication  # noqa: E402

APP = QgsApplication([], False)
APP.initQgis()
_spec = importlib.util.spec_from_file_location("zoning_review", ROOT / "__init__.py",
                                               submodule_search_locations=[str(ROOT)])
_module = importlib.util.module_from_spec(_spec)
sys.modules["zoning_review"] = _module
_spec.loader.exec_module(_module)


_PROVIDERS = []  # the plugin's provider, kept referenced while the process runs


def start_processing() -> None:
    """Processing with the plugin's provider."""
    from processing.core.Processing import Processing

    from zoning_review.plugin.processing.provider import ZoningReviewProvider

    Processing.initialize()
    provider = ZoningReviewProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    _PROVIDERS.append(provider)


def wait_for(done, seconds: float = 300) -> None:
    """Process events until ``done()`` (a task's end); AssertionError after ``seconds``."""
    deadline = time.time() + seconds
    while not done() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert done(), "the task never finished"


def report(values: dict) -> None:
    """Hand the script's findings to the test that ran it (the last line of its output), then end the process
    without Python's teardown: objects it frees after QGIS's own exit crash it, which says nothing of the work."""
    print(json.dumps(values, ensure_ascii=False), flush=True)
    sys.stderr.flush()
    os._exit(0)
