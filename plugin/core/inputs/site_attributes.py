"""Read a project description from a site feature's attributes, through a field mapping."""

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from qgis.PyQt.QtCore import QVariant

from ...i18n import tr
from ..model.project import FieldNumber, ProjectDescription
from ..rules.readings import blank
from ..rules.values import as_type
from .bindings import detect_field
from .resolve import InputError

SITE_ID_FIELDS = ("site_id", "id", "xmbh", "项目编号", "地块编号")
SITE_NAME_FIELDS = ("name", "site_name", "xmmc", "项目名称", "地块名称")
INDUSTRY_FIELDS = ("industry", "industry_code", "hydm", "行业代码", "行业类别")
CONSTRUCTION_FIELDS = ("construction", "jsxz", "建设性质")
CATALOGUE_FIELDS = ("catalogue", "cylb", "产业结构调整目录", "产业类别", "目录类别")
FULL_WIDTH = str.maketrans({"＝": "=", "；": ";"})  # a Chinese keyboard's = and ;


@dataclass
class SiteFieldMap:
    """Which site fields hold the id, name, industry, construction, catalogue and attributes."""

    id_field: str = ""
    name_field: str = ""
    industry_field: str = ""
    construction_field: str = ""
    catalogue_field: str = ""
    attributes: Dict[str, Tuple[str, str]] = field(default_factory=dict)


def detect_site_fields(field_names: List[str], declared: Dict[str, str]) -> SiteFieldMap:
    """Guess the mapping from common names; ``declared`` maps attribute name → type."""
    return SiteFieldMap(
        id_field=detect_field(field_names, SITE_ID_FIELDS),
        name_field=detect_field(field_names, SITE_NAME_FIELDS),
        industry_field=detect_field(field_names, INDUSTRY_FIELDS),
        construction_field=detect_field(field_names, CONSTRUCTION_FIELDS),
        catalogue_field=detect_field(field_names, CATALOGUE_FIELDS),
        attributes={
            name: (found, kind)
            for name, kind in declared.items()
            if (found := detect_field(field_names, (name,)))
        },
    )


def parse_attribute_map(text: str, what: str) -> Dict[str, str]:
    """``"boiler_tph=GLRL; investment_wan=TZE"`` → {name: value}; ``what`` names the parameter in messages.

    Entries are separated by ; (or a new line), name and value by =; the full-width ； and ＝ of a Chinese
    keyboard mean the same. Blank entries are skipped; an entry that is not name=value or a name given
    twice raises InputError naming it, so nothing written is read as not given.
    """
    out: Dict[str, str] = {}
    for part in (text or "").translate(FULL_WIDTH).replace("\n", ";").split(";"):
        name, equals, value = (piece.strip() for piece in part.partition("="))
        if not part.strip():
            continue
        if not (equals and name and value):
            raise InputError(tr(
                "{what}: “{part}” is not name=value. Write each entry as a name, = and a value, entries "
                "separated by semicolons: name=value; name=value.").format(what=what, part=part.strip()))
        if name in out:
            raise InputError(tr("{what}: {name} is given twice. Give each name once.").format(
                what=what, name=name))
        out[name] = value
    return out


def convert(value: Any, kind: str, units: Iterable[str] = ()) -> Tuple[Optional[Any], bool]:
    """A raw attribute read as its declared type (a number may end in one of ``units``): (value or None, ok)."""
    if blank(value):
        return None, True
    read = as_type(value, kind, units)
    return read, read is not None


def project_from_attributes(site_id: str, values: Dict[str, Any], mapping: SiteFieldMap) -> ProjectDescription:
    """The project a site describes: every value as given (typed where it reads as its type).

    Nothing is judged here: a value the review cannot understand is kept as written, and the
    evaluation says that it needs information (``readings``).
    """
    project = ProjectDescription(name=_text(values.get(mapping.name_field)) or str(site_id))
    project.industry = _code(values.get(mapping.industry_field), mapping.industry_field)
    project.construction = _text(values.get(mapping.construction_field)) or None
    project.catalogue = _text(values.get(mapping.catalogue_field)) or None
    project.catalogue_unknown = not mapping.catalogue_field
    for name, (field_name, kind) in mapping.attributes.items():
        raw = values.get(field_name)
        value, ok = convert(raw, kind)
        if not ok:
            project.attributes[name] = _text(raw)
        elif value is not None:
            project.attributes[name] = value
    return project


def _code(value: Any, field_name: str) -> Optional[Union[str, FieldNumber]]:
    """A code as written, None for NULL; a number (a QVariant's included) kept as a ``FieldNumber`` of
    ``field_name``, since a number field has lost the code's leading zeros (0313 arrives as 313)."""
    if isinstance(value, QVariant):
        value = None if value.isNull() else value.value()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return FieldNumber(value, field_name)
    return _text(value) or None


def _text(value: Any) -> str:
    """A trimmed string, '' for NULL."""
    return "" if blank(value) else str(value).strip()
