"""The layers of DESIGN.md hold: import-linter's contracts in pyproject.toml are kept."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is not installed (pip install -e '.[test]')"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""}, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tree_shows_the_layers():
    names = {p.name for p in (ROOT / "kiosk").iterdir()}
    assert {"core", "storage", "services", "ui", "app.py", "cli.py"} <= names
