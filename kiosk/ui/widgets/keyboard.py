"""The on-screen keyboard inside the window: Qt Virtual Keyboard's QML panel in a QQuickWidget."""

from __future__ import annotations

import logging
import weakref

import shiboken6
from PySide6.QtCore import Q_ARG, QMetaObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QApplication, QLineEdit, QSizePolicy, QWidget

from kiosk.services.keyboard import (
    PANEL_URL,
    forget_learnt_words,
    keyboard_locale,
    panel_height,
    quiet_loader_warnings,
)

log = logging.getLogger(__name__)


class OnScreenKeyboard(QQuickWidget):
    """The keyboard panel. It never takes focus, so the field being typed into keeps it.

    It shows itself when a :class:`QLineEdit` inside ``host`` gets the focus and hides
    when none has it (or when the visitor taps the panel's hide key).

    Args:
        host: the widget whose line edits use this keyboard.

    Signals:
        ready: the panel finished loading (it loads in the background).
        shown_for(QWidget): the keyboard appeared (or moved on) for this field.
        hidden: the keyboard went away.
    """

    shown_for = Signal(QWidget)
    hidden = Signal()
    ready = Signal()

    def __init__(self, host: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OnScreenKeyboard")
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setClearColor(Qt.GlobalColor.transparent)
        self._host = host
        self._language = "en"
        quiet_loader_warnings()
        forget_learnt_words()
        # Asynchronous: a synchronous load can deadlock with a Python message handler
        # (see kiosk.services.keyboard). The panel appears a moment later: ``ready``.
        self._component = QQmlComponent(self.engine())
        self._component.statusChanged.connect(self._loaded)
        self._component.loadUrl(QUrl(PANEL_URL), QQmlComponent.CompilationMode.Asynchronous)
        self.hide()
        # Application-wide signals: reach this widget through a weak reference and disconnect
        # when it goes, so a later focus change never calls into a deleted C++ object.
        me = weakref.ref(self)

        def on_focus(old: QWidget | None, new: QWidget | None) -> None:
            keyboard = me()
            if keyboard is not None and shiboken6.isValid(keyboard):
                keyboard._focus_changed(old, new)

        def on_visibility() -> None:
            keyboard = me()
            if keyboard is not None and shiboken6.isValid(keyboard):
                keyboard._input_method_visibility()

        app, input_method = QApplication.instance(), QGuiApplication.inputMethod()
        assert isinstance(app, QApplication)  # a widget exists only under a QApplication
        app.focusChanged.connect(on_focus)
        input_method.visibleChanged.connect(on_visibility)
        self.destroyed.connect(
            lambda *_: (app.focusChanged.disconnect(on_focus), input_method.visibleChanged.disconnect(on_visibility))
        )

    def _loaded(self, status) -> None:
        if status == QQmlComponent.Status.Loading:
            return
        panel = self._component.create() if status == QQmlComponent.Status.Ready else None
        if panel is None:
            log.error("on-screen keyboard unavailable: %s", [e.toString() for e in self._component.errors()])
            return
        assert isinstance(panel, QQuickItem)  # InputPanel.qml's root is an Item
        self.setContent(QUrl(PANEL_URL), self._component, panel)
        panel.implicitHeightChanged.connect(self._fit_height)
        self.set_language(self._language)
        self.ready.emit()
        focused = QApplication.focusWidget()
        if focused is not None:
            self._focus_changed(None, focused)

    @property
    def panel(self):
        """The QML InputPanel item (None when the keyboard could not load)."""
        return self.rootObject()

    def set_language(self, language: str) -> None:
        """Use the layout of a UI language (``zh`` types Chinese through pinyin)."""
        self._language = language
        if self.panel is not None:
            QMetaObject.invokeMethod(self.panel, "useLocale", Q_ARG("QVariant", keyboard_locale(language)))

    def layout_locale(self) -> str:
        """The active keyboard layout, e.g. ``ar_AR`` ("" when the keyboard could not load)."""
        return str(self.panel.property("activeLocale")) if self.panel is not None else ""

    def fit_width(self, width: int) -> None:
        """Size the panel for ``width`` pixels (its height follows).

        Only a maximum width: a minimum would stop the window from getting narrower.
        """
        self.setMinimumWidth(0)
        self.setMaximumWidth(width)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the panel wants at its width: the keys, plus the pinyin candidate bar
        while Chinese is being typed (without it the candidates would be cut off)."""
        width = min(self.width(), self.maximumWidth()) if self.width() > 0 else self.maximumWidth()
        wanted = panel_height(width)
        panel = self.panel
        if panel is not None and panel.width() > 0:
            wanted = max(1, round(panel.implicitHeight()))
        if wanted != self.height() or self.minimumHeight() != wanted:
            self.setFixedHeight(wanted)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)  # the panel takes the new width first
        self._fit_height()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and self._host.isAncestorOf(new) and new.isEnabled() and self._host.isVisible():
            if self.panel is not None:
                self.show()
                self.raise_()
                QGuiApplication.inputMethod().show()
                self.shown_for.emit(new)
        elif self.isVisible():
            self.hide()
            QGuiApplication.inputMethod().hide()
            self.hidden.emit()

    def _input_method_visibility(self) -> None:
        # The panel's own "hide keyboard" key hides the input method: drop the field's focus
        # so the keyboard goes away. Moving the focus between fields also hides it for a
        # moment, just before focusChanged shows it again, so decide one turn later.
        if not QGuiApplication.inputMethod().isVisible() and self.isVisible():
            QTimer.singleShot(0, self, self._hide_key_check)

    def _hide_key_check(self) -> None:
        if QGuiApplication.inputMethod().isVisible() or not self.isVisible():
            return
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and self._host.isAncestorOf(focused):
            focused.clearFocus()
