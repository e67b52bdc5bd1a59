"""Content pack fixtures: a copy of the bundled pack with its media files present."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "assets" / "content"
EXAMPLE = REPO / "assets" / "example-pack"
BROKEN = REPO / "tests" / "data" / "broken_packs"
SEED = REPO / "tests" / "data" / "seed" / "000_5615674de9655887.txt"

# The PSA video, poster and captions are produced elsewhere; until they are in the
# repository a copy of the bundled pack gets small stand-ins so validation can pass.
MEDIA_FILES = (
    "media/blue-heart-psa.mp4",
    "media/blue-heart-psa.jpg",
    "media/blue-heart-psa.en.vtt",
    "media/blue-heart-psa.fr.vtt",
    "media/blue-heart-psa.es.vtt",
)


def bundled_copy(dest: Path) -> Path:
    """Copy the bundled pack to ``dest`` and add stand-ins for any missing media file."""
    shutil.copytree(BUNDLED, dest)
    for name in MEDIA_FILES:
        path = dest / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("WEBVTT\n" if name.endswith(".vtt") else "stand-in\n")
    return dest


def content_context(tmp_path: Path, today=None, override: Path | None = None):
    """A KioskContext with the bundled pack (stand-in media) loaded, for building one screen."""
    from datetime import date

    from kiosk.app import qt_application
    from kiosk.core.paths import UserPaths
    from kiosk.core.resolved import KioskOptions, resolve
    from kiosk.core.settings import Settings
    from kiosk.services.content import ContentService
    from kiosk.services.i18n import LanguageService
    from kiosk.services.pledges import PledgeService
    from kiosk.services.render_path import RenderPath
    from kiosk.services.visit import VisitReset
    from kiosk.services.warnings import Warnings
    from kiosk.ui.context import KioskContext
    from kiosk.ui.style import Theme

    app = qt_application()
    theme = Theme()
    theme.attach(app.setStyleSheet)
    language = LanguageService(default="en")
    language.set_language("en")
    paths = UserPaths(config_dir=tmp_path / "config", data_dir=tmp_path / "data", log_dir=tmp_path / "log")
    settings = Settings()
    resolved = resolve(KioskOptions(windowed=True, content_dir=override), settings, paths)
    warnings = Warnings()
    pack = bundled_copy(tmp_path / "pack")
    content = ContentService(override, warnings, bundled_dir=pack, today=lambda: today or date(2026, 7, 30))
    content.load()
    return KioskContext(
        settings=settings, config=resolved, theme=theme, language=language, visit_reset=VisitReset(),
        warnings=warnings, content=content, pledges=PledgeService(paths.data_dir),
        render_path=RenderPath(settings.display.renderer),
    )


def close_screen(screen, context) -> None:
    """Tear a screen down completely before the next test (no deferred deletes left over)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    context.language.set_language("en")
    screen.close()
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    QApplication.instance().setStyleSheet("")
