"""Visits on a real X display: full screen, real clicks and typing, read back through AT-SPI."""

from __future__ import annotations

import time

from tests.e2e.conftest import PIN


def test_a_whole_visit_with_a_pledge_typed_on_the_keyboard(visit):
    visit.start()
    visit.shot("home")
    for tile in ("Learn", "News", "Watch", "Tools and publications"):
        visit.tap(tile)
        time.sleep(0.5)
        assert visit.showing("Home", "push button")
        visit.shot(tile.split()[0].lower())
        visit.home()
    visit.tap("Take the pledge")
    name = visit.find("First name", "text")
    time.sleep(1.0)
    # The keyboard opens when the visitor taps a field, never on arrival.
    assert not visit.keyboard_showing()
    visit.shot("pledge-arrival")
    visit.tap("I reject every form of exploitation of human beings.", "check box")
    visit.desktop.click(*name.centre)
    visit.keyboard()
    visit.type_keys("ann")
    visit.wait_text("First name", "Ann")
    visit.shot("pledge-typed")
    visit.hide_keyboard()
    visit.tap("Take the pledge")
    visit.find("Thank you", "label", timeout=10)
    visit.shot("thank-you")
    assert visit.pledges() == [("Ann", '["reject-exploitation"]', "en")]


def _leave_traces(visit) -> None:
    visit.start()
    visit.tap("Take the pledge")
    name = visit.find("First name", "text")
    visit.desktop.click(*name.centre)
    visit.type_keys("zoe")
    visit.wait_text("First name", "Zoe")
    visit.tap("Accessibility")
    for option in ("Larger text", "High contrast", "Reach mode"):
        visit.tap(option, None)
        time.sleep(0.3)
    visit.tap("Done")
    visit.tap("Choose your language")
    visit.tap("Français", None)
    visit.find("Accueil", "push button")


def _assert_fresh_visit(visit) -> None:
    visit.on_attract()
    assert visit.a11y.find("toujours là", None, contains=True) is None and not visit.showing("Still there?", None)
    visit.start()  # in English, the default language
    visit.tap("Take the pledge")
    assert visit.field_text("First name") == ""
    assert not visit.keyboard_showing()
    visit.tap("Accessibility")
    for option in ("Larger text", "High contrast", "Reach mode"):
        assert not visit.find(option, None).checked, f"{option} is still on"
    visit.tap("Done")
    visit.home()


def _corner_taps(visit) -> None:
    for _ in range(5):
        visit.desktop.click(30, 30)
        time.sleep(0.2)


def test_every_way_back_to_attract_leaves_no_trace(visit):
    # The PIN pad's Cancel.
    _leave_traces(visit)
    _corner_taps(visit)
    visit.tap("Retour à la borne")  # the PIN pad speaks the visitor's language
    _assert_fresh_visit(visit)
    # Admin's "Back to the kiosk".
    _leave_traces(visit)
    _corner_taps(visit)
    for digit in PIN:
        visit.tap(digit)
    visit.tap("Ouvrir l’administration")
    visit.tap("Retour à la borne")
    _assert_fresh_visit(visit)
    # The idle timeout: 10 s without a touch, then the 3 s countdown.
    _leave_traces(visit)
    visit.find("Vous êtes toujours là", None, timeout=20, contains=True)
    visit.shot("still-there")
    visit.on_attract(timeout=20)
    _assert_fresh_visit(visit)


def test_switching_language_while_typing(visit):
    visit.start()
    visit.tap("Take the pledge")
    name = visit.find("First name", "text")
    visit.desktop.click(*name.centre)
    visit.type_keys("a")
    visit.wait_text("First name", "A")
    visit.tap("Choose your language")
    visit.tap("Русский", None)
    visit.find("Главная", "push button")
    # Still typing into the same field, now on the Russian layout.
    visit.keyboard()
    visit.shot("keyboard-russian")
    visit.tap_key_at(0, 0.045)
    text = visit.wait_text("Имя", lambda t: len(t) >= 2)
    assert text[0] == "A", f"the field holds {text!r}: what was typed before the switch was lost"
    assert len(text) == 2 and "\u0400" <= text[1] <= "\u04ff", f"typed {text!r}: the keyboard kept the old layout"


def test_dragging_with_the_mouse_scrolls(visit):
    visit.start()
    for tile, part in (("Learn", "Human trafficking"), ("News", None), ("Tools and publications", None),
                       ("Take the pledge", None)):
        visit.tap(tile)
        if part:  # Learn opens on a short part; the definitions scroll
            visit.tap(part, None)
        time.sleep(0.5)
        before = [b.value for b in visit.a11y.all(role="scroll bar")]
        assert before, f"{tile}: nothing to scroll"
        visit.desktop.drag((960, 750), (960, 350))
        time.sleep(1.5)
        after = [b.value for b in visit.a11y.all(role="scroll bar")]
        assert max(after) > max(before), f"{tile}: a mouse drag did not scroll ({before} -> {after})"
        visit.home()


def test_the_lockdown_keys_do_nothing(visit):
    visit.start()
    for keys in ("Escape", "alt+F4", "ctrl+w", "ctrl+q", "super"):
        visit.desktop.key(keys)
        time.sleep(0.3)
    assert visit.kiosk.process.poll() is None, "the kiosk closed"
    window = visit.find("Blue Heart Kiosk", "filler")
    assert (window.x, window.y, window.w, window.h) == (0, 0, 1920, 1080)
    assert visit.showing("Take the pledge", "push button")
