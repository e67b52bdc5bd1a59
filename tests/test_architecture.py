"""The layers of DESIGN.md hold: import-linter's contracts in pyproject.toml are kept."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is not installed (pip install -e '.[test]')"
    result = subprocess.run(
        [lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""}, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tree_shows_the_layers():
    names = {p.name for p in (ROOT / "kiosk").iterdir()}
    assert {"core", "storage", "services", "ui", "diagnostics", "app.py", "cli.py"} <= names


def test_diagnostics_use_the_screens_public_methods_only():
    """The tour and the self-test drive a screen through its own methods, never its parts
    (``screen.form.name``, ``screen.pages["quiz"]``), which the screen may rebuild at will."""
    reaching = re.compile(r"\bscreen\.\w+(\.\w|\[\")")
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted((ROOT / "kiosk" / "diagnostics").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if reaching.search(line)
    ]
    assert not found, "\n".join(found)
