"""The unit fields a binding names that its layer no longer has (renamed or removed in the data).

A review reading such a layer would take every unit as without code, category or requirement text, so the layer is
never reviewed then (fail closed): the dock names it as unusable and Processing stops, each saying what to do.
"""

from typing import Any, List, Tuple

from ...i18n import list_separator, tr
from ..model.binding import UnitBinding
from ..review.labels import dimension_label
from ..rules.layered import scope_fields


def missing_fields(layer: Any, binding: UnitBinding) -> List[Tuple[str, str]]:
    """Each field the binding names that ``layer`` lacks, with its role in translated words, in binding order."""
    names = set(layer.fields().names())
    roles = [(binding.code_field, tr("unit code")), (binding.name_field, tr("unit name")),
             (binding.category_field, tr("unit category"))]
    roles += [(name, tr("requirement text, {dimension}").format(dimension=dimension_label(dimension)))
              for dimension, name in binding.prose_fields.items()]
    return [(name, role) for name, role in roles if name and name not in names]


def missing_scope_fields(layer: Any, ruleset: Any) -> List[Tuple[str, str]]:
    """Each field a list's scope expression reads that ``layer`` lacks, with the list it scopes: every unit would read
    NULL there and be outside that list, so its clauses would never apply."""
    names = set(layer.fields().names())
    return [(name, tr("scope of list {list}").format(list=part.source.list_id))
            for part in getattr(ruleset, "parts", []) for name in scope_fields(part.scope) if name not in names]


def missing_words(missing: List[Tuple[str, str]]) -> str:
    """The missing fields listed with their roles: ``HJGKDYBM (unit code), PWWPFGK (…)``."""
    return list_separator().join(tr("{field} ({role})").format(field=name, role=role) for name, role in missing)


def missing_fields_problem(layer: Any, label: str, binding: UnitBinding) -> str:
    """A translated message for the dock when the bound layer lacks fields its binding names, else ''."""
    missing = missing_fields(layer, binding)
    if not missing:
        return ""
    return tr("Unit layer {layer} no longer has the fields its binding reads: {fields} (renamed or removed in its "
              "data). No site is reviewed until the layer is bound again in the Zoning Review panel (choose its "
              "unit fields there) or the fields are restored in the data.").format(
        layer=label, fields=missing_words(missing))


def missing_scope_problem(layer: Any, label: str, ruleset: Any) -> str:
    """A translated message for the dock when a list's scope reads fields the bound layer lacks, else ''."""
    missing = missing_scope_fields(layer, ruleset)
    if not missing:
        return ""
    return tr("Unit layer {layer} has no field {fields}: every unit would be outside that list, so its clauses would "
              "never apply. No site is reviewed until the list's scope is corrected (in its file or in the binding) "
              "or the field is restored in the data.").format(layer=label, fields=missing_words(missing))
