"""One event into the files of one letter: body PDF first, attachments checked, images converted."""
from __future__ import annotations

import hashlib

import pytest
from pypdf import PdfReader

from app.ar24.provisional import read_consent_page_token
from app.sending.prepare import DocumentError, prepare_letter_files
from app.sending.variables import ar24_consent_links
from app.store.models import Event, SendType

LRE, PAPER = SendType.LRE_EIDAS, SendType.LR_PAPIER


SANDBOX = "https://sandbox.ar24.fr/api/"
CONSENT_LINKS = ar24_consent_links(SANDBOX, 42)


def _prepare(demo_store, event_id, tmp_path, send_type=LRE, consent_links=CONSENT_LINKS):
    with demo_store.session() as session:
        return prepare_letter_files(session, event_id, send_type, "JLC", tmp_path / "out", consent_links=consent_links)


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_letter_body_first_then_attachments_hashed(demo_store, add_event, corpus, tmp_path):
    body = "<p>Bonjour «Civilite» «Nom»,</p><p>Votre accord : «AR24_LienConsentement»</p>"
    event_id = add_event(corpus["bon.pdf"], corpus["scan.jpg"], body=body, subject="Appel de fonds")
    files = _prepare(demo_store, event_id, tmp_path)
    assert [(f.name, f.kind) for f in files] == [("9001-Courrier.pdf", "letter"), ("bon.pdf", "attachment"),
                                                  ("scan.pdf", "attachment")]
    for file in files:
        data = file.path.read_bytes()
        assert (file.size, file.sha256) == (len(data), hashlib.sha256(data).hexdigest())
        assert file.path.parent == tmp_path / "out"
    assert files[1].path.read_bytes() == corpus["bon.pdf"].read_bytes()     # copied byte for byte
    text = _text(files[0].path)
    assert "Objet : Appel de fonds" in text and "«" not in text             # variables substituted
    page = PdfReader(files[0].path).pages[0]
    links = {annotation.get_object()["/A"]["/URI"] for annotation in page["/Annots"]}   # clickable
    assert len(links) == 1 and (link := links.pop()).startswith("https://sandbox.ar24.fr/consentement/")
    token = read_consent_page_token(link.removeprefix("https://sandbox.ar24.fr/consentement/"))
    with demo_store.session() as session:
        assert (token["u"], token["e"]) == (42, session.get(Event, event_id).tiers.email)   # this recipient's page
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    image_page = PdfReader(files[2].path).pages[0]
    assert float(image_page.mediabox.width) < float(image_page.mediabox.height)   # tall scan: portrait


def test_letter_carries_the_window_address_and_signature(demo_store, add_event, tmp_path):
    files = _prepare(demo_store, add_event(), tmp_path)
    text = _text(files[0].path)
    with demo_store.session() as session:
        from app.store.models import Tiers
        tiers = session.query(Tiers).filter_by(code="T0003").one()
        assert tiers.city in text and tiers.postal_code in text and tiers.address1 in text
    assert "Jean-Louis CHAMBERTIN" in text


def test_same_event_prepared_twice_gives_the_same_bytes(demo_store, add_event, corpus, tmp_path):
    event_id = add_event(corpus["bon.pdf"])
    first = [f.sha256 for f in _prepare(demo_store, event_id, tmp_path / "a")]
    assert first == [f.sha256 for f in _prepare(demo_store, event_id, tmp_path / "b")]


def test_wide_image_is_landscape_for_lre_and_portrait_for_paper(demo_store, add_event, corpus, tmp_path):
    event_id = add_event(corpus["photo-large.png"])
    for send_type, landscape in ((LRE, True), (PAPER, False)):
        page = PdfReader(_prepare(demo_store, event_id, tmp_path / send_type.value, send_type)[1].path).pages[0]
        assert (float(page.mediabox.width) > float(page.mediabox.height)) is landscape


@pytest.mark.parametrize(("name", "send_type", "message"), [
    ("corrompu.pdf", LRE, "La pièce jointe « corrompu.pdf » est illisible ou endommagée"),
    ("tronque.pdf", LRE, "La pièce jointe « tronque.pdf » est illisible ou endommagée"),
    ("chiffre.pdf", LRE, "La pièce jointe « chiffre.pdf » est protégée par un mot de passe"),
    ("paysage.pdf", PAPER, "La page 3 de « paysage.pdf » est en paysage : la LR papier n'accepte que le "
                           "format A4 portrait."),
    ("us-letter.pdf", LRE, "La page 2 de « us-letter.pdf » mesure 216 × 279 mm au lieu du format A4"),
    ("vide.pdf", LRE, "La pièce jointe « vide.pdf » est vide (0 octet)"),
    ("enorme.pdf", LRE, "La pièce jointe « enorme.pdf » pèse 257 Mo, au-delà des 256 Mo acceptés par AR24"),
    ("note.docx", LRE, "Convertissez « note.docx » en PDF avant l'envoi"),
    ("image-cassee.png", LRE, "L'image « image-cassee.png » est illisible ou endommagée"),
    ("absent.pdf", LRE, "La pièce jointe « absent.pdf » est introuvable"),
])
def test_every_bad_document_gets_one_precise_message(demo_store, add_event, corpus, tmp_path,
                                                     name, send_type, message):
    event_id = add_event(corpus["bon.pdf"], corpus[name])
    with pytest.raises(DocumentError) as raised:
        _prepare(demo_store, event_id, tmp_path, send_type)
    assert str(raised.value).startswith(message)
    assert not list((tmp_path / "out").glob("*.part"))       # nothing half-written is left


def test_landscape_a4_is_fine_for_electronic_letters(demo_store, add_event, corpus, tmp_path):
    files = _prepare(demo_store, add_event(corpus["paysage.pdf"]), tmp_path, LRE)
    assert [f.name for f in files] == ["9001-Courrier.pdf", "paysage.pdf"]


def test_unknown_variable_names_the_event(demo_store, add_event, tmp_path):
    event_id = add_event(body="<p>Bonjour «Surnom»</p>")
    with pytest.raises(DocumentError, match="Courrier de l'événement n° 9001 : Variable de courrier inconnue : «Surnom»"):
        _prepare(demo_store, event_id, tmp_path)


def test_deleted_event_is_a_clear_error(demo_store, tmp_path):
    with pytest.raises(DocumentError, match="n'existe plus"):
        _prepare(demo_store, 999_999, tmp_path)


def test_letterhead_of_the_agency_settings(demo_store, add_event, tmp_path):
    text = _text(_prepare(demo_store, add_event(), tmp_path)[0].path)
    assert "Cabinet Chambertin Immobilier" in text and "8 place Darcy" in text and "Dijon, le " in text


def test_recipient_address_sits_in_the_envelope_window(demo_store, add_event, tmp_path):
    """Window zone (legal.md): 11 cm from the left, from 5.5 cm to 8.8 cm from the top of the sheet."""
    from app.sending.loading import load_events
    from app.sending.postal import postal_lines

    cm = 72 / 2.54
    event_id = add_event()
    with demo_store.session() as session:
        address = postal_lines(load_events(session, [event_id])[0].recipient)
    page = PdfReader(_prepare(demo_store, event_id, tmp_path)[0].path).pages[0]
    found = []
    page.extract_text(visitor_text=lambda text, _cm, tm, _font, _size: found.append((text.strip(), tm[4], tm[5])))
    lines = [(x, y) for text, x, y in found if text in (address[0], address[-1]) and x > 5 * cm]
    assert len(lines) == 2                      # the first and last lines of the address
    height = float(page.mediabox.height)
    for x, y in lines:
        assert 11 * cm <= x <= (11 + 8.5) * cm
        assert height - (5.5 + 3.3) * cm <= y <= height - 5.5 * cm


def test_consent_link_needs_the_senders_ar24_account(demo_store, add_event, tmp_path):
    event_id = add_event(body="<p>Votre accord : «AR24_LienConsentement»</p>")
    with pytest.raises(DocumentError, match="«AR24_LienConsentement» demande un compte AR24 relié"):
        _prepare(demo_store, event_id, tmp_path, consent_links=None)
