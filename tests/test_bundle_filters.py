"""The bundle's filters (build_spec/bundle_filters.py) on Linux, Windows and macOS paths, without
running PyInstaller: what the kiosk needs stays, what it does not use goes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build_spec"))

import bundle_filters
from bundle_filters import EXCLUDES, is_shared_library, keep, prune, symlink_target

# The same Qt file as PyInstaller names it in a Linux, a Windows and a macOS bundle.
LAYOUTS = {
    "linux": "PySide6/Qt/{kind}/{rest}",
    "windows": "PySide6/{kind}/{rest}",
    "macos": "PySide6/Qt/{kind}/{rest}",
}

NEEDED = [
    ("qml", "QtQuick/VirtualKeyboard/Styles/Builtin/qmldir"),
    ("qml", "QtQuick/VirtualKeyboard/Plugins/Pinyin/qmldir"),
    ("qml", "QtQuick/qmldir"),
    ("qml", "QtQuick/Layouts/qmldir"),
    ("qml", "QtQuick/Window/qmldir"),
    ("qml", "QtQml/WorkerScript/qmldir"),
    ("qml", "Qt/labs/folderlistmodel/qmldir"),
    ("qml", "QtMultimedia/qmldir"),
    ("plugins", "multimedia/ffmpegmediaplugin.dll"),
    ("plugins", "multimedia/libffmpegmediaplugin.so"),
    ("plugins", "platforms/libqxcb.so"),
    ("plugins", "platforms/qwindows.dll"),
    ("plugins", "platforms/libqcocoa.dylib"),
    ("plugins", "platforms/libqoffscreen.so"),
    ("plugins", "platforminputcontexts/libqtvirtualkeyboardplugin.so"),
    ("plugins", "imageformats/qjpeg.dll"),
    ("plugins", "imageformats/libqsvg.so"),
    ("translations", "qtbase_ar.qm"),
    ("translations", "qt_zh_CN.qm"),
]
UNUSED = [
    ("qml", "QtQuick/Controls/Material/Button.qml"),
    ("qml", "QtQuick3D/qmldir"),
    ("qml", "QtWebEngine/qmldir"),
    ("qml", "QtQuick/Pdf/qmldir"),
    ("qml", "Qt/labs/platform/qmldir"),
    ("plugins", "platformthemes/libqgtk3.so"),
    ("plugins", "sqldrivers/qsqlite.dll"),
    ("plugins", "imageformats/libqtiff.so"),
    ("plugins", "platforms/libqvnc.so"),
    ("plugins", "texttospeech/libqtexttospeech_speechd.so"),
    ("translations", "qtbase_de.qm"),
    ("translations", "qtwebengine_fr.qm"),
    ("translations", "designer_ar.qm"),
]


@pytest.mark.parametrize("system", sorted(LAYOUTS))
@pytest.mark.parametrize("kind, rest", NEEDED)
def test_what_the_kiosk_needs_stays(system, kind, rest):
    assert keep(LAYOUTS[system].format(kind=kind, rest=rest))


@pytest.mark.parametrize("system", sorted(LAYOUTS))
@pytest.mark.parametrize("kind, rest", UNUSED)
def test_what_the_kiosk_does_not_use_goes(system, kind, rest):
    assert not keep(LAYOUTS[system].format(kind=kind, rest=rest))


def test_windows_backslashes_are_understood():
    assert not keep("PySide6\\plugins\\platformthemes\\qgtk3.dll")
    assert keep("PySide6\\qml\\QtQuick\\VirtualKeyboard\\qmldir")


def test_babel_keeps_the_six_languages_and_their_regions_only():
    for name in ("root.dat", "ar.dat", "ar_EG.dat", "zh_Hans.dat", "zh_Hans_CN.dat", "en_001.dat", "es_419.dat", "ru.dat", "fr_CA.dat"):
        assert keep(f"babel/locale-data/{name}"), name
    for name in ("de.dat", "ja.dat", "pt_BR.dat"):
        assert not keep(f"babel/locale-data/{name}"), name
    assert keep("babel/global.dat")


def test_everything_outside_qt_and_babel_stays():
    kept = ("assets/content/media/blue-heart-psa.mp4", "qtawesome/fonts/fontawesome6-solid-webfont-6.7.2.ttf", "kiosk/resources_rc.py")
    for dest in kept:
        assert keep(dest)


def test_unused_qt_modules_and_tools_are_excluded_but_opengl_stays():
    assert {"PySide6.QtWebEngineCore", "PySide6.QtDataVisualization", "PySide6.Qt3DCore", "tkinter", "pytest"} <= set(EXCLUDES)
    assert {"mypy", "pydantic.mypy", "ast_serialize"} <= set(EXCLUDES)  # the static checks stay out
    assert "PySide6.QtOpenGL" not in EXCLUDES  # PySide6.QtQuick does not import without it
    assert "PySide6.QtQuickWidgets" not in EXCLUDES and "PySide6.QtMultimedia" not in EXCLUDES


def test_shared_libraries_are_told_from_modules_plugins_and_python():
    assert is_shared_library(("PySide6/Qt/lib/libQt6WebEngineCore.so.6", "/x", "BINARY"))
    assert is_shared_library(("PySide6/Qt6Pdf.dll", "/x", "BINARY"))
    assert not is_shared_library(("PySide6/QtCore.abi3.so", "/x", "EXTENSION"))
    assert not is_shared_library(("PySide6/Qt/plugins/platforms/libqxcb.so", "/x", "BINARY"))
    assert not is_shared_library(("PySide6/Qt/qml/QtQuick/libqtquick2plugin.so", "/x", "BINARY"))
    for runtime in ("libpython3.11.so.1.0", "python311.dll", "PySide6/opengl32sw.dll", "PySide6/d3dcompiler_47.dll"):
        assert not is_shared_library((runtime, "/x", "BINARY")), runtime


def test_prune_drops_unlinked_libraries_and_links_to_them(monkeypatch):
    monkeypatch.setattr(bundle_filters, "linked_libraries", lambda binaries: {"PySide6/Qt/lib/libQt6Core.so.6"})
    binaries = [
        ("PySide6/QtCore.abi3.so", "/src/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", "/src/libQt6WebEngineCore.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    ]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6WebEngineCore.so.6", "PySide6/Qt/lib/libQt6WebEngineCore.so.6", "SYMLINK"),
        ("assets/self-test/clip.mp4", "/src/clip.mp4", "DATA"),
    ]
    kept_binaries, kept_datas, dropped, unlinked = prune(binaries, datas)
    assert [entry[0] for entry in kept_binaries] == ["PySide6/QtCore.abi3.so", "PySide6/Qt/lib/libQt6Core.so.6"]
    assert [entry[0] for entry in kept_datas] == ["libQt6Core.so.6", "assets/self-test/clip.mp4"]
    assert sorted(entry[0] for entry in dropped) == [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6", "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libQt6WebEngineCore.so.6",
    ]
    assert [entry[0] for entry in unlinked] == ["PySide6/Qt/lib/libQt6WebEngineCore.so.6"]


def test_symlink_targets_resolve_from_the_links_folder():
    assert symlink_target(("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")) == "PySide6/Qt/lib/libQt6Core.so.6"
    assert symlink_target(("a/b/libx.so", "../c/libx.so.1", "SYMLINK")) == "a/c/libx.so.1"
