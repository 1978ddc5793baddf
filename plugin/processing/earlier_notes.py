"""The notes files earlier runs of reviewsites wrote in a notes folder for its sites layer, as the folder's index
records them (``notes/index_pages``). After a complete run over the whole layer, those of sites that have no notes
in this run (deleted or renamed since, or their notes not written this time) are removed when nobody changed them
since the plugin wrote them; one changed since is kept and named, and a file the plugin did not write is never
touched. A run cancelled, or over some of the layer's sites, removes none: they are named and recorded again for
the next run."""

import os
from typing import Dict, List, Sequence, Set, Tuple

from ..i18n import list_separator, tr
from ..notes.index_pages import recorded_pages, unchanged, written_digests

FileId = Tuple[int, int]


class EarlierNotes:
    """The notes files (name → SHA-256) an earlier run recorded in ``folder``'s index."""

    def __init__(self, folder: str, pages: Dict[str, str]) -> None:
        self.folder = folder
        self.pages = pages

    @classmethod
    def read(cls, folder: str, feedback) -> "EarlierNotes":
        """The files the index of ``folder`` records; a record that cannot be read is said, and none is removed."""
        index = os.path.join(folder, "index.html")
        pages = recorded_pages(index)
        if pages is None:
            feedback.pushWarning(tr(
                "The record of the review notes earlier runs wrote, in {path}, could not be read, so none of them "
                "was removed: notes of sites no longer reviewed may remain in {folder}. Check the folder, or choose "
                "an empty folder for the notes.").format(path=index, folder=folder))
        return cls(folder, pages or {})

    def record(self, written: Sequence[str], settle: bool) -> Dict[str, str]:
        """The record of the new index: each file written now with its SHA-256, and the earlier files still there
        that this run wrote no notes over — when ``settle``, only those unchanged (they are removed next; one changed
        since is no longer the plugin's), else all of them (left for the next run)."""
        now = written_digests(written)
        rest = self._rest(written)
        if settle:
            rest = {name: digest for name, digest in rest.items() if not self._changed(name, digest)}
        return {**rest, **now}

    def settle(self, written: Sequence[str], feedback) -> None:
        """Remove the earlier files of sites that have no notes now, unchanged since written, and name in the log
        those removed, those kept because they were changed, and those that could not be removed."""
        removed, kept = [], []
        for name, digest in sorted(self._rest(written).items()):
            path = os.path.join(self.folder, name)
            try:
                if not self._unchanged(name, digest):
                    kept.append(name)
                    continue
                os.remove(path)
                removed.append(name)
            except OSError as error:
                feedback.pushWarning(tr(
                    "{path} could not be removed: {error}. An earlier run wrote these review notes for a site that "
                    "has no notes in this run; delete the file by hand (the next run on this sites layer tries "
                    "again).").format(path=path, error=error.strerror or error))
        self._said(removed, kept, feedback)

    def leave(self, written: Sequence[str], feedback) -> None:
        """Name the earlier files of sites without notes in this run, left as they were (a run cancelled, or over
        some of the layer's sites)."""
        left = sorted(self._rest(written))
        if left:
            feedback.pushInfo(tr(
                "This run did not review every site of the layer to the end, so the review notes earlier runs wrote "
                "in {folder} for sites without notes in this run were left as they were: {files}. A complete run over "
                "the whole layer removes those of sites it no longer has.").format(
                folder=self.folder, files=list_separator().join(left)))

    def _said(self, removed: List[str], kept: List[str], feedback) -> None:
        """The log's lines on the files removed and kept."""
        if removed:
            feedback.pushInfo(tr(
                "Removed from {folder} the review notes earlier runs wrote for sites that have no notes in this run "
                "(deleted or renamed since, or their notes not written): {files}").format(
                folder=self.folder, files=list_separator().join(removed)))
        if kept:
            feedback.pushWarning(tr(
                "Kept in {folder}: {files}. Earlier runs wrote these review notes for sites that have no notes in "
                "this run, but they were changed since, so they were not removed. They do not show this review and "
                "are not in its index: move or delete them if they are no longer needed.").format(
                folder=self.folder, files=list_separator().join(kept)))

    def _rest(self, written: Sequence[str]) -> Dict[str, str]:
        """The recorded files still in the folder that no file written now replaced (the same file: also a name of
        another case where the file system ignores case)."""
        now = _file_ids(written)
        rest = {}
        for name, digest in self.pages.items():
            path = os.path.join(self.folder, name)
            try:
                if _file_id(path) in now:
                    continue
            except OSError:
                if not os.path.lexists(path):
                    continue  # gone already
            rest[name] = digest
        return rest

    def _unchanged(self, name: str, digest: str) -> bool:
        """Whether the file is as the plugin wrote it (a link put in its place is not); OSError when it cannot be
        read."""
        return unchanged(os.path.join(self.folder, name), digest)

    def _changed(self, name: str, digest: str) -> bool:
        """Whether the file was changed since the plugin wrote it (one that cannot be read is not known to be)."""
        try:
            return not self._unchanged(name, digest)
        except OSError:
            return False


def _file_id(path: str) -> FileId:
    """What tells a file apart on its file system (device and file number; Windows' file index too)."""
    stat = os.stat(path)
    return stat.st_dev, stat.st_ino


def _file_ids(paths: Sequence[str]) -> Set[FileId]:
    """The file ids of the files at ``paths`` that exist."""
    found = set()
    for path in paths:
        try:
            found.add(_file_id(path))
        except OSError:
            continue
    return found
