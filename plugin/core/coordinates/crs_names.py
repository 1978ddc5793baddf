"""Chinese names of the CRSs Chinese users meet, by EPSG code: CGCS2000, WGS 84, Xian 1980 and Beijing 1954
geographic, and the CGCS2000, Xian 1980 and Beijing 1954 Gauss-Krüger zones (the EPSG blocks of ``crs``);
the Chinese names of their ellipsoids; `shown_crs`: a CRS as a message of the UI names it; `crs_words`: a CRS as a
reason stores it (in English), worded in the reader's language; `operation_words`: PROJ's ballpark operation as a
reason stores it (in English), worded in the reader's language."""

import re
from typing import Any, Optional, Tuple

from ...i18n import tr, ui_language
from .crs import EPSG_BLOCKS, FIRST_ZONE, LAST_ZONE

GEOGRAPHIC_NAMES = {4490: "CGCS2000 地理坐标系", 4326: "WGS 84 地理坐标系", 4610: "西安 1980 地理坐标系",
                    4214: "北京 1954 地理坐标系"}
DATUM_NAMES = {"cgcs2000": "CGCS2000", "xian1980": "西安 1980 坐标系", "beijing1954": "北京 1954 坐标系"}
# a CRS as a reason stores it: QGIS's identifier ('EPSG:4547 - CGCS2000 / …') or its authority id alone
STORED_CRS = re.compile(r"([A-Za-z][\w.-]*:\w+)(?: - (.+))?", re.DOTALL)
# the datum step of PROJ's ballpark operation (its other steps: the projections of the CRSs the warning names)
BALLPARK_STEP = re.compile(r"Ballpark geographic offset from (.+?) to (.+)")
# the ellipsoids of CGCS2000, GRS 1980 (CGCS2000's almost), WGS 84, Beijing 1954 and Xian 1980, by EPSG id
ELLIPSOID_NAMES = {"EPSG:1024": "CGCS2000 椭球", "EPSG:7019": "GRS 1980 椭球", "EPSG:7030": "WGS 84 椭球",
                   "EPSG:7024": "克拉索夫斯基 1940 椭球", "EPSG:7049": "IAG 1975 椭球"}


def epsg_code(authid: str) -> Optional[int]:
    """The number of an ``EPSG:n`` identifier, None for any other identifier."""
    authority, _colon, code = (authid or "").partition(":")
    return int(code) if authority.upper() == "EPSG" and code.isdigit() else None


def gauss_kruger_zone(code: int) -> Optional[Tuple[str, int, int, bool]]:
    """(datum, zone width, zone, zone number written before the eastings) of an EPSG code of the Chinese
    Gauss-Krüger blocks, None for any other code."""
    for datum, blocks in EPSG_BLOCKS.items():
        for (width, prefixed), first in blocks.items():
            zone = FIRST_ZONE[width] + code - first
            if FIRST_ZONE[width] <= zone <= LAST_ZONE[width]:
                return datum, width, zone, prefixed
    return None


def central_meridian(width: int, zone: int) -> int:
    """The central meridian (degrees east) of a zone: 3n for 3-degree zones, 6n − 3 for 6-degree zones."""
    return width * zone - (0 if width == 3 else 3)


def chinese_name(authid: str) -> str:
    """The Chinese name of a CRS of these families ('' for any other CRS)."""
    code = epsg_code(authid)
    if code is None:
        return ""
    if code in GEOGRAPHIC_NAMES:
        return GEOGRAPHIC_NAMES[code]
    found = gauss_kruger_zone(code)
    if found is None:
        return ""
    datum, width, zone, prefixed = found
    where = f"第 {zone} 带" if prefixed else f"中央经线东经 {central_meridian(width, zone)}°"
    return f"{DATUM_NAMES[datum]} {width} 度带高斯-克吕格投影 {where}"


def crs_label(authid: str, description: str, lang: str) -> str:
    """A CRS as the notes name it: in Chinese its Chinese name (QGIS's description for any other CRS)
    followed by its authority id; in English the authority id, then QGIS's description."""
    if lang == "en":
        return f"{authid} {description}".strip()
    name = chinese_name(authid) or description.strip()
    return f"{name}（{authid}）" if name and authid else name or authid


def shown_crs(crs: Any) -> str:
    """A QgsCoordinateReferenceSystem as a message in the UI language names it: ``crs_label`` of its authority id
    and QGIS's description (CGCS2000 地理坐标系（EPSG:4490）, EPSG:4490 China Geodetic Coordinate System 2000)."""
    return crs_label(crs.authid(), crs.description(), ui_language())


def crs_words(stored: str, lang: Optional[str] = None) -> str:
    """A CRS as a reason stores it (QGIS's 'EPSG:4547 - CGCS2000 / …', or its authority id alone) in ``lang`` (the UI
    language when None): as stored in English, as ``crs_label`` names it in Chinese; other text (a PROJ string, a
    CRS without authority) as stored."""
    if (lang or ui_language()) == "en":
        return stored
    found = STORED_CRS.fullmatch(stored)
    return crs_label(found.group(1), found.group(2) or "", "zh") if found else stored


def ellipsoid_label(acronym: str, name: str, lang: str) -> str:
    """An ellipsoid as the notes name it: in Chinese its Chinese name if it has one, else its ``name``
    (PROJ's) with the word ellipsoid, followed by its id; the id alone when it has no name."""
    if lang != "en" and acronym in ELLIPSOID_NAMES:
        return f"{ELLIPSOID_NAMES[acronym]}（{acronym}）"
    name = name.strip()
    if not name:
        return acronym
    if not name.lower().endswith(("ellipsoid", "sphere", "spheroid")):
        name += " ellipsoid" if lang == "en" else " 椭球"
    return f"{name} ({acronym})" if lang == "en" else f"{name}（{acronym}）"


def operation_words(stored: str, lang: Optional[str] = None) -> str:
    """PROJ's ballpark operation as a reason stores it (``Inverse of … + Ballpark geographic offset from Xian 1980 to
    China Geodetic Coordinate System 2000 + …``) in ``lang`` (the UI language when None): as stored in English; its
    datum step in the reader's words otherwise (粗略地理坐标偏移：西安 1980 → CGCS2000), the projection steps left to
    the CRSs the warning names; any other operation as stored."""
    if (lang or ui_language()) == "en":
        return stored
    for step in stored.split(" + "):
        found = BALLPARK_STEP.fullmatch(step.strip())
        if found:
            return tr("Ballpark geographic offset from {source} to {target}", lang).format(
                source=datum_words(found.group(1), lang), target=datum_words(found.group(2), lang))
    return stored


def datum_words(name: str, lang: Optional[str] = None) -> str:
    """A datum as PROJ names it, in ``lang``: CGCS2000, Xian 1980, Beijing 1954 and WGS 84 by the names their users
    write; any other as PROJ names it."""
    words = {"China Geodetic Coordinate System 2000": "CGCS2000", "World Geodetic System 1984": "WGS 84",
             "Xian 1980": tr("Xian 1980", lang), "Beijing 1954": tr("Beijing 1954", lang)}
    return words.get(name, name)
