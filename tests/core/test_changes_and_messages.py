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


def test_a_message_crosses_the_sending_process_as_json_and_stays_translatable() -> None:
    import json

    from app.i18n import Message, render

    inner = message(QT_TRANSLATE_NOOP("Tests", "Entité : {code}"), code="S003")
    sent = message(QT_TRANSLATE_NOOP("Tests", "{count} envoi(s) refusé(s) — {why}"), count=3, why=inner)
    received = Message.from_json(json.loads(json.dumps(sent.to_json())))

    english = {("Tests", "Entité : {code}"): "Entity: {code}",
               ("Tests", "{count} envoi(s) refusé(s) — {why}"): "{count} send(s) refused — {why}"}
    assert str(received) == "3 envoi(s) refusé(s) — Entité : S003"
    assert render(received, lambda context, text: english.get((context, text), text)) == \
        "3 send(s) refused — Entity: S003"


def test_an_error_raised_with_a_message_is_shown_in_the_reader_s_language() -> None:
    from app.i18n import render, sentence_of

    error = ValueError(message(QT_TRANSLATE_NOOP("Tests", "Code OTP refusé par AR24 ({code})"), code="42"))
    assert str(error) == "Code OTP refusé par AR24 (42)"           # logs stay French
    assert render(error, lambda context, text: "AR24 refused the OTP code ({code})") == \
        "AR24 refused the OTP code (42)"
    assert sentence_of(OSError("disque plein")) == "disque plein"   # a foreign error: its own text


def test_a_message_survives_copy_and_asdict_with_its_context() -> None:
    import copy
    import dataclasses

    from app.i18n import Message

    @dataclasses.dataclass
    class Row:
        why: Message

    row = Row(message(QT_TRANSLATE_NOOP("Tests", "Motif : {what}"), what=QT_TRANSLATE_NOOP("Tests", "refusé")))
    as_dict = dataclasses.asdict(row)["why"]          # asdict deep-copies every field
    assert as_dict["template"].context == "Tests" and as_dict["args"]["what"].context == "Tests"
    assert copy.deepcopy(row.why) == row.why and copy.deepcopy(row.why).args["what"].context == "Tests"


def test_a_sentence_kept_in_a_short_column_stays_translatable_when_it_fits() -> None:
    from app.i18n import render, sentence_from_stored, sentence_to_stored

    said = message(QT_TRANSLATE_NOOP("Tests", "Le serveur a répondu {status}"), status=502)
    kept = sentence_to_stored(said, 500)
    assert render(sentence_from_stored(kept), lambda context, text: "The server answered {status}") == \
        "The server answered 502"
    cut = sentence_to_stored(said, 20)                 # too long as JSON: its French text, cut
    assert cut == "Le serveur a répondu" and sentence_from_stored(cut) == cut
    assert sentence_from_stored(None) == "" and sentence_from_stored("{pas du JSON") == "{pas du JSON"
