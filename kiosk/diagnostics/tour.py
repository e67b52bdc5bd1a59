"""``blueheart-kiosk tour``: render every screen to PNG offscreen, for review and docs."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kiosk.app import Kiosk, KioskOptions

if TYPE_CHECKING:
    from kiosk.core.content.models import QuizAnswer
    from kiosk.ui.screens.base import Screen, ScreenId

#: A tour step: (file name without extension, function that puts the kiosk in that state).
TourStep = tuple[str, Callable[[Kiosk], None]]

_S = TypeVar("_S", bound="Screen")


def _screen_of(kiosk: Kiosk, screen_id: ScreenId, kind: type[_S]) -> _S:
    """The screen for ``screen_id``, known to be a ``kind`` (the screen table builds it so)."""
    screen = kiosk.window.screen(screen_id)
    assert isinstance(screen, kind), f"{screen_id} is a {type(screen).__name__}, not a {kind.__name__}"
    return screen


def _screen(screen_id: str) -> Callable[[Kiosk], None]:
    from kiosk.ui.screens.base import ScreenId

    return lambda kiosk: kiosk.window.show_screen(ScreenId(screen_id))


def _still_there(kiosk: Kiosk) -> None:
    from kiosk.ui.screens.base import ScreenId

    kiosk.window.show_screen(ScreenId.HOME)
    kiosk.window.show_still_there(7)


def _language_picker(kiosk: Kiosk) -> None:
    from kiosk.ui.screens.base import ScreenId

    kiosk.window.show_screen(ScreenId.HOME)
    kiosk.window.open_language_picker()


def _wait(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Run the event loop until ``condition`` holds (the keyboard loads in the background)."""
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)


def _settle(kiosk: Kiosk) -> None:
    """Let the pledge worker finish and its results reach the screens."""
    from PySide6.QtWidgets import QApplication

    kiosk.context.pledges.wait()
    for _ in range(5):
        QApplication.processEvents()


def _pledge_keyboard(kiosk: Kiosk) -> None:
    from kiosk.ui.screens.base import ScreenId
    from kiosk.ui.screens.pledge import PledgeScreen

    kiosk.window.show_screen(ScreenId.PLEDGE)
    screen = _screen_of(kiosk, ScreenId.PLEDGE, PledgeScreen)
    _wait(screen.keyboard_ready)
    screen.type_example("Amina")


def _pledge_thanks(kiosk: Kiosk) -> None:
    from kiosk.ui.screens.base import ScreenId
    from kiosk.ui.screens.pledge import PledgeScreen

    screen = _screen_of(kiosk, ScreenId.PLEDGE, PledgeScreen)
    kiosk.window.show_screen(ScreenId.PLEDGE)
    screen.submit_example()
    _settle(kiosk)
    _wait(lambda: False, seconds=0.8)  # the heart's fade-in


_WALL_NAMES = ("Amina", "José", "Мария", "李娜", "فاطمة", "Zoë", "Kwame", "<b>x</b>")


def _pledge_wall(kiosk: Kiosk) -> None:
    """Attract with the wall of a busy day (the tour's scratch data folder only)."""
    from kiosk.core.pledge import PledgeForm, validate
    from kiosk.ui.screens.base import ScreenId

    for name in _WALL_NAMES:
        kiosk.context.pledges.submit(validate(PledgeForm("en", ("reject-exploitation",), name, consent_wall=True)).form)
    _settle(kiosk)
    kiosk.window.show_screen(ScreenId.ATTRACT)


def _pledge_wall_form(kiosk: Kiosk) -> None:
    from kiosk.ui.screens.base import ScreenId
    from kiosk.ui.screens.pledge import PledgeScreen

    kiosk.window.show_screen(ScreenId.PLEDGE)
    _screen_of(kiosk, ScreenId.PLEDGE, PledgeScreen).show_form()
def _watch_player(kiosk: Kiosk) -> None:
    """The player on the bundled PSA: a real decoded frame and its caption, then paused there."""
    import time

    from PySide6.QtWidgets import QApplication

    from kiosk.ui.screens.base import ScreenId
    from kiosk.ui.screens.watch import WatchScreen

    kiosk.window.show_screen(ScreenId.WATCH)
    screen = _screen_of(kiosk, ScreenId.WATCH, WatchScreen)
    if not screen.entries:
        return
    screen.open_player(screen.entries[0])

    def wait_for(condition: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not condition():
            QApplication.processEvents()
            time.sleep(0.01)

    wait_for(screen.showing_picture)
    screen.seek(7000)
    wait_for(lambda: screen.caption_shown_after(7400))
    screen.pause()
    QApplication.processEvents()
    screen.hide_paused_hint()  # show the picture itself, not the play symbol


def _learn_part(part: str, answer: QuizAnswer | None = None, reveal: str | None = None) -> Callable[[Kiosk], None]:
    def enter(kiosk: Kiosk) -> None:
        from kiosk.ui.screens.base import ScreenId
        from kiosk.ui.screens.learn import LearnScreen

        kiosk.window.show_screen(ScreenId.LEARN)
        screen = _screen_of(kiosk, ScreenId.LEARN, LearnScreen)
        screen.reset_for_next_visitor()
        screen.show_part(part)
        if reveal:
            screen.reveal_element(reveal)
        if answer:
            screen.answer_quiz(answer)

    return enter


def _with_options(screen_id: str, **options) -> Callable[[Kiosk], None]:
    """A screen with the visitor's accessibility options (reset after the picture is taken)."""

    def enter(kiosk: Kiosk) -> None:
        kiosk.context.theme.set_visitor_options(**options)
        _screen(screen_id)(kiosk)

    return enter


def _news_detail(kiosk: Kiosk) -> None:
    from kiosk.ui.screens.base import ScreenId
    from kiosk.ui.screens.news import NewsScreen

    kiosk.window.show_screen(ScreenId.NEWS)
    news = kiosk.context.content.pack.news
    with_link = next((item for item in news if item.link), news[0] if news else None)
    if with_link is not None:
        _screen_of(kiosk, ScreenId.NEWS, NewsScreen).open_item(with_link.id)


def _news_list(kiosk: Kiosk) -> None:
    from kiosk.ui.screens.base import ScreenId
    from kiosk.ui.screens.news import NewsScreen

    kiosk.window.show_screen(ScreenId.NEWS)
    _screen_of(kiosk, ScreenId.NEWS, NewsScreen).show_list()


def content_tour_steps() -> list[TourStep]:
    """Learn (each part), News (list and detail) and Publications, the ticker below them."""
    from kiosk.ui.screens.learn import PARTS

    # "learn" is what a visitor first sees (the trafficking definition); then every other part.
    steps: list[TourStep] = [("learn" if part == "trafficking" else f"learn-{part}", _learn_part(part)) for part in PARTS]
    steps.insert(PARTS.index("elements") + 1, ("learn-elements-open", _learn_part("elements", reveal="means")))
    steps.append(("learn-quiz-answered", _learn_part("quiz", answer="trafficking")))
    steps += [("news", _news_list), ("news-detail", _news_detail), ("publications", _screen("publications"))]
    return steps


def _accessibility_panel(kiosk: Kiosk) -> None:
    from kiosk.ui.screens.base import ScreenId

    kiosk.window.show_screen(ScreenId.HOME)
    kiosk.window.open_accessibility()


def tour_steps() -> list[TourStep]:
    """Every state the tour renders, in order."""
    steps: list[TourStep] = [(name, _screen(name)) for name in ("attract", "home")]
    steps += content_tour_steps()
    steps += [(name, _screen(name)) for name in ("watch", "pledge", "pin", "admin")]
    steps.insert([name for name, _ in steps].index("watch") + 1, ("watch-player", _watch_player))
    steps += [("still-there", _still_there), ("language-picker", _language_picker)]
    steps += [
        ("accessibility-panel", _accessibility_panel),
        ("home-large-text", _with_options("home", text_scale=1.5)),
        ("home-high-contrast", _with_options("home", theme="high_contrast")),
        ("home-reach-mode", _with_options("home", reach=True)),
        ("pledge-large-text", _with_options("pledge", text_scale=1.5)),
        ("pledge-high-contrast", _with_options("pledge", theme="high_contrast")),
    ]
    steps += [
        ("pledge-keyboard", _pledge_keyboard),
        ("pledge-thanks", _pledge_thanks),
        ("pledge-wall", _pledge_wall),
        ("pledge-with-wall", _pledge_wall_form),
    ]
    return steps


def parse_size(text: str) -> tuple[int, int]:
    """``"1920x1080"`` → (1920, 1080); ValueError with a clear message otherwise."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"size must look like 1920x1080, not {text!r}") from None
    if not (320 <= width <= 7680 and 320 <= height <= 7680):
        raise ValueError(f"size {text} is outside 320..7680 pixels")
    return width, height


def run_tour(out: Path, size: tuple[int, int], lang: str | None, options: KioskOptions) -> list[Path]:
    """Render every tour step to ``out/NN-name.png``; returns the files written.

    ``lang="all"`` renders the tour once per UI language, into ``out/<code>/``.
    """
    if lang == "all":
        from kiosk.core.languages import LANGUAGE_CODES

        return [path for code in LANGUAGE_CODES for path in run_tour(out / code, size, code, options)]
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_kiosk
    from kiosk.core.paths import user_paths

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-tour-") as scratch:
        # The tour never touches the real pledges: it runs on a scratch data folder.
        options = KioskOptions(
            windowed=True,
            content_dir=options.content_dir,
            config_file=options.config_file,
            data_dir=Path(scratch),
            lang=lang or options.lang,
        )
        kiosk = build_kiosk(options, user_paths(Path(scratch)))
        window = kiosk.window
        window.resize(*size)
        window.show()
        written = []
        try:
            for index, (name, enter) in enumerate(tour_steps(), start=1):
                enter(kiosk)
                for _ in range(3):
                    QApplication.processEvents()
                path = out / f"{index:02d}-{name}.png"
                if not window.grab().save(str(path)):
                    raise OSError(f"could not write {path}")
                written.append(path)
                kiosk.window.hide_still_there()
                kiosk.window.language_picker.hide()
                kiosk.window.accessibility.hide()
                kiosk.context.theme.reset_visitor_options()
        finally:
            kiosk.shutdown()
    return written
