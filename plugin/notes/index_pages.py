"""The record a notes folder's index keeps of the notes files the plugin wrote there for its sites layer, each with
the SHA-256 of its bytes as written: a later run on the same layer removes only those of its own files that no site
has any more and that nobody changed since (``processing/earlier_notes.py``)."""

import hashlib
import json
import os
import re
from typing import Dict, Optional, Sequence

PAGES_ID = "zoning-review-pages"
VERSION = 1
RECORD = re.compile(f'<script type="application/json" id="{PAGES_ID}">(.*?)</script>'.encode("ascii"), re.DOTALL)
DIGEST = re.compile(r"[0-9a-f]{64}")
MAX_INDEX_BYTES = 64 * 1024 * 1024  # an index bigger than this is no index the plugin wrote


def file_digest(path: str) -> str:
    """The SHA-256 of a file's bytes, in hex; OSError when it cannot be read."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def written_digests(paths: Sequence[str]) -> Dict[str, str]:
    """Each file just written (name → SHA-256); one that cannot be read is left out, so it is never removed later."""
    found = {}
    for path in paths:
        try:
            found[os.path.basename(path)] = file_digest(path)
        except OSError:
            continue
    return found


def unchanged(path: str, digest: str) -> bool:
    """Whether the file at ``path`` is as the plugin wrote it (SHA-256 ``digest``; a link put in its place is not);
    OSError when it cannot be read."""
    return not os.path.islink(path) and file_digest(path) == digest


def pages_script(pages: Dict[str, str]) -> str:
    """The index's record of the notes files (name → SHA-256), as an element a browser does not show."""
    text = json.dumps({"version": VERSION, "pages": dict(sorted(pages.items()))}, ensure_ascii=False)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" id="{PAGES_ID}">{text}</script>'


def recorded_pages(index: str) -> Optional[Dict[str, str]]:
    """The notes files (name → SHA-256) the index page at ``index`` records; {} when there is no such page or it
    records none (written before the record, or not by the plugin); None when its record cannot be read (damaged,
    of a later version, or naming a file outside the folder)."""
    try:
        if os.path.getsize(index) > MAX_INDEX_BYTES:
            return {}
        with open(index, "rb") as handle:
            found = RECORD.search(handle.read())
    except OSError:
        return {}
    if found is None:
        return {}
    try:
        record = json.loads(found.group(1).decode("utf-8"))
    except ValueError:  # also UnicodeDecodeError
        return None
    pages = record.get("pages") if isinstance(record, dict) and record.get("version") == VERSION else None
    if not isinstance(pages, dict) or not all(_plain(name, digest) for name, digest in pages.items()):
        return None
    return pages


def _plain(name, digest) -> bool:
    """Whether a record's entry is a file name in the folder itself (no folder, not the index) and a SHA-256."""
    return (isinstance(name, str) and isinstance(digest, str) and DIGEST.fullmatch(digest) is not None
            and name not in ("", ".", "..") and "/" not in name and "\\" not in name and ":" not in name
            and "\0" not in name and name.casefold() != "index.html")
