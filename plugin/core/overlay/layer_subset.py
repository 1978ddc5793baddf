"""A layer's own filter, set in the project (Layer Properties ▸ Source ▸ Query Builder: its subset string).

QGIS reads such a layer through its filter everywhere: the features it hides are not there. On a constraint layer
(red line, water source) a hidden zone may be one a site lies in, and the site would read as outside it, so where
a site lies to such a layer is unknown (``SUBSET_PROBLEM``): the rules that need it read 'needs information' until
the filter is cleared or written as a rule's ``where``. On the unit layer the filter may be meant (a review within
one county): it is named, and a site in a unit it hides reads as outside every unit, never compliant.
"""

from typing import Any, List, Optional, Tuple

from ...i18n import tr, tr_template
from ..model.results import SUBSET_PROBLEM, Reason

ZONES_HIDDEN = ("Constraint layer {layer} has a filter set in the project ({filter}; Layer Properties ▸ Source ▸ "
                "Query Builder), which may hide zones a site lies in, so where a site lies to the layer is unknown "
                "and the rules that need it report 'needs information'. Clear the layer's filter to review against "
                "all its zones; to use some of its zones only, write the condition in the rule set's spatial "
                "conditions (where:).")


def subset_templates() -> List[str]:
    """The warning templates of this module, through tr()."""
    return [
        tr("Constraint layer {layer} has a filter set in the project ({filter}; Layer Properties ▸ Source ▸ Query "
           "Builder), which may hide zones a site lies in, so where a site lies to the layer is unknown and the "
           "rules that need it report 'needs information'. Clear the layer's filter to review against all its "
           "zones; to use some of its zones only, write the condition in the rule set's spatial conditions "
           "(where:)."),
    ]


def layer_subset(layer: Any) -> str:
    """The filter a layer (or a layer snapshot) is read through, '' for none or a source without one."""
    subset = getattr(layer, "subsetString", None)
    return (subset() or "").strip() if callable(subset) else ""


def hidden_zones(layer: Any, layer_name: str) -> Optional[Tuple[str, Reason]]:
    """For a constraint layer (or its snapshot) read through a filter set in the project: the ``LayerRelation``
    problem (``SUBSET_PROBLEM``) and its warning naming the layer (``layer_name``) and the filter; else None."""
    subset = layer_subset(layer)
    return (SUBSET_PROBLEM, Reason(ZONES_HIDDEN, {"layer": layer_name, "filter": subset})) if subset else None


def zones_hidden_text(layer_name: str, subset: str) -> str:
    """``zones_hidden`` as a translated message (the front-ends' warnings)."""
    return tr_template(ZONES_HIDDEN).format(layer=layer_name, filter=subset)


def units_hidden_text(layer_name: str, subset: str) -> str:
    """A translated warning naming a unit layer read through a filter set in the project (``subset``)."""
    return tr("Control unit layer {layer} has a filter set in the project ({filter}; Layer Properties ▸ Source ▸ "
              "Query Builder): only the units it shows are reviewed. A site in a unit it hides reads as outside "
              "every unit, and a site partly in one needs further study; clear the filter to review against every "
              "unit.").format(layer=layer_name, filter=subset)
