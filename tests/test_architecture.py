"""The structure docs/ARCHITECTURE.md describes holds: its layers are import-linter's contracts in
pyproject.toml, and they are kept; the files its recipes name exist."""

import re
import shutil
import subprocess
import sys
import tomllib
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


ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"


def test_the_architecture_page_lists_the_layers_the_contracts_keep():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    block = text.split("<!-- layers:", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    documented = [line.split()[0] for line in block.strip().splitlines()]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")["layers"]
    assert documented == layers


def test_every_file_the_architecture_page_names_exists():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:kiosk|build_spec|tests|assets)/[\w/.]+\.(?:py|md|qrc))`", text))
    assert len(named) > 20
    missing = sorted(name for name in named if not (ROOT / name).exists())
    assert not missing, missing
