"""A siting screen run again (the project's description changed) just as the last one ends: the last one's layers,
made in its task and never shown, have their features freed in the background, off the GUI thread — before, they were
let go of with the task on the GUI thread, which a province's units held for half a second."""

import threading

from tests.grid_units import counted_drops, screen_grid, wait_screened, wait_until
from tests.task_report import waited_in_vain

COLUMNS, ROWS = 30, 20  # 600 units


def test_the_layers_of_a_screen_ended_after_it_was_run_again_are_freed_off_the_gui_thread(
        dock, qgis_app, sample_project, example_rules, tmp_path, monkeypatch):

    from zoning_review.plugin.gui import background_free, siting_task

    counted, drops = counted_drops(monkeypatch)
    ended, resume, made = threading.Event(), threading.Event(), []
    run = siting_task.SitingTask.run

    def ending(task):  # the first screen's task, its layers made, ends only once the screen was run again
        ok = run(task)
        if not made:
            made.append(sorted(layer.featureCount() for layer in task.layers))
            ended.set()
            resume.wait(60)
        return ok

    monkeypatch.setattr(siting_task.SitingTask, "run", ending)
    panel = screen_grid(dock, sample_project, example_rules, tmp_path / "grid.gpkg", COLUMNS, ROWS)
    panel.button.setChecked(True)
    wait_until(qgis_app, ended.is_set)
    assert made and made[0][1] == COLUMNS * ROWS, panel.summary.text()
    first = panel.generation
    dock.form.attributes.set_value("major_infrastructure", True)  # the description changed: screened again
    wait_until(qgis_app, lambda: panel.generation > first)
    assert panel.generation > first, "the screen was not run again"
    resume.set()
    wait_screened(qgis_app, panel)
    wait_until(qgis_app, lambda: drops.gui and not background_free._RUNNING)
    assert made[0] in [held for held, gui in zip(counted, drops.gui) if not gui], \
        f"the first screen's layers ({made[0]} features) were freed on the GUI thread, not in the background: " \
        f"{counted}\n{waited_in_vain()}"
    assert made[0] not in [held for held, gui in zip(counted, drops.gui) if gui]
