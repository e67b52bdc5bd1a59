"""The UI language: Qt translators, layout direction and the default locale."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtGui import QGuiApplication

from kiosk.core.languages import DEFAULT_LANGUAGE, FALLBACK_LANGUAGE, LANGUAGES, Language, language

log = logging.getLogger(__name__)

#: Compiled translations are in the Qt resources (resources.qrc) as :/i18n/kiosk_<code>.qm.
TRANSLATIONS_PREFIX = ":/i18n/kiosk_"


class LanguageService(QObject):
    """Switches the whole UI between the six UN languages without a restart.

    Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget, which the
    screens answer by re-translating themselves; right-to-left languages mirror the layout.

    Signals:
        language_changed(str): the new language code.
    """

    language_changed = Signal(str)

    def __init__(self, default: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.current = ""
        self._translators: list[QTranslator] = []

    @property
    def languages(self) -> tuple[Language, ...]:
        return LANGUAGES

    @property
    def shown(self) -> str:
        """The language the visitor sees: the current one, or the default before any is set."""
        return self.current or self.default

    def set_language(self, code: str) -> None:
        """Make ``code`` the UI language (unknown codes fall back to the default)."""
        try:
            lang = language(code)
        except KeyError:
            log.warning("unknown language %r; using %s", code, self.default)
            lang = language(self.default)
        if lang.code == self.current:
            return
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._translators:
                app.removeTranslator(translator)
        self._translators = []
        if lang.code == FALLBACK_LANGUAGE:
            # English is the source language; its file holds only the plural forms.
            self._load(f"{TRANSLATIONS_PREFIX}en.qm", quiet=True)
        else:
            self._load(f"{TRANSLATIONS_PREFIX}{lang.code}.qm")
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(f"{qt_dir}/qtbase_{lang.code}.qm", quiet=True)
        QLocale.setDefault(QLocale(lang.qt_name))
        if isinstance(app, QGuiApplication):
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
        self.current = lang.code
        self.language_changed.emit(lang.code)

    def uninstall(self) -> None:
        """Remove this service's translators and go back to English, left to right.

        Translators live on the application, not the window: a kiosk torn down (tests build many
        in one process) must not leave its language to the next one.
        """
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._translators:
                app.removeTranslator(translator)
        self._translators = []
        QLocale.setDefault(QLocale(language(DEFAULT_LANGUAGE).qt_name))
        if isinstance(app, QGuiApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.current = ""

    def reset(self) -> None:
        """Back to the configured default language (end of a visit)."""
        self.set_language(self.default)

    def _load(self, path: str, quiet: bool = False) -> None:
        translator = QTranslator(self)
        if translator.load(path):
            app = QCoreApplication.instance()
            if app is None:
                raise RuntimeError("translations need a running application")
            app.installTranslator(translator)
            self._translators.append(translator)
        elif not quiet:
            log.info("no translation file %s; English is shown", path)
