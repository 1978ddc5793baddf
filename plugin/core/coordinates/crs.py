"""The Gauss-Krüger CRS of a coordinate list, from the 界址点 file's 坐标系 / 几度分带 / 带号 or from
the zone prefix of the eastings. Pure: returns EPSG identifiers as text.

EPSG blocks (first code for the first zone; zone prefix in the easting, or central meridian only):
3° zones 25–45 (CM 75°E–135°E), 6° zones 13–23 (CM 75°E–135°E).
"""

from typing import Dict, Iterable, Tuple

from ...i18n import list_separator, tr

GEOGRAPHIC = "EPSG:4490"
# datum → {(width, prefixed): first EPSG code}
EPSG_BLOCKS: Dict[str, Dict[Tuple[int, bool], int]] = {
    "cgcs2000": {(3, True): 4513, (3, False): 4534, (6, True): 4491, (6, False): 4502},
    "xian1980": {(3, True): 2349, (3, False): 2370, (6, True): 2327, (6, False): 2338},
    "beijing1954": {(3, True): 2401, (3, False): 2422, (6, True): 21413, (6, False): 21453},
}
FIRST_ZONE = {3: 25, 6: 13}
LAST_ZONE = {3: 45, 6: 23}
METRE_WORDS = ("米", "m", "metre", "meter", "metres", "meters", "公尺")


def gauss_kruger_epsg(lon: float) -> str:
    """The CGCS2000 3-degree Gauss-Krüger CRS (central meridian only, EPSG:4534–4554) for a longitude."""
    meridian = min(135, max(75, 3 * round(lon / 3.0)))
    return f"EPSG:{4534 + (meridian - 75) // 3}"


def datum_of(name: str) -> str:
    """'cgcs2000', 'xian1980' or 'beijing1954' from a 坐标系 value ('' when not recognised)."""
    text = (name or "").replace(" ", "").lower()
    if "2000" in text or "cgcs" in text:
        return "cgcs2000"
    if "1980" in text or "西安" in text or "xian" in text or "80" in text:
        return "xian1980"
    if "1954" in text or "北京" in text or "beijing" in text or "54" in text:
        return "beijing1954"
    return ""


def zone_from_value(value: str, width: int) -> int:
    """A 带号 value as a zone number; a central meridian (e.g. 117) is converted to its zone.
    Raises ValueError for a fraction or a meridian that is no zone's central meridian."""
    number = float(value)
    if not number.is_integer():
        raise ValueError(value)
    number = int(number)
    if number <= 60:
        return number
    offset = 0 if width == 3 else 3  # 3° zones: CM = 3n; 6° zones: CM = 6n − 3
    if (number + offset) % width:
        raise ValueError(value)
    return (number + offset) // width


def width_of_zone(zone: int) -> int:
    """3 or 6: which zone system a zone number belongs to (25–45 → 3°, 13–23 → 6°), 0 if neither."""
    if FIRST_ZONE[3] <= zone <= LAST_ZONE[3]:
        return 3
    if FIRST_ZONE[6] <= zone <= LAST_ZONE[6]:
        return 6
    return 0


def epsg_for(datum: str, width: int, zone: int, prefixed: bool) -> str:
    """The EPSG identifier of a Gauss-Krüger zone, or '' when out of range."""
    block = EPSG_BLOCKS.get(datum, {}).get((width, prefixed))
    if block is None or not FIRST_ZONE[width] <= zone <= LAST_ZONE[width]:
        return ""
    return f"EPSG:{block + zone - FIRST_ZONE[width]}"


def projection_problem(attributes: Dict[str, str]) -> str:
    """Why the file's 投影类型 or 计量单位 rules out a Gauss-Krüger guess ('' when neither does)."""
    projection = attributes.get("投影类型", "").strip()
    if projection and not any(word in projection.lower() for word in ("高斯", "gauss")):
        return tr("投影类型 “{name}” is not Gauss-Krüger: choose the CRS by hand.").format(name=projection)
    unit = attributes.get("计量单位", "").strip()
    if unit and unit.lower() not in METRE_WORDS:
        return tr("计量单位 “{unit}” is not metres: convert the coordinates to metres.").format(unit=unit)
    return ""


def zone_and_width(attributes: Dict[str, str]) -> Tuple[int, int]:
    """(zone, width) from 带号 and 几度分带, 0 for what is not given; ValueError for what names no zone."""
    width_text = attributes.get("几度分带", "").strip()
    zone_text = attributes.get("带号", "").strip()
    width = float(width_text) if width_text else 0
    if width not in (0, 3, 6):
        raise ValueError(width_text)
    zone = zone_from_value(zone_text, int(width) or 3) if zone_text else 0
    return zone, int(width)


def guess_crs(attributes: Dict[str, str], points: Iterable) -> Tuple[str, str]:
    """(EPSG id or '', translated reason) for the points, using the file's attributes if any."""
    points = list(points)
    system = attributes.get("坐标系", "").strip()
    datum = datum_of(system) if system else "cgcs2000"
    if not datum:
        return "", tr("坐标系 “{name}” is not CGCS2000, Xian 1980 or Beijing 1954 (a local or independent "
                      "system?): choose the CRS by hand.").format(name=system)
    if points and all(abs(p.x) <= 180 and abs(p.y) <= 90 for p in points):
        if datum == "cgcs2000":
            return GEOGRAPHIC, tr("longitudes and latitudes: CGCS2000 geographic")
        return "", tr("longitudes and latitudes in {name}: choose its geographic CRS by hand.").format(name=system)
    problem = projection_problem(attributes)
    if problem:
        return "", problem
    try:
        zone, width = zone_and_width(attributes)
    except ValueError:
        return "", tr("带号 “{zone}” with 几度分带 “{width}” names no Gauss-Krüger zone (a zone number, or a "
                      "central meridian such as 117): choose the CRS by hand.").format(
            zone=attributes.get("带号", ""), width=attributes.get("几度分带", ""))
    prefixes = {int(p.x // 1_000_000) for p in points if p.x >= 10_000_000}
    if zone and prefixes and prefixes != {zone}:
        return "", tr("带号 {zone} disagrees with the zone number {prefix} written before the Y values "
                      "(eastings): correct the file or choose the CRS by hand.").format(
            zone=zone, prefix=list_separator().join(str(p) for p in sorted(prefixes)))
    if not zone and len(prefixes) == 1:
        zone = next(iter(prefixes))
    width = width or width_of_zone(zone)
    if not zone or width not in (3, 6):
        return "", tr("projected coordinates without a zone number: choose the Gauss-Krüger CRS by hand.")
    found = epsg_for(datum, width, zone, bool(prefixes))
    if not found:
        return "", tr("zone {zone} is not a {width}° Gauss-Krüger zone over China: choose the CRS by hand.").format(
            zone=zone, width=width)
    return found, tr("{width}° Gauss-Krüger zone {zone} ({datum})").format(
        width=width, zone=zone, datum=system or "CGCS2000")
