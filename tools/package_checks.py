"""Checks `make package` runs before building the ZIP: a clean tree and a metadata.txt that
plugins.qgis.org accepts and QGIS users can find."""

import configparser
import re
import subprocess
from pathlib import Path
from typing import List

REQUIRED = ("name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version",
            "author", "email", "repository", "tracker", "homepage", "icon", "tags", "category")


def dirty_paths(root: Path, paths: List[str]) -> List[str]:
    """Tracked or untracked changes under the packaged paths (git status), one line each."""
    out = subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=root,
                         capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line.strip()]


def _version(text: str) -> tuple:
    """A dotted version as a tuple of ints."""
    return tuple(int(part) for part in text.split("."))


def metadata_problems(root: Path) -> List[str]:
    """What is wrong with metadata.txt (empty when nothing)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(root / "metadata.txt", encoding="utf-8")
    if not parser.has_section("general"):
        return ["metadata.txt has no [general] section"]
    meta = parser["general"]
    problems = [f"metadata.txt: {key} is missing or empty" for key in REQUIRED if not meta.get(key, "").strip()]
    if problems:
        return problems
    if not re.fullmatch(r"\d+\.\d+\.\d+", meta["version"]):
        problems.append(f"metadata.txt: version {meta['version']} is not MAJOR.MINOR.PATCH")
    if _version(meta["qgisMinimumVersion"]) > _version(meta["qgisMaximumVersion"]):
        problems.append("metadata.txt: qgisMinimumVersion is above qgisMaximumVersion")
    if not (root / meta["icon"]).is_file():
        problems.append(f"metadata.txt: the icon {meta['icon']} does not exist")
    tags = [tag.strip() for tag in meta["tags"].split(",")]
    problems += [f"metadata.txt: tag '{tag}' is not plain English (plugins.qgis.org asks for English tags)"
                 for tag in tags if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .-]*", tag)]
    if meta["version"] not in meta.get("changelog", ""):
        problems.append(f"metadata.txt: the changelog has no entry for version {meta['version']}")
    return problems
