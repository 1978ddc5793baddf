"""The cause of a finding selected in the results tree, found with core's geometry and worded for the canvas."""

from typing import List, Optional, Tuple

from ..core.model.results import SpatialQuery
from ..core.review.cause_phrases import band_phrase, line_phrase, required_phrase
from ..core.review.causes import Cause, CausePart, CauseScene, finding_scene
from ..core.rules.condition_words import layer_words
from ..i18n import grouped, tr
from .labels import pick_label


class CauseScenes:
    """The cause geometry of the selected finding, kept while the site's overlay is the same: a
    re-evaluation (the description edited, a judgement) puts the selection back without working it out again."""

    def __init__(self) -> None:
        self.key: Optional[Tuple] = None
        self.scene: Optional[CauseScene] = None

    def scene_of(self, chosen, site, transform_context) -> Optional[CauseScene]:
        """The cause geometry of a ``SelectedFinding`` around the reviewed ``site``, or None."""
        target = chosen.review.target
        key = (chosen.review.overlay, site, target.layer.id(), chosen.finding.rule_id)
        same = self.key is not None and key[0] is self.key[0] and key[1] is self.key[1] and key[2:] == self.key[2:]
        if not same:
            self.key = key
            self.scene = finding_scene(chosen.finding, target.ruleset, chosen.review.overlay.relations,
                                       target.constraints, site.geometry, site.crs, transform_context)
        return self.scene

    def forget(self) -> None:
        """Drop the kept geometry."""
        self.key = self.scene = None


def distance_words(scene: CauseScene, ruleset) -> List[Optional[str]]:
    """For each part of the scene, the measured distance to its layer in words (None without a line)."""
    words: List[Optional[str]] = []
    for part in scene.parts:
        if part.line is None:
            words.append(None)
            continue
        name = cause_label(part.cause, ruleset)
        metres = line_metres(part)
        words.append(tr("{distance} m to {layer}").format(distance=grouped(round(metres)), layer=name))
    return words


def line_metres(part: CausePart) -> float:
    """The length of a part's distance line: the distance the review measured, else the line's own."""
    return part.distance_m if part.distance_m is not None else part.line.length()


def cause_label(cause: Cause, ruleset) -> str:
    """A cause's layer as the rule set labels it in the UI language, its filter said in words."""
    if ruleset is None:
        return cause.layer
    if cause.where:
        words = layer_words(ruleset, SpatialQuery(cause.layer, cause.where))
        return pick_label(words.zh, words.en, cause.layer)
    decl = ruleset.layers.get(cause.layer)
    return pick_label(decl.label_zh, decl.label_en, cause.layer) if decl else cause.layer


def legend_entries(scene: CauseScene, ruleset) -> List[Tuple[str, str]]:
    """(kind, words) for each kind of part drawn on the canvas, in drawing order, each once: the key
    to the cause, worded as the notes' legend words it."""
    entries: List[Tuple[str, str]] = []
    for part in scene.parts:
        label = cause_label(part.cause, ruleset)
        if part.band is not None:
            entries.append(("band", band_phrase(label, part.cause.distance_m or 0.0)))
        if part.zone is not None:
            entries.append(("zone", required_phrase(label)))
        elif part.features:
            entries.append(("feature", label))
        if part.line is not None:
            entries.append(("line", line_phrase(label, line_metres(part))))
    return list(dict.fromkeys(entries))
