"""A file about to be replaced, kept first as a timestamped backup beside it: the rule editor's save and the
rule-set files Processing writes."""

import datetime
import os
import shutil
from typing import Optional


def backup_path(path: str, now: Optional[datetime.datetime] = None) -> str:
    """``rules.yaml`` → ``rules.yaml.20260103-141502.bak`` (numbered when that exists)."""
    stamp = (now or datetime.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate, number = f"{path}.{stamp}.bak", 2
    while os.path.exists(candidate):
        candidate, number = f"{path}.{stamp}-{number}.bak", number + 1
    return candidate


def replace_keeping_backup(part: str, path: str, now: Optional[datetime.datetime] = None) -> Optional[str]:
    """Move the complete file ``part`` onto ``path``, a file already there copied first to its timestamped backup;
    the backup's path, None when ``path`` held no file."""
    backup = None
    if os.path.isfile(path):
        backup = backup_path(path, now)
        shutil.copy2(path, backup)
    os.replace(part, path)
    return backup
