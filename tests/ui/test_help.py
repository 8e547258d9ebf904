"""The "Aide" of each screen opens its bundled French help page; the pages link to each other."""
from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

from app.context import AppContext
from app.resources import help_dir
from ui.help import TOPICS, show_help
from ui.home.main_window import MainWindow


def test_every_topic_has_a_page_and_every_link_leads_somewhere():
    pages = {p.stem for p in help_dir().glob("*.html")}
    assert set(TOPICS) == pages
    for topic in TOPICS:
        html = (help_dir() / f"{topic}.html").read_text(encoding="utf-8")
        assert re.search(r"<title>[^<]+</title>", html), topic
        for target in re.findall(r'href="([^"#:]+)"', html):
            assert (help_dir() / target).exists(), f"{topic}.html -> {target}"


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
