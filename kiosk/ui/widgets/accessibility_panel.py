"""The accessibility panel: larger text, high contrast and reach mode."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.icons import icon
from kiosk.ui.style import Theme
from kiosk.ui.widgets.overlays import Overlay

#: The text size "Larger text" sets (150 %).
LARGE_TEXT_SCALE = 1.5


class OptionSwitch(QPushButton):
    """A big on/off switch: icon, name, what it does, and its state in words (never colour alone)."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setProperty("role", "option")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.icon_name = icon_name
        self.icon_label = QLabel()
        self.name_label = QLabel()
        self.name_label.setObjectName("CardTitle")
        self.description_label = QLabel()
        self.description_label.setObjectName("Muted")
        self.state_icon = QLabel()
        self.state_label = QLabel()
        self.state_label.setObjectName("OptionState")
        for label in (self.icon_label, self.name_label, self.description_label, self.state_icon, self.state_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.description_label.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name_label)
        text.addWidget(self.description_label)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.icon_label)
        self._row.addLayout(text, 1)
        self._row.addWidget(self.state_icon)
        self._row.addWidget(self.state_label)
        self._texts = ("", "", "", "")

    def set_texts(self, name: str, description: str, on: str, off: str) -> None:
        self._texts = (name, description, on, off)
        self.name_label.setText(name)
        self.description_label.setText(description)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.refresh()

    def refresh(self) -> None:
        """Show the state in words and with a switch icon."""
        self.state_label.setText(self._texts[2] if self.isChecked() else self._texts[3])

    def apply_metrics(self, theme: Theme) -> None:
        px = theme.px
        color = theme.color("text")
        self.icon_label.setPixmap(icon(self.icon_name, color).pixmap(QSize(px(56), px(56))))
        self.icon_label.setFixedSize(px(56), px(56))
        state = "toggle_on" if self.isChecked() else "toggle_off"
        self.state_icon.setPixmap(icon(state, theme.color("accent") if self.isChecked() else color).pixmap(QSize(px(64), px(64))))
        self.state_icon.setFixedSize(px(64), px(64))
        self._row.setContentsMargins(px(24), px(14), px(24), px(14))
        self._row.setSpacing(px(20))


class AccessibilityPanel(Overlay):
    """Larger text, high contrast and reach mode; each applies at once to every screen.

    Signals:
        options_changed: the visitor switched an option.
    """

    options_changed = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.theme = theme
        self.title = self.make_title()
        self.large_text = OptionSwitch("text_size")
        self.large_text.setObjectName("LargeText")
        self.high_contrast = OptionSwitch("contrast")
        self.high_contrast.setObjectName("HighContrast")
        self.reach = OptionSwitch("reach")
        self.reach.setObjectName("ReachMode")
        self.large_text.toggled.connect(lambda on: self._apply(text_scale=LARGE_TEXT_SCALE if on else 1.0))
        self.high_contrast.toggled.connect(lambda on: self._apply(theme="high_contrast" if on else theme.default_name))
        self.reach.toggled.connect(lambda on: self._apply(reach=on))
        self.done = QPushButton()
        self.done.setObjectName("AccessibilityDone")
        self.done.clicked.connect(self.hide)
        layout = self._column = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        for switch in self.switches:
            layout.addWidget(switch)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        theme.changed.connect(self.apply_metrics)
        self.apply_metrics()
        self.retranslate()

    @property
    def switches(self) -> tuple[OptionSwitch, ...]:
        return (self.large_text, self.high_contrast, self.reach)

    def open(self) -> None:
        """Show the panel with the switches set to the current options."""
        self.sync()
        super().open()

    def sync(self) -> None:
        states = (self.theme.text_scale > 1.0, self.theme.name == "high_contrast", self.theme.reach)
        for switch, on in zip(self.switches, states, strict=True):
            switch.blockSignals(True)
            switch.setChecked(on)
            switch.blockSignals(False)
        self.apply_metrics()
        self.retranslate()

    def _apply(self, **options) -> None:
        self.theme.set_visitor_options(**options)
        for switch in self.switches:
            switch.refresh()
        self.options_changed.emit()

    def retranslate(self) -> None:
        on, off = self.tr("On"), self.tr("Off")
        self.title.setText(self.tr("Accessibility"))
        self.large_text.set_texts(self.tr("Larger text"), self.tr("Makes all text one and a half times bigger"), on, off)
        self.high_contrast.set_texts(self.tr("High contrast"), self.tr("White and yellow on black"), on, off)
        self.reach.set_texts(self.tr("Reach mode"), self.tr("Brings every button down within reach"), on, off)
        self.done.setText(self.tr("Done"))

    def apply_metrics(self) -> None:
        px = self.theme.px
        margin = px(120) if self.width() > self.height() else px(48)
        self._column.setContentsMargins(margin, px(40), margin, px(40))
        self._column.setSpacing(px(24))
        for switch in self.switches:
            switch.apply_metrics(self.theme)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_metrics()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
