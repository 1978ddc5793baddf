"""An independent reading of the sample (OGR + shapely + pyproj), to check the plugin against."""

from pathlib import Path
from typing import Dict, List, Tuple

import shapely
from osgeo import ogr
from pyproj import Geod

GEOD = Geod(ellps="GRS80")  # CGCS2000's ellipsoid has GRS80's axes and flattening

# Written down from the example rule set and the sample's design, not from the plugin's output:
# the deciding clause of each sample site and the verdict it leads to.
EXPECTED_VERDICTS = {
    "S01": "compliant",       # C3911 in the park, park-kind key unit, no boiler/VOCs, far from river
    "S02": "non_compliant",   # new C2614 ~600 m from river_bank: G-SL-03
    "S03": "compliant",       # C2614 renovation without capacity increase: G-SL-03 exception
    "S04": "non_compliant",   # new hotel on the red line: G-SL-04
    "S05": "needs_study",     # road (exempt from the red-line ban) across a priority unit with prose
    "S06": "needs_study",     # boiler capacity not given: G-PE-01 needs information
    "S07": "non_compliant",   # new plant in water source grade I: G-SL-05
    "S08": "compliant",       # water-supply facility in grade I: exempt from G-SL-05 and C-P-01
    "S09": "non_compliant",   # eliminated catalogue class: G-SL-01
    "S10": "non_compliant",   # new industry in the Rongcheng urban key unit: U-RC-01
}
DECIDING_RULES = {"S02": "G-SL-03", "S04": "G-SL-04", "S07": "G-SL-05", "S09": "G-SL-01", "S10": "U-RC-01"}


def read_layer(gpkg: Path, name: str, key: str) -> Dict[str, Tuple[object, dict]]:
    """{key value: (shapely geometry, attributes)} of one GeoPackage layer."""
    data = ogr.Open(str(gpkg))
    layer = data.GetLayerByName(name)
    out = {}
    for feature in layer:
        geometry = feature.GetGeometryRef()
        shape = shapely.from_wkb(bytes(geometry.ExportToWkb())) if geometry else None
        out[str(feature.GetField(key))] = (shape, feature.items())
    return out


def geodesic_area(shape) -> float:
    """Ellipsoidal area in m² of a lon/lat (multi)polygon."""
    return abs(GEOD.geometry_area_perimeter(shape)[0])


def expected_overlaps(gpkg: Path, site_id: str, min_m2: float = 1.0, min_fraction: float = 1e-4
                      ) -> List[Tuple[str, float]]:
    """(unit code, overlap m²) of every unit a sample site overlaps beyond the touch tolerance."""
    site = read_layer(gpkg, "sites", "site_id")[site_id][0]
    site_area = geodesic_area(site)
    out = []
    for code, (unit, _attrs) in read_layer(gpkg, "control_units", "HJGKDYBM").items():
        if not unit.intersects(site):
            continue
        area = geodesic_area(unit.intersection(site))
        if area > max(min_m2, min_fraction * site_area):
            out.append((code, area))
    return sorted(out)
