"""The shape of the code, checked from its source: imports point one way, the sub-packages form
no cycle, modules and functions stay small.

The layers, bottom to top: devices → forms → kiosk → ui. A module may import its own layer
and the layers below it. The one exception is the entry point (kiosk/cli and kiosk/__main__),
which may reach ui, but only lazily (inside a function or under TYPE_CHECKING), so that a
command that needs no window never loads PySide6. Sub-packages (``kiosk.queue``, the root
modules of ``kiosk`` as one group, ...) must not import each other in a circle, so that the
folder tree says which way a dependency goes. Every failure names the offending import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("devices", "forms", "kiosk", "ui")
ENTRY_POINTS = ("kiosk.cli", "kiosk.__main__")
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 40


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # the imported module (or module.name), dotted
    line: int
    lazy: bool  # inside a function or an `if TYPE_CHECKING:` block

    def __str__(self) -> str:
        where = "lazy " if self.lazy else ""
        return f"{self.module}:{self.line} {where}imports {self.target}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py"))


def imports_of(path: Path) -> Iterator[Import]:
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    yield from imports_in(path.read_text(encoding="utf-8"), name, package)


def imports_in(source: str, name: str, package: str) -> Iterator[Import]:
    yield from _walk(ast.parse(source), name, package, lazy=False)


def _walk(node: ast.AST, name: str, package: str, *, lazy: bool) -> Iterator[Import]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import):
            for alias in child.names:
                yield Import(name, alias.name, child.lineno, lazy)
        elif isinstance(child, ast.ImportFrom):
            base = _resolve(child, package)
            for alias in child.names:
                yield Import(name, f"{base}.{alias.name}", child.lineno, lazy)
        else:
            inner = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) or (
                isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test))
            yield from _walk(child, name, package, lazy=inner)


def _resolve(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def layer_of(dotted: str) -> int | None:
    top = dotted.split(".")[0]
    return LAYERS.index(top) if top in LAYERS else None


def group_of(dotted: str, known: set[str]) -> str:
    """The sub-package a module belongs to: ``kiosk.queue`` for kiosk/queue/*, ``kiosk`` for the
    root modules of kiosk/ (a group of their own)."""
    for entry in ENTRY_POINTS:  # kiosk/__main__ is entry point, not one of kiosk's root modules
        if dotted == entry or dotted.startswith(entry + "."):
            return entry
    parts = dotted.split(".")
    if len(parts) >= 2 and f"{parts[0]}.{parts[1]}" in known:
        return f"{parts[0]}.{parts[1]}"
    return parts[0]


def is_entry_point(module: str) -> bool:
    return any(module == e or module.startswith(e + ".") for e in ENTRY_POINTS)


def all_imports() -> list[Import]:
    return [imp for path in source_files() for imp in imports_of(path)]


def packages() -> set[str]:
    return {module_name(p.parent) for p in source_files() if p.name == "__init__.py"
            and p.parent.parent != ROOT}


def test_imports_point_down_the_layers() -> None:
    upward = []
    for imp in all_imports():
        here, there = layer_of(imp.module), layer_of(imp.target)
        if here is None or there is None or there <= here:
            continue
        if is_entry_point(imp.module) and imp.lazy:
            continue  # the entry point reaches ui lazily
        upward.append(str(imp))
    assert upward == [], "imports pointing up the layers (devices → forms → kiosk → ui):\n" + \
        "\n".join(upward)


def test_no_cycle_between_sub_packages() -> None:
    known = packages()
    edges: dict[str, dict[str, Import]] = {}
    for imp in all_imports():
        lazy_ui = is_entry_point(imp.module) and layer_of(imp.target) == LAYERS.index("ui")
        if layer_of(imp.target) is None or lazy_ui:
            continue
        source, target = group_of(imp.module, known), group_of(imp.target, known)
        if source != target:
            edges.setdefault(source, {}).setdefault(target, imp)
    cycle = find_cycle(edges)
    assert cycle is None, "sub-packages import each other in a circle:\n" + "\n".join(
        str(edges[a][b]) for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True))


def find_cycle(edges: dict[str, dict[str, Import]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, {})):
            if state.get(nxt) == 1:
                return path[path.index(nxt):]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_checker_finds_and_names_what_it_must() -> None:
    """The checker itself: lazy, TYPE_CHECKING and relative imports, and a cycle."""
    source = ("from . import tlv\nfrom ..forms import model\nif TYPE_CHECKING:\n"
              "    import ui.shell.app\ndef f() -> None:\n    from ui import theme\n")
    found = [str(i) for i in imports_in(source, "devices.card.x", "devices.card")]
    assert found == ["devices.card.x:1 imports devices.card.tlv",
                     "devices.card.x:2 imports devices.forms.model",
                     "devices.card.x:4 lazy imports ui.shell.app",
                     "devices.card.x:6 lazy imports ui.theme"]
    edges = {"a": {"b": Import("a.x", "b.y", 3, False)}, "b": {"a": Import("b.y", "a.z", 7, False)}}
    assert find_cycle(edges) == ["a", "b"]
    assert find_cycle({"a": {"b": edges["a"]["b"]}}) is None


def test_modules_and_functions_stay_small() -> None:
    too_long = []
    for path in source_files():
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(ROOT)
        if text.count("\n") > MAX_MODULE_LINES:
            too_long.append(f"{where}: {text.count(chr(10))} lines (module)")
        too_long += [f"{where}:{node.lineno} {node.name}: {function_lines(node)} lines"
                     for node in ast.walk(ast.parse(text))
                     if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                     and function_lines(node) > MAX_FUNCTION_LINES]
    assert too_long == [], (f"over {MAX_MODULE_LINES} lines a module or {MAX_FUNCTION_LINES} a "
                            "function:\n" + "\n".join(too_long))


def function_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    return (node.end_lineno or node.lineno) - node.lineno + 1
