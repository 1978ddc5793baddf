"""The siting screen on the national-scale unit layer: every unit for a new C2614 project, with the
rule zones drawn (as the dock and the algorithm ask) and then without them (``nozones_`` figures).

Hook for run_bench.py: ``from bench_siting import run_siting`` and call ``run_siting(CACHE)``;
it returns JSON-ready figures (seconds by stage, units per verdict). Run alone with
``.venv/bin/python tools/bench/bench_siting.py``.
"""

import sys
import time
from pathlib import Path
from typing import Any, Dict

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from qgis_parts import ROOT, layer, start_qgis  # noqa: E402

CONSTRAINTS = ("red_line", "water_source", "river_bank")
ATTRIBUTES = {"capacity_increase": True, "major_infrastructure": False, "water_supply_facility": False,
              "discharges_pollutants": True, "investment_wan": 50000, "vocs_tpa": 0, "boiler_tph": 0,
              "water_m3d": 100}


def run_siting(cache: Path) -> Dict[str, Any]:
    """Screen every unit of units.gpkg with the example rules and the bench's constraint layers."""
    start_qgis()
    from qgis.core import QgsProject

    from zoning_review.plugin.core.inputs.bindings import UnitBinding
    from zoning_review.plugin.core.model.project import ProjectDescription
    from zoning_review.plugin.core.rules.loader import load_ruleset
    from zoning_review.plugin.core.siting.layers import SourceRef
    from zoning_review.plugin.core.siting.screen import SitingInputs, SitingScreen

    ruleset = load_ruleset(str(ROOT / "rules" / "examples" / "xiongan_example.yaml")).ruleset
    units = layer(cache, "units.gpkg", "control_units")
    constraints = {name: SourceRef.of(layer(cache, "constraints.gpkg", name)) for name in CONSTRAINTS}
    project = ProjectDescription("bench", "C2614", "new", None, dict(ATTRIBUTES))
    binding = UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL")
    context = QgsProject.instance().transformContext()
    figures: Dict[str, Any] = {}
    for with_zones, prefix in ((True, ""), (False, "nozones_")):
        started = time.perf_counter()
        screen = SitingScreen(SitingInputs(SourceRef.of(units), binding, ruleset, project, constraints,
                                           context, with_zones=with_zones))
        result = screen.run()
        figures[f"siting_{prefix}total_s"] = time.perf_counter() - started
        figures.update({f"{prefix}{stage}_s": seconds for stage, seconds in result.timings.items()
                        if stage not in ("evaluations", "total")})
        if with_zones:
            figures["units"] = len(result.units)
            figures["evaluations"] = int(result.timings["evaluations"])
            figures["zones"] = sum(len(u.zones) for u in result.units)
            figures.update({f"n_{verdict}": count for verdict, count in result.tally().items()})
        else:
            figures["nozones_same_verdicts"] = all(
                figures[f"n_{verdict}"] == count for verdict, count in result.tally().items())
        del screen, result  # the next run starts without the previous results in memory
    return figures


if __name__ == "__main__":
    import json

    from build_data import CACHE

    print(json.dumps(run_siting(CACHE), indent=2))
