"""The dock's hidden-rows checks kept per layer source until the layer's data changes.

The dock resolves its review targets on the main thread at every change of a binding, a rule-set file or the
project's layers. A table whose geometry column declares no SRID or type is read whole by the hidden-rows check
(``hidden_rows``), which held QGIS at each of those changes. A layer's answer is kept for its data source, name
and geometry type and forgotten when QGIS says the layer's data changed (an edit saved, a reload) or the layer
is deleted (a project closed); a table that could not be checked is asked again next time. Processing checks at
every run and keeps nothing.
"""

from typing import Any, Callable, Dict, Optional, Set, Tuple

from .hidden_rows import hidden_rows_check

Key = Tuple[str, str, str, int]  # (layer id, data source, label, geometry type)


class CheckedSources:
    """Hidden-rows answers by layer and source; ``error`` is ``hidden_rows_error`` asked once per source and data."""

    def __init__(self, check: Callable[[Any, str], Tuple[Optional[str], bool]] = hidden_rows_check) -> None:
        self._check = check
        self._answers: Dict[Key, Optional[str]] = {}
        self._watched: Set[str] = set()  # ids of the layers whose data changes are followed

    def error(self, layer: Any, label: str) -> Optional[str]:
        """The layer's hidden-rows message (None: QGIS shows every row), from the last check of its source."""
        if getattr(layer, "providerType", lambda: "")() != "postgres":
            return None
        key = (layer.id(), layer.dataProvider().dataSourceUri(), label, int(layer.geometryType()))
        if key in self._answers:
            return self._answers[key]
        message, checked = self._check(layer, label)
        if checked:
            self._watch(layer)
            self._answers[key] = message
        return message

    def _watch(self, layer: Any) -> None:
        """Forget a layer's answers when its data changes or it is deleted (connected once per layer)."""
        layer_id = layer.id()
        if layer_id in self._watched:
            return
        self._watched.add(layer_id)
        layer.dataChanged.connect(lambda: self.forget(layer_id))
        layer.willBeDeleted.connect(lambda: self.forget(layer_id, deleted=True))

    def forget(self, layer_id: str, deleted: bool = False) -> None:
        """Drop a layer's answers, to check it again; ``deleted``: its signals are no longer followed either."""
        self._answers = {key: answer for key, answer in self._answers.items() if key[0] != layer_id}
        if deleted:
            self._watched.discard(layer_id)


DOCK_CHECKS = CheckedSources()
