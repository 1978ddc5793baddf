"""E2E (second run): open the project saved by judge_review.py in a fresh QGIS; the review comes back."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import pump, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402


def main(iface):
    """Open the dock, then the saved project; wait for the restored review."""
    plugin = qgis.utils.plugins["zoning_review"]
    plugin.action.trigger()
    dock = plugin.dock
    pump(0.3)
    assert QgsProject.instance().read(os.environ["ZR_E2E_SAVE_TO"])
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the restored review")
    pump(0.8)
    description = dock.form.project()
    return {"verdict": str(dock.runner.verdict()), "banner": dock.banner.text(),
            "judgements": sorted(j.key[1:] + (j.word, j.remark, j.reviewer) for j in dock.runner.judgements),
            "opinion": dock.opinion.toPlainText(), "name": description.name, "industry": description.industry,
            "attributes": description.attributes, "saved": [dock.saved.combo.itemText(i)
                                                            for i in range(dock.saved.combo.count())],
            "current": dock.saved.combo.currentText(), "site_area": dock.runner.reviews[0].overlay.site_area_m2}
