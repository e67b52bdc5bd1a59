"""``blueheart-kiosk report --out FILE [--from DATE] [--to DATE]``: the donor report, without the GUI."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

REASONS = {
    "bad_date": "is not a date like 2026-11-28",
    "reversed": "the first day comes after the last day",
}


def run_report(args: argparse.Namespace, data_dir: Path) -> int:
    """Write the report; exit 0, 1 when the database cannot be read, 2 for bad arguments."""
    from kiosk.core.impact import parse_range

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        print(f"report: {out}: the file name must end in .pdf or .csv", file=sys.stderr)
        return 2
    period, problem = parse_range(args.first, args.last)
    if problem is not None:
        kind, text = problem
        where = text if kind.value == "reversed" else f"{text!r}"
        print(f"report: {where}: {REASONS[kind.value]}; nothing was written", file=sys.stderr)
        return 2
    assert period is not None  # parse_range gives a period or a problem
    from kiosk.storage.database import DatabaseError
    from kiosk.storage.events import EventStore
    from kiosk.storage.pledges import PledgeStore

    try:
        store = EventStore(PledgeStore.open(data_dir).database)
        if suffix == ".csv":
            from kiosk.ui.impact_report import write_csv

            rows = write_csv(store, period, out)
            print(f"Wrote {out}: {rows} rows (one per day and measure) from {data_dir}.")
            return 0
        figures = store.figures(period)
    except (DatabaseError, OSError) as exc:
        print(f"report: could not read the events in {data_dir} or write {out}: {exc}", file=sys.stderr)
        return 1
    return _write_pdf(args, figures, out, data_dir)


def _write_pdf(args: argparse.Namespace, figures, out: Path, data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app import qt_application
    from kiosk.core.languages import language
    from kiosk.core.paths import user_paths
    from kiosk.core.settings import load_settings
    from kiosk.services.i18n import LanguageService
    from kiosk.ui.impact_report import write_pdf

    code = getattr(args, "lang", None) or load_settings(args.config or user_paths().config_file).settings.kiosk.language
    qt_application()
    service = LanguageService(default=code)
    service.set_language(code)
    try:
        pages = write_pdf(figures, out, datetime.now().astimezone(), right_to_left=language(code).rtl)
    except OSError as exc:
        print(f"report: could not write {out}: {exc}", file=sys.stderr)
        return 1
    finally:
        service.uninstall()
    if not out.exists() or out.stat().st_size == 0:
        print(f"report: could not write {out}", file=sys.stderr)
        return 1
    note = " (no events in this period)" if figures.empty else ""
    print(f"Wrote {out}: {pages} A4 page(s) in {code}{note}, from {data_dir}.")
    return 0
