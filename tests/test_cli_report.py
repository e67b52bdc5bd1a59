"""blueheart-kiosk report: the donor report as PDF (every language) or CSV, and its mistakes."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.cli import main
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.storage.events import EventStore
from kiosk.storage.pledges import PledgeStore
from tests.storage.test_events import NOON, visit

ROOT = Path(__file__).resolve().parents[1]
POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm, pdftotext, pdfinfo) not installed")


def kiosk_with_visits(data_dir: Path, visits: int = 3, pledges: int = 1) -> str:
    kiosk = str(uuid.uuid4())
    store = PledgeStore.open(data_dir)
    events = []
    for n in range(visits):
        events += visit(kiosk, NOON, 20 + n, screens=("home", "watch"), pledged=n < pledges, quiz=(("paid-crossing", True),))
    EventStore(store.database).add_many(events)
    store.database.close()
    return kiosk


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def render(pdf: Path, out: Path) -> QImage:
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(out)], check=True)
    image = QImage(str(out) + "-1.png")
    assert not image.isNull()
    return image


def is_blank(image: QImage) -> bool:
    first = image.pixel(0, 0)
    return all(image.pixel(x, y) == first for x in range(0, image.width(), 7) for y in range(0, image.height(), 7))


@needs_poppler
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_the_pdf_report_in_every_language(tmp_path, qapp, capsys, lang):
    kiosk_with_visits(tmp_path / "data")
    pdf = tmp_path / f"report-{lang}.pdf"
    assert main(["report", "--data-dir", str(tmp_path / "data"), "--lang", lang, "--out", str(pdf)]) == 0
    assert f"in {lang}" in capsys.readouterr().out
    assert 1 <= pdf_pages(pdf) <= 2
    assert not is_blank(render(pdf, tmp_path / f"page-{lang}"))
    if lang in ("en", "fr", "es", "ru", "zh"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        from kiosk.services.i18n import LanguageService
        from kiosk.ui.impact_words import ImpactWords

        service = LanguageService(default=lang)
        service.set_language(lang)
        try:
            title, visits = ImpactWords().report_title(), ImpactWords().tr("Visits")
        finally:
            service.uninstall()
        assert title.split()[0] in text and visits in text


@needs_poppler
def test_with_no_events_the_report_still_comes_out_and_says_so(tmp_path, qapp, capsys):
    pdf = tmp_path / "empty.pdf"
    assert main(["report", "--data-dir", str(tmp_path / "none"), "--lang", "en", "--out", str(pdf)]) == 0
    assert "no events" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "No events were recorded in this period." in text
    csv_out = tmp_path / "empty.csv"
    assert main(["report", "--data-dir", str(tmp_path / "none"), "--out", str(csv_out)]) == 0
    assert list(csv.reader(csv_out.open(encoding="utf-8-sig"))) == [["day", "measure", "item", "value"], ["", "no_events", "", "0"]]


def test_the_csv_has_one_row_per_day_and_measure(tmp_path, capsys):
    kiosk_with_visits(tmp_path / "data", visits=4, pledges=2)
    out = tmp_path / "report.csv"
    assert main(["report", "--data-dir", str(tmp_path / "data"), "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    day = NOON.date().isoformat()
    keys = [(r["day"], r["measure"], r["item"]) for r in rows]
    assert len(keys) == len(set(keys))  # one row per day and measure
    value = {(r["measure"], r["item"]): r["value"] for r in rows if r["day"] == day}
    assert value[("visits", "")] == "4" and value[("pledges", "")] == "2"
    assert value[("median_visit_seconds", "")] == "21" and value[("share_of_visits_reaching", "watch")] == "1.0000"
    assert value[("quiz_share_right", "paid-crossing")] == "1.0000"


@pytest.mark.parametrize(
    "dates, message",
    [
        (["--from", "2026-11-30", "--to", "2026-11-28"], "the first day comes after the last day"),
        (["--from", "yesterday"], "'yesterday': is not a date like"),
        (["--to", "2026-02-30"], "'2026-02-30': is not a date like"),
    ],
)
def test_bad_or_reversed_dates_exit_2_with_a_clear_message(tmp_path, capsys, dates, message):
    out = tmp_path / "r.csv"
    assert main(["report", "--data-dir", str(tmp_path), "--out", str(out), *dates]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_an_unknown_report_format_exits_2(tmp_path):
    result = subprocess.run([sys.executable, "-m", "kiosk", "report", "--data-dir", str(tmp_path), "--out", str(tmp_path / "r.docx")],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    assert "must end in .pdf or .csv" in result.stderr


def test_one_report_for_the_event_counts_each_kiosk_once(tmp_path, capsys):
    """Two kiosks export by USB; the organiser merges both (one of them twice) into a third."""
    for name, visits in (("a", 3), ("b", 5)):
        kiosk_with_visits(tmp_path / name, visits=visits, pledges=1)
        assert main(["export-pledges", "--data-dir", str(tmp_path / name), "--out", str(tmp_path / f"{name}.csv")]) == 0
    assert (tmp_path / "a.events.jsonl").exists()
    hub = tmp_path / "hub"
    assert main(["merge-pledges", "--data-dir", str(hub), str(tmp_path / "a.csv"), str(tmp_path / "b.csv")]) == 0
    assert main(["merge-pledges", "--data-dir", str(hub), str(tmp_path / "b.csv")]) == 0
    out = capsys.readouterr().out
    assert "0 events added, 26 already present" in out  # b: 5 visits of 5 events, 1 pledge
    report = tmp_path / "event.csv"
    assert main(["report", "--data-dir", str(hub), "--out", str(report)]) == 0
    value = {(r["measure"], r["item"]): r["value"] for r in csv.DictReader(report.open(encoding="utf-8-sig"))}
    assert (value[("visits", "")], value[("kiosks", "")], value[("pledges", "")]) == ("8", "2", "2")
