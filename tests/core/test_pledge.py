"""Pledge input rules: what a visitor may type and what is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.pledge import (
    NAME_MAX_LENGTH,
    PledgeForm,
    PledgeProblem,
    describe,
    format_utc,
    is_valid_email,
    make_pledge,
    name_problem,
    parse_utc,
    validate,
)


def form(**changes) -> PledgeForm:
    values = dict(language="en", commitments=("learn",))
    values.update(changes)
    return PledgeForm(**values)


def test_minimal_pledge_is_one_commitment():
    assert validate(form()).ok


def test_no_commitment_is_refused():
    result = validate(form(commitments=()))
    assert result.problems == (PledgeProblem.NO_COMMITMENT,)
    assert result.problems_for("commitments") == (PledgeProblem.NO_COMMITMENT,)


def test_unknown_commitment_is_refused_when_the_offer_is_known():
    assert validate(form(commitments=("learn",)), frozenset({"learn"})).ok
    result = validate(form(commitments=("learn", "fly")), frozenset({"learn"}))
    assert result.problems == (PledgeProblem.UNKNOWN_COMMITMENT,)


def test_repeated_commitments_are_kept_once_in_order():
    assert validate(form(commitments=("b", "a", "b"))).form.commitments == ("b", "a")


@pytest.mark.parametrize(
    "name",
    ["Ann", "Zoë", "José María", "Мария", "فاطمة", "王小明", "अनु", "🙂", "👩‍👩‍👧", "O'Brien", "<b>x</b>", "a" * 40],
)
def test_every_script_and_emoji_is_accepted(name):
    result = validate(form(first_name=name))
    assert result.ok, result.problems
    assert result.form.first_name == name


def test_name_is_trimmed_only():
    assert validate(form(first_name="  \u3000Ann Lee\t ")).form.first_name == "Ann Lee"


def test_name_longer_than_40_characters_is_refused_not_cut():
    result = validate(form(first_name="a" * (NAME_MAX_LENGTH + 1)))
    assert result.problems == (PledgeProblem.NAME_TOO_LONG,)
    assert result.form.first_name == "a" * 41


@pytest.mark.parametrize(
    "char", ["\x00", "\x07", "\n", "\x1b", "\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u2028", "\ud800"]
)
def test_control_and_bidi_characters_are_refused(char):
    result = validate(form(first_name=f"An{char}n"))
    assert result.problems == (PledgeProblem.NAME_FORBIDDEN_CHARACTER,)
    assert result.form.first_name == f"An{char}n"


def test_joiners_needed_by_emoji_and_scripts_are_kept():
    assert name_problem("👨\u200d👩\u200d👧") is None
    assert name_problem("می\u200cخواهم") is None


def test_wall_needs_a_name():
    assert validate(form(consent_wall=True)).problems == (PledgeProblem.NAME_NEEDED_FOR_WALL,)
    assert validate(form(consent_wall=True, first_name="Ann")).ok


@pytest.mark.parametrize(
    "email",
    ["ann@example.org", "a.b+c@sub.example.co.uk", "ann@xn--80ak6aa92e.com", "анна@пример.рф", "x_y@ex-ample.io"],
)
def test_good_emails(email):
    assert is_valid_email(email)


@pytest.mark.parametrize(
    "email",
    ["", "ann", "ann@", "@example.org", "ann@example", "ann@@example.org", "a@b@c.org", "ann@-ex.org",
     "ann@ex-.org", "ann..lee@ex.org", ".ann@ex.org", "ann lee@ex.org", "ann@ex..org", "ann@1.2.3.4",
     "ann@ex.org\n", "a" * 65 + "@ex.org", "ann@" + "a" * 250 + ".org", "ann@ex_ample.org"],
)
def test_bad_emails(email):
    assert not is_valid_email(email)


def test_email_needs_consent_and_consent_needs_email():
    assert validate(form(email="ann@example.org")).problems == (PledgeProblem.EMAIL_NEEDS_CONSENT,)
    assert validate(form(consent_contact=True)).problems == (PledgeProblem.EMAIL_MISSING_FOR_CONSENT,)
    assert validate(form(email=" ann@example.org ", consent_contact=True)).form.email == "ann@example.org"
    assert validate(form(email="nope", consent_contact=True)).problems == (PledgeProblem.EMAIL_INVALID,)


def test_country_is_iso_alpha2():
    assert validate(form(country="fr")).form.country == "FR"
    assert validate(form(country="XK")).problems == (PledgeProblem.COUNTRY_UNKNOWN,)
    assert validate(form(country="ZZ")).problems == (PledgeProblem.COUNTRY_UNKNOWN,)


def test_language_must_be_one_the_kiosk_speaks():
    assert validate(form(language="de")).problems == (PledgeProblem.LANGUAGE_UNKNOWN,)


def test_every_problem_has_a_field_and_a_description():
    for problem in PledgeProblem:
        assert problem.field in {"commitments", "first_name", "email", "country", "language"}
        assert describe(problem)


def test_make_pledge_uses_now_in_utc():
    now = datetime(2026, 3, 5, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    pledge = make_pledge(validate(form(first_name="Ann")).form, "kiosk", now)
    assert pledge.created_utc == datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    assert pledge.first_name == "Ann" and not pledge.hidden
    assert len(pledge.uuid) == 36


def test_utc_text_round_trip_and_sorts():
    early = datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
    assert parse_utc(format_utc(early)) == early
    assert format_utc(early) < format_utc(early + timedelta(microseconds=1))
    with pytest.raises(ValueError):
        parse_utc("2026-01-02T03:04:05")


@given(st.text())
def test_validation_never_fails_and_accepts_or_names_a_problem(text):
    result = validate(form(first_name=text, email=text, consent_contact=bool(text.strip()), country=text[:2]))
    for problem in result.problems:
        assert isinstance(problem, PledgeProblem)


@given(st.text())
def test_accepted_name_is_the_trimmed_input_and_clean(text):
    result = validate(form(first_name=text))
    if result.ok:
        assert result.form.first_name == text.strip()
        assert len(result.form.first_name) <= NAME_MAX_LENGTH
        assert "\u202e" not in result.form.first_name
        result.form.first_name.encode("utf-8")  # storable
    else:
        assert result.problems_for("first_name")
