"""The layout the project keeps: the construct library (``constructs/ai_platform``) is what platform
users run, and never reaches into the proving grounds (``testbed/``), which import the library.

Read from the source as text (``ast``): no module is imported, so a forbidden import cannot hide
behind a branch that the tests never take."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

LIBRARY = ROOT / "constructs" / "ai_platform"
TESTBED = ROOT / "testbed"


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports (absolute names; relative imports resolved inside its package)."""
    package = path.relative_to(ROOT / "constructs" if path.is_relative_to(LIBRARY) else ROOT).with_suffix("").parts
    if package[-1] == "__init__":
        package = package[:-1]
    else:
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                found.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                found.add(node.module)
    return found


def library_files() -> list[Path]:
    return sorted(LIBRARY.rglob("*.py"))


def test_the_library_never_imports_the_test_bed():
    offenders = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in library_files()
        for module in imported_modules(path)
        if module == "testbed" or module.startswith("testbed.")
    }
    assert not offenders, f"the construct library imports the test bed: {sorted(offenders)}"


def test_the_check_sees_an_import_of_the_test_bed(tmp_path):
    """The negative control: the same reader finds such an import, relative or absolute."""
    module = LIBRARY / "probe_for_layout_test.py"
    try:
        module.write_text("from testbed.simulated import SimulatedCluster\n", encoding="utf-8")
        assert "testbed.simulated" in imported_modules(module)
    finally:
        module.unlink()
    nested = LIBRARY / "conformance" / "probe.py"
    try:
        nested.write_text("from ..errors import PlatformError\n", encoding="utf-8")
        assert imported_modules(nested) == {"ai_platform.errors"}
    finally:
        nested.unlink()


def test_no_module_of_the_library_runs_a_test_bed():
    """Test machinery starts control planes, fake nodes or host operators: the names it is built
    from (``ControlPlane``, ``SimulatedCluster``, ``HostOperator``, KWOK) appear nowhere in the
    library's code."""
    words = ("ControlPlane", "SimulatedCluster", "HostOperator", "kwok")
    offenders = sorted(
        f"{path.relative_to(ROOT)}: {word}"
        for path in library_files()
        for word in words
        if word in path.read_text(encoding="utf-8")
    )
    assert not offenders, f"test-bed machinery in the construct library: {offenders}"


def test_the_test_bed_is_a_package_next_to_its_go_modules():
    operators = sorted(p.parent.name for p in (TESTBED / "operators").glob("*/go.mod"))
    assert operators and all((TESTBED / "operators" / name / "__init__.py").is_file() for name in operators)
    for folder in ("apiserver", "kwok", "registry"):
        assert (TESTBED / folder / "go.mod").is_file() and (TESTBED / folder / "__init__.py").is_file()
