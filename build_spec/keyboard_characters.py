"""Every character the on-screen keyboard can type, read from Qt Virtual Keyboard itself.

A build-time helper of build_spec/subset_fonts.py (needs PySide6, which the kiosk installs).
Qt Virtual Keyboard keeps its layouts and its pinyin dictionary as Qt resources inside its QML
plugins; loading a plugin library registers them, so they can be read with QFile:

* the layouts (``Layouts/<locale>/*.qml``, or ``Layouts/fallback/`` where a locale has a
  ``*.fallback`` marker) give each key's text, its small text and its long-press alternates;
* the pinyin dictionary (``3rdparty/pinyin/data/dict_pinyin.dat``, Google Pinyin's format:
  spelling trie, then the lemma list) gives every Chinese character and word pinyin can offer.

Run it alone to print what it found: ``python build_spec/keyboard_characters.py``.
"""

from __future__ import annotations

import ctypes
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.services.keyboard import KEYBOARD_LOCALES  # noqa: E402 (after the path)

RESOURCES = ":/qt-project.org/imports/QtQuick/VirtualKeyboard"
#: The plugins holding the layouts and the pinyin input method (file names without prefix).
PLUGINS = ("layouts", "pinyin")
LAYOUT_FILES = ("main", "symbols", "numbers", "digits")
#: Google Pinyin's longest lemma (kMaxLemmaSize in its dictdef.h).
MAX_LEMMA_SIZE = 8
_KEY_TEXT = re.compile(
    r"\b(?:text|displayText|smallText|alternativeKeys)\s*:\s*(\[[^\]]*\]|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')"
)
#: Small texts a key shows only with a feature the kiosk leaves off: the "," key's gear marks
#: the function popup list (handwriting and similar), never shown on the kiosk's keyboards.
HIDDEN_SMALL_TEXTS = {"\u2699"}
_STRING = re.compile(r"\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'")


def _load_plugins() -> None:
    """Load the keyboard's plugin libraries so that their resources are registered."""
    import PySide6
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        _load_plugins.app = QCoreApplication([])  # resources need no event loop, only an instance
    base = Path(PySide6.__file__).parent
    for name in PLUGINS:
        # libqtvkblayoutsplugin.so on Linux, qtvkblayoutsplugin.dll on Windows.
        path = next((p for p in base.rglob(f"*qtvkb{name}plugin.*") if p.suffix in (".so", ".dll", ".dylib")), None)
        if path is None:
            raise SystemExit(f"Qt Virtual Keyboard's {name} plugin not found under {base}")
        ctypes.CDLL(str(path), mode=getattr(ctypes, "RTLD_GLOBAL", 0))


def _read(resource: str) -> bytes | None:
    from PySide6.QtCore import QFile, QIODevice

    file = QFile(resource)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        return bytes(file.readAll())
    finally:
        file.close()


def _unescape(literal: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})|\\(.)", lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), literal)


def layout_characters(locales: list[str] | None = None) -> set[str]:
    """Characters on the keys (text, small text, alternates) of the layouts of ``locales``."""
    _load_plugins()
    chars: set[str] = set()
    for locale in locales or sorted(set(KEYBOARD_LOCALES.values())):
        for name in LAYOUT_FILES:
            source = _read(f"{RESOURCES}/Layouts/{locale}/{name}.qml")
            if source is None:  # a "<name>.fallback" marker: the shared layout is used
                source = _read(f"{RESOURCES}/Layouts/fallback/{name}.qml")
            if source is None:
                continue
            for value in _KEY_TEXT.findall(source.decode("utf-8")):
                for double, single in _STRING.findall(value):
                    chars.update(_unescape(double or single))
    return {c for c in chars - HIDDEN_SMALL_TEXTS if c.isprintable() and not c.isspace()}


def pinyin_characters() -> set[str]:
    """Every character of the pinyin dictionary: the single-character items and all lemmas."""
    _load_plugins()
    data = _read(f"{RESOURCES}/3rdparty/pinyin/data/dict_pinyin.dat")
    if data is None:
        raise SystemExit("Qt Virtual Keyboard's pinyin dictionary not found (is PySide6 complete?)")
    # SpellingTrie::save_spl_trie: spelling size, count (uint32), score amplifier (float),
    # average score (uchar), then the spellings.
    spelling_size, spelling_count = struct.unpack_from("<II", data, 0)
    offset = 4 + 4 + 4 + 1 + spelling_size * spelling_count
    # DictList::save_list: item count, start positions and ids (MAX_LEMMA_SIZE + 1 each), the
    # single characters (UTF-16), their spelling ids (uint16), then every lemma's characters.
    (single_count,) = struct.unpack_from("<I", data, offset)
    offset += 4
    start_pos = struct.unpack_from(f"<{MAX_LEMMA_SIZE + 1}I", data, offset)
    offset += 2 * 4 * (MAX_LEMMA_SIZE + 1)
    singles = data[offset:offset + 2 * single_count].decode("utf-16-le")
    offset += 4 * single_count
    lemmas = data[offset:offset + 2 * start_pos[MAX_LEMMA_SIZE]].decode("utf-16-le")
    return {c for c in singles + lemmas if c.isprintable() and not c.isspace()}


def keyboard_characters() -> set[str]:
    """What the keyboard can type in the kiosk's six languages."""
    return layout_characters() | pinyin_characters()


if __name__ == "__main__":
    keys, pinyin = layout_characters(), pinyin_characters()
    print(f"{len(keys)} characters on the keys of {', '.join(sorted(set(KEYBOARD_LOCALES.values())))}")
    print(f"{len(pinyin)} characters in the pinyin dictionary")
    print("".join(sorted(keys)))
