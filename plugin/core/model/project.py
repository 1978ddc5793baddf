"""What a reviewer declares about a project: industry, construction nature and attributes."""

from dataclasses import dataclass, field
from typing import Any, Dict, Optional, Union


@dataclass(frozen=True)
class FieldNumber:
    """A number a site's field holds where a code written as text belongs (an industry code): its leading
    zeros are lost (0313, pig farming, arrives as 313, steel rolling), so it is never read as a code."""

    value: Union[int, float]
    field: str = ""

    def __str__(self) -> str:
        """The number as a field shows it: 313, not 313.0."""
        number = self.value
        return str(int(number)) if isinstance(number, float) and number.is_integer() else str(number)


@dataclass
class ProjectDescription:
    """The facts of one project; a value left as None is unknown, never assumed."""

    name: str = ""
    industry: Optional[Union[str, FieldNumber]] = None
    construction: Optional[str] = None
    catalogue: Optional[str] = None
    attributes: Dict[str, Any] = field(default_factory=dict)
    # No catalogue class was read at all (no site field holds one): unknown, unlike an empty class (not listed).
    catalogue_unknown: bool = False

    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON-ready form: every value as given (one not understood included), so that it reads back the same."""
        industry = self.industry
        return {
            "name": self.name,
            "industry": {"number": industry.value, "field": industry.field} if isinstance(
                industry, FieldNumber) else industry,
            "construction": self.construction,
            "catalogue": self.catalogue,
            "catalogue_unknown": self.catalogue_unknown,
            "attributes": dict(self.attributes),
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ProjectDescription":
        """The description written by ``to_dict`` (one written before ``catalogue_unknown`` was kept included)."""
        industry = data.get("industry")
        if isinstance(industry, dict) and "number" in industry:
            industry = FieldNumber(industry.get("number"), str(industry.get("field") or ""))
        return cls(data.get("name", "") or "", industry, data.get("construction"), data.get("catalogue"),
                   dict(data.get("attributes") or {}), bool(data.get("catalogue_unknown")))
