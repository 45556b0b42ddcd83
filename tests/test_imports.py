"""tipdiff's own modules import one another at module level with no cycle: each one can be the first imported."""

import importlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "tipdiff" or m.startswith("tipdiff.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{name}: {exc}")
print("\\n".join(failed))
"""


def modules() -> list[str]:
    names = []
    for path in sorted((ROOT / "tipdiff").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__main__":
            continue  # running it is running the command line
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_can_be_imported_first() -> None:
    names = modules()
    assert "tipdiff.sections" in names and "tipdiff.canonical" in names
    result = subprocess.run([sys.executable, "-c", PROBE, *names], capture_output=True, text=True, cwd=ROOT,
                            check=True)
    assert result.stdout.strip() == ""


def test_the_probe_sees_a_cycle(tmp_path: Path) -> None:
    """The probe above is able to fail: two modules that import each other's names are reported."""
    package = tmp_path / "cyclepkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("from cyclepkg.b import B\nA = 1\n", encoding="utf-8")
    (package / "b.py").write_text("from cyclepkg.a import A\nB = 2\n", encoding="utf-8")
    probe = PROBE.replace('m == "tipdiff" or m.startswith("tipdiff.")', 'm.startswith("cyclepkg")')
    result = subprocess.run([sys.executable, "-c", probe, "cyclepkg.a"], capture_output=True, text=True,
                            cwd=tmp_path, check=True)
    assert "cyclepkg.a" in result.stdout
    assert importlib.util.find_spec("tipdiff") is not None
