"""The lists' search finds the words they show (translated labels, formatted dates), in French and English."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.i18n import install_translators
from ui.sending.events_list import EventsListWindow
from ui.tiers.tiers_list import TiersListWindow


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "fr")


def _shown(window, row: int) -> list[str]:
    model = window.model
    return [str(model.data(model.index(row, c), Qt.ItemDataRole.DisplayRole) or "") for c in range(model.columnCount())]


def _search(window, text: str) -> list[list[str]]:
    window.search.setText(text)
    return [_shown(window, row) for row in range(window.model.rowCount())]


WORDS = {"fr": {"tiers": ["particulier", "professionnel"], "status": {"particulier", "professionnel"},
                "relation": ["copropriétaire", "locataire"]},
         "en": {"tiers": ["individual", "professional"], "status": {"individual", "professional"},
                "relation": ["co-owner", "tenant"]}}


def test_tiers_search_finds_status_and_consent_words(qtbot, demo_context, language):
    window = TiersListWindow(demo_context)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.total > 0, timeout=10_000)
    total = window.model.total
    for word in WORDS[language]["tiers"]:
        rows = _search(window, word)
        assert 0 < len(rows) < total, word
        assert all(row[4] == word for row in rows)               # the "Statut" column shows it
    for word in WORDS[language]["relation"]:
        rows = _search(window, word)
        assert 0 < len(rows) < total, word
        assert all(row[5] == word for row in rows)               # the "Relation" column shows it
    yes = "Oui" if language == "fr" else "Yes"
    everyone = _search(window, "")
    consenting = [row for row in everyone if yes in (row[10], row[11])]     # consent / paper columns
    rows = _search(window, yes)
    assert consenting and all(row in rows for row in consenting)
    assert all(any(yes.casefold() in text.casefold() for text in row) for row in rows)   # "Louis" too


def test_events_search_finds_the_words_and_dates_shown(qtbot, demo_context, language):
    window = EventsListWindow(demo_context)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.total > 0, timeout=10_000)
    ag = next(text for row in range(window.model.rowCount()) if (text := _shown(window, row)[10]))
    assert ag.startswith("AG du" if language == "fr" else "GM of")
    rows = _search(window, ag)
    assert rows and all(row[10] == ag for row in rows)
    shown_date = _shown(window, 0)[2][:10]                   # "Date / Heure" as dd/mm/yyyy
    assert _search(window, shown_date)


LETTER_WORDS = {"fr": ("valider", "papier"), "en": ("validate", "paper")}


def test_letters_search_finds_the_status_and_type_words_it_shows(qtbot, demo_context, language, tmp_path):
    """« À valider (OTP) » is stored as ``to_valid``: the search must find the word the list shows."""
    from tests.letters.support import to_valid_letters
    from ui.letters.letters_list import LettersListWindow

    to_valid_letters(demo_context, ["AR", "AR", "refused"], tmp_path)
    window = LettersListWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.total == 3 and not window.loading, timeout=20_000)
    shown, absent = LETTER_WORDS[language]
    assert len(_search(window, shown)) == 3
    assert _search(window, absent) == []          # no paper letter


NOTICES = {"fr": "Lettres de tous les utilisateurs : 2 statut(s), destinataire « Dupont »",
           "en": "Letters of all users: 2 status(es), recipient “Dupont”"}


def test_the_letters_filter_notice_says_the_search_in_the_interface_language(qtbot, demo_context, language):
    from app.letters.queries import LetterSearch
    from ui.letters.letters_list import LettersListWindow

    window = LettersListWindow(demo_context)
    qtbot.addWidget(window)
    window.apply_search(LetterSearch(user_id=None, statuses=("AR", "refused"), recipient="Dupont"))
    assert window.filter_notice.text() == NOTICES[language]
