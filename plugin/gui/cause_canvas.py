"""A finding chosen in the results, on the canvas: its cause drawn and framed with the site, or its unit flashed."""

from functools import partial

from qgis.core import QgsCoordinateTransform

from .cause_words import distance_words, legend_entries


def show_cause(dock, chosen) -> None:
    """Show the chosen finding's cause on the dock's canvas and zoom to it with the site; a finding without a spatial
    cause zooms to its unit. A selection put back after a re-evaluation does not zoom."""
    dock.highlights.clear_cause()
    site = dock.site_input.site
    if chosen is None or site is None or dock.reading_record():
        return
    scene = dock.cause_scenes.scene_of(chosen, site, dock.project.transformContext())
    if scene is not None:
        ruleset = chosen.review.target.ruleset
        dock.highlights.show_cause(scene, distance_words(scene, ruleset), legend_entries(scene, ruleset))
    if dock.tree.restoring:
        return
    if scene is None:
        show_unit(dock.canvas, chosen.review.target.layer, chosen.fid)
        return
    to_canvas = QgsCoordinateTransform(scene.crs, dock.canvas.mapSettings().destinationCrs(), dock.project)
    dock.canvas.setExtent(to_canvas.transformBoundingBox(scene.extent()))
    dock.canvas.refresh()


def show_unit(canvas, layer, fid: int) -> None:
    """Zoom the canvas to a unit and flash it."""
    canvas.zoomToFeatureIds(layer, [fid])
    canvas.flashFeatureIds(layer, [fid])


def canvas_slots(dock) -> tuple:
    """The dock's slots for a unit activated and a finding selected in its results."""
    return partial(show_unit, dock.canvas), partial(show_cause, dock)
