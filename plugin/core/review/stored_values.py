"""A review as a project entry or the register stores it, checked value by value before it is read: a value of
another type than the plugin writes (an entry edited by hand, or damaged) is a ``StoredValueError`` naming it,
never a review shown with it nor a traceback. The site's WKT must be one whole polygonal geometry: QGIS reads a WKT
cut short (``POLYGON((0 0``) as what it holds so far, a smaller or degenerate site."""

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from qgis.core import QgsGeometry, QgsWkbTypes

from ...compat import POLYGON_GEOMETRY
from ...i18n import tr
from ..model.project import ProjectDescription
from ..rules.messages import found_words, sentence_of, type_words

NONE = type(None)
NUMBER = (int, float)
REVIEW_KINDS = {"name": (str,), "description": (dict,), "site_wkt": (str,), "site_crs": (str,),
                "judgements": (list,), "opinion": (str,), "saved_at": (str,), "withdrawn": (list,)}
REQUIRED = ("name", "description", "site_wkt", "site_crs")
DESCRIPTION_KINDS = {"name": (str, NONE), "industry": (str, dict, NONE), "construction": (str, NONE),
                     "catalogue": (str, NONE), "attributes": (dict, NONE), "catalogue_unknown": (bool,)}
VALUE_KINDS = (str, bool, int, float, NONE)  # an attribute's value as given
SCHEMA_NAMES = ((bool, "boolean"), (int, "number"), (float, "number"), (str, "string"), (list, "array"),
                (dict, "object"), (NONE, "null"))


JUDGEMENT_KEYS = ("site_id", "unit_code", "rule_id", "judgement", "remark", "reviewer", "time", "override",
                  "clause_sha256", "finding_sha256")
WITHDRAWAL_KEYS = JUDGEMENT_KEYS + ("withdrawn_by", "withdrawn_at")


class StoredValueError(ValueError):
    """A stored value of a type the plugin never writes there (translated message naming it)."""


def unknown_keys(data: Mapping[str, Any], known: Sequence[str], where: str = "") -> List[str]:
    """The keys of ``data`` not in ``known``, each with its place."""
    return [_key(where, key) for key in sorted(data) if key not in known]


def review_unknown_keys(data: Mapping[str, Any], where: str) -> List[str]:
    """Every key of the saved review ``data`` (checked by ``check_review``; its description and judgements included)
    that this plugin does not write, each with its place: a newer version's, lost if the entry were written again."""
    found = unknown_keys(data, list(REVIEW_KINDS), where)
    found += unknown_keys(data["description"], list(DESCRIPTION_KINDS), _key(where, "description"))
    for key, known in (("judgements", JUDGEMENT_KEYS), ("withdrawn", WITHDRAWAL_KEYS)):
        for number, item in enumerate(data.get(key) or [], 1):
            found += unknown_keys(item, known, _key(where, f"{key}[{number}]"))
    return found


def check_review(data: Any, where: str) -> Mapping[str, Any]:
    """``data`` (a saved review as stored, named ``where`` in messages) when each of its values is of the type
    ``SavedReview.to_dict`` writes; StoredValueError naming the first that is not."""
    _check(data, (dict,), where)
    for key, kinds in REVIEW_KINDS.items():
        if key in data or key in REQUIRED:
            _check(data.get(key), kinds, _key(where, key))
    for key in ("judgements", "withdrawn"):
        for number, item in enumerate(data.get(key) or [], 1):
            _check(item, (dict,), _key(where, f"{key}[{number}]"))
    check_description(data["description"], _key(where, "description"))
    check_site(data["site_wkt"], _key(where, "site_wkt"))
    return data


def check_site(wkt: str, where: str) -> None:
    """StoredValueError naming ``where`` when the stored site ``wkt`` is not one whole polygonal geometry (cut
    short, text after its end, unreadable, empty or no polygon)."""
    problem = _site_problem(wkt)
    if problem:
        shown = wkt if len(wkt) <= 60 else f"{wkt[:40]}…{wkt[-16:]}"
        raise StoredValueError(tr("{where} is not the site's polygons ({problem}): “{wkt}”").format(
            where=where, problem=problem, wkt=shown))


def _site_problem(wkt: str) -> Optional[str]:
    """Why ``wkt`` is not a whole polygonal geometry (translated), or None."""
    depth, closed_at = 0, -1
    for index, char in enumerate(wkt):
        if depth == 0 and closed_at >= 0 and not char.isspace():
            return tr("text follows its end")
        depth += {"(": 1, ")": -1}.get(char, 0)
        closed_at = index if char == ")" and depth == 0 else closed_at
    if depth > 0:
        return tr("it is cut short: its parentheses do not close")
    geometry = QgsGeometry.fromWkt(wkt)
    if geometry.isNull():
        return tr("QGIS cannot read it as a geometry")
    if geometry.isEmpty():
        return tr("it is empty")
    if geometry.type() != POLYGON_GEOMETRY:
        return tr("it is a {kind}, not a polygon").format(kind=QgsWkbTypes.displayString(geometry.wkbType()))
    return None


def checked_description(data: Any, where: str) -> ProjectDescription:
    """The project description stored as ``data``; StoredValueError naming a value of another type than
    ``ProjectDescription.to_dict`` writes."""
    check_description(data, where)
    return ProjectDescription.from_dict(data)


def check_description(data: Any, where: str) -> None:
    """StoredValueError when a value of the description ``data`` is of another type than ``to_dict`` writes (an
    industry number only with its field; an attribute's value text, a number, yes/no or nothing)."""
    _check(data, (dict,), where)
    for key, kinds in DESCRIPTION_KINDS.items():
        if key in data:
            _check(data[key], kinds, _key(where, key))
    industry = data.get("industry")
    if isinstance(industry, dict):
        _check(industry.get("number"), NUMBER, _key(where, "industry.number"))
        _check(industry.get("field", ""), (str, NONE), _key(where, "industry.field"))
    for name, value in (data.get("attributes") or {}).items():
        _check(value, VALUE_KINDS, _key(where, f"attributes.{name}"))


def _check(value: Any, kinds: Tuple[type, ...], where: str) -> None:
    """StoredValueError naming ``where`` when ``value`` is of none of ``kinds`` (yes/no is no number)."""
    if any(type(value) is kind for kind in kinds):
        return
    expected = sentence_of(type_words(list(dict.fromkeys(_schema_names(kinds)))))
    raise StoredValueError(tr("{where} must be {expected}, not {found}").format(
        where=where, expected=expected, found=sentence_of(found_words(value))))


def _schema_names(kinds: Sequence[type]) -> Sequence[str]:
    """The JSON-Schema type names of ``kinds``, as ``type_words`` words them."""
    names: Dict[type, str] = dict(SCHEMA_NAMES)
    return [names[kind] for kind in kinds]


def _key(where: str, key: str) -> str:
    """A stored value's place: its review, then its key."""
    return f"{where} {key}" if where else key
