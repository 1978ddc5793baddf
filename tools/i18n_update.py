"""Extract translatable strings into i18n/*.ts (pylupdate5) and compile them to .qm (lrelease).

    python tools/i18n_update.py            # update the .ts from the code, then compile
    python tools/i18n_update.py --compile  # only compile the committed .ts into .qm
    python tools/i18n_update.py --ts-out F # write a fresh .ts to F (for the staleness test)
"""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List

from i18n_catalogue import normalise

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("zh",)


def source_files() -> List[str]:
    """Every Python file of the plugin that can hold user-visible strings."""
    files = [ROOT / "__init__.py"] + sorted((ROOT / "plugin").rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files]


def ts_path(lang: str) -> Path:
    """The committed catalogue of a language."""
    return ROOT / "i18n" / f"zoning_review_{lang}.ts"


def extract(target: Path) -> None:
    """Run pylupdate5 over the sources into target (existing translations are kept), written as the repository
    keeps it."""
    cmd = ["pylupdate5", "-noobsolete", *source_files(), "-ts", str(target)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    normalise(target)


def compile_qm(lang: str) -> None:
    """Compile the .ts of a language into its .qm next to it, put in place whole: a QGIS (or a test run) that has the
    old .qm loaded maps its file, and one rewritten in place under it crashes it (SIGBUS)."""
    ts = ts_path(lang)
    qm = ts.with_suffix(".qm")
    fresh = qm.with_suffix(".qm.new")
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(fresh)], check=True)
    os.replace(fresh, qm)


def main() -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("--ts-out", help="write a freshly extracted .ts to this path")
    args = parser.parse_args()
    if args.ts_out:
        out = Path(args.ts_out).resolve()
        shutil.copy(ts_path("zh"), out)
        extract(out)
        return 0
    for lang in LANGUAGES:
        if not args.compile:
            extract(ts_path(lang))
        compile_qm(lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
