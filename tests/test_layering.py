"""The plugin's layers, read from its import statements: core stands alone, the GUI and Processing are
siblings over it, and core's sub-packages import each other without a cycle."""

import ast
from collections import defaultdict
from pathlib import Path
from typing import Dict, Iterator, List, Set, Tuple

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "plugin"


def module_name(path: Path) -> str:
    """``plugin/core/rules/loader.py`` → ``plugin.core.rules.loader`` (a package is its folder)."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path) -> Iterator[Tuple[str, int]]:
    """Every module a file imports (absolute dotted names; relative imports resolved), with its line."""
    module = module_name(path)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield target, node.lineno
            for alias in node.names:  # ``from . import name`` may import a module
                yield f"{target}.{alias.name}", node.lineno


def plugin_files() -> List[Path]:
    """Every Python file of the plugin."""
    return sorted(PLUGIN.rglob("*.py"))


def plugin_imports() -> Dict[str, Set[Tuple[str, int]]]:
    """Imports of each plugin module, by module name."""
    return {module_name(path): set(imported(path)) for path in plugin_files()}


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def violations(importer: str, forbidden: Tuple[str, ...]) -> List[str]:
    """``module:line → target`` for every import of a forbidden package by a module under ``importer``."""
    found = []
    for module, targets in plugin_imports().items():
        if not _within(module, importer):
            continue
        for target, line in sorted(targets):
            if any(_within(target, bad) for bad in forbidden):
                found.append(f"{module}:{line} → {target}")
    return found


def test_core_imports_neither_front_end_nor_notes_nor_the_qgis_gui():
    assert violations("plugin.core", ("plugin.gui", "plugin.processing", "plugin.notes", "plugin.main",
                                      "qgis.gui", "qgis.utils", "processing")) == []


def test_core_never_names_iface():
    named = [str(path.relative_to(ROOT)) for path in (PLUGIN / "core").rglob("*.py")
             if any(isinstance(node, ast.Name) and node.id == "iface"
                    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))]
    assert named == []


def test_gui_and_processing_do_not_import_each_other():
    assert violations("plugin.gui", ("plugin.processing",)) == []
    assert violations("plugin.processing", ("plugin.gui", "qgis.gui")) == []


def test_notes_import_no_front_end():
    assert violations("plugin.notes", ("plugin.gui", "plugin.processing", "qgis.gui")) == []


def core_package(name: str) -> str:
    """The core sub-package a module name lies in (``plugin.core.rules``), or ''."""
    parts = name.split(".")
    if len(parts) >= 3 and parts[:2] == ["plugin", "core"] and (PLUGIN / "core" / parts[2]).is_dir():
        return ".".join(parts[:3])
    return ""


def core_package_graph() -> Dict[str, Set[str]]:
    """Which core sub-package imports which other (``plugin.core.rules`` → ``plugin.core.model`` …)."""
    graph: Dict[str, Set[str]] = defaultdict(set)
    for module, targets in plugin_imports().items():
        source = core_package(module)
        for target, _line in targets:
            found = core_package(target)
            if source and found and found != source:
                graph[source].add(found)
    return graph


def cycle(graph: Dict[str, Set[str]]) -> List[str]:
    """One import cycle of the graph as a path (first node repeated at the end), or []."""
    state: Dict[str, int] = {}
    path: List[str] = []

    def visit(node: str) -> List[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        state[node] = 2
        path.pop()
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_core_sub_packages_import_each_other_without_a_cycle():
    graph = core_package_graph()
    assert len(graph) >= 5  # the sub-packages are seen at all
    assert cycle(graph) == []


def test_no_import_cycle_between_core_modules():
    modules = plugin_imports()
    graph = {module: {target for target, _line in targets if target in modules and target != module}
             for module, targets in modules.items() if _within(module, "plugin.core")}
    assert cycle(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": {"c"}}) == []
