"""Learn: what human trafficking and migrant smuggling are, and how they differ."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.content.models import LearnFile
from kiosk.ui.context import ScreenContext
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

#: The parts of Learn, in the order of the buttons.
PARTS = ("overview", "trafficking", "smuggling", "elements", "comparison", "campaign", "quiz")


class LearnScreen(Screen):
    """A row (portrait) or rail (landscape) of part buttons and the chosen part's page.

    Pages are rebuilt from the content pack for the UI language; the quiz and the revealed
    elements are forgotten at the end of a visit.
    """

    screen_id = ScreenId.LEARN

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        theme = context.theme
        self.header = ScreenHeader()
        self.pages: dict[str, LearnPage] = {
            "overview": OverviewPage(theme),
            "trafficking": DefinitionPage(theme, "trafficking"),
            "smuggling": DefinitionPage(theme, "smuggling"),
            "elements": ElementsPage(theme),
            "comparison": ComparisonPage(theme),
            "campaign": CampaignPage(theme),
            "quiz": QuizPage(theme),
        }
        self.stack = QStackedWidget()
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for part in PARTS:
            self.stack.addWidget(self.pages[part])
            button = QPushButton()
            button.setObjectName(f"LearnPart_{part}")
            button.setProperty("role", "part")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, p=part: self.show_part(p))
            self.group.addButton(button)
            self.buttons[part] = button
        self.nav_panel = QWidget()
        self.nav = QGridLayout(self.nav_panel)
        self.nav.setContentsMargins(0, 0, 0, 0)
        self.body = QHBoxLayout()
        self.body.addWidget(self.nav_panel)
        self.body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.body, 1)
        self._portrait: bool | None = None
        self._built: dict[str, tuple[str, bool, int]] = {}
        self.current_part = "trafficking"
        self.buttons[self.current_part].setChecked(True)
        self.stack.setCurrentWidget(self.pages[self.current_part])
        context.language.language_changed.connect(lambda _code: self._refresh_current(force=True))
        self.finish_setup()

    # -- parts -------------------------------------------------------------------------------
    @property
    def learn(self) -> LearnFile:
        content = self.context.content
        return content.learn if content is not None else LearnFile()

    @property
    def lang(self) -> str:
        return self.context.language.current or self.context.language.default

    def show_part(self, part: str) -> None:
        """Show one part of Learn (a key of :data:`PARTS`)."""
        self.current_part = part
        self.buttons[part].setChecked(True)
        self.stack.setCurrentWidget(self.pages[part])
        self._refresh_current()
        self.pages[part].scroll_to_top()

    def _refresh_current(self, force: bool = False) -> None:
        page = self.pages[self.current_part]
        key = (self.lang, bool(self._portrait), self.context.theme.px(100))
        if force or self._built.get(self.current_part) != key:
            page.show_content(self.learn, self.lang, bool(self._portrait))
            self._built[self.current_part] = key

    def reset_for_next_visitor(self) -> None:
        self.pages["quiz"].restart()
        self.pages["elements"].close_all()
        self._built.clear()
        self.show_part("trafficking")

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
            button.setText(names[part])
            button.setAccessibleName(names[part])

    def apply_metrics(self) -> None:
        super().apply_metrics()
        px = self.context.theme.px
        self.nav.setSpacing(px(14))
        self.body.setSpacing(px(32))
        self._relayout(force=True)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
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
        if portrait:
            self.nav_panel.setMinimumWidth(0)
            self.nav_panel.setMaximumWidth(16777215)
        else:
            self.nav_panel.setFixedWidth(self.context.theme.px(400))
        self._built.clear()
        self._refresh_current()

    def on_shown(self) -> None:
        self._refresh_current()
