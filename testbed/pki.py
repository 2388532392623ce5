"""Certificates for the API server test bed, made with the ``openssl`` command line.

A serving CA signs the API server's certificate (so a kubeconfig can verify TLS, and a wrong
CA is refused), and a client CA signs client certificates (the API server trusts it through
``--client-ca-file``). Keys are ECDSA P-256: fast to generate, accepted by Go and Python.
"""

from __future__ import annotations

import secrets
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ai_platform.errors import PlatformError

_EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]


@dataclass(frozen=True)
class KeyPair:
    cert: Path
    key: Path


def _openssl(*args: str) -> None:
    done = subprocess.run(["openssl", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise PlatformError(f"openssl {args[0]} failed: {done.stderr.strip()[-2000:]}")


def make_ca(directory: Path, name: str, common_name: str) -> KeyPair:
    """A self-signed CA certificate valid for a day."""
    pair = KeyPair(directory / f"{name}.crt", directory / f"{name}.key")
    _openssl("req", "-x509", *_EC_KEY, "-keyout", str(pair.key), "-out", str(pair.cert), "-subj", f"/CN={common_name}",
             "-days", "1", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    return pair


def issue(ca: KeyPair, directory: Path, name: str, subject: str, extensions: str, days: int = 1) -> KeyPair:
    """A certificate signed by ``ca``; ``days`` below zero gives one that has already expired."""
    pair = KeyPair(directory / f"{name}.crt", directory / f"{name}.key")
    csr, ext = directory / f"{name}.csr", directory / f"{name}.ext"
    ext.write_text(extensions + "\n", encoding="utf-8")
    _openssl("req", "-new", *_EC_KEY, "-keyout", str(pair.key), "-out", str(csr), "-subj", subject)
    _openssl("x509", "-req", "-in", str(csr), "-CA", str(ca.cert), "-CAkey", str(ca.key), "-set_serial", str(secrets.randbits(63)),
             "-out", str(pair.cert), "-days", str(days), "-extfile", str(ext))
    return pair


def serving_certificate(ca: KeyPair, directory: Path) -> KeyPair:
    """The API server's certificate, for 127.0.0.1 and localhost."""
    return issue(ca, directory, "serving", "/CN=kube-apiserver",
                 "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature")


def client_certificate(ca: KeyPair, directory: Path, name: str, user: str, groups: tuple[str, ...] = (), days: int = 1) -> KeyPair:
    """A client certificate: the API server reads the user from CN and the groups from O."""
    subject = f"/CN={user}" + "".join(f"/O={group}" for group in groups)
    return issue(ca, directory, name, subject, "extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature", days)
