"""Build the generated assets: compiled translations (.ts → .qm) and the Qt resource module.

Run from anywhere: ``python build_spec/build_assets.py``. Each output is rewritten only when its
inputs changed (the resource module records a hash of the .qrc and every file it lists), written
to a temp file and then moved into place.

Outputs (both committed, so a fresh ``pip install .`` needs no extra step):
    assets/i18n/kiosk_<lang>.qm   from assets/i18n/kiosk_<lang>.ts (pyside6-lrelease)
    kiosk/resources_rc.py         from resources.qrc (pyside6-rcc)
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QRC = ROOT / "resources.qrc"
RC_MODULE = ROOT / "kiosk" / "resources_rc.py"
I18N = ROOT / "assets" / "i18n"
HASH_PREFIX = "# resources-hash: "


def tool(name: str) -> str:
    """A PySide6 command-line tool from the running interpreter's environment."""
    here = Path(sys.executable).parent / name
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def qrc_files(qrc: Path = QRC) -> list[tuple[str, Path]]:
    """(resource path, file on disk) for every file the .qrc lists."""
    entries = []
    for resource in ET.parse(qrc).getroot().iter("qresource"):
        prefix = resource.get("prefix", "/").rstrip("/")
        for node in resource.iter("file"):
            disk = qrc.parent / node.text.strip()
            alias = node.get("alias") or node.text.strip()
            entries.append((f":{prefix}/{alias}", disk))
    return entries


def resources_hash(qrc: Path = QRC) -> str:
    digest = hashlib.sha256(qrc.read_bytes())
    for resource_path, disk in qrc_files(qrc):
        digest.update(resource_path.encode())
        digest.update(disk.read_bytes() if disk.exists() else b"<missing>")
    return digest.hexdigest()


def recorded_hash(module: Path = RC_MODULE) -> str | None:
    if not module.exists():
        return None
    with module.open(encoding="utf-8") as handle:
        first = handle.readline()
    return first[len(HASH_PREFIX):].strip() if first.startswith(HASH_PREFIX) else None


def compile_translations() -> list[Path]:
    """pyside6-lrelease every assets/i18n/*.ts whose .qm is missing or older."""
    written = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def compile_resources(force: bool = False) -> bool:
    """Regenerate kiosk/resources_rc.py when resources.qrc or a file it lists changed."""
    missing = [str(disk) for _, disk in qrc_files() if not disk.exists()]
    if missing:
        raise SystemExit("resources.qrc lists files that do not exist: " + ", ".join(missing))
    digest = resources_hash()
    if not force and recorded_hash() == digest:
        return False
    fd, tmp = tempfile.mkstemp(suffix=".py", dir=RC_MODULE.parent)
    os.close(fd)
    try:
        # Format version 1 carries no file timestamps, so the output depends on content only.
        subprocess.run(
            [tool("pyside6-rcc"), "-g", "python", "--format-version", "1", str(QRC), "-o", tmp],
            check=True,
            cwd=ROOT,
        )
        body = Path(tmp).read_text(encoding="utf-8")
        Path(tmp).write_text(f"{HASH_PREFIX}{digest}\n{body}", encoding="utf-8")
        os.replace(tmp, RC_MODULE)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return True


def main() -> int:
    qms = compile_translations()
    changed = compile_resources(force="--force" in sys.argv)
    print(f"translations compiled: {len(qms)}; resource module {'rebuilt' if changed else 'up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
