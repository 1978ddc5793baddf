"""The cause of a finding selected in the results tree, found with core's geometry and worded for the canvas."""

from typing import List, Optional, Tuple

from ..core.review.causes import CauseScene, finding_scene
from ..i18n import tr
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
        decl = ruleset.layers.get(part.cause.layer) if ruleset is not None else None
        name = pick_label(decl.label_zh, decl.label_en, part.cause.layer) if decl else part.cause.layer
        metres = part.distance_m if part.distance_m is not None else part.line.length()
        words.append(tr("{distance} m to {layer}").format(distance=f"{metres:,.0f}", layer=name))
    return words
