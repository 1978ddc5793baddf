"""Every Qt name the plugin uses exists in Qt6 (QGIS 4), checked against PyQt6 without a QGIS 4 build.

Each name imported from ``qgis.PyQt.<module>`` and each attribute chain starting from one
(``Qt.ItemDataRole.UserRole``, ``QDialogButtonBox.StandardButton.Ok``) is looked up in
``PyQt6.<module>`` by a separate Python process (this one has PyQt5 loaded through QGIS).
"""

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Set, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYQT = "qgis.PyQt"
BINDINGS = ("PyQt5", "PyQt6", "sip")  # imported directly, they tie the plugin to one Qt
QT5_ONLY = "# qt5-only"  # a line only QGIS < 3.38 runs (always a Qt5 build), inside an `if ...QGIS_VERSION_INT...`

# Names that PyQt6's module lacks but QGIS's Qt6 builds still offer from qgis.PyQt.QtWidgets: these classes
# moved to QtGui in Qt6 and QGIS re-exports them (qgis/QGIS#55658: QAction, QShortcut; #57467: QActionGroup).
QGIS_REEXPORTS = {
    ("QtWidgets", "QAction"): "QtGui",
    ("QtWidgets", "QActionGroup"): "QtGui",
    ("QtWidgets", "QShortcut"): "QtGui",
}

Use = Tuple[int, str, str]  # (line, PyQt6 module, attribute chain from that module)

RESOLVER = r"""
import importlib, json, sys
try:
    import PyQt6  # noqa: F401
except ImportError:
    print(json.dumps(None))
    sys.exit(0)
missing = []
for module, chain in json.load(sys.stdin):
    try:
        found = importlib.import_module("PyQt6." + module)
    except ImportError:
        missing.append([module, chain])
        continue
    for part in filter(None, chain.split(".")):
        if not hasattr(found, part):
            missing.append([module, chain])
            break
        found = getattr(found, part)
print(json.dumps(missing))
"""


def plugin_files() -> List[Path]:
    """Every Python file of the plugin: the entry point and everything under plugin/."""
    return [ROOT / "__init__.py", *sorted((ROOT / "plugin").rglob("*.py"))]


class _Collector(ast.NodeVisitor):
    """Qt names and attribute chains of one module, its uses of exec_ (exec in PyQt6) and direct Qt imports."""

    def __init__(self) -> None:
        self.names: Dict[str, Tuple[str, str]] = {}  # local name -> (PyQt6 module, attribute or "")
        self.uses: List[Use] = []
        self.exec_lines: List[int] = []
        self.direct: List[Tuple[int, str]] = []  # imports that bypass qgis.PyQt

    def visit_Import(self, node: ast.Import) -> None:  # noqa: N802 (ast's name)
        """Record ``import PyQt5...`` (the plugin imports Qt through qgis.PyQt only)."""
        self.direct += [(node.lineno, alias.name) for alias in node.names if alias.name.split(".")[0] in BINDINGS]

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802 (ast's name)
        """Record ``from qgis.PyQt.<module> import X``, ``from qgis.PyQt import <module>`` and direct imports."""
        if not node.level and node.module and node.module.split(".")[0] in BINDINGS:
            self.direct.append((node.lineno, node.module))
        if node.level or not node.module or not (node.module == PYQT or node.module.startswith(PYQT + ".")):
            return
        for alias in node.names:
            if node.module == PYQT:
                module, attribute = alias.name, ""
            else:
                module, attribute = node.module[len(PYQT) + 1:], alias.name
                module = QGIS_REEXPORTS.get((module, attribute), module)
            self.names[alias.asname or alias.name] = (module, attribute)
            self.uses.append((node.lineno, module, attribute))

    def visit_Attribute(self, node: ast.Attribute) -> None:  # noqa: N802 (ast's name)
        """Record a chain that starts from an imported Qt name; look inside any other."""
        parts, base = [], node
        while isinstance(base, ast.Attribute):
            parts.insert(0, base.attr)
            base = base.value
        if "exec_" in parts:
            self.exec_lines.append(node.lineno)
        if isinstance(base, ast.Name) and base.id in self.names:
            module, attribute = self.names[base.id]
            self.uses.append((node.lineno, module, ".".join(filter(None, [attribute, *parts]))))
        else:
            self.visit(base)


def _version_gated_lines(tree: ast.AST) -> Set[int]:
    """Lines inside either branch of an ``if`` whose test reads ``QGIS_VERSION_INT``."""
    lines: Set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "QGIS_VERSION_INT" in ast.dump(node.test):
            for child in node.body + node.orelse:
                lines.update(range(child.lineno, child.end_lineno + 1))
    return lines


def qt6_problems(sources: Dict[str, str]) -> List[str]:
    """``file:line: what`` for each name or chain PyQt6 lacks, exec_ and direct import in {file name: source}."""
    problems: List[Tuple[str, int, str]] = []
    uses: List[Tuple[str, int, str, str]] = []
    for filename, source in sources.items():
        tree = ast.parse(source, filename)
        collector = _Collector()
        collector.visit(tree)
        marked = {n for n, text in enumerate(source.splitlines(), 1) if QT5_ONLY in text}
        qt5_only = marked & _version_gated_lines(tree)
        problems += [(filename, n, f"{QT5_ONLY} outside an if on QGIS_VERSION_INT") for n in marked - qt5_only]
        problems += [(filename, n, "exec_() (PyQt6 has exec())") for n in collector.exec_lines]
        problems += [(filename, n, f"{module} imported directly (use qgis.PyQt)") for n, module in collector.direct]
        uses += [(filename, n, module, chain) for n, module, chain in collector.uses if n not in qt5_only]
    missing = {tuple(pair) for pair in _missing_in_pyqt6(sorted({(m, c) for _, _, m, c in uses}))}
    problems += [(filename, n, f"{module}.{chain}".rstrip(".")) for filename, n, module, chain in uses
                 if (module, chain) in missing]
    return [f"{filename}:{n}: {what}" for filename, n, what in sorted(problems)]


def _missing_in_pyqt6(pairs: List[Tuple[str, str]]) -> List[List[str]]:
    """The (module, chain) pairs PyQt6 lacks, looked up in a Python process without QGIS (nor PyQt5)."""
    if not pairs:
        return []
    run = subprocess.run([sys.executable, "-c", RESOLVER], input=json.dumps(pairs), capture_output=True,
                         text=True, timeout=120, check=True)
    missing = json.loads(run.stdout)
    if missing is None:
        pytest.skip("PyQt6 is not installed (requirements-dev.txt pins it)")
    return missing


def test_plugin_uses_only_names_qt6_has():
    """Every Qt name in the plugin (plugin/notes/ included) resolves in PyQt6."""
    sources = {path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8") for path in plugin_files()}
    problems = qt6_problems(sources)
    assert not problems, "Qt6 (QGIS 4) lacks:\n" + "\n".join(problems)


def test_checker_reports_what_qt6_lacks():
    """It finds unscoped enums, QVariant types, exec_, moved, removed and direct imports; scoped names pass."""
    snippet = "\n".join([
        "from qgis.PyQt.QtCore import QIODevice, QRegExp, Qt, QVariant",  # 1: QRegExp is gone in Qt6
        "from qgis.PyQt.QtWidgets import QAction, QDialogButtonBox, QUndoCommand",  # 2: QUndoCommand moved
        "from qgis.PyQt import QtCore",
        "role = Qt.UserRole",  # 4
        "scoped = Qt.ItemDataRole.UserRole + QtCore.Qt.ItemDataRole.DisplayRole",
        "buttons = QDialogButtonBox.Ok | QDialogButtonBox.StandardButton.Cancel",  # 6
        "mode = QIODevice.OpenModeFlag.WriteOnly | QtCore.QIODevice.WriteOnly",  # 7
        "kind = QVariant.String",  # 8
        "dialog.exec_()",  # 9
        "action = QAction(QVariant())",
        "from PyQt5.QtCore import QTimer",  # 11
        "import sip",  # 12
    ])
    assert qt6_problems({"snippet.py": snippet}) == [
        "snippet.py:1: QtCore.QRegExp",
        "snippet.py:2: QtWidgets.QUndoCommand",
        "snippet.py:4: QtCore.Qt.UserRole",
        "snippet.py:6: QtWidgets.QDialogButtonBox.Ok",
        "snippet.py:7: QtCore.QIODevice.WriteOnly",
        "snippet.py:8: QtCore.QVariant.String",
        "snippet.py:9: exec_() (PyQt6 has exec())",
        "snippet.py:11: PyQt5.QtCore imported directly (use qgis.PyQt)",
        "snippet.py:12: sip imported directly (use qgis.PyQt)",
    ]


def test_qt5_only_lines_must_be_version_gated():
    """A ``# qt5-only`` line is skipped only inside an if on QGIS_VERSION_INT."""
    snippet = "\n".join([
        "from qgis.PyQt.QtCore import QVariant",
        "if Qgis.QGIS_VERSION_INT < 33800:",
        "    kind = QVariant.Type.String  # qt5-only",
        "other = QVariant.Type.Int  # qt5-only",
    ])
    assert qt6_problems({"gated.py": snippet}) == [
        "gated.py:4: # qt5-only outside an if on QGIS_VERSION_INT",
        "gated.py:4: QtCore.QVariant.Type.Int",
    ]
