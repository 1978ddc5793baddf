"""The words naming each part of a finding's cause on a map, in the notes' legends and the canvas key."""

from typing import Optional

from ...i18n import grouped, tr


def band_phrase(label: str, distance_m: float, lang: Optional[str] = None) -> str:
    """The band of a 'within a distance' clause around the layer ``label``."""
    return tr("{layer}: {distance} m band of the clause", lang).format(layer=label, distance=metres(distance_m))


def required_phrase(label: str, lang: Optional[str] = None) -> str:
    """The zone of the layer ``label`` a clause requires the site inside."""
    return tr("{layer}: where the clause requires the site", lang).format(layer=label)


def prohibited_phrase(label: str, lang: Optional[str] = None) -> str:
    """The zone of the layer ``label`` where a clause prohibits the project."""
    return tr("{layer}: where the clause prohibits the project", lang).format(layer=label)


def restricted_phrase(label: str, lang: Optional[str] = None) -> str:
    """The zone of the layer ``label`` where a clause restricts the project."""
    return tr("{layer}: where the clause restricts the project", lang).format(layer=label)


def line_phrase(label: str, distance_m: float, lang: Optional[str] = None) -> str:
    """The shortest line from the site to the layer ``label``, with its measured length."""
    return tr("Shortest distance from the site to {layer}: {distance} m", lang).format(
        layer=label, distance=grouped(round(distance_m)))


def metres(value: float) -> str:
    """A clause's distance as the reasons write it: thousands separators, no decimals when whole (1,000; 2,500.5)."""
    return grouped(int(value) if float(value).is_integer() else value)
