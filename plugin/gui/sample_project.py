"""Open the sample project: a copy in the user's profile, bound to the example rule set."""

import hashlib
import os
import shutil

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from ..core.inputs.bindings import bound_layers, detect_binding, write_binding
from ..core.inputs.resolve import load_rules
from ..core.model.binding import ConstraintBinding
from ..notes.context import plugin_version
from ..paths import PLUGIN_DIR, RULES_DIR

SAMPLE_DIR = os.path.join(PLUGIN_DIR, "sample")
SAMPLE_FILES = ("xiongan_review.qgz", "xiongan_sample.gpkg", "README.md")
EXAMPLE_RULES = os.path.join(RULES_DIR, "examples", "xiongan_example.yaml")
PROJECT_FILE = "xiongan_review.qgz"
UNIT_LAYER = "control_units"


def sample_folder() -> str:
    """Where the user's copy of this plugin's sample lives (in the active QGIS profile): a folder per plugin version
    and bundled sample, so that an upgraded plugin opens its own sample and rule set while the copies of earlier
    versions, and anything saved in them, stay as they are."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "zoning_review", "sample", sample_edition())


def sample_edition() -> str:
    """The plugin's version and a short digest of the bundled sample and rule set, e.g. ``0.1.0-1a2b3c4d``."""
    digest = hashlib.sha256()
    for path in [os.path.join(SAMPLE_DIR, name) for name in SAMPLE_FILES] + [EXAMPLE_RULES]:
        with open(path, "rb") as handle:
            digest.update(hashlib.sha256(handle.read()).digest())
    return "-".join(part for part in (plugin_version(), digest.hexdigest()[:8]) if part)


def install_sample(folder: str) -> str:
    """Copy the sample and its rule set into ``folder`` unless already there; the project's path."""
    os.makedirs(os.path.join(folder, "rules"), exist_ok=True)
    for name in SAMPLE_FILES:
        target = os.path.join(folder, name)
        if not os.path.exists(target):
            shutil.copy2(os.path.join(SAMPLE_DIR, name), target)
    rules = os.path.join(folder, "rules", os.path.basename(EXAMPLE_RULES))
    if not os.path.exists(rules):
        shutil.copy2(EXAMPLE_RULES, rules)
    return os.path.join(folder, PROJECT_FILE)


def bind_sample(project: QgsProject, rules_path: str) -> bool:
    """Bind the sample's unit layer to the rule set and its constraint layers; True when bound now."""
    if bound_layers(project):
        return False
    units = project.mapLayersByName(UNIT_LAYER)
    result = load_rules(rules_path)
    if not units or result.ruleset is None:
        return False
    binding = detect_binding(units[0])
    binding.rules_path = rules_path
    for name in result.ruleset.layers:
        same = [lyr for lyr in project.mapLayersByName(name) if isinstance(lyr, QgsVectorLayer)]
        if same:
            binding.constraints[name] = ConstraintBinding(same[0].id(), same[0].name())
    write_binding(units[0], binding, project)
    return True


def prepare_sample(folder: str) -> str:
    """The user's copy of the sample in ``folder``, made on first use and saved bound; its project file."""
    path = install_sample(folder)
    project = QgsProject()
    if project.read(path) and bind_sample(project, os.path.join(folder, "rules", os.path.basename(EXAMPLE_RULES))):
        project.write()
    project.clear()
    return path


def open_sample(iface) -> bool:
    """Open the user's copy of the sample, bound to the example rule set; False if cancelled or failed."""
    if not iface.newProject(True):
        return False
    return bool(iface.addProject(prepare_sample(sample_folder())))
