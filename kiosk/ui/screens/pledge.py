"""Pledge: join the Blue Heart campaign against human trafficking."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, QTimer
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.pledge import validate
from kiosk.ui.context import KioskContext
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.drag_scroll import scroll_by_drag
from kiosk.ui.widgets.heart import BlueHeart
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.pledge_form import PledgeFormView
from kiosk.ui.widgets.pledge_wall import PledgeWall

log = logging.getLogger(__name__)

THANKS_SECONDS = 10
"""How long the thank-you stays before the form is back to its welcome state."""
APPEAR_MS = 600
"""The Blue Heart's fade-in on the thank-you."""


class ThanksView(QWidget):
    """The Blue Heart, "Thank you" and the supporter number, over the pledge wall."""

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall = PledgeWall(context.theme.color("accent"), self)
        self.heart = BlueHeart(context.theme.color("accent"))
        self.title = QLabel()
        self.title.setObjectName("ThanksTitle")
        self.number = QLabel()
        self.number.setObjectName("SupporterNumber")
        for label in (self.title, self.number):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.done = QPushButton()
        self.done.setObjectName("ThanksDone")
        self.done.setProperty("role", "secondary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heart, 3)
        layout.addWidget(self.title)
        layout.addWidget(self.number)
        layout.addStretch(1)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignHCenter)
        self.wall.stack_between(self.heart)
        self.wall.set_obstacles(lambda: (self.heart, self.title, self.number, self.done))
        # The heart grows in as the thank-you appears, then keeps beating.
        self._fade = QGraphicsOpacityEffect(self.heart)
        self._fade.setOpacity(1.0)
        self.heart.setGraphicsEffect(self._fade)
        self._appear = QPropertyAnimation(self._fade, b"opacity", self)
        self._appear.setDuration(APPEAR_MS)
        self._appear.setStartValue(0.0)
        self._appear.setEndValue(1.0)
        self._appear.setEasingCurve(QEasingCurve.Type.OutCubic)

    def showEvent(self, event) -> None:
        self._appear.start()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        self.wall.setGeometry(self.rect())
        super().resizeEvent(event)


class PledgeScreen(Screen):
    """The pledge form, the on-screen keyboard, the thank-you and the wall.

    Saving runs on the pledge service's worker thread; the thank-you shows only once the
    pledge is committed.
    """

    screen_id = ScreenId.PLEDGE

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.pledges = context.pledges
        self.offer = context.content.pledge_offer()
        self.header = ScreenHeader()
        self.form = PledgeFormView()
        self.form.set_offer(self.offer, self._language())
        self.form.submit_requested.connect(self.submit)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("PledgeScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.form)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A touch on a control that takes no focus (the country list) would otherwise give the
        # focus to the scroll area, taking it from the field being typed into.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll_by_drag(self.scroll_area.viewport())
        self.wall = PledgeWall(context.theme.color("accent"))
        self.wall.max_bubbles = 6
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.wall)
        form_layout.addWidget(self.scroll_area, 1)
        self.submit_row = QWidget()
        submit_layout = QHBoxLayout(self.submit_row)
        submit_layout.setContentsMargins(0, 0, 0, 0)
        submit_layout.addWidget(self.form.status, 3)
        submit_layout.addStretch(1)
        submit_layout.addWidget(self.form.submit)
        form_layout.addWidget(self.submit_row)
        self.thanks = ThanksView(context)
        self.thanks.done.clicked.connect(self.show_form)
        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(self.thanks)

        self.keyboard = OnScreenKeyboard(host=self.form)
        self.keyboard.shown_for.connect(self._keyboard_shown)
        self.keyboard.hidden.connect(self._keyboard_hidden)
        self.form.country.list_shown.connect(lambda: self._keep_in_view(self.form.country))
        keyboard_row = QHBoxLayout()
        keyboard_row.setContentsMargins(0, 0, 0, 0)
        # The keyboard takes the row up to its maximum width; the two stretches centre it.
        keyboard_row.addStretch(0)
        keyboard_row.addWidget(self.keyboard, 1)
        keyboard_row.addStretch(0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addLayout(keyboard_row)

        self._pending = False
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.setInterval(THANKS_SECONDS * 1000)
        self._thanks_timer.timeout.connect(self.show_form)
        self.pledges.pledge_saved.connect(self._saved)
        self.pledges.pledge_failed.connect(self._failed)
        self.pledges.wall_changed.connect(self._wall_names)
        self._wall_names(self.pledges.wall_names)
        self.finish_setup()

    # -- helpers -------------------------------------------------------------------------------
    def _language(self) -> str:
        return self.context.language.shown

    def _wall_names(self, names: list[str]) -> None:
        self.wall.set_names(names)
        self.wall.setVisible(bool(names) and not self.keyboard.isVisible())
        self.thanks.wall.set_names(names)

    # -- texts and sizes -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        language = self._language()
        self.header.set_texts(
            self.tr("Take the Blue Heart pledge"), self.tr("Join the campaign against human trafficking")
        )
        self.form.retranslate()
        self.form.set_offer(self.offer, language)
        self.form.country.set_language(language)
        self.keyboard.set_language(language)
        self.thanks.title.setText(self.tr("Thank you"))
        self.thanks.done.setText(self.tr("Done"))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        px = self.context.theme.px
        self.form.set_metrics(px)
        submit_layout = self.submit_row.layout()
        assert submit_layout is not None  # made in __init__
        submit_layout.setSpacing(px(24))
        self.form.submit.setMinimumWidth(px(360))
        self.wall.setFixedHeight(px(120))
        self.wall.set_metrics(px(26), px(12))
        self.thanks.wall.set_metrics(px(30), px(14))
        self._fit_keyboard()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.form.set_columns(2 if self.width() > self.height() * 1.2 else 1)
        self._fit_keyboard()

    def _fit_keyboard(self) -> None:
        # Full width in portrait; in landscape a comfortable width for two hands.
        width = self.width() - 2 * self.context.theme.px(16)
        self.keyboard.fit_width(max(320, min(width, int(self.height() * 1.45))))

    # -- the keyboard never covers the field --------------------------------------------------------
    def _keyboard_shown(self, field: QWidget) -> None:
        # Room for the field above the keyboard: the header, wall and submit row step aside.
        for widget in (self.header, self.wall, self.submit_row):
            widget.hide()
        self._keep_in_view(field)

    def _keyboard_hidden(self) -> None:
        self.header.show()
        self.submit_row.show()
        self.wall.setVisible(bool(self.wall.names()))

    def _keep_in_view(self, widget: QWidget) -> None:
        # After the layout gave the keyboard its room.
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(widget, 0, self.context.theme.px(24)))

    # -- submitting --------------------------------------------------------------------------------
    def submit(self) -> None:
        """Check the form; when it is complete, save it off the GUI thread."""
        result = validate(self.form.form(self._language()), self.offer.commitment_ids)
        first_problem = self.form.show_problems(result)
        self.form.show_save_problem(None)
        if not result.ok:
            if first_problem is not None:
                self._keep_in_view(first_problem)
            return
        self._pending = True
        self.form.set_busy(True)
        self.pledges.submit(result.form)

    def _saved(self, number: int) -> None:
        if not self._pending:
            return  # the visit ended while saving: the pledge is kept, the screen is not told
        self._pending = False
        if self.context.fleet is not None:  # many kiosks, one event: the number the counter shows
            number = self.context.fleet.supporters(number)
        self.form.clear()
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.thanks.number.setText(self.tr("You are supporter number %1").replace("%1", self.locale().toString(number)))
        self.header.hide()
        self.pages.setCurrentWidget(self.thanks)
        self._thanks_timer.start()

    def _failed(self, problem) -> None:
        if not self._pending:
            return
        self._pending = False
        self.form.set_busy(False)
        self.form.show_save_problem(problem)
        self._keep_in_view(self.form.status)

    def show_form(self) -> None:
        """Back to the welcome state: the empty form, scrolled to the top."""
        self._thanks_timer.stop()
        self.pages.setCurrentIndex(0)
        self.header.show()
        self.scroll_area.verticalScrollBar().setValue(0)

    # -- for the tour (kiosk.diagnostics) -------------------------------------------------------
    def keyboard_ready(self) -> bool:
        """Whether the on-screen keyboard has loaded (it loads in the background)."""
        return self.keyboard.panel is not None

    def type_example(self, name: str) -> None:
        """The empty form with ``name`` typed into its focused name field (the keyboard shows)."""
        self.show_form()
        self.form.name.setFocus()
        self.form.name.setText(name)

    def submit_example(self) -> None:
        """Pledge what the form holds with the first commitment and consent to the wall."""
        self.form.name.clearFocus()
        next(iter(self.form.cards.values())).setChecked(True)
        self.form.consent_wall.setChecked(True)
        self.submit()

    def reset_for_next_visitor(self) -> None:
        self._pending = False
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.form.clear()
        self.show_form()

    def on_shown(self) -> None:
        self._wall_names(self.wall.names())
