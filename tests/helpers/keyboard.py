"""Type on the embedded Qt Virtual Keyboard the way a visitor does: by tapping its keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers.touch import tap_window_at, touchscreen


def _items(item):
    for child in item.childItems():
        yield child
        yield from _items(child)


def key_items(keyboard) -> dict[str, object]:
    """The visible keys of the panel by the text they type (first one wins)."""
    keys: dict[str, object] = {}
    for item in _items(keyboard.panel):
        text = item.property("text")
        if isinstance(text, str) and text and item.isVisible() and item.width() > 0 and item.property("key") is not None:
            keys.setdefault(text, item)
    return keys


def tap_key(keyboard, item, hold_ms: int = 0) -> None:
    """Touch a key item at its centre (``hold_ms``: keep the finger down that long)."""
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    window = keyboard.window()
    point = keyboard.mapTo(window, QPoint(centre.x(), centre.y()))
    if hold_ms:
        QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()
        QTest.qWait(hold_ms)
        QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()
    else:
        tap_window_at(window, point)
    for _ in range(3):
        QApplication.processEvents()


def type_text(keyboard, text: str) -> None:
    """Tap the key for each character of ``text`` (lower-case letters; the keyboard capitalises)."""
    for char in text:
        keys = key_items(keyboard)
        if char == " ":
            item = next(i for i in _items(keyboard.panel) if type(i).__name__ and "SpaceKey" in i.metaObject().className())
        else:
            assert char in keys, f"no key {char!r} on the {keyboard.layout_locale()} keyboard: {sorted(keys)[:40]}"
            item = keys[char]
        tap_key(keyboard, item)


def candidates(keyboard) -> list[object]:
    """The word candidates shown above the keys (pinyin), left to right."""
    found = [i for i in _items(keyboard.panel) if i.isVisible() and "SelectionListItem" in i.metaObject().className()]
    return sorted(found, key=lambda item: item.mapToScene(QPointF(0, 0)).x())
