"""The ten candidate sites: attributes, shapes, scenario predicates and a deterministic placement."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import shapely
from sample_geometry import ll_point_m, rect_m, strip_m
from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry

SEARCH_STEP_M = 60.0
SEARCH_RADIUS_M = 3000.0
EDGE_MARGIN_M = 30.0  # a single-unit site stays this far inside its unit
CLEAR_M = 150.0  # "outside" a constraint means at least this far from it


@dataclass
class Unit:
    """A built unit as the site checks see it."""

    code: str
    county: str
    kind: str
    category: str
    zlcb: str
    geom_m: BaseGeometry
    prose: bool = True


@dataclass
class Context:
    """Metric geometries of everything a site predicate looks at."""

    units: List[Unit]
    area_m: BaseGeometry
    red_m: BaseGeometry
    ws1_m: BaseGeometry
    ws2_m: BaseGeometry
    river_m: BaseGeometry
    park_m: BaseGeometry

    def touched(self, site: BaseGeometry, margin: float = 0.0) -> List[Unit]:
        """Units the site (grown by margin) overlaps with positive area, in layer order."""
        probe = site.buffer(margin) if margin else site
        return [u for u in self.units if u.geom_m.intersects(probe)
                and u.geom_m.intersection(probe).area > 1e-3]

    def clear_of_all(self, site: BaseGeometry, skip: Sequence[str] = ()) -> Optional[str]:
        """None if the site keeps clear of every constraint not in ``skip``, else a reason."""
        layers = {"red_line": self.red_m, "water_source": self.ws2_m,
                  "industrial_park": self.park_m}
        for name, geom in layers.items():
            if name not in skip and site.distance(geom) < CLEAR_M:
                return f"too close to {name}"
        return None

    def river_distance(self, site: BaseGeometry) -> float:
        """Planar distance from the site to the river line in metres."""
        return float(site.distance(self.river_m))


Check = Callable[[BaseGeometry, Context], Optional[str]]


@dataclass
class SiteSpec:
    """One site: attributes, shape around a centre and the scenario it must meet."""

    site_id: str
    attrs: Dict[str, object]
    anchor: Tuple[float, float]
    shape: Callable[[Tuple[float, float]], Polygon]
    check: Check
    where: str
    verdict: str
    why: str
    extra: Dict[str, str] = field(default_factory=dict)


def one_unit(site: BaseGeometry, ctx: Context) -> Optional[Unit]:
    """The single unit that holds the site with a margin, or None."""
    units = ctx.touched(site, EDGE_MARGIN_M)
    return units[0] if len(units) == 1 else None


def _single(pred: Callable[[Unit], bool], label: str) -> Check:
    """A check: the site lies in exactly one unit, which satisfies pred."""

    def run(site: BaseGeometry, ctx: Context) -> Optional[str]:
        unit = one_unit(site, ctx)
        if unit is None:
            return "not inside exactly one unit"
        return None if pred(unit) else f"unit is not {label}"

    return run


def _all(*checks: Check) -> Check:
    """Combine checks; the first failure wins."""

    def run(site: BaseGeometry, ctx: Context) -> Optional[str]:
        for check in checks:
            reason = check(site, ctx)
            if reason:
                return reason
        return None

    return run


def _clear(*skip: str) -> Check:
    """Keep clear of all constraint polygons except the named ones."""
    return lambda site, ctx: ctx.clear_of_all(site, skip)


def _river(lo: float, hi: float) -> Check:
    """Distance to river_bank within [lo, hi] metres."""

    def run(site: BaseGeometry, ctx: Context) -> Optional[str]:
        d = ctx.river_distance(site)
        return None if lo <= d <= hi else f"river distance {d:.0f} m not in [{lo}, {hi}]"

    return run


def _inside(attr: str, inset: float) -> Check:
    """The site lies inside the named context polygon, at least ``inset`` m from its edge."""

    def run(site: BaseGeometry, ctx: Context) -> Optional[str]:
        geom = getattr(ctx, attr)
        return None if geom.buffer(-inset).contains(site) else f"not inside {attr}"

    return run


def _overlaps(attr: str, min_share: float, max_share: float = 1.0) -> Check:
    """The share of the site's area inside the named polygon lies in [min_share, max_share]."""

    def run(site: BaseGeometry, ctx: Context) -> Optional[str]:
        share = site.intersection(getattr(ctx, attr)).area / site.area
        ok = min_share <= share <= max_share
        return None if ok else f"share in {attr} {share:.2f} not in [{min_share}, {max_share}]"

    return run


def _crosses_units(predicates: Sequence[Callable[[Unit], bool]], min_share: float) -> Check:
    """The site overlaps exactly these units (one per predicate), each with a real share."""

    def run(site: BaseGeometry, ctx: Context) -> Optional[str]:
        units = ctx.touched(site, EDGE_MARGIN_M)
        if len(units) != len(predicates):
            return f"touches {len(units)} units"
        for unit in units:
            if unit.geom_m.intersection(site).area / site.area < min_share:
                return "a crossed unit holds too small a share"
        free = list(units)
        for pred in predicates:
            match = next((u for u in free if pred(u)), None)
            if match is None:
                return "crossed units are not of the wanted kinds"
            free.remove(match)
        return None

    return run


def _min_units_with(count: int, pred: Callable[[Unit], bool]) -> Check:
    """The site overlaps at least ``count`` units, one of which satisfies pred."""

    def run(site: BaseGeometry, ctx: Context) -> Optional[str]:
        units = ctx.touched(site)
        if len(units) < count:
            return f"touches only {len(units)} units"
        return None if any(pred(u) for u in units) else "no wanted unit crossed"

    return run


def _box(width: float, height: float, angle: float) -> Callable[[Tuple[float, float]], Polygon]:
    """Shape factory: a rotated rectangle around the centre."""
    return lambda c: rect_m(c, width, height, angle)


def _road(dx: float, dy: float, width: float) -> Callable[[Tuple[float, float]], Polygon]:
    """Shape factory: a straight road corridor from the centre to centre + (dx, dy)."""
    return lambda c: strip_m(LineString([c, (c[0] + dx, c[1] + dy)]), width)


def _is(county: str, kind: str) -> Callable[[Unit], bool]:
    """Unit predicate: given county and kind."""
    return lambda u: u.county == county and u.kind == kind


def _attrs(name: str, industry: str, construction: str, catalogue: str, boiler: Optional[float],
           invest: float, vocs: float, water: float, discharges: bool, supply: bool,
           major: bool, increase: bool) -> Dict[str, object]:
    """The attribute record of a site (None = NULL = not given)."""
    return {
        "name": name, "industry": industry, "construction": construction, "catalogue": catalogue,
        "boiler_tph": boiler, "investment_wan": invest, "vocs_tpa": vocs, "water_m3d": water,
        "discharges_pollutants": discharges, "water_supply_facility": supply,
        "major_infrastructure": major, "capacity_increase": increase,
    }


def site_specs() -> List[SiteSpec]:
    """The ten scenario sites of the shared sketch."""
    general = (lambda u: u.category == "general", "general")
    return [
        SiteSpec("S01", _attrs("某计算机整机制造项目", "C3911", "新建", "鼓励类", 0.0, 50000.0, 0.0,
                               150.0, False, False, False, True),
                 (116.180, 38.984), _box(600, 450, 8),
                 _all(_single(_is("130638", "park"), "the Xiongxian park unit"),
                      _inside("park_m", 30), _river(1200, 1e9), _clear("industrial_park")),
                 "雄县经济开发区（示意）北部", "compliant",
                 "园区正面清单行业（C39），投资5亿元≥3亿元，远离河岸、红线和水源地，所在单元无文本条款"),
        SiteSpec("S02", _attrs("某有机化学原料制造项目", "C2614", "新建", "", 0.0, 20000.0, 12.0,
                               300.0, True, False, False, True),
                 (116.100, 38.962), _box(380, 300, -6),
                 _all(_single(_is("130638", "town"), "the Xiongxian town unit"),
                      _river(550, 700), _clear()),
                 "雄县城镇重点管控单元南部，大清河（示意）北岸约600 m", "non_compliant",
                 "新建化工（C26）距河岸不足1 km，且重点管控单元内化工项目须入园"),
        SiteSpec("S03", _attrs("某有机化学原料生产装置改建项目", "C2614", "改建", "", 0.0, 40000.0, 0.0,
                               200.0, True, False, False, False),
                 (116.156, 38.969), _box(300, 260, 8),
                 _all(_single(_is("130638", "park"), "the Xiongxian park unit"),
                      _inside("park_m", 30), _river(200, 850), _clear("industrial_park")),
                 "雄县经济开发区（示意）西南角，距河岸不足1 km", "compliant",
                 "化工改建且不新增产能，属距河1 km禁止条款的除外情形；位于园区内，投资4亿元"),
        SiteSpec("S04", _attrs("白洋淀某度假酒店项目", "H6110", "新建", "", 0.0, 30000.0, 0.0, 200.0,
                               True, False, False, True),
                 (115.965, 38.893), _box(220, 150, 15),
                 _all(_single(lambda u: u.kind == "red", "a red-line unit"),
                      _inside("red_m", 30), _clear("red_line")),
                 "白洋淀生态保护红线（示意）内", "non_compliant",
                 "新建酒店占用生态保护红线，且非重大基础设施"),
        SiteSpec("S05", _attrs("某公路新建工程", "E4812", "新建", "", 0.0, 120000.0, 0.0, 0.0, False,
                               False, True, False),
                 (115.985, 38.945), _road(500, -4600, 40),
                 _all(_overlaps("red_m", 0.15, 0.85),
                      _min_units_with(2, lambda u: u.kind == "red"), _clear("red_line")),
                 "自安新县城东侧向南穿越白洋淀红线（示意）", "needs_study",
                 "重大基础设施可作为红线和优先保护单元禁止条款的除外，但穿越的优先保护单元有文本条款需人工核查"),
        SiteSpec("S06", _attrs("某面粉加工项目", "C1312", "新建", "", None, 8000.0, 0.0, 50.0, True,
                               False, False, True),
                 (115.760, 38.860), _box(250, 180, -10),
                 _all(_single(*general), _clear(), _river(1000, 1e9)),
                 "安新县西部一般管控单元", "needs_study",
                 "未申报锅炉规模（boiler_tph 为空），无法判断35蒸吨/小时以下燃煤锅炉禁止条款"),
        SiteSpec("S07", _attrs("某酒精制造项目", "C1511", "新建", "", 0.0, 15000.0, 0.0, 400.0, True,
                               False, False, True),
                 (116.164, 39.092), _box(200, 120, 20),
                 _all(_single(*general), _overlaps("ws1_m", 0.2, 0.8),
                      _clear("water_source")),
                 "雄县城区水源地（示意）一级保护区东缘", "non_compliant",
                 "与饮用水水源一级保护区重叠，且不是供水设施；同时排污进入二级保护区"),
        SiteSpec("S08", _attrs("某水厂取水及净水设施工程", "D4610", "新建", "鼓励类", 0.0, 6000.0, 0.0,
                               30.0, False, True, False, True),
                 (115.800, 39.095), _box(130, 110, 0),
                 _all(_single(*general), _inside("ws1_m", 20), _clear("water_source")),
                 "容城县城区水源地（示意）一级保护区内", "compliant",
                 "供水设施属一级保护区禁止条款的除外情形，不排污；所在一般管控单元无文本条款"),
        SiteSpec("S09", _attrs("某超薄塑料购物袋生产项目", "C2927", "新建", "淘汰类", 0.0, 3000.0, 1.5,
                               20.0, False, False, False, True),
                 (116.280, 39.080), _box(260, 200, 5),
                 _all(_single(*general), _clear(), _river(1000, 1e9)),
                 "雄县东北部一般管控单元", "non_compliant",
                 "属《产业结构调整指导目录》淘汰类"),
        SiteSpec("S10", _attrs("某金属表面处理项目", "C3360", "新建", "", 0.0, 12000.0, 5.0, 80.0,
                               True, False, False, True),
                 (115.870, 39.032), _box(420, 300, 0),
                 _all(_crosses_units([_is("130629", "town"), lambda u: u.category == "general"],
                                     0.2), _clear(), _river(1000, 1e9)),
                 "容城县城镇重点管控单元北缘，跨一般管控单元", "non_compliant",
                 "跨两个单元；容城城镇重点管控单元禁止新建除C39外的工业项目（U-RC-01）；"
                 "总量超标（ZLCB=是）须VOCs 2:1削减替代"),
    ]


def candidate_offsets() -> List[Tuple[float, float]]:
    """Grid offsets within the search radius, nearest first, in a stable order."""
    n = int(SEARCH_RADIUS_M // SEARCH_STEP_M)
    offsets = [(i * SEARCH_STEP_M, j * SEARCH_STEP_M) for i in range(-n, n + 1)
               for j in range(-n, n + 1)]
    offsets = [o for o in offsets if o[0] ** 2 + o[1] ** 2 <= SEARCH_RADIUS_M ** 2]
    return sorted(offsets, key=lambda o: (o[0] ** 2 + o[1] ** 2, o[0], o[1]))


def base_check(site: BaseGeometry, ctx: Context) -> Optional[str]:
    """Checks every site must pass: valid, 1 ha – 2 km², inside the three counties."""
    if not site.is_valid:
        return "invalid"
    if not 1e4 <= site.area <= 2e6:
        return f"area {site.area:.0f} m² out of range"
    if not ctx.area_m.buffer(-EDGE_MARGIN_M).contains(site):
        return "not inside the counties"
    return None


def place(spec: SiteSpec, ctx: Context) -> Polygon:
    """Find the nearest centre to the anchor where the site meets its scenario, or fail."""
    ax, ay = ll_point_m(*spec.anchor)
    last = "no candidate"
    for dx, dy in candidate_offsets():
        site = shapely.set_precision(spec.shape((ax + dx, ay + dy)), 0.01)
        reason = base_check(site, ctx) or spec.check(site, ctx)
        if reason is None:
            return site
        last = reason
    raise RuntimeError(f"{spec.site_id}: no placement meets the scenario (last: {last})")


def verify(spec: SiteSpec, site: BaseGeometry, ctx: Context) -> None:
    """Re-check a (projected back and forth) site; raise if its scenario does not hold."""
    reason = base_check(site, ctx) or spec.check(site, ctx)
    if reason:
        raise RuntimeError(f"{spec.site_id}: scenario broken: {reason}")
