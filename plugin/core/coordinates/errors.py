"""The error of coordinate input that cannot be read: a translated message naming its line and what to do."""


class CoordinateError(ValueError):
    """Bad coordinate input; the message is translated and names the line and what to do."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line
