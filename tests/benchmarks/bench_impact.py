"""Impact benchmark: what recording costs the GUI thread, and how fast Admin → Impact opens.

Run:  python -m tests.benchmarks.bench_impact [--events N] [--million M]

Figures printed:
  * GUI-thread time per recorded event (EventRecorder.record, including the batches handed to
    the worker and the end of each visit), p50/p99/max over N events;
  * the same through the kiosk's own wiring: a screen change (the slot MainWindow.screen_changed
    runs), p50/p99/max;
  * with M events in the database (default one million, ten days, about 60 000 visits): the SQL
    aggregation for "today" and "the event so far", and the page open: from the tap on a period
    to the figures and charts laid out on the page (the `shown` signal), median of 5 runs.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def _line(name: str, values_ns: list[int]) -> None:
    ms = [v / 1e6 for v in values_ns]
    print(f"{name}: p50 {_percentile(ms, 0.5):.4f} ms  p99 {_percentile(ms, 0.99):.4f} ms  max {max(ms):.3f} ms  (n={len(ms)})")


def bench_record(events: int) -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk.core.events import EventKind
    from kiosk.services.analytics import EventRecorder
    from kiosk.storage.pledges import PledgeStore

    app = QApplication.instance() or QApplication([])
    print(f"\n== recording {events} events (GUI thread) ==")
    with tempfile.TemporaryDirectory() as scratch:
        PledgeStore.open(Path(scratch)).database.close()
        recorder = EventRecorder(Path(scratch))
        recorder.start()
        recorder.wait()
        costs: list[int] = []
        per_visit = 12
        for n in range(events):
            if n % per_visit == 0:
                start = time.perf_counter_ns()
                if recorder.visit:
                    recorder.end_visit()
                recorder.start_visit()
                recorder.record(EventKind.VISIT_START)
                costs.append(time.perf_counter_ns() - start)
                continue
            start = time.perf_counter_ns()
            recorder.record(EventKind.SCREEN_VIEW, "learn", 4.2)
            costs.append(time.perf_counter_ns() - start)
            if n % 500 == 0:
                app.processEvents()
        recorder.end_visit()
        _line("record (incl. visit ends and batches)", costs)
        start = time.perf_counter()
        recorder.wait()
        print(f"worker wrote them all {time.perf_counter() - start:.2f} s after the last one; rows: "
              f"{recorder._store.count()}")
        recorder.close()


def bench_wiring(changes: int) -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk.app import KioskOptions, build_kiosk
    from kiosk.core.paths import UserPaths
    from kiosk.ui.screens.base import ScreenId

    app = QApplication.instance() or QApplication([])
    print(f"\n== screen changes through the wiring ({changes}) ==")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        kiosk = build_kiosk(KioskOptions(windowed=True, data_dir=root / "data"), UserPaths(root / "c", root / "data", root / "l"))
        kiosk.window.resize(1920, 1080)
        kiosk.window.show()
        for _ in range(50):
            app.processEvents()
        wiring = kiosk.impact
        wiring.recorder.start_visit()
        kiosk.idle.record_activity()
        costs = []
        screens = [ScreenId.HOME, ScreenId.LEARN, ScreenId.NEWS, ScreenId.PLEDGE]
        for n in range(changes):
            start = time.perf_counter_ns()
            wiring._screen_changed(screens[n % len(screens)])
            costs.append(time.perf_counter_ns() - start)
        _line("screen_changed slot", costs)
        kiosk.shutdown()
        app.processEvents()


def fill(database_path: Path, total: int) -> None:
    """``total`` events over ten days, in the proportions of a real visit, written in bulk."""
    import sqlite3

    from kiosk.core.pledge import format_utc

    random.seed(15)
    kiosks = [str(uuid.uuid4()) for _ in range(3)]
    today = datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    rows = []
    while len(rows) < total:
        day = today - timedelta(days=random.randrange(10))
        at = day + timedelta(seconds=random.randrange(9 * 3600))
        visit, kiosk = str(uuid.uuid4()), random.choice(kiosks)

        def add(kind, detail="", value=0.0, extra="", kiosk=kiosk, visit=visit, at=at):
            rows.append((str(uuid.uuid4()), kiosk, visit, format_utc(at.astimezone(UTC)), at.date().isoformat(), at.hour, kind, detail, extra, value))

        add("visit_start")
        for screen in random.sample(["home", "learn", "news", "watch", "publications", "pledge"], random.randint(1, 6)):
            add("screen_view", screen, random.uniform(2, 90))
        for _ in range(random.randint(0, 3)):
            add("quiz_answer", random.choice(["paid-crossing", "waitress-job", "debt-on-arrival", "fake-visas"]), float(random.random() < 0.7))
        if random.random() < 0.3:
            add("play", random.choice(["blue-heart-psa", "interview-1", "interview-2"]), random.random(), random.choice(["en", "fr", ""]))
        if random.random() < 0.2:
            add("language", random.choice(["fr", "es", "ar", "ru", "zh"]))
        if random.random() < 0.05:
            add("accessibility", random.choice(["larger_text", "high_contrast", "reach"]))
        if random.random() < 0.15:
            add("pledge")
        add("visit_end", "", random.uniform(10, 400))
    connection = sqlite3.connect(database_path)
    connection.executemany(
        "INSERT INTO events (uuid, kiosk_id, visit, created_utc, day, hour, kind, detail, extra, value) VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows[:total],
    )
    connection.commit()
    connection.execute("ANALYZE")
    connection.commit()
    connection.close()


def bench_page(total: int, runs: int = 5, reuse: Path | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk.core.impact import Period
    from kiosk.core.paths import UserPaths
    from kiosk.core.resolved import KioskOptions, resolve
    from kiosk.core.settings import Settings
    from kiosk.services.analytics import EventRecorder
    from kiosk.services.content import ContentService
    from kiosk.services.i18n import LanguageService
    from kiosk.services.pledges import PledgeService
    from kiosk.services.render_path import RenderPath
    from kiosk.services.visit import VisitReset
    from kiosk.services.warnings import Warnings
    from kiosk.storage.events import EventStore
    from kiosk.storage.pledges import DATABASE_NAME, PledgeStore
    from kiosk.ui.context import KioskContext
    from kiosk.ui.style import Theme
    from kiosk.ui.widgets.admin_impact import ImpactSection

    app = QApplication.instance() or QApplication([])
    print(f"\n== Admin → Impact with {total:,} events ==")
    with tempfile.TemporaryDirectory() as scratch:
        data = reuse or Path(scratch)
        start = time.perf_counter()
        PledgeStore.open(data).database.close()  # with --reuse: migrated (totals rebuilt) here
        if reuse is None:
            fill(data / DATABASE_NAME, total)
        print(f"(filled or migrated in {time.perf_counter() - start:.1f} s; file {(data / DATABASE_NAME).stat().st_size / 2**20:.0f} MiB)")
        store = EventStore(PledgeStore.open(data).database)
        for name, period in (("today", Period.today(datetime.now().astimezone().date())), ("event so far", Period.event())):
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                figures = store.figures(period)
                times.append((time.perf_counter() - start) * 1000)
            print(f"SQL figures, {name}: median {_percentile(times, 0.5):.0f} ms, max {max(times):.0f} ms "
                  f"({figures.events:,} events, {figures.visits:,} visits)")
        theme = Theme()
        theme.attach(app.setStyleSheet)
        settings = Settings()
        warnings = Warnings()
        context = KioskContext(settings=settings, config=resolve(KioskOptions(windowed=True), settings, UserPaths(data, data, data)),
                                theme=theme, language=LanguageService(), visit_reset=VisitReset(), warnings=warnings,
                                content=ContentService(None, warnings), pledges=PledgeService(data),
                                render_path=RenderPath(settings.display.renderer))
        recorder = EventRecorder(data)
        recorder.start()
        recorder.wait()
        for name, period, prepared in (
            ("today, page built cold", Period.today(recorder.today()), False),
            ("event so far, page built cold", Period.event(), False),
            ("today, page prepared while the PIN is typed", Period.today(recorder.today()), True),
            ("event so far, page prepared while the PIN is typed", Period.event(), True),
        ):
            section = ImpactSection(context, recorder)  # a new page each time: the first open counts
            section.resize(1800, 2400)
            section.show()
            if prepared:
                section.prepare()  # as the kiosk does while the organiser types the PIN
                app.processEvents()
            times = []
            for _ in range(runs):
                done = []
                section.shown.connect(done.append)
                start = time.perf_counter()
                section.show_period(period)
                while not done:
                    app.processEvents()
                app.processEvents()  # laid out and painted
                times.append((time.perf_counter() - start) * 1000)
                section.shown.disconnect(done.append)
            section.close()
            print(f"page open (tap → figures and charts shown), {name}: first {times[0]:.0f} ms, then median {_percentile(times[1:], 0.5):.0f} ms, max {max(times[1:]):.0f} ms")
        recorder.close()


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="events recorded for the GUI-thread cost")
    parser.add_argument("--million", type=int, default=1_000_000, help="events in the database for the page")
    parser.add_argument("--reuse", type=Path, metavar="DIR", help="a data folder filled by an earlier run (kept)")
    parser.add_argument("--only-page", action="store_true", help="skip the GUI-thread cost")
    args = parser.parse_args(argv)
    import kiosk.resources_rc  # noqa: F401

    if not args.only_page:
        bench_record(args.events)
        bench_wiring(20_000)
    bench_page(args.million, reuse=args.reuse)
    return 0


if __name__ == "__main__":
    sys.exit(main())
