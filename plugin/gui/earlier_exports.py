"""The files an earlier export of review notes from the panel to the same chosen file wrote (one per deciding unit
layer, ``notes_stems``), recorded in the settings with the SHA-256 of each as written. After an export, those it did
not write again (fewer layers decide now) are removed when nobody changed them since; one changed since, one the
plugin did not record, or one that cannot be removed is kept and named, so that no file of the old export sits beside
the new ones looking current (the rule of the notes folder's index, ``processing/earlier_notes.py``)."""

import json
import os
import re
from typing import Dict, List, Sequence, Tuple

from .. import settings
from ..core.file_names import safe_name
from ..notes.index_pages import DIGEST, unchanged, written_digests

MAX_RECORDED = 200  # chosen files remembered (the oldest forgotten first)


def _records() -> Dict[str, Dict[str, str]]:
    """Every recorded export: chosen file → {file name written: SHA-256}; {} when the setting cannot be read."""
    try:
        found = json.loads(settings.NOTES_EXPORTS.value() or "{}")
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {key: files for key, files in found.items() if isinstance(files, dict) and all(
        isinstance(name, str) and os.path.basename(name) == name and isinstance(digest, str)
        and DIGEST.fullmatch(digest) for name, digest in files.items())}


def _key(path: str) -> str:
    """A chosen file as the record knows it."""
    return os.path.normcase(os.path.abspath(path))


def _like_export(name: str, path: str, fmt: str) -> bool:
    """Whether ``name`` is named as an export of notes to ``path`` is (the chosen file, or one per layer)."""
    stem = os.path.splitext(os.path.basename(path))[0]
    numbered = re.escape(safe_name(stem)) + r"_\d+_.+"
    return name == os.path.basename(path) or re.fullmatch(numbered + re.escape(f".{fmt}"), name) is not None


def settle_export(path: str, fmt: str, written: Sequence[str]) -> Tuple[List[str], List[str]]:
    """Remove the files an earlier export to ``path`` wrote that this one (``written``) did not, unchanged since;
    record this export; (removed, kept): the files removed, and those left that look like its files."""
    folder, now = os.path.dirname(path), {os.path.basename(item) for item in written}
    records = _records()
    earlier = records.pop(_key(path), {})
    removed, kept = [], []
    for name, digest in sorted(earlier.items()):
        target = os.path.join(folder, name)
        if name in now or not os.path.lexists(target):
            continue
        try:
            if not unchanged(target, digest):
                raise OSError
            os.remove(target)
            removed.append(target)
        except OSError:
            kept.append(target)
    try:
        others = sorted(os.listdir(folder))
    except OSError:
        others = []
    kept += [os.path.join(folder, name) for name in others
             if name not in now and name not in earlier and _like_export(name, path, fmt)]
    records[_key(path)] = written_digests(written)
    settings.NOTES_EXPORTS.set(json.dumps(dict(list(records.items())[-MAX_RECORDED:]), ensure_ascii=False))
    return removed, kept

