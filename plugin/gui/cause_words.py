"""The cause of a finding selected in the results tree, found with core's geometry and worded for the canvas."""

from typing import List, Optional

from ..core.review.causes import CauseScene, finding_scene
from ..i18n import tr
from .labels import pick_label


def cause_scene(chosen, site, transform_context) -> Optional[CauseScene]:
    """The cause geometry of a ``SelectedFinding`` around the reviewed ``site``, or None."""
    target = chosen.review.target
    return finding_scene(chosen.finding, target.ruleset, chosen.review.overlay.relations, target.constraints,
                         site.geometry, site.crs, transform_context)


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
