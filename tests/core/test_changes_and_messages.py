"""The change bus every window listens to, and the messages app/ hands to windows."""
from __future__ import annotations

import threading

from app.changes import Change, ChangeBus
from app.i18n import QT_TRANSLATE_NOOP, message


def test_listeners_hear_each_change_until_they_unsubscribe() -> None:
    bus, heard = ChangeBus(), []
    unsubscribe = bus.subscribe(heard.append)
    bus.publish(Change.LETTERS, Change.BATCH_ENDED)
    unsubscribe()
    bus.publish(Change.TIERS)
    assert heard == [Change.LETTERS, Change.BATCH_ENDED]


def test_a_failing_listener_does_not_stop_the_others() -> None:
    bus, heard = ChangeBus(), []

    def broken(change: Change) -> None:
        raise RuntimeError("bug in a window")

    bus.subscribe(broken)
    bus.subscribe(heard.append)
    bus.publish(Change.LINK)
    assert heard == [Change.LINK]


def test_publishing_from_another_thread_reaches_the_listener() -> None:
    bus, heard = ChangeBus(), []
    bus.subscribe(heard.append)
    thread = threading.Thread(target=bus.publish, args=(Change.EVENTS,))
    thread.start()
    thread.join()
    assert heard == [Change.EVENTS]


def test_a_message_is_french_by_default_and_translated_with_its_arguments() -> None:
    entity = QT_TRANSLATE_NOOP("Tests", "l'entité")
    sentence = message(QT_TRANSLATE_NOOP("Tests", "Pas de moyen de paiement pour {what} {code}"),
                       what=entity, code="S003")
    assert str(sentence) == "Pas de moyen de paiement pour l'entité S003"
    english = {("Tests", "l'entité"): "the entity",
               ("Tests", "Pas de moyen de paiement pour {what} {code}"): "No payment method for {what} {code}"}
    assert sentence.render(lambda context, text: english[(context, text)]) == "No payment method for the entity S003"


def test_the_command_line_translates_messages_from_the_interface_catalog() -> None:
    from app.translations import translator

    english = translator("en")
    assert english("Environments", "Démo locale") != "Démo locale"   # the catalog has it
    assert translator("fr")("Environments", "Démo locale") == "Démo locale"
    assert english("Nowhere", "Texte inconnu") == "Texte inconnu"
