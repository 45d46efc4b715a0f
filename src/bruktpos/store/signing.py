"""SAF-T signatures: each sale signed, chained per register.

The signed text is ``previousSignature;transDate;transTime;nr;transAmntIn;
transAmntEx`` with ``"0"`` as the previous signature of the first sale. The
two key forms SAF-T Cash Register allows are supported: RSA-SHA1 with a
1024-bit key (the default: the public key can be handed to the tax office)
and HMAC-SHA1 with a shared secret. ``key_version`` names the key a sale was
signed with, so a key can be replaced without breaking older signatures.

``cryptography`` (some 35 modules and OpenSSL, about 25 ms) is imported when a
key is first made, read or checked, not with this module: the till's start
imports this module but signs nothing before its first sale (issue 18), and
the till loads it beside the first login (``ui.main_window.WARM_MODULES``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.asymmetric.padding import AsymmetricPadding
    from cryptography.hazmat.primitives.hashes import HashAlgorithm

RSA_SHA1 = "RSA-SHA1"
HMAC_SHA1 = "HMAC-SHA1"
GENESIS = "0"


def saft_amount(ore: int) -> str:
    """Øre as SAF-T writes amounts: ``295.40``, ``-12.00``."""
    sign = "-" if ore < 0 else ""
    whole, rest = divmod(abs(ore), 100)
    return f"{sign}{whole}.{rest:02d}"


def signature_text(previous: str, at: datetime, nr: int, amount_in: int, amount_ex: int) -> str:
    return ";".join(
        (
            previous,
            at.strftime("%Y-%m-%d"),
            at.strftime("%H:%M:%S"),
            str(nr),
            saft_amount(amount_in),
            saft_amount(amount_ex),
        )
    )


@dataclass(frozen=True)
class KeyMaterial:
    algorithm: str
    private_key: str  # PEM (RSA) or base64 secret (HMAC)
    public_key: str | None


def generate_key(algorithm: str = RSA_SHA1) -> KeyMaterial:
    """A fresh signing key of the given form."""
    if algorithm == RSA_SHA1:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
        private = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        public = (
            key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode()
        )
        return KeyMaterial(algorithm, private, public)
    if algorithm == HMAC_SHA1:
        return KeyMaterial(algorithm, base64.b64encode(secrets.token_bytes(32)).decode(), None)
    raise ValueError(f"unknown signature algorithm {algorithm!r}")


def public_key_of(material: KeyMaterial) -> str | None:
    """The PEM public key that belongs to ``material``'s private key (None for HMAC, which has none)."""
    if material.algorithm != RSA_SHA1:
        return None
    from cryptography.hazmat.primitives import serialization

    private = serialization.load_pem_private_key(material.private_key.encode(), password=None)
    return (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


_RSA_SHA1: tuple[AsymmetricPadding, HashAlgorithm] | None = None


def _rsa_sha1() -> tuple[AsymmetricPadding, HashAlgorithm]:
    """RSA-SHA1's padding and hash (PKCS #1 v1.5, SHA-1), made once: both hold no state."""
    global _RSA_SHA1
    if _RSA_SHA1 is None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        _RSA_SHA1 = (padding.PKCS1v15(), hashes.SHA1())
    return _RSA_SHA1


class Signer:
    """Signs and checks SAF-T signature texts with one key.

    Made from a key's private half it can sign and check; made with
    :meth:`checking` from an RSA public key alone it can only check.
    """

    def __init__(self, material: KeyMaterial) -> None:
        self.algorithm = material.algorithm
        self._private: rsa.RSAPrivateKey | None = None
        self._public: rsa.RSAPublicKey | None = None
        self._secret = b""
        if material.algorithm == RSA_SHA1:
            from cryptography.hazmat.primitives import serialization
            from cryptography.hazmat.primitives.asymmetric import rsa

            private = serialization.load_pem_private_key(material.private_key.encode(), password=None)
            if not isinstance(private, rsa.RSAPrivateKey):
                raise ValueError("not an RSA private key")
            self._private = private
            self._public = private.public_key()
        elif material.algorithm == HMAC_SHA1:
            self._secret = base64.b64decode(material.private_key, validate=True)
        else:
            raise ValueError(f"unknown signature algorithm {material.algorithm!r}")

    @classmethod
    def checking(cls, public_key: str) -> Signer:
        """A signer that only checks RSA-SHA1 signatures, from a PEM public key."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        public = serialization.load_pem_public_key(public_key.encode())
        if not isinstance(public, rsa.RSAPublicKey):
            raise ValueError("not an RSA public key")
        signer = cls.__new__(cls)
        signer.algorithm, signer._private, signer._public, signer._secret = RSA_SHA1, None, public, b""
        return signer

    def sign(self, text: str) -> str:
        data = text.encode("utf-8")
        if self.algorithm == RSA_SHA1:
            if self._private is None:
                raise ValueError("this signer holds only a public key")
            raw = self._private.sign(data, *_rsa_sha1())
        else:
            raw = hmac.new(self._secret, data, hashlib.sha1).digest()
        return base64.b64encode(raw).decode()

    def verify(self, text: str, signature: str) -> bool:
        data = text.encode("utf-8")
        try:
            raw = base64.b64decode(signature, validate=True)
        except ValueError:
            return False
        if self._public is not None:
            from cryptography.exceptions import InvalidSignature

            try:
                self._public.verify(raw, data, *_rsa_sha1())
            except InvalidSignature:
                return False
            return True
        return hmac.compare_digest(raw, hmac.new(self._secret, data, hashlib.sha1).digest())
