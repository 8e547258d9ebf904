"""Documents an attacker (or a careless scanner) would attach: each is refused at check time with
a French sentence, and the rest of the batch is still checked."""
from __future__ import annotations

import io
import time
import zlib
import struct

import pytest
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from PIL import Image

from app.demo.sending_setup import make_demo_ready_to_send
from app.sending.compatibility import check_events
from app.sending.documents import MAX_NAME_BYTES, document_name
from app.sending.prepare import prepare_letter_files
from app.store.models import SendType

from .corpus import pdf_bytes


@pytest.fixture
def ready(demo_store):
    make_demo_ready_to_send(demo_store)
    return demo_store


@pytest.fixture
def attach(add_event, add_tiers):
    """An event of a G001 tenant (entity with a payment method) with these attachments."""
    return lambda *paths: add_event(*paths, tiers_code=add_tiers())


def _comments(store, ids) -> dict[int, list[str]]:
    batch = check_events(store, ids, SendType.LR_PAPIER, login="JLC")
    found: dict[int, list[str]] = {event_id: [] for event_id in ids}
    for issue in batch.errors:
        found[issue.event_id].append(str(issue.commentaire))
    return found


def _huge_png(path, width: int, height: int) -> None:
    """A valid PNG header announcing width × height, with a tiny (wrong) body: what a decompression
    bomb looks like before decoding."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))


def _pdf_with_open_action(kind: str) -> bytes:
    writer = PdfWriter()
    writer.append(io.BytesIO(pdf_bytes((595.28, 841.89))))
    action = DictionaryObject({NameObject("/S"): NameObject(f"/{kind}")})
    if kind == "JavaScript":
        action[NameObject("/JS")] = TextStringObject("app.alert('bonjour')")
    else:
        action[NameObject("/F")] = TextStringObject("calc.exe")
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_decompression_bomb_is_refused_and_the_other_events_are_checked(ready, attach, tmp_path, corpus):
    bomb, huge = tmp_path / "bombe.png", tmp_path / "affiche.png"
    _huge_png(bomb, 20_000, 20_000)          # 400 megapixels
    _huge_png(huge, 12_000, 12_000)          # 144 megapixels
    ids = [attach(bomb), attach(huge), attach(corpus["bon.pdf"])]
    started = time.perf_counter()
    comments = _comments(ready, ids)
    assert time.perf_counter() - started < 5
    assert comments[ids[0]] == ["L'image « bombe.png » est trop grande (400 millions de pixels, au-delà de 50 "
                                "millions) : réduisez-la ou numérisez la page en 300 dpi, puis joignez-la de nouveau."]
    assert "trop grande (144 millions de pixels" in comments[ids[1]][0]
    assert comments[ids[2]] == []


def test_a_truncated_jpeg_is_refused_at_check_time(ready, attach, tmp_path):
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "navy").save(buffer, "JPEG")
    cut = tmp_path / "scan-coupe.jpg"
    cut.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    event_id = attach(cut)
    assert _comments(ready, [event_id])[event_id] == [
        "L'image « scan-coupe.jpg » est illisible ou endommagée : enregistrez-la de nouveau puis joignez-la."]


@pytest.mark.parametrize("kind", ["JavaScript", "Launch"])
def test_a_pdf_that_runs_code_or_programs_is_refused(ready, attach, tmp_path, kind):
    path = tmp_path / "piege.pdf"
    path.write_bytes(_pdf_with_open_action(kind))
    event_id = attach(path)
    assert _comments(ready, [event_id])[event_id] == [
        f"La pièce jointe « piege.pdf » contient une action automatique (/{kind}) qui exécuterait du code chez le "
        "destinataire : imprimez-la de nouveau en PDF (« Microsoft Print to PDF » ou équivalent) puis joignez "
        "cette version."]


def test_names_with_control_characters_or_too_long_are_normalised(ready, attach, tmp_path, corpus):
    assert document_name("dossier/sous\\Relevé\x00 de\ncharges.pdf") == "Relevé decharges.pdf"
    long_name = "é" * 200 + ".pdf"
    assert document_name(long_name).endswith(".pdf")
    assert len(document_name(long_name).encode()) <= MAX_NAME_BYTES
    event_id = attach(corpus["bon.pdf"])
    with ready.session() as session, session.begin():
        from app.store.models import Event
        session.get(Event, event_id).attachments[0].filename = "x" * 300 + "\x00.pdf"
    assert _comments(ready, [event_id])[event_id] == []
    with ready.session() as session:
        files = prepare_letter_files(session, event_id, SendType.LR_PAPIER, "JLC", tmp_path / "out")
    assert files[1].name == "x" * (MAX_NAME_BYTES - 4) + ".pdf"
    assert files[1].path.read_bytes() == corpus["bon.pdf"].read_bytes()
