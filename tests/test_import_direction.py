"""The data flows one way, and so do the imports: a component imports only from its left.

standard -> intake -> anonymisation -> registry -> publication (docs/architecture.md). `config` (settings,
middleware, the app server) and the `cli` wire everything together and may be imported by any component.
The tooling sits outside the flow: `demo` (the demo dataset) and `benchmarks` may import every component, and
nothing imports them except tests and the benchmarks (which run on the demo data). Tests are free to import what
they test against.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "openklachten"
FLOW = ["standard", "intake", "anonymisation", "registry", "publication"]
ANYWHERE = {"config", "cli"}
# Tooling: may import everything; only tests and the modules named here may import it.
TOOLING = {"demo": {"benchmarks"}, "benchmarks": set()}


def _component(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "openklachten" else None


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name


def test_no_component_imports_from_its_right():
    wrong = []
    for source in PACKAGE.rglob("*.py"):
        relative = source.relative_to(PACKAGE)
        if relative.parts[0] not in FLOW or "tests" in relative.parts or "migrations" in relative.parts:
            continue
        own = FLOW.index(relative.parts[0])
        for line, module in _imports(source):
            target = _component(module)
            if target in FLOW and FLOW.index(target) > own:
                wrong.append(f"{relative}:{line} imports {module}")
    assert wrong == [], "imports against the flow:\n" + "\n".join(wrong)


def _sources():
    for source in PACKAGE.rglob("*.py"):
        relative = source.relative_to(PACKAGE)
        if "tests" in relative.parts or "migrations" in relative.parts:
            continue
        yield source, relative


def test_nothing_imports_the_tooling():
    """The runtime never needs the demo or the benchmarks: both can be left out without breaking anything."""
    wrong = []
    for source, relative in _sources():
        own = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        for line, module in _imports(source):
            target = _component(module)
            if target in TOOLING and own != target and own not in TOOLING[target]:
                wrong.append(f"{relative}:{line} imports {module}")
    assert wrong == [], "imports of the demo or the benchmarks:\n" + "\n".join(wrong)


def test_the_check_sees_a_wrong_import(tmp_path):
    """Not vacuous: the parser finds a registry import inside a function of an intake module."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from openklachten.registry import importer\n", encoding="utf-8")
    assert [_component(m) for _, m in _imports(sample)] == ["registry"]
