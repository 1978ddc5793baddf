"""Copy the screenshots the user guides use from tests/artifacts/ into docs/images/.

The screenshots are made by the tests (run them first); this script only copies them, shrinking
any picture over MAX_BYTES with Qt's QImage so the committed images stay small. A missing
screenshot stops the script with the name of the test that makes it. A picture marked optional
(for a screen still being built) is skipped with a notice instead; a guide must not reference it
until it exists (tests/test_guide.py checks).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q tests/e2e tests/test_notes_sample.py
    .venv/bin/python tools/guide_images.py
"""

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
IMAGES = ROOT / "docs" / "images"
MAX_BYTES = 400_000
MIN_WIDTH = 640


@dataclass(frozen=True)
class GuideImage:
    """One picture of the guides: its file name (same in tests/artifacts and docs/images) and its test."""

    name: str
    test: str
    optional: bool = False


GUIDE_IMAGES: List[GuideImage] = [
    GuideImage("e2e-foundation.png", "tests/e2e/test_foundation_e2e.py"),
    GuideImage("dock-en.png", "tests/e2e/test_dock_e2e.py"),
    GuideImage("dock-zh.png", "tests/e2e/test_dock_e2e.py"),
    GuideImage("notes-page1-en.png", "tests/test_notes_sample.py"),
    GuideImage("notes-page1-zh.png", "tests/test_notes_sample.py"),
    GuideImage("siting-en.png", "tests/e2e/test_siting_e2e.py"),
]


def shrink(source: Path, target: Path, limit: int = MAX_BYTES) -> Optional[str]:
    """Write ``source`` to ``target`` scaled down until it is under ``limit`` bytes; None or an error."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(source))
    if image.isNull():
        return f"{source} is not a readable image"
    width = image.width()
    while True:
        smooth = Qt.TransformationMode.SmoothTransformation
        scaled = image.scaledToWidth(width, smooth) if width < image.width() else image
        if not scaled.save(str(target), "PNG", 0):
            return f"{target} could not be written"
        size = target.stat().st_size
        if size <= limit:
            return None
        if width <= MIN_WIDTH:
            return f"{target} is still {size} bytes at {width} px wide"
        width = max(MIN_WIDTH, int(width * min(0.9, (limit / size) ** 0.5)))


def shown(path: Path) -> str:
    """A path relative to the checkout when it is inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def copy_images(artifacts: Path = ARTIFACTS, images: Path = IMAGES) -> List[str]:
    """Copy every guide picture; returns the problems (empty when all required pictures were copied)."""
    images.mkdir(parents=True, exist_ok=True)
    problems = []
    for item in GUIDE_IMAGES:
        source, target = artifacts / item.name, images / item.name
        if not source.exists():
            if item.optional:
                print(f"skipped (optional, not made yet): {item.name} — made by {item.test}")
            else:
                problems.append(f"missing {shown(source)}: run {item.test} first")
            continue
        if source.stat().st_size <= MAX_BYTES:
            shutil.copyfile(source, target)
        else:
            error = shrink(source, target)
            if error:
                problems.append(error)
                continue
        print(f"{shown(target)}: {target.stat().st_size // 1000} kB")
    return problems


def main() -> int:
    """Copy the pictures; exit 1 with every problem listed when a required one is missing."""
    problems = copy_images()
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        print("Make the screenshots with: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q "
              "tests/e2e tests/test_notes_sample.py", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
