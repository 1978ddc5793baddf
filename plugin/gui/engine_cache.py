"""Overlay engines kept per bound unit layer, so its spatial index is built once, not per review.

An engine works on thread-safe snapshots of the layers; it is dropped when the unit layer or one
of its constraint layers changes (edits, commits, reloads, filters), and rebuilt on next use. One is
kept per bound unit layer: another ellipsoid, overlay tolerance, binding or constraint layer replaces
it (each holds a copy of every unit's geometry). A dropped engine is freed in a task once no review
task may read it (a province's geometries would hold QGIS for half a second).
"""

import contextlib
from typing import Callable, Dict, List, Optional, Tuple

from qgis.core import QgsCoordinateTransformContext, QgsVectorLayer

from ..core.inputs.resolve import BoundUnitLayer, overlay_engine, tolerance
from ..core.overlay.engine import OverlayEngine
from ..core.overlay.types import Tolerance
from ..core.overlay.unit_index import LAYER_SIGNALS
from .engine_release import release

Key = Tuple[str, Tuple[str, ...], Tuple[Tuple[str, str], ...], str, str, str, str, Tolerance]


class EngineCache:
    """Engines by (layer, fields, constraints, ellipsoid, tolerance), invalidated by layer signals."""

    def __init__(self, in_use: Callable[[], bool] = lambda: False) -> None:
        self._engines: Dict[Key, OverlayEngine] = {}
        self._watched: Dict[str, QgsVectorLayer] = {}
        self.in_use = in_use  # True while a review task may still read an engine dropped from the cache
        self._dropped: List[OverlayEngine] = []

    def engine(self, target: BoundUnitLayer, context: QgsCoordinateTransformContext,
               ellipsoid: Optional[str], reuse: bool = True) -> OverlayEngine:
        """The engine for a bound layer: the kept one, or a new one (kept when ``reuse``)."""
        key = self._key(target, ellipsoid)
        if reuse and key in self._engines:
            return self._engines[key]
        engine = overlay_engine(target.layer, target.binding, target.ruleset, target.constraints, context,
                                ellipsoid, snapshot=True)
        if reuse:
            # an engine of this layer made otherwise, or with another tolerance, serves no further review
            self._drop([kept for kept in self._engines if kept[0] == key[0] or kept[-1] != key[-1]])
            self._engines[key] = engine
            for layer in [target.layer, *target.constraints.values()]:
                self._watch(layer)
        return engine

    def kept(self) -> List[OverlayEngine]:
        """The engines kept now."""
        return list(self._engines.values())

    @staticmethod
    def _key(target: BoundUnitLayer, ellipsoid: Optional[str]) -> Key:
        binding = target.binding
        constraints = tuple(sorted((name, layer.id()) for name, layer in target.constraints.items()))
        return (target.layer.id(), tuple(target.attribute_fields), constraints, ellipsoid or "",
                binding.code_field, binding.name_field, binding.category_field, tolerance())

    def _watch(self, layer: QgsVectorLayer) -> None:
        """Drop the engines that use a layer when its data or definition changes (a project read again brings a new
        layer object with the old one's id: that one is watched in its place)."""
        known = self._watched.get(layer.id())
        if known is layer:
            return
        if known is not None:
            self._unwatch(known)
        self._watched[layer.id()] = layer
        for signal in self._signals(layer):
            signal.connect(self._on_change)

    def _unwatch(self, layer: QgsVectorLayer) -> None:
        """Disconnect from a layer's signals (none left when it was deleted)."""
        with contextlib.suppress(RuntimeError):  # the layer was deleted with its connections
            signals = self._signals(layer)
            for signal in signals:
                with contextlib.suppress(TypeError, RuntimeError):
                    signal.disconnect(self._on_change)

    @staticmethod
    def _signals(layer: QgsVectorLayer) -> List:
        return [getattr(layer, name) for name in LAYER_SIGNALS] + [layer.afterRollBack, layer.willBeDeleted]

    def _on_change(self, *_args) -> None:
        """A watched layer changed: forget every engine (cheap to rebuild, always correct)."""
        self._drop(list(self._engines))

    def _drop(self, keys: List[Key]) -> None:
        """Take engines out of the cache; they are freed once no review task may read them."""
        self._dropped += [self._engines.pop(key) for key in keys]
        self.release()

    def release(self) -> None:
        """Free the dropped engines in a task, unless a review task may still read one (then after it ended)."""
        if not self._dropped or self.in_use():
            return
        dropped, self._dropped = self._dropped, []
        release(dropped)

    def clear(self) -> None:
        """Forget every engine and stop watching layers."""
        self._engines.clear()
        self._dropped = []
        for layer in self._watched.values():
            self._unwatch(layer)
        self._watched.clear()
