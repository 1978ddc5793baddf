"""Every setting of the plugin, typed, under ``zoning_review/`` in QgsSettings."""

import math
from typing import Any, Optional

from qgis.core import QgsSettings

from .i18n import tr
from .ini_text import written_text
from .log import log_warning

PREFIX = "zoning_review/"


class Setting:
    """One typed QgsSettings key with its default."""

    def __init__(self, key: str, default: Any, kind: type) -> None:
        self.key = PREFIX + key
        self.default = default
        self.kind = kind

    def value(self) -> Any:
        """Current value, converted to the setting's type."""
        raw = QgsSettings().value(self.key, self.default)
        if self.kind is str and isinstance(raw, (str, list)):  # an .ini file's unquoted commas and ";" read as text
            return written_text(self.key, raw if isinstance(raw, str) else [str(item) for item in raw])
        if self.kind is bool:
            return str(raw).lower() in ("true", "1", "yes")
        try:
            return self.kind(raw)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: Any) -> None:
        """Store a new value."""
        QgsSettings().setValue(self.key, self.kind(value))

    def reset(self) -> None:
        """Remove the stored value, so the default applies again."""
        QgsSettings().remove(self.key)


class ToleranceSetting(Setting):
    """A finite number of at least zero (an overlay tolerance); anything else stored reads as the default."""

    def __init__(self, key: str, default: float) -> None:
        super().__init__(key, default, float)
        self.warned = ""  # the unusable value last warned about: said once, not at every review

    def value(self) -> float:
        """The stored number, or the default with a warning naming the setting when it is not finite and >= 0."""
        raw = QgsSettings().value(self.key, self.default)
        number = usable_number(raw)
        if number is None and repr(raw) != self.warned:
            self.warned = repr(raw)
            log_warning(tr("The setting {key} holds “{value}”, which is not a finite number of at least zero: "
                           "the default {default} is used. Set it again under Settings ▸ Options ▸ Zoning Review.")
                        .format(key=self.key, value=raw, default=self.default))
        return self.default if number is None else number

    def set(self, value: Any) -> None:
        """Store a new value; a number that is not finite and >= 0 is refused with ValueError."""
        number = usable_number(value)
        if number is None:
            raise ValueError(f"{self.key} must be a finite number of at least zero, not {value!r}")
        QgsSettings().setValue(self.key, number)
        self.warned = ""

    def reset(self) -> None:
        """Remove the stored value, so the default applies again (and a later unusable value is warned about)."""
        super().reset()
        self.warned = ""


def usable_number(raw: Any) -> Optional[float]:
    """``raw`` as a finite float of at least zero, or None (not a number, infinite, NaN, negative)."""
    try:
        number = float(raw)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0.0 else None


REVIEWER = Setting("reviewer", "", str)
ORGANISATION = Setting("organisation", "", str)
NOTES_LANGUAGE = Setting("notes/language", "", str)
NOTES_TEMPLATE = Setting("notes/template", "", str)
NOTES_EXPORTS = Setting("notes/exports", "", str)  # JSON: each chosen notes file → the files written, SHA-256
LAST_RULES_DIR = Setting("paths/last_rules_dir", "", str)
LAST_OUTPUT_DIR = Setting("paths/last_output_dir", "", str)
REGISTER_PATH = Setting("register/path", "", str)  # the review register (台账) GeoPackage
MIN_OVERLAP_M2 = ToleranceSetting("overlay/min_overlap_m2", 1.0)
MIN_SITE_FRACTION = ToleranceSetting("overlay/min_site_fraction", 1e-4)
ACCESS_LIST_SPELLINGS = Setting("import/column_spellings", "", str)  # more header spellings: "role: a, b" lines
