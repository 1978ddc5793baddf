"""What tells a file's versions apart without reading it, for the rule-set cache and the dock's watch of the bound
rule-set files alike: its file id, size and modification and change times in nanoseconds, from one ``os.stat`` (a
file replaced within the same second of modification time, by an editor renaming another over it or a copy keeping
the time, differs in one of them)."""

import os
from typing import Optional, Tuple

Stamp = Tuple[int, int, int, int]


def file_stamp(path: str) -> Optional[Stamp]:
    """The file's id, size and modification and change times (ns); None when it cannot be read."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns
