"""Build the bundled sample: sample/xiongan_sample.gpkg, sample/xiongan_review.qgz, README.

Run with ``.venv/bin/python tools/build_sample.py``. Deterministic: a fixed seed, stable order;
only the GeoPackage/project timestamps and QGIS layer ids change between runs.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np
import shapely
from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_geometry import COUNTIES, Piece, load_counties, polygons_of, to_ll, to_m, union  # noqa: E402
from sample_layout import SEED, Constraints, build_constraints, build_pieces  # noqa: E402
from sample_sites import Context, SiteSpec, Unit, place, site_specs, verify  # noqa: E402
from sample_text import (  # noqa: E402
    CATEGORY_DIGIT,
    CATEGORY_LABEL,
    PROSE_FIELDS,
    cell_name,
    prose_for,
    unit_code,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample"
GPKG = SAMPLE / "xiongan_sample.gpkg"
PROJECT = SAMPLE / "xiongan_review.qgz"
README = SAMPLE / "README.md"
PROV = "河北省"
CITY = "保定市（雄安新区）"
RED_LINE_NAME = "白洋淀生态保护红线（示意）"
KIND_RANK = {"red": 0, "town": 1, "park": 2, "cell": 3}
ZLCB_YES = {("130629", "town"), ("130638", "town"), ("130632", "cell-key")}


@dataclass
class UnitRecord:
    """A finished unit: attributes plus lon/lat geometry."""

    piece: Piece
    attrs: Dict[str, Optional[str]]

    @property
    def code(self) -> str:
        """The unit code."""
        return str(self.attrs["HJGKDYBM"])


def _order_key(piece: Piece) -> Tuple[str, str, int, float, float]:
    """Stable unit order: county, category digit, kind, north to south, west to east."""
    point = piece.geom.representative_point()
    return (piece.county, CATEGORY_DIGIT[piece.category], KIND_RANK[piece.kind],
            -round(point.y, 6), round(point.x, 6))


def _zlcb(piece: Piece) -> str:
    """The total-control switch: 是 on two town units and one key cell."""
    kind = "cell-key" if piece.kind == "cell" and piece.category == "key" else piece.kind
    return "是" if (piece.county, kind) in ZLCB_YES else "否"


def make_units(pieces: List[Piece]) -> List[UnitRecord]:
    """Codes, names, categories and the ZLCB switch (prose is filled later)."""
    ordered = sorted(pieces, key=_order_key)
    seq: Dict[Tuple[str, str], int] = {}
    cell_seq: Dict[Tuple[str, str], int] = {}
    cell_total: Dict[Tuple[str, str], int] = {}
    for p in ordered:
        if p.kind == "cell":
            cell_total[(p.county, p.category)] = cell_total.get((p.county, p.category), 0) + 1
    units: List[UnitRecord] = []
    for piece in ordered:
        key = (piece.county, CATEGORY_DIGIT[piece.category])
        seq[key] = seq.get(key, 0) + 1
        name = piece.label
        if piece.kind == "cell":
            ckey = (piece.county, piece.category)
            cell_seq[ckey] = cell_seq.get(ckey, 0) + 1
            name = cell_name(COUNTIES[piece.county], piece.category, cell_seq[ckey],
                             cell_total[ckey])
        attrs: Dict[str, Optional[str]] = {
            "HJGKDYBM": unit_code(piece.county, piece.category, seq[key]),
            "HJGKDYMC": name,
            "ZHGKDYFL": CATEGORY_LABEL[piece.category],
            "PROV": PROV,
            "CITY": CITY,
            "COUNTY": COUNTIES[piece.county],
            "ZLCB": _zlcb(piece),
        }
        units.append(UnitRecord(piece, attrs))
    return units


def make_context(units: List[UnitRecord], counties: Dict[str, BaseGeometry],
                 cons: Constraints) -> Context:
    """Metric view of units and constraints for the site checks."""
    checks = [Unit(u.code, u.piece.county, u.piece.kind, u.piece.category,
                   str(u.attrs["ZLCB"]), to_m(u.piece.geom)) for u in units]
    grade1 = union([g for _, grade, g in cons.water_source if grade == "I"])
    whole = union([g for _, _, g in cons.water_source])
    return Context(
        units=checks,
        area_m=to_m(union(list(counties.values()))),
        red_m=to_m(cons.red_line),
        ws1_m=to_m(grade1),
        ws2_m=to_m(whole),
        river_m=to_m(cons.river),
        park_m=to_m(union([g for _, g in cons.parks])),
    )


def place_sites(specs: List[SiteSpec], ctx: Context) -> Dict[str, BaseGeometry]:
    """Place every site (metric search), store in lon/lat and re-verify the stored shape."""
    sites: Dict[str, BaseGeometry] = {}
    for spec in specs:
        site_ll = to_ll(place(spec, ctx))
        verify(spec, to_m(site_ll), ctx)
        sites[spec.site_id] = site_ll
    return sites


def touched_codes(site_ll: BaseGeometry, units: List[UnitRecord]) -> List[str]:
    """Codes of the units a site overlaps with positive area (lon/lat data)."""
    return [u.code for u in units if u.piece.geom.intersects(site_ll)
            and u.piece.geom.intersection(site_ll).area > 0]


def fill_prose(units: List[UnitRecord], empty: List[str]) -> None:
    """Fill the four prose fields per unit (seeded per unit); NULL on the ``empty`` units."""
    for index, unit in enumerate(units):
        rng = np.random.default_rng([SEED, index])
        prose = prose_for(unit.piece.category, rng)
        for name in PROSE_FIELDS:
            unit.attrs[name] = None if unit.code in empty else prose[name]


def check_cross_facts(sites: Dict[str, BaseGeometry], units: List[UnitRecord]) -> List[str]:
    """Enforce the scenario facts that span sites; return the codes whose prose stays empty."""
    touched = {sid: touched_codes(g, units) for sid, g in sites.items()}
    if touched["S01"] != touched["S03"] or len(touched["S01"]) != 1:
        raise RuntimeError(f"S01/S03 must share one unit: {touched['S01']} {touched['S03']}")
    if touched["S07"] == touched["S08"]:
        raise RuntimeError("S07 and S08 must lie in different units")
    empty = touched["S01"] + touched["S08"]
    for sid, codes in touched.items():
        if sid not in ("S01", "S03", "S08") and set(codes) & set(empty):
            raise RuntimeError(f"{sid} touches a unit without prose: {codes}")
        single = sid not in ("S05", "S10")
        if single and len(codes) != 1:
            raise RuntimeError(f"{sid} must lie in one unit: {codes}")
        if not single and len(codes) < 2:
            raise RuntimeError(f"{sid} must cross units: {codes}")
    by_code = {u.code: u for u in units}
    if not any(by_code[c].piece.category == "priority" for c in touched["S05"]):
        raise RuntimeError("S05 must cross a priority unit")
    return empty


def check_tiling(units: List[UnitRecord], counties: Dict[str, BaseGeometry]) -> None:
    """Units are valid and tile each county (area agreement and no overlaps)."""
    for code, county in counties.items():
        mine = [u.piece.geom for u in units if u.piece.county == code]
        if not all(g.is_valid for g in mine):
            raise RuntimeError(f"invalid unit geometry in {code}")
        total = sum(to_m(g).area for g in mine)
        if abs(total / to_m(county).area - 1) > 1e-5:
            raise RuntimeError(f"units do not tile {code}")
    stored = [MultiPolygon(polygons_of(u.piece.geom)) for u in units]
    tree = shapely.STRtree(stored)
    for i, geom in enumerate(stored):
        for j in tree.query(geom):
            if j > i and to_m(shapely.intersection(geom, stored[j])).area > 1e-3:
                raise RuntimeError(f"units overlap: {units[i].code} {units[j].code}")
    if not 30 <= len(units) <= 50:
        raise RuntimeError(f"{len(units)} units, wanted 30–50")


def build() -> Dict[str, object]:
    """Build all geometry and attributes (no QGIS needed); return everything to write."""
    rng = np.random.default_rng(SEED)
    counties = load_counties()
    cons = build_constraints(counties, rng)
    units = make_units(build_pieces(counties, cons, rng))
    check_tiling(units, counties)
    ctx = make_context(units, counties, cons)
    specs = site_specs()
    sites = place_sites(specs, ctx)
    empty = check_cross_facts(sites, units)
    fill_prose(units, empty)
    return {"counties": counties, "cons": cons, "units": units, "specs": specs,
            "sites": sites, "empty": empty, "ctx": ctx}


def main() -> int:
    """Build, write the GeoPackage, styles, project and README."""
    os.environ["QT_HASH_SEED"] = "0"  # stable XML attribute order in styles and project
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import sample_output  # noqa: PLC0415 - imports PyQGIS

    data = build()
    sample_output.write_all(data, GPKG, PROJECT, README)
    sample_output.print_summary(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
