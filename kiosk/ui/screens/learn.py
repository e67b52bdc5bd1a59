"""Learn: what human trafficking and migrant smuggling are, and how they differ."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content.models import LearnFile, QuizAnswer
from kiosk.ui.context import KioskContext
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.screens.learn_parts import (
    CampaignPage,
    ComparisonPage,
    DefinitionPage,
    ElementsPage,
    LearnPage,
    OverviewPage,
)
from kiosk.ui.screens.learn_quiz import QuizPage
from kiosk.ui.widgets.pages import ScrollPage, plain_label

#: The parts of Learn, in the order of the buttons.
PARTS = ("overview", "trafficking", "smuggling", "elements", "comparison", "campaign", "quiz")


class PartButton(QPushButton):
    """A Learn part's button whose name wraps onto two lines when a language needs it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "part")
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label = plain_label("PartLabel")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.label)
        self.toggled.connect(self._show_state)

    def set_name(self, name: str) -> None:
        self.label.setText(name)
        self.setAccessibleName(name)

    def set_padding(self, horizontal: int, vertical: int) -> None:
        self._row.setContentsMargins(horizontal, vertical, horizontal, vertical)

    def _show_state(self, checked: bool) -> None:
        self.label.setProperty("current", checked)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def sizeHint(self) -> QSize:
        return self._row.sizeHint().expandedTo(self.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._row.minimumSize().expandedTo(QSize(0, self.minimumHeight()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self._row.totalHeightForWidth(width))


class LearnScreen(Screen):
    """A row (portrait) or rail (landscape) of part buttons and the chosen part's page.

    Pages are rebuilt from the content pack for the UI language; the quiz and the revealed
    elements are forgotten at the end of a visit.
    """

    screen_id = ScreenId.LEARN

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        theme = context.theme
        self.header = ScreenHeader()
        self.elements_page = ElementsPage(theme)
        self.quiz_page = QuizPage(theme)
        self.pages: dict[str, LearnPage] = {
            "overview": OverviewPage(theme),
            "trafficking": DefinitionPage(theme, "trafficking"),
            "smuggling": DefinitionPage(theme, "smuggling"),
            "elements": self.elements_page,
            "comparison": ComparisonPage(theme),
            "campaign": CampaignPage(theme),
            "quiz": self.quiz_page,
        }
        self.quiz_page.pledge_requested.connect(lambda: self.navigate_requested.emit(ScreenId.PLEDGE))
        self.stack = QStackedWidget()
        self.buttons: dict[str, PartButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for part in PARTS:
            self.stack.addWidget(self.pages[part])
            button = PartButton()
            button.setObjectName(f"LearnPart_{part}")
            button.clicked.connect(lambda _=False, p=part: self.show_part(p))
            self.group.addButton(button)
            self.buttons[part] = button
        self.nav_panel = QWidget()
        self.nav = QGridLayout(self.nav_panel)
        self.nav.setContentsMargins(0, 0, 0, 0)
        # Landscape: the buttons form a rail that scrolls when large text makes it too tall.
        # Portrait: a grid above the page, which has the room.
        self.nav_rail = ScrollPage()
        self.nav_rail.column.addStretch(1)
        self.body = QHBoxLayout()
        self.body.addWidget(self.nav_rail)
        self.body.addWidget(self.nav_panel)
        self.body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.body, 1)
        self._portrait: bool | None = None
        self._built: dict[str, tuple[str, bool, int]] = {}
        self.current_part = PARTS[0]
        self._fresh_visit = True
        self.buttons[self.current_part].setChecked(True)
        self.stack.setCurrentWidget(self.pages[self.current_part])
        context.language.language_changed.connect(lambda _code: self._refresh_current(force=True))
        self.finish_setup()

    # -- parts -------------------------------------------------------------------------------
    @property
    def learn(self) -> LearnFile:
        return self.context.content.pack.learn

    @property
    def lang(self) -> str:
        return self.context.language.shown

    def show_part(self, part: str) -> None:
        """Show one part of Learn (a key of :data:`PARTS`)."""
        self.current_part = part
        self.buttons[part].setChecked(True)
        self.stack.setCurrentWidget(self.pages[part])
        self._refresh_current()
        self.pages[part].scroll_to_top()

    def reveal_element(self, element_id: str) -> None:
        """Open one card of the elements part (as a visitor's tap does)."""
        self.elements_page.cards[element_id].setChecked(True)

    def answer_quiz(self, choice: QuizAnswer) -> None:
        """Answer the quiz's current question with ``choice``."""
        self.quiz_page.choose(choice)

    def _refresh_current(self, force: bool = False) -> None:
        page = self.pages[self.current_part]
        key = (self.lang, bool(self._portrait), self.context.theme.px(100))
        if force or self._built.get(self.current_part) != key:
            page.show_content(self.learn, self.lang, bool(self._portrait))
            self._built[self.current_part] = key

    def reset_for_next_visitor(self) -> None:
        """The next visitor starts at the top of the first part, with the whole rail in view."""
        self.quiz_page.restart()
        self.elements_page.close_all()
        self._built.clear()
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # no focus ring left on the last visitor's part
        self.show_part(PARTS[0])
        self._scroll_all_to_top()
        # Hidden now: the pages are laid out again when shown, so scroll again then.
        self._fresh_visit = True

    def _scroll_all_to_top(self) -> None:
        self.nav_rail.scroll_to_top()
        for page in self.pages.values():
            page.scroll_to_top()

    # -- texts and shape ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.header.set_texts(self.tr("Learn"), self.tr("What are human trafficking and migrant smuggling?"))
        names = {
            "overview": self.tr("Why it matters"),
            "trafficking": self.tr("Human trafficking"),
            "smuggling": self.tr("Migrant smuggling"),
            "elements": self.tr("Three elements"),
            "comparison": self.tr("Trafficking or smuggling?"),
            "campaign": self.tr("The Blue Heart"),
            "quiz": self.tr("Quiz"),
        }
        for part, button in self.buttons.items():
            button.set_name(names[part])

    def apply_metrics(self) -> None:
        super().apply_metrics()
        px = self.context.theme.px
        self.nav.setSpacing(px(14))
        for button in self.buttons.values():
            button.set_padding(px(24), px(8))
            button.setMinimumHeight(px(64))
        self.body.setSpacing(px(32))
        self._relayout(force=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self, force: bool = False) -> None:
        portrait = self.width() < self.height()
        if portrait == self._portrait and not force:
            return
        self._portrait = portrait
        for button in self.buttons.values():
            self.nav.removeWidget(button)
        columns = 2 if portrait else 1
        for index, part in enumerate(PARTS):
            self.nav.addWidget(self.buttons[part], index // columns, index % columns)
        self.body.setDirection(QVBoxLayout.Direction.TopToBottom if portrait else QHBoxLayout.Direction.LeftToRight)
        self.nav.setRowStretch(len(PARTS), 0 if portrait else 1)
        theme = self.context.theme
        if portrait:
            if self.nav_rail.column.indexOf(self.nav_panel) >= 0:
                self.nav_rail.column.removeWidget(self.nav_panel)
                self.body.insertWidget(1, self.nav_panel)
            self.nav_rail.hide()
            self.nav_panel.show()
        else:
            self.body.removeWidget(self.nav_panel)
            self.nav_rail.column.insertWidget(0, self.nav_panel)
            self.nav_panel.show()
            self.nav_rail.show()
            # Wider with larger text, but never more than a third of the screen.
            width = min(round(theme.px(400) * theme.text_scale), max(theme.px(400), self.width() // 3))
            self.nav_rail.setFixedWidth(width)
        self._built.clear()
        self._refresh_current()

    def on_shown(self) -> None:
        self._refresh_current()
        if self._fresh_visit:
            self._fresh_visit = False
            self._scroll_all_to_top()
            QTimer.singleShot(0, self._scroll_all_to_top)  # once the shown pages are laid out
