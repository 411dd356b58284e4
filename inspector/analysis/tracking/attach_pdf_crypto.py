"""Does an encrypted PDF open without a password? (Most encrypted PDFs in real mail do.)

Banks and utilities encrypt statements with an empty user password: the file opens at once and the
encryption only restricts printing or copying. Those are not the password-protected attachments
attackers use to get past filters. The standard security handler's own check answers it (ISO 32000-1
7.6.3, algorithms 2, 4 and 5): derive the key from the empty password and compare with `/U`. Revisions
2 to 5 (RC4, AES-128 and Acrobat 9's AES-256) are checked; revision 6 (today's AES-256) hashes with
AES rounds, which the standard library lacks, and is answered "unknown" (None).
"""

from __future__ import annotations

import hashlib
import re

# The 32-byte padding string of the standard security handler.
_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
_ENCRYPT_REF = re.compile(rb"/Encrypt\s*(\d{1,10})\s+(\d{1,5})\s+R")
_ENCRYPT_DICT = re.compile(rb"/Encrypt\s*<<")
_INNER_DICT = re.compile(rb"<<(?:[^<>]|<(?!<)|>(?!>)){0,2000}>>")
_ID = re.compile(rb"/ID\s*\[\s*(<[0-9A-Fa-f\s]{0,200}>|\((?:[^()\\]|\\.){0,100}\))")
_STRING = rb"(<[0-9A-Fa-f\s]{0,400}>|\((?:[^()\\]|\\.){0,200}\))"
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def opens_without_password(data: bytes) -> bool | None:
    """True or False for revisions 2-4; None when the dictionary cannot be read or needs AES-256."""
    encrypt = _encrypt_dict(data)
    ids = _ID.search(data)
    if encrypt is None or ids is None:
        return None
    revision, permissions, length = (_number(encrypt, k) for k in (b"R", b"P", b"Length"))
    owner, user = _string(encrypt, b"O"), _string(encrypt, b"U")
    if revision == 5 and user is not None and len(user) >= 40:  # AES-256 (Acrobat 9): SHA-256 of password + salt
        return hashlib.sha256(user[32:40]).digest() == user[:32]
    if revision not in (2, 3, 4) or permissions is None or owner is None or user is None:
        return None
    first_id = _string_bytes(ids.group(1))
    size = 5 if revision == 2 else max(5, min(16, (length or 40) // 8))
    seed = _PAD + owner[:32] + (permissions & 0xFFFFFFFF).to_bytes(4, "little") + first_id
    if revision == 4 and re.search(rb"/EncryptMetadata\s*false", encrypt):
        seed += b"\xff\xff\xff\xff"
    key = hashlib.md5(seed).digest()
    if revision >= 3:
        for _ in range(50):
            key = hashlib.md5(key[:size]).digest()
    key = key[:size]
    if revision == 2:
        return _rc4(key, _PAD) == user[:32]
    check = _rc4(key, hashlib.md5(_PAD + first_id).digest())
    for step in range(1, 20):
        check = _rc4(bytes(b ^ step for b in key), check)
    return check == user[:16]


def pdf_string(literal: bytes) -> bytes:
    """A PDF literal string's bytes, its backslash escapes resolved (`\\\\` is one backslash)."""

    def one(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        if code[:1].isdigit():
            return bytes([int(code, 8) & 0xFF])
        return _ESCAPES.get(code, code if code not in b"\r\n" else b"")

    return _ESCAPE.sub(one, literal)


def hex_string(hexa: bytes) -> bytes:
    digits = re.sub(rb"\s", b"", hexa).decode()
    return bytes.fromhex(digits[: len(digits) // 2 * 2])


def _encrypt_dict(data: bytes) -> bytes | None:
    ref = _ENCRYPT_REF.search(data)
    start = None
    if ref:
        obj = re.search(rb"(?<!\d)" + ref.group(1) + rb"\s+" + ref.group(2) + rb"\s+obj\s*<<", data)
        start = obj.end() if obj else None
    else:
        inline = _ENCRYPT_DICT.search(data)
        start = inline.end() if inline else None
    if start is None:
        return None
    window = data[start : start + 4000]
    for _ in range(3):  # drop the crypt filter dictionaries (/CF << /StdCF << … /Length 16 >> >>)
        window = _INNER_DICT.sub(b" ", window)
    return window.split(b">>", 1)[0]


def _number(dictionary: bytes, key: bytes) -> int | None:
    match = re.search(rb"/" + key + rb"\s*(-?\d{1,12})(?![\d.])", dictionary)
    return int(match.group(1)) if match else None


def _string(dictionary: bytes, key: bytes) -> bytes | None:
    match = re.search(rb"/" + key + rb"\s*" + _STRING, dictionary)
    return _string_bytes(match.group(1)) if match else None


def _string_bytes(token: bytes) -> bytes:
    return hex_string(token[1:-1]) if token.startswith(b"<") else pdf_string(token[1:-1])


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)
