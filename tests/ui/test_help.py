"""The "Aide" of each screen opens its bundled help page in the interface's language (French, or
English from resources/help/en/, French where an English page is missing); the pages link to each
other within their language."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

import ui.help
from app.context import AppContext
from app.resources import help_dir
from ui.help import TOPICS, show_help
from ui.home.main_window import MainWindow
from ui.i18n import install_translators


def _title(page: Path) -> str:
    return re.search(r"<title>([^<]+)</title>", page.read_text(encoding="utf-8")).group(1)


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "fr")


@pytest.mark.parametrize("folder", [help_dir(), help_dir() / "en"], ids=["fr", "en"])
def test_every_topic_has_a_page_and_every_link_leads_somewhere(folder: Path):
    pages = {p.stem for p in folder.glob("*.html")}
    assert set(TOPICS) == pages
    for topic in TOPICS:
        html = (folder / f"{topic}.html").read_text(encoding="utf-8")
        assert re.search(r"<title>[^<]+</title>", html), topic
        for target in re.findall(r'href="([^"#:]+)"', html):
            assert (folder / target).exists(), f"{topic}.html -> {target}"


def test_the_english_pages_link_like_the_french_ones():
    for topic in TOPICS:
        french, english = ((folder / f"{topic}.html").read_text(encoding="utf-8") for folder in (help_dir(), help_dir() / "en"))
        assert re.findall(r'href="([^"]+)"', english) == re.findall(r'href="([^"]+)"', french), topic


def test_in_english_every_topic_opens_its_english_page(qtbot, english):
    for topic in TOPICS:
        window = show_help(topic)
        qtbot.addWidget(window)
        source = Path(window.browser.source().toLocalFile())
        assert source == help_dir() / "en" / f"{topic}.html"
        title = window.browser.documentTitle()
        assert title and title != _title(help_dir() / f"{topic}.html"), topic
        assert window.windowTitle() == f"Help - {title}"
    window.show_topic("index")          # a link of an English page stays in English
    window.browser.setSource(window.browser.source().resolved(QUrl("tiers.html")))
    assert window.windowTitle() == "Help - Third parties list"
    assert "Update LRE consents from AR24" in window.browser.toPlainText()


def test_in_french_every_topic_opens_its_french_page(qtbot):
    for topic in TOPICS:
        window = show_help(topic)
        qtbot.addWidget(window)
        assert Path(window.browser.source().toLocalFile()) == help_dir() / f"{topic}.html"
        assert window.windowTitle() == f"Aide - {_title(help_dir() / f'{topic}.html')}"


def test_a_missing_english_page_falls_back_to_the_french_one(qtbot, english, tmp_path, monkeypatch):
    shutil.copytree(help_dir(), tmp_path / "help")
    (tmp_path / "help" / "en" / "lettres.html").unlink()
    monkeypatch.setattr(ui.help, "help_dir", lambda: tmp_path / "help")
    window = show_help("lettres")
    qtbot.addWidget(window)
    assert window.browser.source().toLocalFile() == str(tmp_path / "help" / "lettres.html")
    assert window.windowTitle() == "Help - Liste des Lettres recommandées"
    window.show_topic("tiers")
    assert window.windowTitle() == "Help - Third parties list"


def test_the_english_help_menu_opens_the_english_organiser_page(qtbot, demo_context: AppContext, english):
    main = MainWindow(demo_context)
    qtbot.addWidget(main)
    help_menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Help")
    help_menu.actions()[0].trigger()
    window = show_help("organiseur")
    qtbot.addWidget(window)
    assert window.browser.source().toLocalFile().endswith("help/en/organiseur.html")
    assert window.windowTitle() == "Help - Organiser"
    assert "AR24 setup" in window.browser.toPlainText()
    assert "Paramétrage" not in window.browser.toPlainText()
    main.close()


def test_help_menu_f1_and_aide_link_open_the_page_of_the_screen(qtbot, demo_context: AppContext):
    main = MainWindow(demo_context)
    qtbot.addWidget(main)
    main.show()
    help_menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Aide")
    next(a for a in help_menu.actions() if "Organiseur" in a.text()).trigger()
    window = show_help("index")
    qtbot.addWidget(window)
    assert window.isVisible()

    help_menu.actions()[0].trigger()
    assert window.browser.source().fileName() == "organiseur.html"
    assert window.windowTitle() == "Aide - Organiseur"
    assert "Paramétrage AR24" in window.browser.toPlainText()

    tiers = main.open_tiers()
    qtbot.addWidget(tiers)
    f1 = QKeySequence(QKeySequence.StandardKey.HelpContents)
    next(s for s in tiers.findChildren(QShortcut) if s.key() == f1).activated.emit()   # F1 on the list
    assert window.browser.source().fileName() == "tiers.html"

    link = next(label for label in main.findChildren(QLabel) if label.text().startswith("<a href='organiseur'"))
    window.show_topic("index")
    link.linkActivated.emit("organiseur")
    assert window.browser.source().fileName() == "organiseur.html"
    main.close()
