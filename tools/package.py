"""Build dist/zoning_review.zip: one top folder ``zoning_review/`` with the runtime files only.

Tracked files come from ``git archive`` (of the working tree's tracked state, so uncommitted
edits of tracked files are included); compiled translations (.qm, not tracked) are added.
``--release`` (what `make package` runs) refuses a tree with uncommitted changes under the
packaged paths and a metadata.txt with problems; tests package the tree they test without it.
"""

import argparse
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from package_checks import dirty_paths, metadata_problems

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ["metadata.txt", "__init__.py", "LICENSE", "icon.svg", "README.md", "plugin", "rules", "sample",
           "docs/guide.en.md", "docs/guide.zh.md", "docs/images"]
OUT = ROOT / "dist" / "zoning_review.zip"


def tree_ish() -> str:
    """A commit holding the working tree's tracked changes (or HEAD when there are none)."""
    stash = subprocess.run(["git", "stash", "create"], cwd=ROOT, capture_output=True, text=True)
    return stash.stdout.strip() or "HEAD"


def _tracked(tree: str, path: str) -> bool:
    """True when path exists in the given commit."""
    cmd = ["git", "cat-file", "-e", f"{tree}:{path}"]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True).returncode == 0


def archive() -> bytes:
    """The runtime files as a zip from git."""
    tree = tree_ish()
    present = [p for p in RUNTIME if _tracked(tree, p)]
    cmd = ["git", "archive", "--format=zip", "--prefix=zoning_review/", tree, *present]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True).stdout


def write_zip(out: Path, qms: list) -> None:
    """Write the package whole beside ``out`` and put it in place, so no reader meets half a zip."""
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        with zipfile.ZipFile(io.BytesIO(archive())) as src, zipfile.ZipFile(
            partial, "w", zipfile.ZIP_DEFLATED
        ) as dst:
            for item in src.infolist():
                if "__pycache__" not in item.filename:
                    dst.writestr(item, src.read(item))
            for qm in qms:
                dst.write(qm, f"zoning_review/i18n/{qm.name}")
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


def main() -> int:
    """Write the package and list what it holds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--release", action="store_true", help="refuse a dirty tree and bad metadata")
    parser.add_argument("--out", type=Path, default=OUT, help="the zip to write (default: dist/zoning_review.zip)")
    args = parser.parse_args()
    if args.release:
        problems = metadata_problems(ROOT) + [f"uncommitted: {line}" for line in dirty_paths(ROOT, RUNTIME)]
        if problems:
            print("Not packaged:\n  " + "\n  ".join(problems), file=sys.stderr)
            return 1
    qms = sorted((ROOT / "i18n").glob("*.qm"))
    if not qms:
        print("No compiled translations: run `make qm` first.", file=sys.stderr)
        return 1
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    write_zip(out, qms)
    with zipfile.ZipFile(out) as done:
        names = done.namelist()
    print(f"{out} ({out.stat().st_size // 1024} KiB, {len(names)} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
