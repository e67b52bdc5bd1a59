"""The Blue Heart pledge: what a pledge is and which input is accepted.

Validation returns problem codes (enums), never text: screens map each code to a
translated sentence, the command line and the log use :func:`describe`.
"""

from __future__ import annotations

import enum
import re
import unicodedata
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiosk.core.languages import LANGUAGE_CODES

NAME_MAX_LENGTH = 40
"""Most characters (Unicode code points) a first name may have after trimming."""

EMAIL_MAX_LENGTH = 254
"""RFC 5321 path limit minus the angle brackets."""

COMMITMENT_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\Z")

# Bidi embeddings, overrides and isolates, and the implicit marks: they can
# reorder what is around a name on the wall (the "Trojan Source" trick).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Control characters, lone surrogates (not storable as UTF-8), line and
# paragraph separators.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})

# The WHATWG HTML "valid e-mail address" rule (what browsers check), widened to
# letters and digits of every script so internationalised addresses pass.
_EMAIL_LOCAL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]{1,64}\Z")
_EMAIL_LABEL = re.compile(r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?\Z")


class PledgeProblem(enum.Enum):
    """Why a pledge form cannot be accepted yet. Each names the field it belongs to."""

    NO_COMMITMENT = "commitments.none"
    UNKNOWN_COMMITMENT = "commitments.unknown"
    NAME_TOO_LONG = "first_name.too_long"
    NAME_FORBIDDEN_CHARACTER = "first_name.forbidden_character"
    NAME_NEEDED_FOR_WALL = "first_name.needed_for_wall"
    EMAIL_INVALID = "email.invalid"
    EMAIL_NEEDS_CONSENT = "email.needs_consent"
    EMAIL_MISSING_FOR_CONSENT = "email.missing_for_consent"
    COUNTRY_UNKNOWN = "country.unknown"
    LANGUAGE_UNKNOWN = "language.unknown"

    @property
    def field(self) -> str:
        """The form field the problem belongs to."""
        return self.value.split(".")[0]


_DESCRIPTIONS = {
    PledgeProblem.NO_COMMITMENT: "choose at least one commitment",
    PledgeProblem.UNKNOWN_COMMITMENT: "unknown commitment",
    PledgeProblem.NAME_TOO_LONG: f"first name longer than {NAME_MAX_LENGTH} characters",
    PledgeProblem.NAME_FORBIDDEN_CHARACTER: "first name holds a control or text-direction character",
    PledgeProblem.NAME_NEEDED_FOR_WALL: "the wall needs a first name",
    PledgeProblem.EMAIL_INVALID: "not a valid email address",
    PledgeProblem.EMAIL_NEEDS_CONSENT: "an email is kept only with consent to be contacted",
    PledgeProblem.EMAIL_MISSING_FOR_CONSENT: "consent to be contacted without an email",
    PledgeProblem.COUNTRY_UNKNOWN: "unknown country code",
    PledgeProblem.LANGUAGE_UNKNOWN: "unknown language code",
}


def describe(problem: PledgeProblem) -> str:
    """A short English description for the log and the command line (not for visitors)."""
    return _DESCRIPTIONS[problem]


@dataclass(frozen=True)
class Pledge:
    """One stored pledge.

    Attributes:
        uuid: the pledge's own id (lowercase canonical UUID text).
        kiosk_id: the id of the kiosk where it was made.
        created_utc: when it was made, timezone-aware UTC.
        language: UI language code at the time.
        commitments: ids of the commitments picked, in the order picked.
        first_name: optional, trimmed; empty when not given.
        country: ISO 3166-1 alpha-2 code or empty.
        email: optional, trimmed; empty when not given.
        consent_contact: the visitor agreed to be contacted by email.
        consent_wall: the visitor agreed to show the first name on the wall.
        hidden: the organiser hid it from the wall.
    """

    uuid: str
    kiosk_id: str
    created_utc: datetime
    language: str
    commitments: tuple[str, ...]
    first_name: str = ""
    country: str = ""
    email: str = ""
    consent_contact: bool = False
    consent_wall: bool = False
    hidden: bool = False


@dataclass(frozen=True)
class PledgeForm:
    """What the visitor entered, untouched."""

    language: str
    commitments: tuple[str, ...] = ()
    first_name: str = ""
    country: str = ""
    email: str = ""
    consent_contact: bool = False
    consent_wall: bool = False


@dataclass(frozen=True)
class Validation:
    """The outcome of checking a form: the cleaned form, or the problems found."""

    form: PledgeForm
    problems: tuple[PledgeProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_for(self, field_name: str) -> tuple[PledgeProblem, ...]:
        """The problems of one field (``first_name``, ``email``, ``commitments`` …)."""
        return tuple(p for p in self.problems if p.field == field_name)


def trim(text: str) -> str:
    """Remove leading and trailing white space of every script."""
    return text.strip()


def name_problem(name: str) -> PledgeProblem | None:
    """The problem with an already trimmed first name, or None when it is accepted."""
    for char in name:
        if char in BIDI_CONTROLS or unicodedata.category(char) in _REFUSED_CATEGORIES:
            return PledgeProblem.NAME_FORBIDDEN_CHARACTER
    if len(name) > NAME_MAX_LENGTH:
        return PledgeProblem.NAME_TOO_LONG
    return None


def is_valid_email(email: str) -> bool:
    """Whether ``email`` (already trimmed) looks like a deliverable address.

    No DNS look-up: the kiosk is offline.
    """
    if len(email) > EMAIL_MAX_LENGTH or email.count("@") != 1:
        return False
    if any(unicodedata.category(c) in _REFUSED_CATEGORIES or c in BIDI_CONTROLS for c in email):
        return False
    local, domain = email.split("@")
    if not _EMAIL_LOCAL.match(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    labels = domain.split(".")
    if len(labels) < 2 or len(domain) > 253:
        return False
    if not all(_EMAIL_LABEL.match(label) for label in labels):
        return False
    return not labels[-1].isdigit()


def is_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 code the kiosk offers."""
    from kiosk.core.countries import country_codes

    return code in country_codes()


def validate(form: PledgeForm, known_commitments: frozenset[str] | None = None) -> Validation:
    """Check a form and return it cleaned (names and email trimmed) with its problems.

    Args:
        form: what the visitor entered.
        known_commitments: the commitment ids on offer; None accepts any well-formed id.
    """
    problems: list[PledgeProblem] = []
    name = trim(form.first_name)
    email = trim(form.email)
    country = form.country.strip().upper()
    commitments = tuple(dict.fromkeys(form.commitments))

    if form.language not in LANGUAGE_CODES:
        problems.append(PledgeProblem.LANGUAGE_UNKNOWN)
    if not commitments:
        problems.append(PledgeProblem.NO_COMMITMENT)
    elif any(
        not COMMITMENT_ID_PATTERN.match(c) or (known_commitments is not None and c not in known_commitments)
        for c in commitments
    ):
        problems.append(PledgeProblem.UNKNOWN_COMMITMENT)
    problem = name_problem(name)
    if problem:
        problems.append(problem)
    elif form.consent_wall and not name:
        problems.append(PledgeProblem.NAME_NEEDED_FOR_WALL)
    if email and not is_valid_email(email):
        problems.append(PledgeProblem.EMAIL_INVALID)
    elif email and not form.consent_contact:
        problems.append(PledgeProblem.EMAIL_NEEDS_CONSENT)
    elif form.consent_contact and not email:
        problems.append(PledgeProblem.EMAIL_MISSING_FOR_CONSENT)
    if country and not is_country_code(country):
        problems.append(PledgeProblem.COUNTRY_UNKNOWN)

    cleaned = PledgeForm(
        language=form.language,
        commitments=commitments,
        first_name=name,
        country=country,
        email=email,
        consent_contact=form.consent_contact,
        consent_wall=form.consent_wall,
    )
    return Validation(cleaned, tuple(problems))


def make_pledge(form: PledgeForm, kiosk_id: str, now: datetime, pledge_uuid: str | None = None) -> Pledge:
    """Turn a validated, cleaned form into a pledge made at ``now`` on this kiosk."""
    return Pledge(
        uuid=pledge_uuid or str(uuid_module.uuid4()),
        kiosk_id=kiosk_id,
        created_utc=to_utc(now),
        language=form.language,
        commitments=form.commitments,
        first_name=form.first_name,
        country=form.country,
        email=form.email,
        consent_contact=form.consent_contact,
        consent_wall=form.consent_wall,
    )


def to_utc(moment: datetime) -> datetime:
    """``moment`` as aware UTC; a naive moment is taken as UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def format_utc(moment: datetime) -> str:
    """Fixed-width ISO 8601 UTC text (sorts as it reads): ``2026-11-28T17:40:03.000000Z``."""
    return to_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    """Read an ISO 8601 time with an offset or ``Z``; raise ValueError otherwise."""
    text = text.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("time without a UTC offset")
    return moment.astimezone(UTC)


def canonical_uuid(text: str) -> str:
    """The canonical lowercase form of a UUID; raise ValueError when it is not one."""
    return str(uuid_module.UUID(text.strip()))
