"""Stored times (ISO 8601, as judgements, withdrawals and register entries keep them) as people read them.

One form for every language and every place a person reads a time — the panel's results, the register browser and
its read-only view, the notes (HTML, PDF, Word): local time, ``2026-12-05 15:06``. What is stored stays ISO, and
so do the outputs machines read (CLAUSES, FINDINGS, JSON, the register's columns). A stored value that is not an
ISO time with a time of day is shown as stored: never dropped, never replaced by another time. A line is never
broken between a shown time's date and time of day (``SHOWN_TIME``): a PDF table's column is made as wide as its
times while they fit the page (Qt never breaks a line within one), Word gets a no-break space between the two.
"""

import re
from datetime import datetime

SHOWN = "%Y-%m-%d %H:%M"
SHOWN_TIME = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?!\d)")  # a time as shown: 2026-12-05 15:06
NO_BREAK_SPACE = "\u00a0"


def unbroken_times(text: str) -> str:
    """The text with a no-break space between each shown time's date and time of day, for Word to keep them on
    one line."""
    return SHOWN_TIME.sub(lambda match: match.group().replace(" ", NO_BREAK_SPACE), text)


def shown_time(stored: str) -> str:
    """A stored ISO time in local time as ``YYYY-MM-DD HH:MM`` (one without an offset as written); anything else
    exactly as stored."""
    text = stored.strip() if isinstance(stored, str) else ""
    if ":" not in text:  # not a time of day (a date alone, a word, nothing): shown as stored
        return stored
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1] in "Zz" else text)
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return moment.strftime(SHOWN)
    except (ValueError, OverflowError, OSError):
        return stored
