"""French first, English complete: every window that ``ui/tools/screenshots.py`` renders is opened in
both languages and its visible strings are checked. Windows added to the screenshots later are
covered without touching this file.

A visible string is a window title, a label, a button, a frame title, a search placeholder, an
item of a fixed drop-down list, a table header, a menu or a status-bar message. The data
(table cells, fields, editable drop-downs, help pages) is not. A label that only ever shows
data is exempted with ``widget.setProperty("i18n_data", True)``.
"""
from __future__ import annotations

import re
from pathlib import Path
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from app.context import AppContext
from app.resources import translations_dir
from ui.i18n import CATALOG, install_translators, load_catalog
from ui.home.main_window import MainWindow
from ui.tools.screenshots import shots

MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
# Words spelled the same in both languages; any other source left equal to its translation
# is either untranslated or English written in the sources.
SAME_IN_BOTH = {"&Actions", "AR24", "Code", "Contact", "Date", "Dates", "E-mail", "Email", "options", "Port", "SHA-256", "Type",
                "Via"}
ENGLISH_UI_WORDS = {"cancel", "close", "save", "open", "yes", "apply", "help", "file", "settings", "search",
                    "select", "delete", "edit", "quit", "about", "error", "warning", "loading", "please", "list",
                    "letters", "users", "record", "status", "name", "city", "consent"}


def _ours(context: str) -> bool:
    """Qt's own contexts are its class names (QPlatformTheme, QLineEdit...); ours are not."""
    return not context.startswith("Q")


class PseudoTranslator(QTranslator):
    """Wraps every string of ours in ⟦…⟧: a visible string without the marks never went through
    ``translate`` and would stay French in the English interface."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{MARK_OPEN}{source}{MARK_CLOSE}" if _ours(context) and source else None


class MissRecorder(QTranslator):
    """Installed before the English catalog, so Qt asks it last: it sees what the catalog lacks."""

    def __init__(self) -> None:
        super().__init__()
        self.misses: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if _ours(context) and source:
            self.misses.add((context, source))
        return None


def _plain(text: str) -> str:
    if "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&", "").strip()


def _menu_strings(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.menu():
            yield from _menu_strings(action.menu())
        elif not action.isSeparator():
            yield action.text()


def visible_strings(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible string of the window, data excluded."""
    yield "titre", window.windowTitle()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu():
                for text in _menu_strings(action.menu()):
                    yield "menu", text
        if window.statusBar().currentMessage():
            yield "barre d'état", window.statusBar().currentMessage()
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window) or widget.property("i18n_data"):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            yield kind, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{kind} (indication)", widget.placeholderText()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                yield kind, widget.itemText(index)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield kind, widget.tabText(index)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield "en-tête de colonne", str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def _open_windows(context: AppContext, qtbot, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """Every window of the screenshots, built after the translators are installed."""
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    for name, make in shots(context, main, folder).items():
        widget = make()
        widget.show()
        QApplication.processEvents()
        yield name, widget
        if widget is not main:
            widget.close()
    main.close()


@pytest.fixture
def translators(qapp):
    installed: list[QTranslator] = []

    def install(*extra: QTranslator, language: str = "fr") -> None:
        install_translators(qapp, language)
        for translator in extra:
            qapp.installTranslator(translator)
            installed.append(translator)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "fr")


def test_every_visible_string_goes_through_translate(qtbot, demo_context, translators, tmp_path):
    translators(PseudoTranslator())
    bare = [f"{name} › {where} : {text!r}" for name, window in _open_windows(demo_context, qtbot, tmp_path)
            for where, text in visible_strings(window)
            if re.search(r"[^\W\d_]", _plain(text)) and MARK_OPEN not in text]
    assert not bare, "Chaînes visibles non passées par translate() (restent en français en anglais) :\n" + \
        "\n".join(bare)


def test_english_interface_is_fully_translated(qtbot, demo_context, translators, tmp_path):
    recorder = MissRecorder()
    translators(language="fr")
    qapp = QApplication.instance()
    qapp.installTranslator(recorder)          # asked last...
    catalog = load_catalog("en")
    assert catalog is not None, "catalogue anglais introuvable"
    qapp.installTranslator(catalog)           # ...because the latest installed is asked first
    try:
        windows = list(_open_windows(demo_context, qtbot, tmp_path))
    finally:
        qapp.removeTranslator(catalog)
        qapp.removeTranslator(recorder)
    assert [name for name, _ in windows], "aucune fenêtre ouverte"
    missing = sorted(f"{context} : {source!r}" for context, source in recorder.misses)
    assert not missing, ("Chaînes sans traduction anglaise (python build/update_translations.py, puis traduire "
                         "resources/translations/recommandes_en.ts) :\n" + "\n".join(missing))


def test_french_interface_has_no_english_left(qtbot, demo_context, translators, tmp_path):
    translators(language="fr")
    english = []
    for name, window in _open_windows(demo_context, qtbot, tmp_path):
        for where, text in visible_strings(window):
            words = set(re.findall(r"[a-z]+", _plain(text).lower()))
            if words & ENGLISH_UI_WORDS:
                english.append(f"{name} › {where} : {text!r}")
    assert not english, "Anglais dans l'interface française :\n" + "\n".join(english)


def test_catalog_translates_every_source_and_keeps_placeholders():
    root = ET.parse(translations_dir() / f"{CATALOG}_en.ts").getroot()
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            text = translation.text or ""
            if translation.get("type") == "unfinished" or not text:
                problems.append(f"{name} : {source!r} non traduit")
            elif text == source and source not in SAME_IN_BOTH:
                problems.append(f"{name} : {source!r} identique en anglais (non traduit, ou anglais dans le source)")
            elif sorted(re.findall(r"\{\w+\}", source)) != sorted(re.findall(r"\{\w+\}", text)):
                problems.append(f"{name} : {source!r} -> {text!r} ne garde pas les mêmes {{champs}}")
    assert not problems, "\n".join(problems)


def test_language_comes_from_the_preference_else_from_the_system(monkeypatch):
    import ui.i18n
    from ui.i18n import resolve_language

    class SystemLocale:
        name_ = "en_GB"

        @classmethod
        def system(cls):
            return cls()

        def name(self) -> str:
            return self.name_

    monkeypatch.setattr(ui.i18n, "QLocale", SystemLocale)
    assert resolve_language("fr") == "fr"          # the preference wins over an English system
    assert resolve_language("system") == "en"
    SystemLocale.name_ = "de_DE"                    # a language we do not have: French
    assert resolve_language("system") == "fr"
    assert resolve_language("en") == "en"


def test_the_language_chosen_in_the_preferences_is_kept_for_the_next_start(qtbot, demo_context):
    from app.machine_settings import MachineSettings
    from ui.i18n import resolve_language
    from ui.accounts.preferences_tab import PreferencesTab

    tab = PreferencesTab(demo_context, demo_context.login)
    qtbot.addWidget(tab)
    assert tab.language.currentData() == "system"          # the default: the language of the system
    tab.language.setCurrentIndex(tab.language.findData("en"))
    saved = MachineSettings.load().language
    tab.stop()
    assert saved == "en"
    assert resolve_language(saved) == "en"                 # what main.py installs at the next start


# ---------------------------------------------------------------------------------------------
# One language at a time, data included: what a window shows — its labels, its table cells, its
# fields, its help page, the sentences app/ built (the error recap, the thermomètre's report,
# the statuses) — is in the interface's language. A word counts as French when our French
# sources use it and neither the English catalog nor the demo agency's data does (and the
# reverse for English), so names and addresses never count.

SENTENCE_ROWS = 40   # rows of each list read: enough for every kind of line the samples show
FRENCH_GLUE = {"les", "des", "une", "est", "sont", "pour", "avec", "dans", "aucun", "aucune", "être", "pas", "vous",
               "votre", "sur", "été", "déjà", "veuillez"}


def _words(text: str) -> set[str]:
    """Words of three letters or more; paths, addresses and e-mails are not words of a sentence."""
    text = re.sub(r"\S*[/@\\]\S*|\w+…", " ", text)     # … and a word cut short by the list
    return {word for word in re.findall(r"[^\W\d_]{3,}", text.lower())}


def _data_words(store) -> set[str]:
    """Every word of the demo agency's own data (names, addresses, subjects, file names)."""
    from sqlalchemy import MetaData, select

    metadata = MetaData()
    words: set[str] = set()
    with store.engine.connect() as connection:
        metadata.reflect(connection)
        for table in metadata.sorted_tables:
            for row in connection.execute(select(table)):
                words.update(w for value in row if isinstance(value, str) for w in _words(value))
    return words


@pytest.fixture(scope="session")
def vocabularies(demo_store_module_words) -> tuple[set[str], set[str]]:
    """(words only French uses, words only English uses) in our interface."""
    french, english = set(), set()
    root = ET.parse(translations_dir() / f"{CATALOG}_en.ts").getroot()
    for context in root.iter("context"):
        if not _ours(context.findtext("name", "")):
            continue
        for entry in context.iter("message"):
            french |= _words(re.sub(r"\{\w+\}", " ", entry.findtext("source", "")))
            english |= _words(re.sub(r"\{\w+\}", " ", entry.findtext("translation") or ""))
    french |= FRENCH_GLUE
    return french - english - demo_store_module_words, english - french - demo_store_module_words


@pytest.fixture(scope="session")
def demo_store_module_words(demo_template) -> set[str]:
    from app.store.database import open_store

    store = open_store(f"sqlite:///{demo_template / 'template.db'}")
    try:
        return _data_words(store)
    finally:
        store.dispose()


def shown_text(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything the window shows, data included."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    yield from visible_strings(window)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window) or widget.property("i18n_data"):
            continue
        kind = type(widget).__name__
        if widget.toolTip():
            yield f"{kind} (bulle)", widget.toolTip()
        if isinstance(widget, QLineEdit):
            yield kind, widget.text()
        elif isinstance(widget, QComboBox):
            yield kind, widget.currentText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield kind, widget.toPlainText()
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(min(model.rowCount(), SENTENCE_ROWS)):
                for column in range(columns):
                    index = model.index(row, column)
                    texts = {model.data(index, role) for role in (Qt.ItemDataRole.DisplayRole,
                                                                  Qt.ItemDataRole.ToolTipRole)}
                    yield from ((f"{kind} ligne {row + 1}", text) for text in texts if isinstance(text, str))


def _file_words(folder: Path) -> set[str]:
    """Words of what the samples wrote: an agency's CSV to import, a manifest, the letters
    sample's database (AR24's status codes are data)."""
    import sqlite3

    def text(path: Path) -> str:
        raw = path.read_bytes()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")

    words = {word for path in folder.rglob("*") if path.suffix.lower() in (".csv", ".txt", ".json")
             for word in _words(text(path))}
    for path in folder.rglob("*.db"):
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                for row in connection.execute(f'SELECT * FROM "{table}"'):
                    words.update(w for value in row if isinstance(value, str) for w in _words(value))
        finally:
            connection.close()
    return words


def _foreign(windows, words: set[str], folder: Path) -> list[str]:
    found = []
    for name, window in windows:
        data = _file_words(folder)
        for where, text in shown_text(window):
            if hits := (_words(_plain(text)) & words) - data:
                found.append(f"{name} › {where} : {text[:140]!r} ({', '.join(sorted(hits))})")
    return found


def test_every_window_in_english_shows_no_french_sentence(qtbot, demo_context, translators, tmp_path, vocabularies):
    french_only, _ = vocabularies
    translators(language="en")
    french = _foreign(_open_windows(demo_context, qtbot, tmp_path), french_only, tmp_path)
    assert not french, "Français dans l'interface anglaise :\n" + "\n".join(french)


def test_every_window_in_french_shows_no_english_sentence(qtbot, demo_context, translators, tmp_path, vocabularies):
    _, english_only = vocabularies
    translators(language="fr")
    english = _foreign(_open_windows(demo_context, qtbot, tmp_path), english_only, tmp_path)
    assert not english, "Anglais dans l'interface française :\n" + "\n".join(english)
