"""The Zoning Review dock panel."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..i18n import tr


class ZoningReviewDock(QgsDockWidget):
    """Dock panel: bindings, project description, site and results."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Zoning Review"), parent)
        self.iface = iface
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.intro = QLabel(tr("Bind a rule set to a unit layer, then draw a candidate site."), body)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addStretch(1)
        self.setWidget(body)

    def teardown(self) -> None:
        """Release map tools, highlights and signal connections before the dock is removed."""
