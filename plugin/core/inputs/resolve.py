"""What both front-ends review with, resolved in one place: the unit layer and its binding, the rule set,
the constraint layers, thread-safe snapshots of the layers, and the overlay engine or the siting inputs.

The dock and Processing call these; a problem that stops a review is an ``InputError`` with a
translated message (Processing raises it as a QgsProcessingException, the dock shows it).
"""

import os
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Set, Union

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProject,
    QgsVectorLayer,
)

from ... import settings
from ...i18n import list_separator, tr
from ...typeset import filled
from ..coordinates.crs_names import shown_crs
from ..model.binding import UnitBinding
from ..model.project import ProjectDescription
from ..overlay.crs_check import crs_unknown, outside_area_of_use
from ..overlay.dbf_text import dbf_text_widths
from ..overlay.engine import OverlayEngine
from ..overlay.layer_subset import layer_subset, units_hidden_text, zones_hidden_text
from ..overlay.types import Tolerance, UnitLayerSpec
from ..rules.layered import parse_scope
from ..rules.messages import LoadResult
from ..rules.ruleset import RuleSet
from ..siting.layers import SourceRef
from ..siting.screen import SitingInputs, SitingTolerance
from .bindings import (
    StoredBindingError,
    detect_binding,
    read_binding,
    recorded_layer,
    resolve_ref_path,
    unit_attribute_fields,
)
from .blank_units import blank_units_warning
from .hidden_rows import hidden_rows_error
from .rule_lists import (  # noqa: F401 (re-exported)
    Entry,
    forget_rules,
    given_scopes_failure,
    load_lists,
    load_rules,
)
from .selected_units import SelectedUnits
from .snapshot import LayerSnapshot
from .unit_fields import missing_fields, missing_words

HiddenCheck = Callable[[Any, str], Optional[str]]  # (layer, label) → the message of features it leaves out


class InputError(Exception):
    """An input that stops a review; the message is translated and names the input."""


def binding_entries(binding: UnitBinding, project: Optional[QgsProject] = None, layer: str = "") -> List[Entry]:
    """The binding's rule-set files (found through the project) with the scopes it gives them, as given by the
    binding of the unit layer named ``layer``."""
    project = project or QgsProject.instance()
    return [Entry(resolve_ref_path(ref, project), parse_scope(ref.scope), layer)
            for ref in binding.rule_sets if ref.path]


def scoped_entries(paths: Sequence[str], scopes: str = "") -> List[Entry]:
    """The rule-set files with the scopes given for them, one line per file in order ('all', an
    administrative code ZH + 6 digits or an expression; a blank line or none: the file's own scope)."""
    lines = (scopes or "").splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) > len(paths):
        raise InputError(tr("Rule-set scopes: {scopes} lines for {files} rule-set files. Give one line per file, "
                            "in the order of the files (a blank line keeps a file's own scope).").format(
            scopes=len(lines), files=len(paths)))
    lines += [""] * (len(paths) - len(lines))
    return [Entry(path, parse_scope(line), line=number)
            for number, (path, line) in enumerate(zip(paths, lines), start=1)]


def require_rules(paths: Union[str, Sequence[str]], binding: UnitBinding,
                  project: Optional[QgsProject] = None, scopes: str = "", layer: str = "") -> LoadResult:
    """The rule set of ``paths`` (one file or several lists, each with the scope given in ``scopes`` or
    else the one it declares), else of the binding of the unit layer named ``layer``; InputError naming every
    error. The result's warnings are the caller's to show.
    """
    paths = [path for path in ([paths] if isinstance(paths, str) else list(paths or [])) if path]
    if scopes.strip() and not paths:
        raise InputError(tr("Rule-set scopes are given for rule-set files: choose the files too, or set the "
                            "scopes of the bound lists in the Zoning Review panel."))
    entries = scoped_entries(paths, scopes) or binding_entries(binding, project, layer)
    if not entries:
        raise InputError(tr(
            "No rule set: choose a rule-set file, or bind one to the unit layer in the Zoning Review panel."))
    for entry in entries:
        if not os.path.exists(entry.path):
            raise InputError(tr("Rule-set file {path} does not exist.").format(path=entry.path))
    result = load_lists(entries)
    if result.ruleset is None:
        raise InputError(_rules_error(entries, result))
    return result


def _rules_error(entries: Sequence[Entry], result: LoadResult) -> str:
    """Why the rule set cannot be used: its files' errors, or the scopes given for them when only those are wrong."""
    messages = "\n".join(m.text() for m in result.errors)
    return given_scopes_failure(result.errors) or tr("The rule set {path} has errors:\n{messages}").format(
        path=list_separator().join(entry.path for entry in entries), messages=messages)


def unit_binding(units: QgsVectorLayer, code: str = "", name: str = "", category: str = "",
                 prose: bool = True) -> UnitBinding:
    """The layer's stored binding (from the dock) or detected fields, overridden by the given fields."""
    try:
        binding = read_binding(units) or detect_binding(units)
    except StoredBindingError as error:
        raise InputError(str(error)) from None
    binding.code_field = code or binding.code_field
    binding.name_field = name or binding.name_field
    binding.category_field = category or binding.category_field
    if not prose:
        binding.prose_fields = {}
    missing = [
        label for label, value in (
            (tr("unit code"), binding.code_field),
            (tr("unit name"), binding.name_field),
            (tr("unit category"), binding.category_field),
        ) if not value
    ]
    if len(missing) == 1:
        raise InputError(tr(
            "Layer {layer}: could not find the {what} field; choose it in the algorithm's parameters."
        ).format(layer=units.name(), what=missing[0]))
    if missing:
        raise InputError(tr(
            "Layer {layer}: could not find the {what} fields; choose each of them in the algorithm's parameters."
        ).format(layer=units.name(), what=list_separator().join(missing)))
    return binding


def check_unit_fields(units: Any, binding: UnitBinding) -> None:
    """InputError naming every unit field (code, name, category, requirement text) the layer lacks."""
    missing = missing_fields(units, binding)
    if missing:
        raise InputError(tr(
            "Layer {layer} has no field {fields}: give the unit fields the layer has in the algorithm's parameters, "
            "or bind the layer again in the Zoning Review panel (a requirement text field renamed or removed in the "
            "data: bind the layer again, or do not check the unit layer's own requirement texts).").format(
            layer=units.name() or units.id(), fields=missing_words(missing)))


def source_table(layer: QgsVectorLayer) -> str:
    """The table its source names (``file.gpkg|layername=red_line``), or ''."""
    match = re.search(r"layername=([^|]+)", layer.source())
    return match.group(1) if match else ""


def layer_label(layer: QgsVectorLayer) -> str:
    """The layer's name, with the table its source names when that differs (Processing names a layer of a
    GeoPackage after the file, so four tables of one file would all be called alike), in the UI language's
    punctuation (wrong (red_line), “wrong”（red_line）; a name alone: units, “units”)."""
    table = source_table(layer)
    if not table or table == layer.name():
        return tr("{layer}").format(layer=layer.name())
    return tr("{layer} ({table})").format(layer=layer.name(), table=table)


def crs_error(layer: QgsVectorLayer) -> Optional[str]:
    """A translated message naming a layer without a CRS or with one that does not place it on the earth
    (``crs_unknown``: GDAL's undefined SRS of a GeoPackage layer saved without one); else None."""
    crs = layer.crs()
    if not crs.isValid():
        return tr("Layer {layer} has no coordinate reference system (e.g. a missing .prj file): set it in the "
                  "layer's properties or add the .prj, then run again.").format(layer=layer_label(layer))
    if not crs_unknown(crs):
        return _outside_error(layer) if outside_area_of_use(crs, layer.extent()) else None
    return tr("Layer {layer} has an undefined coordinate reference system ({crs}), so where its coordinates lie is "
              "unknown: set the CRS they are in (Layer Properties › Source, or Processing's Assign projection), "
              "then run again.").format(layer=layer_label(layer), crs=crs.description() or "?")


def _outside_error(layer: QgsVectorLayer) -> str:
    """A translated message naming a layer whose coordinates lie outside where its CRS can be used."""
    crs, bounds = layer.crs(), layer.crs().bounds()
    message = tr("Layer {layer} lies outside where its coordinate reference system {crs} can be used ({west:.1f}–"
                 "{east:.1f}°E, {south:.1f}–{north:.1f}°N), so where its features lie is unknown: its coordinates are "
                 "in another CRS. Set the CRS they are in (Layer Properties › Source, or Processing's Assign "
                 "projection), then run again.")
    return filled(message, {"layer": layer_label(layer), "crs": shown_crs(crs), "west": bounds.xMinimum(),
                            "east": bounds.xMaximum(), "south": bounds.yMinimum(), "north": bounds.yMaximum()},
                  names=("crs",))


def check_unit_layer(units: QgsVectorLayer, binding: UnitBinding, blanks: bool = True,
                     hidden: HiddenCheck = hidden_rows_error, selected: Any = None) -> List[str]:
    """InputError for a unit layer without CRS or features, or leaving out features of its table (``hidden``: how
    that is asked); with ``blanks``, a warning naming units without code or category (every unit read: the dock
    looks for them in a task). ``selected``: the feature source of the units to review (its selected ones), the only
    units checked then."""
    error = crs_error(units) or (hidden(units, layer_label(units)) if selected is None else None)
    if error:
        raise InputError(error)
    if selected is None and units.featureCount() == 0:
        raise InputError(tr("The control unit layer {layer} has no features: choose the layer that holds "
                            "the units.").format(layer=units.name()))
    warning = blank_units_warning(units if selected is None else selected, units.name(), binding) if blanks else ""
    subset = layer_subset(units)
    return [w for w in (units_hidden_text(layer_label(units), subset) if subset else "", warning) if w]


@dataclass
class Constraints:
    """Constraint layers by rule-set name, and a translated warning for each one that cannot be used."""

    layers: Dict[str, QgsVectorLayer] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)
    unusable: Set[str] = field(default_factory=set)
    errors: List[str] = field(default_factory=list)
    hidden: HiddenCheck = hidden_rows_error  # how a layer leaving out features of its table is found

    def add(self, name: str, layer: Any) -> None:
        """Keep a valid vector layer with a CRS showing all its table; else warn (an error: no CRS, rows left out)."""
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            error = crs_error(layer) or self.hidden(layer, layer_label(layer))  # once each: costly
            if error:
                self.unusable.add(name)
                self.errors.append(error)
                self.warnings.append(error)
                return
            if layer_subset(layer):  # kept: the review reads where a site lies to it as unknown (SUBSET_PROBLEM)
                self.warnings.append(zones_hidden_text(layer_label(layer), layer_subset(layer)))
            self.layers[name] = layer
            return
        self.unusable.add(name)
        shown = layer.name() if isinstance(layer, QgsVectorLayer) and layer.name() else name
        self.warnings.append(tr(
            "The constraint layer {layer} (the rule set's {name}) cannot be read: rules that need it will "
            "report 'needs information'.").format(layer=shown, name=name))

    def ambiguous(self, name: str, layer: str, alike: Sequence[Any]) -> None:
        """Warn that the layer bound to ``name`` is known by a name several layers have: none is used."""
        self.unusable.add(name)
        self.warnings.append(ambiguity_warning(name, layer, alike))

    def missing(self, name: str, layer: str) -> None:
        """Warn that the layer bound to ``name`` is not in the project."""
        self.unusable.add(name)
        self.warnings.append(tr(
            "The constraint layer {layer} bound to the rule set's {name} is not in the project: rules that "
            "need it will report 'needs information'.").format(layer=layer, name=name))


def ambiguity_warning(name: str, layer: str, alike: Sequence[Any]) -> str:
    """A translated warning: the layer bound to the rule set's ``name`` is known only by its name ``layer``, which
    the layers ``alike`` share, so none of them is used."""
    sources = list_separator().join(other.publicSource() or other.id() for other in alike)
    return tr("The constraint layer {layer} bound to the rule set's {name} is no longer in the project under the id "
              "it was bound by, and {count} layers are called {layer} ({sources}): none is used, as which one was "
              "meant is not known, and rules that need it will report 'needs information'. Choose the layer for "
              "{name} in the Zoning Review panel.").format(layer=layer, name=name, count=len(alike), sources=sources)


def bound_constraints(binding: UnitBinding, project: QgsProject, hidden: HiddenCheck = hidden_rows_error
                      ) -> Constraints:
    """The binding's constraint layers found in the project (by id, else by the recorded name when one layer has
    it) and readable, with a warning for each bound layer that is missing, cannot be told apart or cannot be read
    (``hidden``: how a layer leaving out features of its table is found)."""
    found = Constraints(hidden=hidden)
    for name, bound in binding.constraints.items():
        layer, alike = recorded_layer(bound, project)
        if alike:
            found.ambiguous(name, bound.layer_name, alike)
        elif layer is None:
            found.missing(name, bound.layer_name or bound.layer_id)
        else:
            found.add(name, layer)
    return found


def layer_rule_names(layer: QgsVectorLayer, declared: List[str], explicit: Dict[str, str]) -> List[str]:
    """The rule-set names a constraint layer stands for: every name the explicit mapping gives it (by
    layer name or id), else its layer name or source."""
    named = [rule_name for rule_name, layer_name in explicit.items() if layer_name in (layer.name(), layer.id())]
    if named:
        return named
    if layer.name() in declared:
        return [layer.name()]
    if source_table(layer) in declared:
        return [source_table(layer)]
    stem = os.path.splitext(os.path.basename(layer.source().split("|")[0]))[0]
    return [stem if stem in declared else layer.name()]


def constraint_layers(layers: Iterable[QgsVectorLayer], ruleset: RuleSet, binding: UnitBinding,
                      explicit: Optional[Dict[str, str]] = None,
                      project: Optional[QgsProject] = None) -> Constraints:
    """The constraint layers the rule set names: the given layers (named by ``layer_rule_names``), or
    else the binding's; with a warning for each one missing or unreadable, and for each layer the rule
    set uses that no layer stands for."""
    declared = sorted(ruleset.layers)
    layers = list(layers)
    found = Constraints()
    for layer in layers:
        for name in layer_rule_names(layer, declared, explicit or {}):
            if name in declared:
                found.add(name, layer)
    if not layers:
        found = bound_constraints(binding, project or QgsProject.instance())
    for name in declared:
        if name not in found.layers and name not in found.unusable:
            found.warnings.append(tr(
                "The rule set uses the layer {layer}, but no constraint layer is bound to it: "
                "rules that need it will report 'needs information'.").format(layer=name))
    found.layers = {name: layer for name, layer in found.layers.items() if name in declared}
    return found


@dataclass
class BoundUnitLayer:
    """A unit layer ready for review: binding, rule set and constraint layers by rule-set name."""

    layer: QgsVectorLayer
    binding: UnitBinding
    ruleset: Any
    constraints: Dict[str, QgsVectorLayer] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)

    @property
    def attribute_fields(self) -> List[str]:
        """The unit fields the overlay must read: prose fields and those unit conditions test."""
        return unit_attribute_fields(self.layer.fields().names(), self.ruleset, self.binding)


def tolerance() -> Tolerance:
    """The overlay tolerance from the plugin settings."""
    return Tolerance(settings.MIN_OVERLAP_M2.value(), settings.MIN_SITE_FRACTION.value())


def overlay_engine(units: QgsVectorLayer, binding: UnitBinding, ruleset: RuleSet,
                   constraints: Dict[str, QgsVectorLayer], transform_context: QgsCoordinateTransformContext,
                   ellipsoid: Optional[str], snapshot: bool = False, selected: Any = None) -> OverlayEngine:
    """The overlay engine over a unit layer and its constraint layers (their snapshots when ``snapshot``,
    for a QgsTask; ``selected``: the Processing source of the units to overlay, the layer's selected ones).
    Raises OverlayError on a layer that cannot be used."""
    read = LayerSnapshot if snapshot else (lambda layer: layer)
    fields = unit_attribute_fields(units.fields().names(), ruleset, binding)
    unit_source = read(units) if selected is None else SelectedUnits(selected, units)
    spec = UnitLayerSpec(unit_source, binding.code_field, binding.name_field, binding.category_field, fields,
                         dbf_text_widths(units))
    return OverlayEngine(spec, {name: read(layer) for name, layer in constraints.items()}, transform_context,
                         ellipsoid, tolerance())


def siting_inputs(units: Any, binding: UnitBinding, ruleset: RuleSet, project: ProjectDescription,
                  constraints: Dict[str, Any], transform_context: QgsCoordinateTransformContext,
                  ellipsoid: str = "", snapshot: bool = False,
                  siting_tolerance: Optional[SitingTolerance] = None) -> SitingInputs:
    """The siting screen's inputs; with ``snapshot``, thread-safe copies of the layers (call in the main
    thread, screen in a QgsTask), else the layers or Processing sources read directly."""
    read = LayerSnapshot if snapshot else (lambda layer: layer)
    return SitingInputs(
        units=SourceRef.of(read(units)), binding=binding, ruleset=ruleset, project=project,
        constraints={name: SourceRef.of(read(layer)) for name, layer in constraints.items()},
        transform_context=transform_context, ellipsoid=ellipsoid or "",
        tolerance=siting_tolerance or SitingTolerance(), text_widths=dbf_text_widths(units))
