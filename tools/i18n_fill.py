"""Fill unfinished entries of the Chinese catalogue from other catalogues or a TSV of translations.

    python tools/i18n_fill.py [--replace] OTHER.ts [MORE.ts|FILE.tsv ...]

Run after merging branches: take either side's .ts, run tools/i18n_update.py, then fill what is
unfinished from the other side's .ts (``git show branch:i18n/zoning_review_zh.ts > /tmp/b.ts``).
A TSV holds ``source<TAB>translation`` per line (``\\n`` for a line break). With ``--replace`` the donors'
translations also replace finished ones (corrections). Prints what stays unfinished.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict

from i18n_catalogue import write_catalogue

TS = Path(__file__).resolve().parents[1] / "i18n" / "zoning_review_zh.ts"


def finished(path: Path) -> Dict[str, str]:
    """Source text → finished translation of a .ts or .tsv file."""
    if path.suffix == ".tsv":
        pairs = (line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line)
        return {s.replace("\\n", "\n"): t.replace("\\n", "\n") for s, t in pairs}
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            found[source.text] = translation.text
    return found


def main(donors, replace: bool = False) -> int:
    """Fill the catalogue (and with ``replace`` correct finished entries); return the number still unfinished."""
    known: Dict[str, str] = {}
    for donor in donors:
        known.update(finished(Path(donor)))
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if translation.get("type") != "unfinished":
            if replace and translation.get("type") is None and source.text in known:
                translation.text = known[source.text]
            continue
        if source.text in known:
            translation.text = known[source.text]
            del translation.attrib["type"]
        else:
            missing.append(source.text)
    write_catalogue(TS, tree)
    for text in missing:
        print("unfinished:", text)
    return len(missing)


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(1 if main([a for a in args if a != "--replace"], "--replace" in args) else 0)
