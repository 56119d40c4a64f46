"""The layers hold: imports run one way, counted by parsing every module's imports.

import-linter (`make lint`, configured in pyproject.toml) checks the order of the apps. This test checks what
it does not: cycles between single modules, whether an import sits at module level or inside a function, and
module length. Imports inside functions and under `if TYPE_CHECKING:` count like any other: a function-local
import that dodges a cycle is still the cycle. Migrations and tests are left out.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["core", "offices", "consultations", "search", "staff", "pages", "sample_content", "translations", "portal"]
DOMAIN = ["core", "offices", "consultations", "search", "staff", "pages", "sample_content", "translations"]
MAX_LINES = 400
# Modules allowed over MAX_LINES, each with the reason it is one module. None today.
LONG_MODULES: dict[str, str] = {}


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int
    local: bool  # inside a function

    def __str__(self) -> str:
        return f"{self.source}:{self.line} -> {self.target}{' (in a function)' if self.local else ''}"


def module_paths() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts or "tests" in parts:
                continue
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


MODULES = module_paths()


def _ours(name: str) -> str | None:
    """The module of ours an imported name lives in: `offices.models.Office` is in `offices.models`."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool):
        self.module, self.package = module, module if is_package else module.rpartition(".")[0]
        self.imports: list[Import] = []
        self.depth = 0

    def visit_FunctionDef(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_Lambda = visit_FunctionDef

    def add(self, node, name: str) -> None:
        target = _ours(name)
        if target and target != self.module:
            self.imports.append(Import(self.module, target, node.lineno, self.depth > 0))

    def visit_Import(self, node):
        for alias in node.names:
            self.add(node, alias.name)

    def visit_ImportFrom(self, node):
        base = node.module or ""
        if node.level:
            anchor = self.package.split(".")[: len(self.package.split(".")) - node.level + 1]
            base = ".".join([*anchor, base] if base else anchor)
        for alias in node.names:
            # `from offices import models` imports the module offices.models; `from offices.models import Office`
            # the package offices.models.
            self.add(node, f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)


def all_imports() -> list[Import]:
    imports = []
    for module, path in MODULES.items():
        collector = _Collector(module, path.name == "__init__.py")
        collector.visit(ast.parse(path.read_text(), str(path)))
        imports += collector.imports
    return imports


IMPORTS = all_imports()


def cycles(imports: list[Import]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each a list of modules."""
    graph: dict[str, set[str]] = {}
    for imp in imports:
        graph.setdefault(imp.source, set()).add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
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


def explain(component: list[str], imports: list[Import]) -> str:
    members = set(component)
    return "\n  ".join(str(imp) for imp in imports if imp.source in members and imp.target in members)


def test_the_parser_sees_module_level_relative_and_function_local_imports():
    source = """
from . import models
from .admin_views import closure_notice_preview
import core.page_cache
from staff.admin import ScopedAdminMixin as Base


def preview():
    from consultations.models import ConsultationHour
"""
    collector = _Collector("offices.admin", is_package=False)
    collector.visit(ast.parse(source))
    assert {(imp.target, imp.local) for imp in collector.imports} == {
        ("offices.models", False),
        ("offices.admin_views", False),
        ("core.page_cache", False),
        ("staff.admin", False),
        ("consultations.models", True),
    }
    assert len(MODULES) > 50 and not any("migrations" in name for name in MODULES)


def test_no_cycle_among_module_level_imports():
    module_level = [imp for imp in IMPORTS if not imp.local]
    found = cycles(module_level)
    assert not found, "import cycles:\n" + "\n".join(f"- {c}:\n  {explain(c, module_level)}" for c in found)


def test_no_cycle_when_function_local_imports_count_too():
    found = cycles(IMPORTS)
    assert not found, "import cycles:\n" + "\n".join(f"- {c}:\n  {explain(c, IMPORTS)}" for c in found)


def test_nothing_below_the_project_package_imports_it():
    wrong = [imp for imp in IMPORTS if imp.source.split(".")[0] in DOMAIN and imp.target.split(".")[0] == "portal"]
    assert not wrong, "\n".join(map(str, wrong))


def test_core_imports_no_app_of_ours():
    wrong = [imp for imp in IMPORTS if imp.source.split(".")[0] == "core" and imp.target.split(".")[0] != "core"]
    assert not wrong, "\n".join(map(str, wrong))


def test_modules_stay_short():
    lengths = {module: len(path.read_text().splitlines()) for module, path in MODULES.items()}
    too_long = {module: n for module, n in lengths.items() if n > MAX_LINES and module not in LONG_MODULES}
    assert not too_long, f"modules over {MAX_LINES} lines: {too_long}"
    # An exception that is no longer needed goes from the list.
    assert all(lengths.get(module, 0) > MAX_LINES for module in LONG_MODULES)
