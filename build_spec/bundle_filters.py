"""What goes into the kiosk's bundle: the filters kiosk.spec applies, kept apart so that tests
can check them against Linux, Windows and macOS paths without running PyInstaller.

Every function takes PyInstaller TOC entries ``(destination, source, typecode)`` or their
destinations; destinations are compared with forward slashes on every platform.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kiosk.core.languages import LANGUAGES as UI_LANGUAGES

#: The kiosk's languages, as Qt's file names spell them (``qtbase_fr.qm``, ``qtbase_zh_CN.qm``)
#: and Babel's (``locale-data/zh_Hans_CN.dat`` is matched by its base, ``zh``).
LANGUAGES = tuple(sorted({lang.code for lang in UI_LANGUAGES} | {lang.qt_name for lang in UI_LANGUAGES}))

# -- Python modules the kiosk never uses ---------------------------------------------------------
UNUSED_QT_MODULES = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    # QtCharts stays: Admin → Impact and the report draw their charts with it (about 3 MiB).
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtConcurrent",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLocation", "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets", "QtPositioning",
    "QtPrintSupport", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
    "QtXml", "QtOpenGLWidgets",
]
EXCLUDES = [f"PySide6.{name}" for name in UNUSED_QT_MODULES] + [
    # Other Qt bindings qtpy (under qtawesome) would try.
    "PyQt5", "PyQt6", "PySide2", "shiboken2",
    # GUI toolkits and tooling that never run in the kiosk.
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "pytest", "_pytest", "pytestqt", "hypothesis", "importlinter", "grimp", "pluggy",
    "iniconfig", "rich", "pygments", "markdown_it", "mdurl", "click",
    "setuptools", "pkg_resources", "_distutils_hack", "distutils", "pip", "PyInstaller",
    "IPython", "matplotlib", "numpy",
    # The static checks ([lint]): pydantic's mypy plugin would pull mypy in when it is installed.
    "mypy", "pydantic.mypy", "mypy_extensions", "ast_serialize", "librt", "pathspec", "ruff",
]

# -- Qt pieces kept by path (destination paths, forward slashes) ---------------------------------
KEPT_QML = re.compile(
    r"^(builtins\.qmltypes|jsroot\.qmltypes"
    r"|QtQml/[^/]+|QtQml/(Models|WorkerScript)/.+"
    r"|QtQuick/[^/]+|QtQuick/(Layouts|Window|VirtualKeyboard)/.+"
    r"|Qt/labs/folderlistmodel/.+"
    r"|QtMultimedia/.+)$"
)
#: Plugin folders kept whole, and the folders where only some plugins stay.
KEPT_PLUGIN_DIRS = {
    "iconengines", "multimedia", "platforminputcontexts", "xcbglintegrations", "generic",
    "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-shell-integration",
    "styles",
}
KEPT_PLUGINS = {
    # xcb/wayland on Linux desktops, windows, cocoa; offscreen and minimal for self-test and tour.
    "platforms": re.compile(r"(qxcb|qwayland|qwindows|qdirect2d|qcocoa|qoffscreen|qminimal)\b"),
    # The formats a content pack may bring: JPEG, SVG, GIF, WebP, ICO (PNG is built into QtGui).
    "imageformats": re.compile(r"(qjpeg|qsvg|qgif|qwebp|qico)\b"),
}
QT_TRANSLATION = re.compile(r"^(qt|qtbase|qtdeclarative|qtmultimedia|qtvirtualkeyboard)_(?P<lang>[a-zA-Z_]+)\.qm$")
BABEL_LOCALE = re.compile(r"^(?P<lang>[a-z]+)(_\w+)?\.dat$")


def keep(dest: str) -> bool:
    """Whether a file with destination path ``dest`` belongs in the kiosk's bundle."""
    path = dest.replace("\\", "/")
    if "PySide6/" in path or path.startswith("PySide6"):
        qml = re.search(r"(?:^|/)qml/(.+)$", path)
        if qml:
            return bool(KEPT_QML.match(qml.group(1)))
        plugin = re.search(r"(?:^|/)plugins/([^/]+)/(.+)$", path)
        if plugin:
            folder, rest = plugin.groups()
            if folder in KEPT_PLUGIN_DIRS:
                return True
            pattern = KEPT_PLUGINS.get(folder)
            return bool(pattern and pattern.search(rest))
        translation = re.search(r"(?:^|/)translations/(.+)$", path)
        if translation:
            match = QT_TRANSLATION.match(translation.group(1))
            return bool(match and match.group("lang") in LANGUAGES)
    babel = re.search(r"(?:^|/)babel/locale-data/(.+)$", path)
    if babel:
        match = BABEL_LOCALE.match(babel.group(1))
        return bool(match and match.group("lang") in LANGUAGES + ("root",))
    return True


PYTHON_LIBRARY = re.compile(r"^(lib)?python3[\d.]*\.(so|dll|dylib)|(^|/)Python$")
#: Libraries Qt loads by name at run time, not by linking: never pruned (Windows' software
#: OpenGL and shader compiler; the GL/EGL loaders).
LOADED_AT_RUN_TIME = re.compile(r"^(opengl32sw|d3dcompiler_\d+)\.dll$|^lib(EGL|GLESv2)\b", re.IGNORECASE)


def is_shared_library(entry: tuple) -> bool:
    """A shared library collected as a dependency: not a Python module, Qt plugin, QML plugin
    or the Python library itself (which the bootloader loads)."""
    dest, _source, typecode = entry
    path = dest.replace("\\", "/")
    return (
        typecode == "BINARY"
        and not re.search(r"(?:^|/)(plugins|qml)/", path)
        and not PYTHON_LIBRARY.search(path.rsplit("/", 1)[-1])
        and not LOADED_AT_RUN_TIME.search(path.rsplit("/", 1)[-1])
    )


def linked_libraries(binaries: list) -> set[str]:
    """Destinations of the shared libraries that a kept module or plugin links to, transitively.

    The hooks collect every library that any Qt plugin or QML module links to (QtWebEngine's
    200 MB, GTK for the GTK theme, …); once those plugins are left out, their libraries must go
    too. Libraries are matched by file name, which holds on Linux, Windows and macOS.
    """
    from PyInstaller.depend.bindepend import get_imports

    by_name: dict[str, list] = {}
    for entry in binaries:
        if is_shared_library(entry):
            by_name.setdefault(Path(entry[0]).name, []).append(entry)
    linked: set[str] = set()
    queue = [entry for entry in binaries if entry[2] != "SYMLINK" and not is_shared_library(entry)]
    while queue:
        entry = queue.pop()
        try:
            imports = get_imports(entry[1])
        except Exception as exc:  # noqa: BLE001 - an unreadable file keeps what it may need
            print(f"kiosk.spec: cannot read the imports of {entry[1]}: {exc}")
            continue
        for name, full in imports:
            for candidate in {Path(name).name, Path(full).name if full else ""}:
                for lib in by_name.get(candidate, []):
                    if lib[0] not in linked:
                        linked.add(lib[0])
                        queue.append(lib)
    return linked


def symlink_target(entry: tuple) -> str:
    """Destination path a SYMLINK entry points at (its source is relative to its folder)."""
    dest, target, _typecode = entry
    return os.path.normpath(os.path.join(os.path.dirname(dest), target)).replace("\\", "/")


def prune(binaries: list, datas: list) -> tuple[list, list, list, list]:
    """(binaries, datas) to collect, then (every entry left out, the libraries among them that
    nothing kept links to)."""
    by_path = [entry for entry in binaries if keep(entry[0])]
    linked = linked_libraries(by_path)
    kept_binaries = [
        entry for entry in by_path if entry[2] == "SYMLINK" or not is_shared_library(entry) or entry[0] in linked
    ]
    kept_datas = [entry for entry in datas if keep(entry[0])]
    # Links to a library (some land among the data files) go when the library goes.
    collected = {entry[0].replace("\\", "/") for entry in kept_binaries + kept_datas if entry[2] != "SYMLINK"}
    kept_binaries = [e for e in kept_binaries if e[2] != "SYMLINK" or symlink_target(e) in collected]
    kept_datas = [e for e in kept_datas if e[2] != "SYMLINK" or symlink_target(e) in collected]
    kept = set(kept_binaries) | set(kept_datas)
    dropped = [entry for entry in binaries + datas if entry not in kept]
    unlinked = [entry for entry in by_path if entry not in kept]
    return kept_binaries, kept_datas, dropped, unlinked


def without_debug_symbols(entries: list, workpath: str) -> list:
    """The Python runtime's own libraries (libpython, lib-dynload) with their debug symbols
    stripped (Linux; libpython 22 MiB → 6). Only these: PyInstaller's strip=True on everything
    breaks the FFmpeg libraries ("ELF load command address/offset not page-aligned")."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return entries
    out_dir = Path(workpath) / "stripped"
    result = []
    for dest, source, typecode in entries:
        path = dest.replace("\\", "/")
        if typecode in ("BINARY", "EXTENSION") and (
            PYTHON_LIBRARY.search(path.rsplit("/", 1)[-1]) or "/lib-dynload/" in f"/{path}"
        ):
            target = out_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            done = subprocess.run([strip, "--strip-debug", "-o", str(target), source], capture_output=True)
            if done.returncode == 0:
                source = str(target)
            else:
                print(f"kiosk.spec: strip failed on {source}, kept as it is: {done.stderr.decode(errors='replace')}")
        result.append((dest, source, typecode))
    return result
