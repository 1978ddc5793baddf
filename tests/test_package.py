"""`make package`'s release checks: a clean tree and metadata plugins.qgis.org accepts."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from package_checks import metadata_problems  # noqa: E402


def _clone(tmp_path: Path) -> Path:
    """A clone of the committed checkout, with the compiled translations copied in."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(ROOT), str(clone)], check=True)
    for qm in (ROOT / "i18n").glob("*.qm"):
        shutil.copy(qm, clone / "i18n" / qm.name)
    return clone


def _package(clone: Path) -> subprocess.CompletedProcess:
    """Run the release packaging in the clone."""
    return subprocess.run([sys.executable, str(clone / "tools" / "package.py"), "--release"], cwd=clone,
                          capture_output=True, text=True)


def test_the_shipped_metadata_passes_the_checks():
    assert metadata_problems(ROOT) == []


def test_metadata_problems_are_named(tmp_path):
    text = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    text = text.replace("qgisMaximumVersion=4.99", "qgisMaximumVersion=3.10").replace("tags=", "tags=三线一单,")
    (tmp_path / "metadata.txt").write_text(text, encoding="utf-8")
    (tmp_path / "icon.svg").write_text("<svg/>", encoding="utf-8")
    problems = metadata_problems(tmp_path)
    assert any("qgisMinimumVersion is above qgisMaximumVersion" in p for p in problems)
    assert any("'三线一单'" in p for p in problems)
    assert len(problems) == 2


def test_release_package_refuses_uncommitted_edits(tmp_path):
    clone = _clone(tmp_path)
    with open(clone / "plugin" / "settings.py", "a", encoding="utf-8") as handle:
        handle.write("# an edit nobody committed\n")
    proc = _package(clone)
    assert proc.returncode == 1
    assert "uncommitted:" in proc.stderr and "plugin/settings.py" in proc.stderr
    assert not (clone / "dist" / "zoning_review.zip").exists()


def test_release_package_of_a_clean_tree_is_written(tmp_path):
    clone = _clone(tmp_path)
    proc = _package(clone)
    assert proc.returncode == 0, proc.stderr
    assert (clone / "dist" / "zoning_review.zip").stat().st_size > 0
