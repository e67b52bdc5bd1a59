"""The main window: a stack of screens, the bottom bar and the overlays. Navigation only."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QScreen
from PySide6.QtWidgets import QLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.context import KioskContext
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.widgets.bottom_bar import BottomBar
from kiosk.ui.widgets.overlays import LanguagePicker, StillThereOverlay

if TYPE_CHECKING:
    from kiosk.ui.widgets.accessibility_panel import AccessibilityPanel

log = logging.getLogger(__name__)

#: The hidden admin gesture's corner, in design pixels at 1080p (top-left, mirrored in RTL).
ADMIN_CORNER_PX = 140
#: Reach mode leaves up to this share of the window's height empty at the top, so every control
#: is in the lower part (a wheelchair user's or a child's reach): 40 % upright, 30 % landscape.
#: Milliseconds between the first frame and the building of the other screens.
WARM_UP_DELAY_MS = 100
REACH_TOP_SHARE_PORTRAIT = 0.40
REACH_TOP_SHARE_LANDSCAPE = 0.30


class MainWindow(QWidget):
    """Shows one screen at a time. Screens are built on first use (Attract first, for a fast
    first frame) and the rest are warmed up right after the first frame.

    Every way to Attract (the idle timeout, "Back to the kiosk", the PIN pad's cancel, a screen's
    own navigation) goes through :meth:`end_visit`, the one reset path.

    Signals:
        screen_changed(str): the current screen changed (a :class:`ScreenId`).
        visit_ended: a visit was cleared and Attract is showing.
        overlay_open(bool): an overlay (language picker, accessibility panel, "Still there?")
            now covers the window (True), or none does any more (False).
    """

    screen_changed = Signal(str)
    visit_ended = Signal()
    overlay_open = Signal(bool)

    def __init__(
        self,
        context: KioskContext,
        factories: dict[ScreenId, Callable[[], Screen]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("KioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle("Blue Heart Kiosk")
        self.allow_close = not context.kiosk_mode
        self._factories = dict(factories)
        self._screens: dict[ScreenId, Screen] = {}
        self._current: ScreenId | None = None
        self._visit_reset = context.visit_reset

        self.stack = QStackedWidget()
        self.stack.setObjectName("ScreenStack")
        # Only the current screen must fit the window: by default a stack asks for the largest
        # minimum of all its pages, which grew the window past the screen (PIN pad at 150 %).
        stack_layout = self.stack.layout()
        assert stack_layout is not None  # a QStackedWidget is made with its QStackedLayout
        stack_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.bottom_bar = BottomBar(context.theme)
        self.bottom_bar.home_requested.connect(lambda: self.show_screen(ScreenId.HOME))
        self.bottom_bar.language_requested.connect(self.open_language_picker)
        self.bottom_bar.accessibility_requested.connect(self.open_accessibility)
        # Reach mode: an empty band above the screens pushes everything down (see reach_offset).
        self.reach_band = QWidget()
        self.reach_band.setObjectName("ReachBand")
        self.reach_band.setFixedHeight(0)
        self.reach_band.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reach_band)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bottom_bar)

        self._still_there: StillThereOverlay | None = None
        self._language_picker: LanguagePicker | None = None
        self._accessibility: AccessibilityPanel | None = None
        self._overlay_shown = False
        context.theme.changed.connect(self._apply_reach)
        # Once more after the re-styled screens have re-laid out (their minimum sizes changed).
        context.theme.changed.connect(lambda: QTimer.singleShot(0, self._apply_reach))
        context.visit_reset.register("accessibility", context.theme.reset_visitor_options)
        context.language.language_changed.connect(self._retranslate_bar)
        self._retranslate_bar()

    # -- overlays, built on first use (not on the first frame) -----------------------------
    def _watch_overlay(self, overlay) -> None:
        overlay.visibility_changed.connect(lambda _shown: self._overlays_changed())

    def _overlays_changed(self) -> None:
        shown = any(overlay.isVisible() for overlay in self._overlays())
        if shown != self._overlay_shown:
            self._overlay_shown = shown
            self.overlay_open.emit(shown)

    @property
    def still_there(self) -> StillThereOverlay:
        if self._still_there is None:
            self._still_there = StillThereOverlay(self)
            self._watch_overlay(self._still_there)
        return self._still_there

    @property
    def language_picker(self) -> LanguagePicker:
        if self._language_picker is None:
            self._language_picker = LanguagePicker(self.context.theme, self)
            self._language_picker.chosen.connect(self.context.language.set_language)
            self._watch_overlay(self._language_picker)
        return self._language_picker

    @property
    def accessibility(self) -> AccessibilityPanel:
        if self._accessibility is None:
            # Imported when first opened (or warmed up after the first frame).
            from kiosk.ui.widgets.accessibility_panel import AccessibilityPanel

            self._accessibility = AccessibilityPanel(self.context.theme, self)
            self._accessibility.set_bottom_aligned(self.context.theme.reach)
            self._watch_overlay(self._accessibility)
        return self._accessibility

    def _overlays(self) -> list:
        return [o for o in (self._still_there, self._language_picker, self._accessibility) if o is not None]

    def _hide_overlays(self) -> None:
        for overlay in self._overlays():
            overlay.hide()

    # -- screens --------------------------------------------------------------------------
    @overload
    def screen(self) -> QScreen: ...

    @overload
    def screen(self, screen_id: ScreenId) -> Screen: ...

    def screen(self, screen_id: ScreenId | None = None) -> Screen | QScreen:
        """The screen for ``screen_id``, built on first use.

        Without an id, Qt's own meaning: the display the window is on.
        """
        if screen_id is None:
            return super().screen()
        screen = self._screens.get(screen_id)
        if screen is None:
            screen = self._factories[screen_id]()
            screen.navigate_requested.connect(lambda target: self.show_screen(ScreenId(target)))
            self.stack.addWidget(screen)
            self._screens[screen_id] = screen
        return screen

    @property
    def built_screens(self) -> dict[ScreenId, Screen]:
        return dict(self._screens)

    @property
    def current_id(self) -> ScreenId | None:
        return self._current

    def show_screen(self, screen_id: ScreenId) -> None:
        """Show ``screen_id``; Attract (after the start) always ends the visit first."""
        if screen_id is ScreenId.ATTRACT and self._current is not None:
            self.end_visit()
        else:
            self._show(screen_id)

    def _show(self, screen_id: ScreenId) -> None:
        screen = self.screen(screen_id)
        for overlay in (self._language_picker, self._accessibility):
            if overlay is not None:
                overlay.hide()
        self.bottom_bar.setVisible(screen.shows_bottom_bar)
        # Arriving never focuses a field (which would open the keyboard over the screen): a
        # QStackedWidget hands the focus to the new page's first field when the old page had it
        # (a tapped tile takes the focus on press). The window itself holds it instead.
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stack.setCurrentWidget(screen)
        changed = screen_id != self._current
        self._current = screen_id
        self._apply_reach()
        screen.on_shown()
        if changed:
            log.debug("screen %s", screen_id)
            self.screen_changed.emit(screen_id)

    def warm_up_after_first_frame(self) -> None:
        """Start :meth:`warm_up` shortly after the window first paints."""
        AfterFirstFrame(self, self.warm_up, delay_ms=WARM_UP_DELAY_MS)

    def warm_up(self) -> None:
        """Build the screens and overlays not built yet, one per event-loop turn, after the
        first frame, so that no visitor's tap waits for construction."""
        remaining = [sid for sid in self._factories if sid not in self._screens]
        if remaining:
            self.screen(remaining[0])
            QTimer.singleShot(0, self.warm_up)
        else:
            _ = self.still_there, self.language_picker, self.accessibility

    # -- the visit ------------------------------------------------------------------------
    def show_still_there(self, seconds: int) -> None:
        for overlay in (self._language_picker, self._accessibility):
            if overlay is not None:
                overlay.hide()
        self.still_there.set_seconds(seconds)
        self.still_there.open()

    def update_still_there(self, seconds: int) -> None:
        self.still_there.set_seconds(seconds)

    def hide_still_there(self) -> None:
        if self._still_there is not None:
            self._still_there.hide()

    def end_visit(self) -> None:
        """Clear every trace of the visit and go back to Attract (the one reset path)."""
        self._hide_overlays()
        failed = self._visit_reset.run()
        if failed:
            log.error("some parts could not be cleared: %s", ", ".join(failed))
        self._show(ScreenId.ATTRACT)
        self.visit_ended.emit()

    def open_language_picker(self) -> None:
        if self._accessibility is not None:
            self._accessibility.hide()
        self.language_picker.open_for(self.context.language.current)
        self.language_picker.set_bottom_aligned(self.context.theme.reach)

    def open_accessibility(self) -> None:
        if self._language_picker is not None:
            self._language_picker.hide()
        self.accessibility.open()

    # -- reach mode ---------------------------------------------------------------------------
    def reach_offset(self) -> int:
        """Height of the empty band above the visitor screens in reach mode (0 when it is off).

        The band takes up to 40 % of an upright window (30 % of a landscape one) but never so much
        that the current screen would no longer fit below it.
        """
        screen = self._screens.get(self._current) if self._current else None
        if not self.context.theme.reach or screen is None or not screen.shows_bottom_bar:
            return 0
        share = REACH_TOP_SHARE_PORTRAIT if self.height() > self.width() else REACH_TOP_SHARE_LANDSCAPE
        needed = screen.minimumSizeHint().height()
        layout = screen.layout()
        if layout is not None and layout.hasHeightForWidth():
            # Wrapped text needs more height on a narrower screen than the minimum hint says.
            needed = max(needed, layout.totalMinimumHeightForWidth(self.width()))
        needed += self.bottom_bar.sizeHint().height()
        return max(0, min(round(self.height() * share), self.height() - needed))

    def _apply_reach(self) -> None:
        offset = self.reach_offset()
        self.reach_band.setFixedHeight(offset)
        self.reach_band.setVisible(offset > 0)
        for overlay in self._overlays():
            overlay.set_bottom_aligned(self.context.theme.reach)

    def _retranslate_bar(self, *_args: object) -> None:
        from kiosk.core.languages import language

        current = language(self.context.language.shown)
        self.bottom_bar.retranslate(self.tr("Home"), current.native_name, self.tr("Choose your language"))
        self.bottom_bar.retranslate_accessibility(
            self.tr("Accessibility"), self.tr("Larger text, high contrast and reach mode")
        )

    # -- the admin gesture's corner -----------------------------------------------------------
    def admin_hotspot(self) -> QRectF:
        """The corner for the hidden gesture, in global coordinates (top-left; top-right in RTL)."""
        side = self.context.theme.px(ADMIN_CORNER_PX)
        x = self.width() - side if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else 0
        origin = self.mapToGlobal(QPoint(x, 0))
        return QRectF(origin.x(), origin.y(), side, side)

    # -- window -------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        self.context.theme.fit_to(event.size())
        for overlay in self._overlays():
            overlay.setGeometry(self.rect())
        super().resizeEvent(event)
        self._apply_reach()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            log.info("close refused: kiosk mode")
            event.ignore()
