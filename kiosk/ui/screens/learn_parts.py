"""The parts of the Learn screen. Each page rebuilds itself from the content for a language.

Pages get the content and the language from the screen; every pack text is shown as plain
text; every UI text goes through ``self.tr()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.content.models import Element, LearnFile, LegalDefinition
from kiosk.core.languages import language
from kiosk.ui.style import Theme
from kiosk.ui.widgets.heart import BlueHeart
from kiosk.ui.widgets.pages import Card, ScrollPage, clear_layout, language_tag, plain_label


class LearnPage(ScrollPage):
    """A Learn part: rebuilt by :meth:`show_content` for the current language and shape."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.portrait = False
        self.lang = "en"

    def show_content(self, learn: LearnFile, lang: str, portrait: bool) -> None:
        self.portrait = portrait
        self.lang = lang
        clear_layout(self.column)
        px = self.theme.px
        self.column.setSpacing(px(28))
        self.build(learn, lang)
        self.column.addStretch(1)

    def build(self, learn: LearnFile, lang: str) -> None:
        raise NotImplementedError

    def card(self, *widgets: QWidget, texts: tuple = ()) -> Card:
        """A card of ``widgets``; with an "In English" tag when one of the pack ``texts`` shown
        on it has no version in the page's language."""
        card = Card()
        card.set_padding(self.theme.px(32))
        for widget in widgets:
            card.add(widget)
        tag = language_tag(self.lang, *texts)
        if tag is not None:
            card.column.addWidget(tag, 0, Qt.AlignmentFlag.AlignLeading)
        card.column.addStretch(1)
        return card

    def row_or_column(self) -> QHBoxLayout | QVBoxLayout:
        layout = QVBoxLayout() if self.portrait else QHBoxLayout()
        layout.setSpacing(self.theme.px(28))
        return layout


class OverviewPage(LearnPage):
    """Why these two crimes matter, and UNODC's part (from the seed)."""

    def build(self, learn: LearnFile, lang: str) -> None:
        row = self.row_or_column()
        for card in learn.about:
            row.addWidget(self.card(plain_label("CardTitle", card.title.text(lang)), plain_label("Body", card.body.text(lang)),
                                    texts=(card.title, card.body)), 1)
        self.column.addLayout(row)


class DefinitionPage(LearnPage):
    """A legal definition: the plain-words summary, and the verbatim quote with its citation."""

    def __init__(self, theme: Theme, definition_id: str, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.definition_id = definition_id
        self.quote_label: QLabel | None = None
        self.summary_label: QLabel | None = None

    def build(self, learn: LearnFile, lang: str) -> None:
        item = next((d for d in learn.definitions if d.id == self.definition_id), None)
        if item is None:
            return
        self.column.addWidget(plain_label("SectionTitle", item.title.text(lang)))
        row = self.row_or_column()
        left = QVBoxLayout()
        left.setSpacing(self.theme.px(28))
        self.summary_label = plain_label("Lead", item.summary.text(lang))
        left.addWidget(self.card(plain_label("Kicker", self.tr("In plain words")), self.summary_label,
                                 texts=(item.title, item.summary)))
        if item.note is not None:
            left.addWidget(self.card(plain_label("Kicker", self.tr("Good to know")), plain_label("Body", item.note.text(lang)),
                                     texts=(item.note,)))
        left.addStretch(1)
        row.addLayout(left, 1)
        row.addWidget(self._quote_card(item, lang), 1)
        self.column.addLayout(row)

    def _quote_card(self, item: LegalDefinition, lang: str) -> Card:
        """The official text: a note at the top when part of it is in English, each run of
        subparagraphs in its own language and direction, the citation and the sources."""
        runs = item.shown_parts(lang)
        widgets = []
        self.quote_note = None
        if any(run_lang != lang for _, run_lang in runs):
            whole = all(run_lang != lang for _, run_lang in runs)
            self.quote_note = plain_label("QuoteNote", self.tr("The official text is shown in English.") if whole
                                          else self.tr("Part of the official text is shown in English."))
            widgets.append(self.quote_note)
        widgets.append(plain_label("Kicker", self.tr("What the law says")))
        self.quote_labels = [self._quote_run(text, run_lang) for text, run_lang in runs]
        self.quote_label = self.quote_labels[0]
        widgets.extend(self.quote_labels)
        widgets.append(plain_label("Citation", item.citation.text(lang)))
        names = [source.name for run_lang in dict.fromkeys(run_lang for _, run_lang in runs)
                 for source in item.sources.get(run_lang, [])]
        self.sources_label = plain_label("Citation", self.tr("Sources: %1").replace("%1", " · ".join(dict.fromkeys(names))))
        widgets.append(self.sources_label)
        return self.card(*widgets)

    @staticmethod
    def _quote_run(text: str, run_lang: str) -> QLabel:
        """Subparagraphs in one language, laid out in that language's direction."""
        label = plain_label("Quote", text)
        rtl = language(run_lang).rtl
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        label.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        return label


class ElementCard(QPushButton):
    """One element of trafficking; tapping reveals what it covers.

    Signals:
        revealed_changed(bool): the element was opened or closed.
    """

    revealed_changed = Signal(bool)

    def __init__(self, element: Element, lang: str, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "element")
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.element_id = element.id
        self.title = plain_label("SectionTitle", element.title.text(lang))
        self.question = plain_label("Kicker", element.question.text(lang))
        self.hint = plain_label("Muted", "")
        self.items = plain_label("Body", "\n".join(f"•  {text.text(lang)}" for text in element.items))
        for label in (self.title, self.question, self.hint, self.items):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        column = QVBoxLayout(self)
        pad = theme.px(32)
        column.setContentsMargins(pad, pad, pad, pad)
        column.setSpacing(theme.px(14))
        column.addWidget(self.question)
        column.addWidget(self.title)
        column.addWidget(self.items)
        column.addWidget(self.hint)
        tag = language_tag(lang, element.title, element.question, *element.items)
        if tag is not None:
            tag.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(tag, 0, Qt.AlignmentFlag.AlignLeading)
        column.addStretch(1)
        self.setAccessibleName(self.title.text())
        self.toggled.connect(self._show)
        self._show(False)

    def _show(self, revealed: bool) -> None:
        self.items.setVisible(revealed)
        self.hint.setText(self.tr("Tap to close") if revealed else self.tr("Tap to see"))
        self.revealed_changed.emit(revealed)

    def sizeHint(self):
        return self.layout().sizeHint()


class ElementsPage(LearnPage):
    """The three elements of trafficking (act, means, purpose), each revealed by a tap."""

    def build(self, learn: LearnFile, lang: str) -> None:
        self.column.addWidget(plain_label("SectionTitle", self.tr("The three elements of human trafficking")))
        self.column.addWidget(plain_label("Body", self.tr("An act, done by certain means, for the purpose of exploitation. Tap each one.")))
        row = self.row_or_column()
        self.cards: dict[str, ElementCard] = {}
        for element in learn.elements:
            card = ElementCard(element, lang, self.theme)
            self.cards[element.id] = card
            row.addWidget(card, 1, Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(row)
        notes = [element.note.text(lang) for element in learn.elements if element.note is not None]
        if notes:
            self.column.addWidget(self.card(plain_label("Kicker", self.tr("Good to know")), plain_label("Body", "\n".join(notes))))

    def close_all(self) -> None:
        for card in getattr(self, "cards", {}).values():
            card.setChecked(False)


class ComparisonPage(LearnPage):
    """Trafficking and smuggling side by side."""

    def build(self, learn: LearnFile, lang: str) -> None:
        self.column.addWidget(plain_label("SectionTitle", self.tr("Trafficking or smuggling?")))
        grid = QGridLayout()
        gap = self.theme.px(18)
        grid.setHorizontalSpacing(gap)
        grid.setVerticalSpacing(gap)
        # Landscape: topic | trafficking | smuggling. Portrait: the topic above its two cells.
        first = 0 if self.portrait else 1
        grid.addWidget(plain_label("ColumnHead", self.tr("Human trafficking")), 0, first)
        grid.addWidget(plain_label("ColumnHead", self.tr("Migrant smuggling")), 0, first + 1)
        row = 1
        for item in learn.comparison:
            topic = plain_label("Topic", item.topic.text(lang))
            if self.portrait:
                grid.addWidget(topic, row, 0, 1, 2)
                row += 1
            else:
                grid.addWidget(topic, row, 0, Qt.AlignmentFlag.AlignVCenter)
            for column, text in ((first, item.trafficking), (first + 1, item.smuggling)):
                card = self.card(plain_label("Body", text.text(lang)), texts=(item.topic, text))
                card.set_padding(self.theme.px(22))
                grid.addWidget(card, row, column)
            row += 1
        stretches = (1, 1) if self.portrait else (2, 4, 4)
        for column, stretch in enumerate(stretches):
            grid.setColumnStretch(column, stretch)
        self.column.addLayout(grid)


class CampaignPage(LearnPage):
    """The Blue Heart campaign: the symbol, how to take part, World Day, the Trust Fund."""

    def build(self, learn: LearnFile, lang: str) -> None:
        head = QHBoxLayout()
        heart = BlueHeart(self.theme.color("accent"))
        side = self.theme.px(120)
        heart.setFixedSize(side, side)
        head.addWidget(heart)
        titles = QVBoxLayout()
        titles.addWidget(plain_label("SectionTitle", self.tr("The Blue Heart Campaign")))
        titles.addWidget(plain_label("Body", self.tr("A campaign against human trafficking.")))
        head.addLayout(titles, 1)
        self.column.addLayout(head)
        grid = QGridLayout()
        gap = self.theme.px(24)
        grid.setSpacing(gap)
        columns = 2 if self.portrait else 3
        for index, card in enumerate(learn.campaign):
            widget = self.card(plain_label("CardTitle", card.title.text(lang)), plain_label("Body", card.body.text(lang)),
                               texts=(card.title, card.body))
            grid.addWidget(widget, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.column.addLayout(grid)
