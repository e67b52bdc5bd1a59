"""The pledge form: commitments, optional details, consents, inline messages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.pledge import NAME_MAX_LENGTH, PledgeForm, PledgeProblem, Validation
from kiosk.core.pledge_offer import PledgeOffer
from kiosk.services.operations import SaveProblem
from kiosk.ui.widgets.choice_card import ChoiceCard
from kiosk.ui.widgets.country_picker import CountryPicker
from kiosk.ui.widgets.touch_check_box import TouchCheckBox


def _label(object_name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class PledgeFormView(QWidget):
    """What the visitor fills in. Holds no rules: it reads the fields and shows problems.

    ``submit`` and ``status`` are made here but placed by the screen (below the
    scrolling form, always in reach).

    Signals:
        submit_requested: the visitor tapped "Take the pledge".
    """

    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invitation = _label("Invitation")
        self.commitments_title = _label("SectionTitle")
        self.commitments_error = _label("FieldError")
        self.cards: dict[str, ChoiceCard] = {}
        self.cards_box = QVBoxLayout()

        self.details_title = _label("SectionTitle")
        self.name_label = _label("FieldLabel")
        self.name = QLineEdit()
        self.name.setObjectName("FirstName")
        # Sensitive: no input method may keep what a visitor types (pinyin's user dictionary).
        self.name.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData)
        self.name_error = _label("FieldError")
        self.country_label = _label("FieldLabel")
        self.country = CountryPicker()
        self.email_label = _label("FieldLabel")
        self.email = QLineEdit()
        self.email.setObjectName("Email")
        self.email.setInputMethodHints(
            Qt.InputMethodHint.ImhEmailCharactersOnly
            | Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.email_error = _label("FieldError")
        self.consent_contact = TouchCheckBox()
        self.consent_contact.setObjectName("ConsentContact")
        self.consent_wall = TouchCheckBox()
        self.consent_wall.setObjectName("ConsentWall")
        self.submit = QPushButton()
        self.submit.setObjectName("SubmitPledge")
        self.submit.clicked.connect(self.submit_requested)
        self.status = _label("SaveStatus")
        for box in (self.consent_contact, self.consent_wall):
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap on a box keeps the keyboard's field
        self.submit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for field in (self.name, self.email, self.country.field):
            field.returnPressed.connect(field.clearFocus)

        self.left = QVBoxLayout()
        self.left.addWidget(self.invitation)
        self.left.addWidget(self.commitments_title)
        self.left.addWidget(self.commitments_error)
        self.left.addLayout(self.cards_box)
        self.left.addStretch(1)
        self.right = QVBoxLayout()
        for widget in (
            self.details_title,
            self.name_label,
            self.name,
            self.name_error,
            self.country_label,
            self.country,
            self.email_label,
            self.email,
            self.email_error,
            self.consent_contact,
            self.consent_wall,
        ):
            self.right.addWidget(widget)
        self.right.addStretch(1)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self.set_columns(2)
        self.show_problems(None)
        self.show_save_problem(None)

    def mousePressEvent(self, event) -> None:
        # A tap on the form's background (not on a control) puts the keyboard away. Not done
        # with ClickFocus: a tap on the NoFocus country list would then take the field's focus.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        super().mousePressEvent(event)

    # -- layout ------------------------------------------------------------------------------------
    def set_columns(self, columns: int) -> None:
        """Two columns (commitments | details) in landscape, one in portrait."""
        if columns == self._columns:
            return
        self._columns = columns
        for layout in (self.left, self.right):
            self.grid.removeItem(layout)
        self.grid.addLayout(self.left, 0, 0)
        if columns == 2:
            self.grid.addLayout(self.right, 0, 1)
            self.grid.setColumnStretch(0, 5)
            self.grid.setColumnStretch(1, 4)
        else:
            self.grid.addLayout(self.right, 1, 0)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 0)

    def set_metrics(self, px) -> None:
        """Scale spacing and touch sizes (``px`` maps design pixels to the window)."""
        self.grid.setHorizontalSpacing(px(48))
        self.grid.setVerticalSpacing(px(32))
        for layout in (self.left, self.right, self.cards_box):
            layout.setSpacing(px(14))
        for card in self.cards.values():
            card.set_metrics(px(48), px(20))
        self.country.set_row_height(px(72))

    # -- content -----------------------------------------------------------------------------------
    def set_offer(self, offer: PledgeOffer, language: str) -> None:
        """Show the commitments on offer (ticks are kept for ids still offered)."""
        ticked = self.ticked()
        if list(self.cards) != [c.id for c in offer.commitments]:
            for card in self.cards.values():
                self.cards_box.removeWidget(card)
                card.deleteLater()
            self.cards = {}
            for commitment in offer.commitments:
                card = ChoiceCard()
                card.setObjectName(f"Commitment_{commitment.id}")
                card.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                card.setChecked(commitment.id in ticked)
                card.toggled.connect(lambda _checked: self.commitments_error.hide())
                self.cards[commitment.id] = card
                self.cards_box.addWidget(card)
        for commitment in offer.commitments:
            self.cards[commitment.id].set_text(commitment.text.text(language))

    def retranslate(self) -> None:

        self.invitation.setText(
            self.tr(
                "The Blue Heart stands for the people who are trafficked and for everyone working to end "
                "human trafficking. Add your name to the campaign: choose what you will do."
            )
        )
        self.commitments_title.setText(self.tr("I pledge to…"))
        self.name.setAccessibleName(self.tr("First name"))
        self.country.field.setAccessibleName(self.tr("Country"))
        self.country.matches.setAccessibleName(self.tr("Countries"))
        self.email.setAccessibleName(self.tr("Email"))
        self.details_title.setText(self.tr("About you (optional)"))
        self.name_label.setText(self.tr("First name"))
        self.country_label.setText(self.tr("Country"))
        self.country.field.setPlaceholderText(self.tr("Type to find your country"))
        self.email_label.setText(self.tr("Email"))
        self.consent_contact.setText(self.tr("You may email me about the Blue Heart campaign"))
        self.consent_wall.setText(self.tr("Show my first name on the pledge wall"))
        self.submit.setText(self.tr("Take the pledge"))

    # -- reading and showing -----------------------------------------------------------------------
    def ticked(self) -> tuple[str, ...]:
        return tuple(cid for cid, card in self.cards.items() if card.isChecked())

    def form(self, language: str) -> PledgeForm:
        """What the visitor entered, untouched."""
        return PledgeForm(
            language=language,
            commitments=self.ticked(),
            first_name=self.name.text(),
            country=self.country.code,
            email=self.email.text(),
            consent_contact=self.consent_contact.isChecked(),
            consent_wall=self.consent_wall.isChecked(),
        )

    def problem_text(self, problem: PledgeProblem) -> str:

        return {
            PledgeProblem.NO_COMMITMENT: self.tr("Choose at least one commitment."),
            PledgeProblem.UNKNOWN_COMMITMENT: self.tr("Choose your commitments again, please."),
            PledgeProblem.NAME_TOO_LONG: self.tr("Please use at most %1 characters.").replace("%1", str(NAME_MAX_LENGTH)),
            PledgeProblem.NAME_FORBIDDEN_CHARACTER: self.tr("This name has a hidden control character. Please type it again."),
            PledgeProblem.NAME_NEEDED_FOR_WALL: self.tr("Type your first name to show it on the wall, or untick the box."),
            PledgeProblem.EMAIL_INVALID: self.tr("This does not look like an email address, for example name@example.org."),
            PledgeProblem.EMAIL_NEEDS_CONSENT: self.tr("Tick the box to let us email you, or leave the email empty."),
            PledgeProblem.EMAIL_MISSING_FOR_CONSENT: self.tr("Type your email, or untick the box."),
            PledgeProblem.COUNTRY_UNKNOWN: self.tr("Choose your country from the list."),
            PledgeProblem.LANGUAGE_UNKNOWN: self.tr("Please choose a language."),
        }[problem]

    def show_problems(self, validation: Validation | None) -> QWidget | None:
        """Show each problem under its field; returns the first field with a problem."""
        targets = {
            "commitments": (self.commitments_error, self.commitments_title),
            "first_name": (self.name_error, self.name),
            "email": (self.email_error, self.email),
            "country": (self.email_error, self.country),
            "language": (self.commitments_error, self.commitments_title),
        }
        for label, _ in targets.values():
            label.clear()
            label.hide()
        first = None
        for problem in validation.problems if validation else ():
            label, field = targets[problem.field]
            label.setText(self.problem_text(problem))
            label.show()
            first = first or field
        return first

    def show_save_problem(self, problem: SaveProblem | None) -> None:
        """A calm message when the pledge could not be saved; the form keeps what was typed."""
        self.status.setVisible(problem is not None)
        if problem is not None:
            self.status.setText(
                self.tr(
                    "Sorry, your pledge could not be saved just now. Nothing you typed is lost: "
                    "please try again in a moment or ask a member of staff."
                )
            )

    def set_busy(self, busy: bool) -> None:
        self.submit.setEnabled(not busy)
        self.submit.setText(self.tr("Saving…") if busy else self.tr("Take the pledge"))

    def clear(self) -> None:
        """Forget everything typed and ticked."""
        for card in self.cards.values():
            card.setChecked(False)
        self.name.clear()
        self.email.clear()
        self.country.clear()
        self.consent_contact.setChecked(False)
        self.consent_wall.setChecked(False)
        self.show_problems(None)
        self.show_save_problem(None)
        self.set_busy(False)
