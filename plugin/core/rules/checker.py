"""The state of checking one rule set: its declarations and the messages found so far."""

from typing import Any, Dict, List, Optional

from ...i18n import tr
from .messages import LoadMessage, Marks, PathKey, message


class Checker:
    """Collects messages while checking one parsed, schema-valid document."""

    def __init__(self, data: Dict[str, Any], marks: Marks, file: str):
        self.data, self.marks, self.file = data, marks, file
        self.messages: List[LoadMessage] = []
        self.attributes: Dict[str, Any] = data.get("attributes") or {}
        self.layers: Dict[str, Any] = data.get("layers") or {}
        self.kinds: Dict[str, Any] = data.get("kinds") or {}

    def add(self, severity: str, path: PathKey, template: str, **values: object) -> None:
        """Add a message located at ``path``."""
        self.messages.append(message(severity, self.file, self.marks, path, template, **values))

    def declared(self, name: str, path: PathKey, wanted: str = "") -> Optional[str]:
        """The declared type of attribute ``name``; an error when it is not declared or not of type ``wanted``."""
        declared = self.attributes.get(name)
        if declared is None:
            self.add("error", path, "The attribute {name} is used but not declared under attributes:.", name=name)
            return None
        if wanted and declared["type"] != wanted:
            self.add("error", path, "The attribute {name} is declared as {declared} but used as {used}.",
                     name=name, declared=declared["type"], used=wanted)
        return declared["type"]


def reason_templates() -> List[str]:
    """Every message template of this module, for the string extractor."""
    return [
        tr("The attribute {name} is used but not declared under attributes:."),
        tr("The attribute {name} is declared as {declared} but used as {used}."),
    ]
