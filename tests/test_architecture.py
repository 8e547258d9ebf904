"""The import rules that keep "windows show, app/ decides", read from the source with ast.

- app/ never imports PySide6 (the core runs headless: command line, sending process).
- ui/ never imports sqlalchemy nor app.store (windows call app/services).
- No import cycle between app/'s packages and top-level modules. Imports inside functions
  count (they still tie the two at run time); ``if TYPE_CHECKING:`` imports do not.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of the tree but those under ``if TYPE_CHECKING:`` (its ``else:`` does run)."""
    found: list[ast.AST] = []
    pending = [tree]
    while pending:
        node = pending.pop()
        found.append(node)
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            pending.extend(node.orelse)
        else:
            pending.extend(ast.iter_child_nodes(node))
    return found


def imported_modules(path: Path, module: str | None = None) -> set[str]:
    """Dotted names a file imports at run time; ``from X import y`` gives X and X.y (y may be a
    module), relative imports resolved against the file's package."""
    package = (module or _module_name(path)).split(".")
    if path.name != "__init__.py":
        package.pop()
    names: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[:len(package) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    """``path imports name`` for each import of a forbidden package or of one of its modules."""
    return [f"{path.relative_to(ROOT)} imports {name}"
            for path in _sources(folder) for name in sorted(imported_modules(path))
            if name in forbidden or name.startswith(tuple(f"{package}." for package in forbidden))]


def test_app_imports_no_qt() -> None:
    assert _offenders("app", ("PySide6",)) == []


def test_windows_reach_the_store_only_through_app_services() -> None:
    assert _offenders("ui", ("sqlalchemy", "app.store")) == []


def _unit(module: str) -> str | None:
    """The node of the dependency graph: ``app.<package>`` or ``app.<module>`` (None outside app/,
    and for app/__init__.py itself, which holds only constants)."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "app" and len(parts) > 1 else None


def dependency_graph() -> dict[str, set[str]]:
    units = {_unit(_module_name(path)) for path in _sources("app")} - {None}
    graph: dict[str, set[str]] = {unit: set() for unit in units if unit}
    for path in _sources("app"):
        source = _unit(_module_name(path))
        if source is None:
            continue
        for name in imported_modules(path):
            target = _unit(name)
            if target in graph and target != source:
                graph[source].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_between_app_packages() -> None:
    graph = dependency_graph()
    explained = [" ; ".join(f"{a} → {', '.join(sorted(graph[a] & set(cycle)))}" for a in cycle)
                 for cycle in cycles(graph)]
    assert explained == []


def test_the_cycle_finder_sees_function_level_imports_but_not_type_checking(tmp_path: Path) -> None:
    """The rule is only as good as its reader: a cycle through an import inside a function is
    found, one through ``if TYPE_CHECKING:`` is not."""
    source = tmp_path / "m.py"
    source.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.store import x\n"
                      "else:\n    import app.paths\ndef f():\n    from app.sync.archive import y\n")
    assert imported_modules(source, "app.m") == {"typing", "typing.TYPE_CHECKING", "app.paths", "app.sync.archive",
                                        "app.sync.archive.y"}
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
