"""`make demo`: review the bundled sample's ten sites headless with qgis_process.

Runs zoningreview:reviewsites in a throwaway QGIS profile with this checkout as the plugin, against
the example lists as a bureau has them: the province's general list, the counties' category list and
the unit list (rules/examples/layered/, stacked in that order). Writes FINDINGS/SUMMARY GeoPackages
and the review notes into demo-output/, and prints one line per site: id, verdict, units touched and
the deciding reason.
"""

import argparse
import re
import shutil
import sys
from pathlib import Path

from qgis_process_env import ROOT, QgisProcess

SAMPLE = ROOT / "sample" / "xiongan_sample.gpkg"
LAYERED = ROOT / "rules" / "examples" / "layered"
RULES = [LAYERED / "xiongan_province.yaml", LAYERED / "xiongan_county.yaml", LAYERED / "xiongan_units.yaml"]
CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")


def demo_parameters(out: Path, lang: str, notes: str) -> dict:
    """The reviewsites parameters for the sample."""
    return {
        "SITES": f"{SAMPLE}|layername=sites",
        "UNITS": f"{SAMPLE}|layername=control_units",
        "RULES": [str(path) for path in RULES],
        "CONSTRAINTS": [f"{SAMPLE}|layername={name}" for name in CONSTRAINTS],
        "LANGUAGE": 0 if lang == "zh" else 1,
        "REPORT_FORMAT": {"none": 0, "html": 1, "pdf": 2, "docx": 3}[notes],
        "REPORT_FOLDER": str(out / "notes"),
        "FINDINGS": str(out / "findings.gpkg"),
        "SUMMARY": str(out / "summary.gpkg"),
    }


def summary_lines(summary: Path, findings: Path) -> list:
    """One line per site read back from the SUMMARY and FINDINGS layers."""
    from osgeo import ogr

    units = {}
    data = ogr.Open(str(findings))
    for feature in data.GetLayer(0):
        units.setdefault(feature.GetField("site_id"), []).append(feature.GetField("unit_code"))
    lines = []
    data = ogr.Open(str(summary))
    for feature in sorted(data.GetLayer(0), key=lambda f: f.GetField("site_id")):
        site = feature.GetField("site_id")
        touched = ", ".join(sorted(units.get(site, []))) or "—"
        reason = feature.GetField("reason") or ""
        if len(reason) > 240:
            reason = re.split(r"[;；](?=[^;；]*$)", reason[:240])[0] + " …"
        lines.append(f"{site}  {feature.GetField('verdict_text'):<22}  units: {touched}\n      {reason}")
    return lines


def missing_notes(summary: Path, notes_folder: Path) -> list:
    """Sites whose review notes were not written (no path in SUMMARY, or no file there)."""
    from osgeo import ogr

    missing = []
    data = ogr.Open(str(summary))
    for feature in data.GetLayer(0):
        name = feature.GetField("notes") or ""
        if not name or not (notes_folder / name).is_file() or (notes_folder / name).stat().st_size == 0:
            missing.append(feature.GetField("site_id"))
    return sorted(missing)


def main() -> int:
    """Run the demo and print the results."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "demo-output"))
    parser.add_argument("--lang", choices=("zh", "en"), default="en")
    parser.add_argument("--notes", choices=("none", "html", "pdf", "docx"), default="html")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    with QgisProcess() as qgis:
        proc, _result = qgis.run("zoningreview:reviewsites", demo_parameters(out, args.lang, args.notes))
    if proc.returncode != 0:
        print(proc.stdout[-3000:], proc.stderr[-3000:], sep="\n", file=sys.stderr)
        print("reviewsites failed", file=sys.stderr)
        return 1
    print("Lists, stacked: " + ", ".join(str(path.relative_to(ROOT)) for path in RULES) + "\n")
    print("\n".join(summary_lines(out / "summary.gpkg", out / "findings.gpkg")))
    print(f"\nResults in {out}:\n  summary.gpkg (one row per site, verdict and reason)\n"
          f"  findings.gpkg (one row per site × unit, with every finding as JSON)")
    if args.notes == "none":
        return 0
    print(f"  notes/index.html (review notes, {args.notes.upper()})")
    missing = missing_notes(out / "summary.gpkg", out / "notes")
    if missing:
        print(proc.stderr[-3000:], file=sys.stderr)
        print(f"The review notes of {len(missing)} site(s) could not be written: {', '.join(missing)}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
