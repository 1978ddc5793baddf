"""A file written whole beside its place (``<path>.part``) before it is moved there, so a failure or a cancel leaves
no half-written file and the file already at ``path`` as it was."""

import os
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def part_file(path: str, suffix: str = ".part") -> Iterator[str]:
    """The path to write ``path``'s content to first (``path`` + ``suffix``); whatever is still there when the block
    ends (a failure, a cancel, a check that refused it) is removed."""
    part = f"{path}{suffix}"
    try:
        yield part
    finally:
        if os.path.exists(part):
            os.remove(part)
