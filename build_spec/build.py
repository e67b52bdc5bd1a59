"""Build the one-folder bundle from a clean clone: assets first, then PyInstaller.

    python build_spec/build.py                 # → dist/blueheart-kiosk/
    python build_spec/build.py --self-test     # … and run the bundle's self-test
    python build_spec/build.py --archive       # … and pack it (.tar.gz; .zip on Windows)
    KIOSK_BUNDLE_DEBUG=1 python build_spec/build.py   # console on, debug logging

Run it with the Python that has the project and PyInstaller installed
(``pip install -e .[build]``). It prints the bundle's size, the biggest files and what dominates.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

SPEC_DIR = Path(__file__).resolve().parent
ROOT = SPEC_DIR.parent
NAME = "blueheart-kiosk"
MIB = 1024 * 1024

#: Size groups for the summary, first match wins (forward-slash paths inside the bundle).
GROUPS = (
    ("ICU (Unicode data for Qt)", ("libicu", "icudt", "icuuc", "icuin")),
    ("FFmpeg (video playback)", ("libav", "libsw", "avcodec", "avformat", "avutil", "swscale", "swresample", "FFmpegStub")),
    ("Python runtime", ("libpython", "python3", "lib-dynload", "base_library.zip", "PYZ")),
    ("QML modules (keyboard)", ("/qml/",)),
    ("Qt plugins", ("/plugins/",)),
    ("Qt translations", ("/translations/",)),
    ("Qt Quick/QML (libraries and bindings)", ("Qt6Quick", "Qt6Qml", "QtQuick", "QtQml", "VirtualKeyboard")),
    ("Qt Gui/Widgets/Core (libraries and bindings)", ("Qt6Gui", "Qt6Widgets", "Qt6Core", "QtGui", "QtWidgets", "QtCore")),
    ("Other Qt libraries", ("Qt6", "/Qt/lib/")),
    ("PySide6 bindings", ("PySide6/", "shiboken6")),
    ("Kiosk assets (content, media, fonts)", ("/assets/",)),
    ("qtawesome icon fonts", ("qtawesome/",)),
    ("Babel CLDR data", ("babel/",)),
    ("pydantic-core", ("pydantic_core",)),
)
#: Shared libraries of the build machine (X11/xcb, PulseAudio, OpenSSL, GLib, …), top level.
SYSTEM_LIBRARY = "System libraries (X11/xcb, PulseAudio, OpenSSL, GLib, C++ runtime)"


def run(command: list[str], **kwargs) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, **kwargs)


def bundle_files(bundle: Path) -> list[tuple[int, str]]:
    """(size, path inside the bundle) of every regular file, symlinks not counted twice."""
    files = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            files.append((path.stat().st_size, path.relative_to(bundle).as_posix()))
    return files


def group_of(relative: str) -> str:
    probe = "/" + relative
    for label, needles in GROUPS:
        if any(needle in probe for needle in needles):
            return label
    name = relative.rsplit("/", 1)[-1]
    if relative.count("/") <= 1 and (".so" in name or name.endswith((".dll", ".dylib"))):
        return SYSTEM_LIBRARY
    return "Everything else"


def describe(bundle: Path, top: int = 15) -> int:
    """Print the size, the ``top`` biggest files and the size by group; return the size in MiB."""
    files = bundle_files(bundle)
    total = sum(size for size, _ in files)
    print(f"\nBundle: {bundle}  {total / MIB:.1f} MiB in {len(files)} files")
    print(f"\nThe {top} biggest files:")
    for size, relative in sorted(files, reverse=True)[:top]:
        print(f"  {size / MIB:7.1f} MiB  {relative}")
    groups: Counter[str] = Counter()
    for size, relative in files:
        groups[group_of(relative)] += size
    print("\nWhat dominates:")
    for label, size in groups.most_common():
        print(f"  {size / MIB:7.1f} MiB  {100 * size / total:4.1f} %  {label}")
    return round(total / MIB)


def executable(bundle: Path) -> Path:
    suffix = ".exe" if os.name == "nt" else ""
    return bundle / f"{NAME}{suffix}"


def pack(bundle: Path) -> Path:
    """``blueheart-kiosk-<version>-<system>-<machine>.tar.gz`` (``.zip`` on Windows) beside the bundle."""
    import platform
    import shutil

    sys.path.insert(0, str(ROOT))
    from kiosk import __version__

    base = bundle.parent / f"{NAME}-{__version__}-{platform.system().lower()}-{platform.machine().lower()}"
    kind = "zip" if os.name == "nt" else "gztar"
    return Path(shutil.make_archive(str(base), kind, root_dir=bundle.parent, base_dir=bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's self-test after the build")
    parser.add_argument("--archive", action="store_true", help="pack the bundle for copying to kiosks")
    args = parser.parse_args(argv)

    started = time.monotonic()
    run([sys.executable, str(SPEC_DIR / "build_assets.py")])
    run([
        sys.executable, "-m", "PyInstaller", str(SPEC_DIR / "kiosk.spec"),
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(args.dist), "--workpath", str(args.work),
    ])
    bundle = args.dist / NAME
    describe(bundle)
    print(f"\nBuilt in {time.monotonic() - started:.0f} s: {executable(bundle)}")
    if args.archive:
        print(f"Packed: {pack(bundle)}")
    if args.self_test:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([str(executable(bundle)), "self-test"], env=env)
        print(f"self-test exit code {result.returncode}")
        return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
