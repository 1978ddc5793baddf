"""The plugin object QGIS loads: actions, dock and Processing provider, and their removal."""

from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import qm_path, tr, ui_language
from .paths import ICON


class ZoningReviewPlugin:
    """Zoning Review: what initGui adds, unload removes — nothing more, nothing less."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator: Optional[QTranslator] = None
        self.provider = None
        self.action: Optional[QAction] = None
        self.dock = None
        self._install_translator()

    def _install_translator(self) -> None:
        """Install the catalogue of the QGIS UI language, if there is one."""
        lang = ui_language()
        if lang == "en":
            return
        translator = QTranslator()
        if translator.load(qm_path(lang)):
            QCoreApplication.installTranslator(translator)
            self.translator = translator

    def initProcessing(self) -> None:
        """Register the Processing provider (also called by qgis_process)."""
        from .processing.provider import ZoningReviewProvider

        if self.provider is None:
            self.provider = ZoningReviewProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        """Add the dock, its toggle action (toolbar and menu) and the provider."""
        from .gui.dock import ZoningReviewDock

        self.initProcessing()
        self.dock = ZoningReviewDock(self.iface)
        self.dock.setObjectName("ZoningReviewDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(QIcon(ICON), tr("Zoning Review"), self.iface.mainWindow())
        self.action.setObjectName("ZoningReviewToggleDock")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show or hide the Zoning Review panel"))
        self.action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToVectorMenu(tr("&Zoning Review"), self.action)

    def unload(self) -> None:
        """Remove exactly what initGui and initProcessing added."""
        if self.action is not None:
            self.dock.visibilityChanged.disconnect(self.action.setChecked)
            self.action.toggled.disconnect(self.dock.setVisible)
            self.iface.removePluginVectorMenu(tr("&Zoning Review"), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
