"""A rule set started from nothing: the metadata the schema requires and no rules, written only when it loads."""

import datetime
import os
import re
from dataclasses import dataclass
from typing import Optional

import yaml

from .rule_file import RuleFile

FORMAT = "zoning-review-rules/1"
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")  # the schema's metadata.id


@dataclass
class RuleSetStart:
    """What a new rule set says about itself (the schema's required metadata); texts in Chinese."""

    id: str
    title: str
    authority: str
    region: str
    version: str = "1"
    effective: str = ""  # YYYY-MM-DD


def start_text(start: RuleSetStart) -> str:
    """The rule set's YAML: format, metadata, ``rules: []`` (every text quoted where YAML would read it otherwise)."""
    document = {"format": FORMAT, "metadata": {
        "id": start.id, "title": {"zh": start.title}, "version": start.version,
        "authority": {"zh": start.authority}, "effective": start.effective, "region": {"zh": start.region}},
        "rules": []}
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=4096)


def id_from_path(path: str) -> str:
    """A metadata id from the file's name: its letters, digits, ``_ . -`` (``rule-set`` when none is left)."""
    stem = os.path.splitext(os.path.basename(path))[0]
    found = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-_.")
    return found if ID_PATTERN.match(found) else "rule-set"


def create_rule_set(path: str, start: RuleSetStart, now: Optional[datetime.datetime] = None) -> Optional[str]:
    """Write a new rule set to ``path`` when the loader accepts it (SaveError naming what it says, else); a file
    already there is kept first as a timestamped backup, whose path is returned (None when there was none)."""
    text = start_text(start)
    return RuleFile(path, "", text).write_to(path, now)
