"""Languages of the interface: French (the language of the sources) and English.

Convention (see build/update_translations.py): every visible string is written in French as
``translate("Context", "Texte")`` with a literal context (the class name); strings built at
import time are marked ``QT_TRANSLATE_NOOP("Context", "Texte")`` and translated where shown.
The catalogs are ``resources/translations/recommandes_<lang>.ts``; the build compiles them to
``.qm``. From a source checkout without a fresh ``.qm``, the ``.ts`` itself is read.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QT_TRANSLATE_NOOP, QTranslator

from app.resources import translations_dir
from app.translations import read_ts

SOURCE_LANGUAGE = "fr"
CATALOG = "recommandes"
# Choices of the preference ``language`` (MachineSettings): the value, then its label.
LANGUAGE_CHOICES = {
    "system": QT_TRANSLATE_NOOP("Languages", "Langue du système"),
    "fr": QT_TRANSLATE_NOOP("Languages", "Français"),
    "en": QT_TRANSLATE_NOOP("Languages", "Anglais"),
}
LANGUAGES = ("fr", "en")

_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE   # the one install_translators chose


def current_language() -> str:
    """The language of the interface: the one installed by ``install_translators``, else French."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``; the name ``translate`` is what pyside6-lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def resolve_language(preference: str | None) -> str:
    """The preference when it names a language we have, else the system's, else French."""
    if preference in LANGUAGES:
        return preference
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else SOURCE_LANGUAGE


class TsTranslator(QTranslator):
    """A catalog read straight from its ``.ts`` source (finished translations only)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.messages = read_ts(path)

    def translate(self, context, source, disambiguation=None, n=-1):
        # None (not "") means "not here": Qt then keeps the source text.
        return self.messages.get((context, source))

    def isEmpty(self) -> bool:
        return not self.messages


def load_catalog(language: str, folder: Path | None = None) -> QTranslator | None:
    """The compiled ``.qm`` when it is at least as new as its ``.ts``, else the ``.ts`` itself."""
    folder = folder or translations_dir()
    qm, ts = folder / f"{CATALOG}_{language}.qm", folder / f"{CATALOG}_{language}.ts"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
    if ts.exists():
        return TsTranslator(ts)
    return None


def install_translators(application: QCoreApplication, preference: str | None) -> str:
    """Install Qt's own catalog (standard buttons, menus) and ours; returns the language used.
    Windows created afterwards speak it (a change in the preferences applies at next start)."""
    global _language
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(preference)
    qt_catalog = QTranslator()
    if qt_catalog.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_catalog)
    if language != SOURCE_LANGUAGE:
        catalog = load_catalog(language)
        if catalog is not None:
            _installed.append(catalog)
    for translator in _installed:
        application.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    _language = language
    return language


def render(text) -> str:
    """A ``Message``, a marked ``Text`` or an exception raised with one, from ``app/``, in the
    interface's language; any other value as it is."""
    from app.i18n import render as render_in

    return render_in(text, translate)
