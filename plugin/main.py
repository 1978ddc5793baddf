"""The plugin object QGIS loads: actions, dock and Processing provider, and their removal."""

from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .guide import open_guide
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
        self.exit_blocker = None
        self.options_factory = None
        self.sample_action: Optional[QAction] = None
        self.help_action: Optional[QAction] = None
        self.editor_action: Optional[QAction] = None
        self.new_rules_action: Optional[QAction] = None
        self.toolbox_entry = None
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
        """Add the dock and its toggle action, the sample and guide actions, the options page, the provider."""
        from .gui.dock import ZoningReviewDock
        from .gui.notes_exit import NotesExitBlocker
        from .gui.options_page import ZoningReviewOptionsFactory

        self.initProcessing()
        self.options_factory = ZoningReviewOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.dock = ZoningReviewDock(self.iface)
        self.dock.setObjectName("ZoningReviewDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.exit_blocker = NotesExitBlocker(self.dock.notes.stop)  # QGIS closed while notes are written
        self.iface.registerApplicationExitBlocker(self.exit_blocker)
        self.action = QAction(QIcon(ICON), tr("Zoning Review"), self.iface.mainWindow())
        self.action.setObjectName("ZoningReviewToggleDock")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show or hide the Zoning Review panel"))
        self.action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToVectorMenu(tr("&Zoning Review"), self.action)
        self.sample_action = QAction(tr("Open the Sample Project"), self.iface.mainWindow())
        self.sample_action.setObjectName("ZoningReviewOpenSample")
        self.sample_action.setToolTip(tr("Open a copy of the bundled sample, bound to the example rule set"))
        self.sample_action.triggered.connect(self._open_sample)
        self.iface.addPluginToVectorMenu(tr("&Zoning Review"), self.sample_action)
        self._add_rule_editor()
        self.help_action = QAction(QIcon(ICON), tr("Zoning Review User Guide"), self.iface.mainWindow())
        self.help_action.setObjectName("ZoningReviewGuide")
        self.help_action.triggered.connect(open_guide)
        self.iface.pluginHelpMenu().addAction(self.help_action)

    def _add_rule_editor(self) -> None:
        """The rule editor in the plugin menu and in the Processing toolbox's menu of the Rule sets algorithms."""
        from .gui.rule_editor.toolbox_entry import EditRuleSetEntry, register

        self.editor_action = QAction(QIcon(ICON), tr("Rule Editor…"), self.iface.mainWindow())
        self.editor_action.setObjectName("ZoningReviewRuleEditor")
        self.editor_action.setToolTip(tr("Edit a rule set's rules, with conditions suggested from their text"))
        self.editor_action.triggered.connect(self.open_rule_editor)
        self.iface.addPluginToVectorMenu(tr("&Zoning Review"), self.editor_action)
        self.new_rules_action = QAction(QIcon(ICON), tr("New Rule Set…"), self.iface.mainWindow())
        self.new_rules_action.setObjectName("ZoningReviewNewRuleSet")
        self.new_rules_action.setToolTip(tr("Start a rule set from nothing and edit its rules"))
        self.new_rules_action.triggered.connect(self.new_rule_set)
        self.iface.addPluginToVectorMenu(tr("&Zoning Review"), self.new_rules_action)
        self.toolbox_entry = EditRuleSetEntry(self.open_rule_editor)
        if not register(self.toolbox_entry):
            self.toolbox_entry = None

    def open_rule_editor(self, path: str = "") -> None:
        """Open the rule editor on a rule-set file (asked for when not given); review again after a save."""
        from qgis.core import QgsProject

        from .gui.rule_editor import editor_for
        from .gui.rule_editor.toolbox_entry import choose_rule_set

        path = path or choose_rule_set(self.iface.mainWindow())
        if path:
            self._run_editors(editor_for(path, QgsProject.instance(), self._unit_layer(), self.iface.mainWindow()))

    def new_rule_set(self) -> None:
        """Start a rule set (its file and metadata asked for) and open it in the rule editor."""
        from qgis.core import QgsProject

        from .gui.rule_editor import new_editor

        self._run_editors(new_editor(QgsProject.instance(), self._unit_layer(), self.iface.mainWindow()))

    def _unit_layer(self):
        """The panel's unit layer (its fields and bound layers offered in the editor), or None."""
        return self.dock.bindings.current_layer() if self.dock is not None else None

    def _run_editors(self, dialog) -> None:
        """Run the editor, then each rule set started from it; the panel and the review follow each save."""
        from qgis.core import QgsProject

        from .gui.rule_editor import next_editor

        while dialog is not None:
            dialog.exec()
            if dialog.saved_to and self.dock is not None:
                if not self.dock.bindings.rules_saved(dialog):  # a bound file: the layers declared there bound
                    self.dock.bindings.refresh()  # the panel's messages and rule count of the saved file
                self.dock.refresh_targets()
            dialog = next_editor(dialog, QgsProject.instance(), self._unit_layer(), self.iface.mainWindow())

    def _open_sample(self) -> None:
        """Open the sample project and show the panel."""
        from .gui.sample_project import open_sample

        if open_sample(self.iface):
            self.action.setChecked(True)

    def _plugin_menu(self) -> Optional[QMenu]:
        """The plugin's submenu of the Vector menu (QGIS names submenus without their '&'), if it is there."""
        title = tr("&Zoning Review").replace("&", "")
        for action in self.iface.vectorMenu().actions():
            if action.menu() is not None and action.text().replace("&", "") == title:
                return action.menu()
        return None

    def unload(self) -> None:
        """Remove exactly what initGui and initProcessing added."""
        menu = self._plugin_menu()
        self._remove_actions()
        if menu is not None and menu.isEmpty():  # QGIS takes the empty submenu out of the Vector menu, never deletes it
            menu.deleteLater()
        self._remove_parts()

    def _remove_actions(self) -> None:
        """Remove the guide, rule editor, sample and dock actions from the menus, the toolbar and the toolbox."""
        if self.help_action is not None:
            self.help_action.triggered.disconnect(open_guide)
            self.iface.pluginHelpMenu().removeAction(self.help_action)
            self.help_action.deleteLater()
            self.help_action = None
        if self.editor_action is not None:
            from .gui.rule_editor.toolbox_entry import unregister

            if self.toolbox_entry is not None:
                unregister(self.toolbox_entry)
                self.toolbox_entry = None
            self.new_rules_action.triggered.disconnect(self.new_rule_set)
            self.iface.removePluginVectorMenu(tr("&Zoning Review"), self.new_rules_action)
            self.new_rules_action.deleteLater()
            self.new_rules_action = None
            self.editor_action.triggered.disconnect(self.open_rule_editor)
            self.iface.removePluginVectorMenu(tr("&Zoning Review"), self.editor_action)
            self.editor_action.deleteLater()
            self.editor_action = None
        if self.sample_action is not None:
            self.sample_action.triggered.disconnect(self._open_sample)
            self.iface.removePluginVectorMenu(tr("&Zoning Review"), self.sample_action)
            self.sample_action.deleteLater()
            self.sample_action = None
        if self.action is not None:
            self.dock.visibilityChanged.disconnect(self.action.setChecked)
            self.action.toggled.disconnect(self.dock.setVisible)
            self.iface.removePluginVectorMenu(tr("&Zoning Review"), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None

    def _remove_parts(self) -> None:
        """Remove the dock (notes being written cancelled), the options page, the Processing provider and the
        translator."""
        if self.exit_blocker is not None:
            self.iface.unregisterApplicationExitBlocker(self.exit_blocker)
            self.exit_blocker = None
        if self.dock is not None:
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
