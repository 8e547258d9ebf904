"""AR24 request signature and response encryption (spec §2.3–§2.5).

Keys and IV are *ASCII hex characters* of SHA-256 digests, as PHP's ``openssl_encrypt``
uses them: ``key = hex(sha256(pk))[:32]``, ``iv = hex(sha256(hex(sha256(pk))))[:16]``.
Responses use ``key = hex(sha256(date + pk))[:32]`` with the same IV, where ``date`` is the
exact string the client sent. AES-256-CBC, PKCS#7, standard base64, no IV prefix.
"""
from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class DecryptionError(ValueError):
    """The text is not base64 AES-256-CBC under the expected key (wrong key, date or body)."""


def _hex_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def derive_iv(private_key: str) -> bytes:
    return _hex_sha256(_hex_sha256(private_key))[:16].encode("ascii")


def signature_key(private_key: str) -> bytes:
    return _hex_sha256(private_key)[:32].encode("ascii")


def response_key(date: str, private_key: str) -> bytes:
    return _hex_sha256(date + private_key)[:32].encode("ascii")


def _cipher(key: bytes, iv: bytes) -> Cipher[modes.CBC]:
    return Cipher(algorithms.AES(key), modes.CBC(iv))


def _encrypt(plaintext: bytes, key: bytes, iv: bytes) -> str:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = _cipher(key, iv).encryptor()
    return base64.b64encode(encryptor.update(padded) + encryptor.finalize()).decode("ascii")


def _decrypt(ciphertext_b64: str | bytes, key: bytes, iv: bytes) -> bytes:
    try:
        ciphertext = base64.b64decode(ciphertext_b64, validate=True)
        decryptor = _cipher(key, iv).decryptor()
        padded = decryptor.update(ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
    except (binascii.Error, ValueError) as exc:  # bad base64, length not a block multiple, bad padding
        raise DecryptionError(str(exc)) from exc


def sign_date(date: str, private_key: str) -> str:
    """Value of the ``signature`` header for a request carrying ``date``."""
    return _encrypt(date.encode("utf-8"), signature_key(private_key), derive_iv(private_key))


def signature_matches(signature: str, date: str, private_key: str) -> bool:
    """Service side: does ``signature`` decrypt to ``date`` under ``private_key``?"""
    try:
        clear = _decrypt(signature, signature_key(private_key), derive_iv(private_key))
    except DecryptionError:
        return False
    return clear == date.encode("utf-8")


def encrypt_response(plaintext: str, date: str, private_key: str) -> str:
    """Service side: the HTTP body of a successful answer to a request dated ``date``."""
    return _encrypt(plaintext.encode("utf-8"), response_key(date, private_key), derive_iv(private_key))


def decrypt_response(body: str | bytes, date: str, private_key: str) -> str:
    """Client side: the JSON text of an encrypted answer; raises DecryptionError."""
    clear = _decrypt(body.strip(), response_key(date, private_key), derive_iv(private_key))
    try:
        return clear.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecryptionError("decrypted body is not UTF-8") from exc
