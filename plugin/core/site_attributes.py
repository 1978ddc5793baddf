"""Read a project description from a site feature's attributes, through a field mapping."""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from .bindings import detect_field
from .project import ProjectDescription
from .results import Reason
from .vocab import CATALOGUE_VALUES, CONSTRUCTION_VALUES, normalise

SITE_ID_FIELDS = ("site_id", "id", "xmbh", "项目编号", "地块编号")
SITE_NAME_FIELDS = ("name", "site_name", "xmmc", "项目名称", "地块名称")
INDUSTRY_FIELDS = ("industry", "industry_code", "hydm", "行业代码", "行业类别")
CONSTRUCTION_FIELDS = ("construction", "jsxz", "建设性质")
CATALOGUE_FIELDS = ("catalogue", "cylb", "产业结构调整目录", "产业类别")
TRUE_WORDS = ("true", "1", "yes", "y", "t", "是", "有")
FALSE_WORDS = ("false", "0", "no", "n", "f", "否", "无")


def reason_templates() -> List[str]:
    """Sentences this module reports (listed for the string extractor)."""
    from ..i18n import tr

    return [
        tr("Site {site}: field {field} holds {value!r}, which is not a {kind}; treated as not given."),
        tr("Site {site}: construction nature {value!r} is not one of 新建/扩建/改建/迁建/技改."),
        tr("Site {site}: catalogue class {value!r} is not one of 鼓励类/限制类/淘汰类."),
    ]


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


def parse_attribute_map(text: str) -> Dict[str, str]:
    """``"boiler_tph=GLRL; investment_wan=TZE"`` → {attribute: field}; blanks ignored."""
    out = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if "=" in part:
            key, _, value = part.partition("=")
            if key.strip() and value.strip():
                out[key.strip()] = value.strip()
    return out


def is_null(value: Any) -> bool:
    """True for None, QVariant NULL and blank strings."""
    if value is None:
        return True
    if hasattr(value, "isNull") and value.isNull():
        return True
    return isinstance(value, str) and not value.strip()


def convert(value: Any, kind: str) -> Tuple[Optional[Any], bool]:
    """Convert a raw attribute to the declared type: (value or None, ok)."""
    if is_null(value):
        return None, True
    if kind == "number":
        try:
            return float(value), True
        except (TypeError, ValueError):
            return None, False
    if kind == "boolean":
        if isinstance(value, bool):
            return value, True
        text = str(value).strip().lower()
        if text in TRUE_WORDS:
            return True, True
        if text in FALSE_WORDS:
            return False, True
        return None, False
    return str(value), True


def project_from_attributes(
    site_id: str, values: Dict[str, Any], mapping: SiteFieldMap
) -> Tuple[ProjectDescription, List[Reason]]:
    """The project a site describes, and a warning for every value that could not be read."""
    warnings: List[Reason] = []
    project = ProjectDescription(name=_text(values.get(mapping.name_field)) or str(site_id))
    project.industry = _text(values.get(mapping.industry_field)) or None
    project.construction = _vocab(site_id, values.get(mapping.construction_field),
                                  CONSTRUCTION_VALUES, "construction", warnings)
    project.catalogue = _vocab(site_id, values.get(mapping.catalogue_field),
                               CATALOGUE_VALUES, "catalogue", warnings)
    for name, (field_name, kind) in mapping.attributes.items():
        raw = values.get(field_name)
        value, ok = convert(raw, kind)
        if not ok:
            warnings.append(Reason(
                "Site {site}: field {field} holds {value!r}, which is not a {kind}; treated as not given.",
                {"site": site_id, "field": field_name, "value": str(raw), "kind": kind},
            ))
        if value is not None:
            project.attributes[name] = value
    return project, warnings


def _text(value: Any) -> str:
    """A trimmed string, '' for NULL."""
    return "" if is_null(value) else str(value).strip()


def _vocab(site_id, raw, table, what: str, warnings: List[Reason]) -> Optional[str]:
    """Normalise a construction nature or catalogue class; warn when it is not recognised."""
    text = _text(raw)
    if not text:
        return None
    found = normalise(text, table)
    if not found:
        template = (
            "Site {site}: construction nature {value!r} is not one of 新建/扩建/改建/迁建/技改."
            if what == "construction"
            else "Site {site}: catalogue class {value!r} is not one of 鼓励类/限制类/淘汰类."
        )
        warnings.append(Reason(template, {"site": site_id, "value": text}))
    return found or None
