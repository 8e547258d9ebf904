"""Signature and response encryption: the official vectors (spec §2.5) and our own."""
from __future__ import annotations

import json

import pytest

from app.ar24 import crypto

OFFICIAL_KEY = "7X9gx9E3Qx4EiUdB63nc"
OFFICIAL_DATE = "2021-05-26 14:00:00"


def test_official_key_derivation() -> None:
    assert crypto.signature_key(OFFICIAL_KEY) == b"a41fc962645608f492041e736202ca27"
    assert crypto.derive_iv(OFFICIAL_KEY) == b"18ca5cfff8d04d9b"
    assert crypto.response_key(OFFICIAL_DATE, OFFICIAL_KEY) == b"0ff908ad560ccd391a927570b9a4956f"


def test_official_signature_both_ends() -> None:
    signature = "bDop0cbjKpkySlpvnNGvBMg7PuYFFgPPqTTS2RAHoY0="
    assert crypto.sign_date(OFFICIAL_DATE, OFFICIAL_KEY) == signature
    assert crypto.signature_matches(signature, OFFICIAL_DATE, OFFICIAL_KEY)
    assert not crypto.signature_matches(signature, "2021-05-26 14:00:01", OFFICIAL_KEY)
    assert not crypto.signature_matches(signature, OFFICIAL_DATE, "another key")


def test_official_encrypted_body_both_ends() -> None:
    body = "WwBOU6s8DaMWmYdctBJwfuoujFgVygBUjhsbdf8eWqQ="
    assert crypto.decrypt_response(body, OFFICIAL_DATE, OFFICIAL_KEY) == '{status: "SUCCESS"}'
    assert crypto.encrypt_response('{status: "SUCCESS"}', OFFICIAL_DATE, OFFICIAL_KEY) == body


def test_our_vector_with_result_both_ends() -> None:
    plaintext = '{"status":"SUCCESS","result":{"file_id":"12345"}}'
    body = "XZhN2E1TvGggEMHYlUusQ/9KRN5OX8xtZfU3eIR/KdN+87o1T5VDuU+bH8WRrwdhQ4ishXwDvOvGPSM8hXhrjA=="
    assert crypto.encrypt_response(plaintext, OFFICIAL_DATE, OFFICIAL_KEY) == body
    assert json.loads(crypto.decrypt_response(body, OFFICIAL_DATE, OFFICIAL_KEY))["result"]["file_id"] == "12345"


@pytest.mark.parametrize("key", ["7X9gx9E3Qx4EiUdB63nc", "k", "clé-privée-àçü-ÿ", "x" * 200])
@pytest.mark.parametrize("date", ["2021-05-26 14:00:00", "2025-10-26 02:30:00", "2024-02-29 23:59:59"])
def test_round_trip_unicode_json_several_keys(key: str, date: str) -> None:
    envelope = {"status": "SUCCESS", "result": {"to_name": "Émilie Ñúñez — 株式会社", "content": "Lettre\nrecommandée ✉"}}
    text = json.dumps(envelope, ensure_ascii=False)
    body = crypto.encrypt_response(text, date, key)
    assert "\n" not in body and body.isascii()
    assert crypto.decrypt_response(body, date, key) == text
    assert crypto.signature_matches(crypto.sign_date(date, key), date, key)


@pytest.mark.parametrize("size", [0, 15, 16, 17, 1_000_003])
def test_round_trip_lengths_around_blocks_and_long(size: int) -> None:
    text = ("é" * size)[:size]
    body = crypto.encrypt_response(text, OFFICIAL_DATE, OFFICIAL_KEY)
    assert crypto.decrypt_response(body, OFFICIAL_DATE, OFFICIAL_KEY) == text


def test_response_key_depends_on_the_exact_date_string() -> None:
    plaintext = '{"status":"SUCCESS"}'
    body = crypto.encrypt_response(plaintext, OFFICIAL_DATE, OFFICIAL_KEY)
    try:
        text = crypto.decrypt_response(body, "2021-05-26 14:00:01", OFFICIAL_KEY)
    except crypto.DecryptionError:
        return  # the usual case: the padding check fails
    assert text != plaintext  # a lucky padding still gives garbage


@pytest.mark.parametrize("body", ["not base64 at all!", "QUJD", "", "WwBOU6s8DaMWmYdctBJwfuoujFgVygBUjhsbdf8eWq=="])
def test_garbage_bodies_raise_decryption_error(body: str) -> None:
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt_response(body, OFFICIAL_DATE, OFFICIAL_KEY)
