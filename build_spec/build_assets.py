"""Build the generated assets: compiled translations (.ts → .qm) and the Qt resource module.

Run from anywhere: ``python build_spec/build_assets.py``. With ``--update-ts`` it first runs
pyside6-lupdate over every kiosk/**/*.py into assets/i18n/kiosk_<lang>.ts (existing
translations are kept; new strings arrive unfinished) and lists what is left to translate. Each output is rewritten only when its
inputs changed (the resource module records a hash of the .qrc and every file it lists), written
to a temp file and then moved into place.

Outputs (not in git: setup.py runs this at every build, so ``pip install .`` and
``pip install -e .`` make them; build.py runs it before PyInstaller):
    assets/i18n/kiosk_<lang>.qm   from assets/i18n/kiosk_<lang>.ts (pyside6-lrelease)
    kiosk/resources_rc.py         from resources.qrc (pyside6-rcc)
The .qrc's list of translations is kept to the languages of kiosk/core/languages.py.
"""

from __future__ import annotations

import hashlib
import os
import re
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
sys.path.insert(0, str(ROOT))
from kiosk.core.languages import FALLBACK_LANGUAGE, LANGUAGES, language  # noqa: E402 (after the path)

#: Translated UI languages (English is the source) → the locale lupdate uses for plural forms.
TS_LANGUAGES = {lang.code: lang.qt_name for lang in LANGUAGES if lang.code != FALLBACK_LANGUAGE}


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


def python_sources(package: Path = ROOT / "kiosk") -> list[Path]:
    """Every Python file whose strings go into the translations."""
    return sorted(path for path in package.rglob("*.py") if path.name != "resources_rc.py")


def ts_file(code: str, folder: Path = I18N) -> Path:
    return folder / f"kiosk_{code}.ts"


def run_lupdate(ts: Path, locale: str, sources: list[Path] | None = None, plural_only: bool = False) -> None:
    """Extract every tr() string of ``sources`` into ``ts``, keeping its existing translations.

    ``plural_only`` keeps only the strings with a count (``%n``): English needs those alone,
    so that "1 person" is not shown as "1 people".
    """
    sources = sources if sources is not None else python_sources()
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-target-language", locale]
    if plural_only:
        command.append("-pluralonly")
    subprocess.run([*command, *map(str, sources), "-ts", str(ts)], check=True, cwd=ROOT)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with an unfinished or empty translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text for form in translation.iter("numerusform")] if translation is not None else []
            texts = forms if message.get("numerus") == "yes" else [translation.text if translation is not None else None]
            unfinished = translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
            if unfinished or not all(t and t.strip() for t in texts):
                missing.append((name, message.findtext("source", "")))
    return missing


def update_translations() -> dict[str, list[tuple[str, str]]]:
    """lupdate every language's .ts file; returns what is left to translate per language."""
    left = {}
    for code, locale in TS_LANGUAGES.items():
        run_lupdate(ts_file(code), locale)
        left[code] = untranslated(ts_file(code))
    run_lupdate(ts_file(FALLBACK_LANGUAGE), language(FALLBACK_LANGUAGE).qt_name, plural_only=True)
    left[FALLBACK_LANGUAGE] = untranslated(ts_file(FALLBACK_LANGUAGE))
    return left


def sync_qrc_translations(qrc: Path = QRC, codes: list[str] | None = None) -> bool:
    """Make the .qrc's ``/i18n`` section list ``kiosk_<code>.qm`` for exactly the table's languages.

    The languages come from kiosk/core/languages.py; returns True when the .qrc was rewritten.
    """
    codes = sorted(codes if codes is not None else (lang.code for lang in LANGUAGES))
    text = qrc.read_text(encoding="utf-8")
    section = re.search(r'(<qresource prefix="/i18n">\n)(.*?)(^[ \t]*</qresource>)', text, re.DOTALL | re.MULTILINE)
    if section is None:
        raise SystemExit(f'{qrc} has no <qresource prefix="/i18n"> section')
    files = "".join(f'    <file alias="kiosk_{code}.qm">assets/i18n/kiosk_{code}.qm</file>\n' for code in codes)
    new = text[: section.start(2)] + files + text[section.end(2):]
    if new == text:
        return False
    qrc.write_text(new, encoding="utf-8")
    return True


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
        os.chmod(tmp, 0o644)  # mkstemp makes it private; an installed module must be readable by all
        os.replace(tmp, RC_MODULE)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return True


def main() -> int:
    if "--update-ts" in sys.argv:
        for code, missing in update_translations().items():
            print(f"{ts_file(code).relative_to(ROOT)}: {len(missing)} to translate")
            for context, source in missing:
                print(f"    {context}: {source!r}")
        print("Translate them in Qt Linguist (pyside6-linguist FILE.ts) or in the XML, then run this again.")
    if sync_qrc_translations():
        print(f"{QRC.name}: translations listed for {', '.join(lang.code for lang in LANGUAGES)}")
    qms = compile_translations()
    changed = compile_resources(force="--force" in sys.argv)
    print(f"translations compiled: {len(qms)}; resource module {'rebuilt' if changed else 'up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
