"""Unit names, codes and paraphrased access-list prose for the sample (illustrative wording)."""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

import numpy as np

CATEGORY_LABEL: Dict[str, str] = {
    "priority": "优先保护单元",
    "key": "重点管控单元",
    "key_park": "重点管控单元（产业园区）",
    "general": "一般管控单元",
}
CATEGORY_DIGIT: Dict[str, str] = {"priority": "1", "key": "2", "key_park": "2", "general": "3"}
PROSE_FIELDS: Tuple[str, ...] = ("KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ")

_PRIORITY: Dict[str, Sequence[str]] = {
    "KJBJYS": (
        "生态保护红线内，自然保护地核心保护区原则上禁止人为活动，其他区域严格禁止开发性、生产性建设活动，"
        "在符合法律法规的前提下，仅允许对生态功能不造成破坏的有限人为活动",
        "禁止新建、扩建工业项目，现有工业企业应当有序退出或搬迁入园",
        "白洋淀淀区及周边禁止新建、扩建与湿地保护无关的建设项目，国家和省重大基础设施建设项目除外",
        "禁止围垦淀区、侵占河道滩地，禁止新增建设用地占用湿地",
        "限制旅游开发规模，旅游设施建设应当符合白洋淀生态环境治理和保护规划",
    ),
    "PWWPFGK": (
        "禁止新设入河（淀）排污口，现有排污口应当限期整治",
        "入淀河流水质应当稳定达到地表水Ⅲ类标准，农村生活污水应当收集处理",
        "禁止网箱、围埝养殖，严格控制淀区及周边畜禽养殖规模",
        "淀区周边村庄垃圾应当全部收集转运，禁止向淀区倾倒垃圾和污泥",
    ),
    "HJFXFK": (
        "禁止运输危险化学品的船舶进入淀区，淀区内禁止设置加油站点",
        "应当建立突发水污染事件应急预案，配备必要的拦截、吸附和打捞设施",
        "加强入淀河流水质监测预警，上游发生污染事故时应当及时启动闸坝联合调度",
    ),
    "ZYKFXLYQ": (
        "严格控制地下水开采，禁止新增地下水取水，实施生态补水",
        "淀区周边农业灌溉应当采用高效节水方式，推进化肥农药减量",
        "保障白洋淀生态水位，禁止截流、挤占生态用水",
    ),
}

_KEY: Dict[str, Sequence[str]] = {
    "KJBJYS": (
        "禁止新建、扩建钢铁、焦化、水泥、平板玻璃、化工等高耗能高排放项目",
        "现有工业企业应当逐步搬迁入园，城镇建成区内禁止新建涉挥发性有机物排放的工业项目",
        "限制新建、扩建排放大气污染物的工业项目，确需建设的应当符合园区规划",
        "禁止在居住区、学校、医院周边新建产生恶臭、噪声污染的项目",
    ),
    "PWWPFGK": (
        "城镇污水应当全收集、全处理，出水执行《大清河流域水污染物排放标准》（DB13/2795）重点控制区标准",
        "新建、改建、扩建项目挥发性有机物排放实行区域倍量削减替代",
        "主要污染物排放总量超标期间，禁止新增相应污染物排放的建设项目，替代削减方案落实的除外",
        "施工扬尘应当落实围挡、覆盖、洒水、车辆冲洗等措施",
    ),
    "HJFXFK": (
        "涉及危险化学品的企业应当编制突发环境事件应急预案并定期演练",
        "重点排污单位应当安装污染物排放自动监测设备并与生态环境部门联网",
        "加强土壤污染重点监管单位隐患排查，地块再开发利用前应当开展土壤污染状况调查",
    ),
    "ZYKFXLYQ": (
        "禁止新建35蒸吨/小时以下燃煤锅炉，现有燃煤设施应当实施清洁能源替代",
        "新建项目单位产品能耗、水耗应当达到国内先进水平",
        "城镇新建建筑应当执行绿色建筑标准，推进再生水利用",
    ),
}

_PARK: Dict[str, Sequence[str]] = {
    "KJBJYS": (
        "优先引入符合园区规划的电子信息、装备制造、新材料等产业",
        "禁止引入不符合园区产业定位和规划环评结论的项目",
        "园区外零散工业企业应当逐步搬迁入园集中管理",
    ),
    "PWWPFGK": (
        "园区企业废水应当经预处理后接入园区污水集中处理设施",
        "园区污染物排放总量不得突破规划环评确定的总量管控限值",
        "涉挥发性有机物排放企业应当采用低挥发性原辅材料并配套高效治理设施",
    ),
    "HJFXFK": (
        "园区应当建立三级环境风险防控体系，设置事故应急池",
        "涉及有毒有害物质的企业应当落实防渗措施并开展地下水监测",
    ),
    "ZYKFXLYQ": (
        "园区集中供热，禁止企业自建分散燃煤锅炉",
        "入园项目清洁生产水平应当达到国内先进水平，工业用水重复利用率不低于90%",
    ),
}

_GENERAL: Dict[str, Sequence[str]] = {
    "KJBJYS": (
        "执行区域总体准入要求，园区外原则上不新建“两高”项目",
        "农村居民点建设应当符合国土空间规划，禁止在基本农田内新建工业项目",
        "限制新建分散布局的工业项目，鼓励向园区集中",
        "禁止在河道管理范围内新建与防洪无关的建筑物、构筑物",
    ),
    "PWWPFGK": (
        "规模化畜禽养殖场应当配套粪污处理设施，实现资源化利用",
        "推进农村生活污水治理，控制农业面源污染",
        "新建项目应当落实污染物排放总量替代要求",
    ),
    "HJFXFK": (
        "加强受污染耕地安全利用，严格管控类耕地禁止种植食用农产品",
        "涉危险废物单位应当规范贮存和转移，禁止非法倾倒",
    ),
    "ZYKFXLYQ": (
        "严格控制地下水超采，禁止在地下水禁采区新增取水",
        "推广高效节水灌溉，农田灌溉水有效利用系数应当逐年提高",
        "推进农村清洁取暖，禁止新建分散燃煤设施",
    ),
}

POOLS: Dict[str, Dict[str, Sequence[str]]] = {
    "priority": _PRIORITY,
    "key": _KEY,
    "key_park": _PARK,
    "general": _GENERAL,
}


def numbered(clauses: List[str]) -> str:
    """Join clauses the way access lists print them: '1.…；2.…。'."""
    return "；".join(f"{i}.{c}" for i, c in enumerate(clauses, start=1)) + "。"


def prose_for(category: str, rng: np.random.Generator) -> Dict[str, str]:
    """Pick 2–3 clauses per dimension for a unit of the given category, in a seeded order."""
    pool = POOLS[category]
    result: Dict[str, str] = {}
    for name in PROSE_FIELDS:
        clauses = list(pool[name])
        count = min(len(clauses), 2 + int(rng.integers(0, 2)))
        picks = sorted(rng.choice(len(clauses), size=count, replace=False).tolist())
        result[name] = numbered([clauses[i] for i in picks])
    return result


def unit_code(county: str, category: str, seq: int) -> str:
    """Unit code: ZH + county code + category digit + 4-digit sequence."""
    return f"ZH{county}{CATEGORY_DIGIT[category]}{seq:04d}"


def cell_name(county_name: str, category: str, seq: int, total: int) -> str:
    """A name for a Voronoi-cell unit (numbered only when the county has several)."""
    stem = {
        "priority": f"{county_name}白洋淀周边湿地优先保护单元",
        "key": f"{county_name}产业集聚重点管控单元",
        "general": f"{county_name}一般管控单元",
    }[category]
    return f"{stem}{seq}" if total > 1 else stem
