"""Authenticated encryption of short texts with the standard library only.

A BrowserState's value is kept in the browser's ``localStorage``; the kernel (or the
server) seals it before it leaves and opens it when the page sends it back, so the page
never holds the secret and the stored text is unreadable and tamper-evident without it.

Construction (encrypt-then-MAC, both from HMAC-SHA256, a PRF):

- keys: ``PBKDF2-HMAC-SHA256(secret, salt, 200 000 rounds)`` → 64 bytes: an encryption
  key and a MAC key (the work factor slows guessing a weak, user-chosen secret; a random
  secret made by nbblocks, ~95 bits, needs none and takes one round). Derived keys are
  cached per secret, so running a cell again does not pay the work factor again;
- a random 16-byte nonce per sealing; keystream block ``i`` is
  ``HMAC(enc_key, nonce || i)`` (counter mode), XORed with the plaintext;
- tag: ``HMAC(mac_key, version || context || nonce || ciphertext)``, where ``context``
  (the storage key) binds a sealed text to the key it is stored under;
- text: ``"nbb1." + base64url(nonce || ciphertext || tag)``.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets

__all__ = ["Sealer"]

_PREFIX = "nbb1."
_SALT = b"nbblocks.BrowserState.v1"
_ROUNDS = 200_000
_NONCE = 16
_TAG = 32


class Sealer:
    """Seals and opens texts with keys derived once from ``secret``."""

    def __init__(self, secret: str, *, random: bool = False):
        self._secret = secret.encode("utf-8")
        self._rounds = 1 if random else _ROUNDS

    def _derive(self) -> tuple[bytes, bytes]:
        # Derived on first use: a BrowserState that is never stored costs nothing.
        return _derive(self._secret, self._rounds)

    def seal(self, text: str, context: str = "") -> str:
        enc_key, mac_key = self._derive()
        nonce = secrets.token_bytes(_NONCE)
        plain = text.encode("utf-8")
        cipher = _xor(plain, _keystream(enc_key, nonce, len(plain)))
        tag = _tag(mac_key, context, nonce, cipher)
        return _PREFIX + base64.urlsafe_b64encode(nonce + cipher + tag).decode("ascii")

    def open(self, sealed: str, context: str = "") -> str:
        """The text ``seal`` was given; ValueError when ``sealed`` was not sealed with this
        secret and context, or was changed since."""
        if not isinstance(sealed, str) or not sealed.startswith(_PREFIX):
            raise ValueError("not a sealed value")
        try:
            raw = base64.urlsafe_b64decode(sealed[len(_PREFIX):].encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise ValueError("not a sealed value") from None
        if len(raw) < _NONCE + _TAG:
            raise ValueError("not a sealed value")
        nonce, cipher, tag = raw[:_NONCE], raw[_NONCE:-_TAG], raw[-_TAG:]
        enc_key, mac_key = self._derive()
        if not hmac.compare_digest(tag, _tag(mac_key, context, nonce, cipher)):
            raise ValueError("sealed with another secret, or changed since")
        plain = _xor(cipher, _keystream(enc_key, nonce, len(cipher)))
        return plain.decode("utf-8")


@functools.lru_cache(maxsize=32)
def _derive(secret: bytes, rounds: int) -> tuple[bytes, bytes]:
    raw = hashlib.pbkdf2_hmac("sha256", secret, _SALT, rounds, 64)
    return raw[:32], raw[32:]


def _keystream(key: bytes, nonce: bytes, length: int) -> bytes:
    blocks = (length + 31) // 32
    return b"".join(hmac.digest(key, nonce + i.to_bytes(8, "big"), "sha256") for i in range(blocks))[:length]


def _xor(data: bytes, stream: bytes) -> bytes:
    """``data`` XOR ``stream`` (of equal length), as big integers: fast for long values."""
    return (int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")).to_bytes(len(data), "big")


def _tag(key: bytes, context: str, nonce: bytes, cipher: bytes) -> bytes:
    ctx = context.encode("utf-8")
    message = _PREFIX.encode() + len(ctx).to_bytes(4, "big") + ctx + nonce + cipher
    return hmac.digest(key, message, "sha256")
