"""Every setting of the plugin, typed, under ``zoning_review/`` in QgsSettings."""

from typing import Any

from qgis.core import QgsSettings

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


REVIEWER = Setting("reviewer", "", str)
ORGANISATION = Setting("organisation", "", str)
NOTES_LANGUAGE = Setting("notes/language", "", str)
NOTES_TEMPLATE = Setting("notes/template", "", str)
LAST_RULES_DIR = Setting("paths/last_rules_dir", "", str)
LAST_OUTPUT_DIR = Setting("paths/last_output_dir", "", str)
REGISTER_PATH = Setting("register/path", "", str)  # the review register (台账) GeoPackage
MIN_OVERLAP_M2 = Setting("overlay/min_overlap_m2", 1.0, float)
MIN_SITE_FRACTION = Setting("overlay/min_site_fraction", 1e-4, float)
ACCESS_LIST_SPELLINGS = Setting("import/column_spellings", "", str)  # more header spellings: "role: a, b" lines
