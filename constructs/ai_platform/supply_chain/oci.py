"""A small OCI distribution API client: the digest of an image reference (``HEAD`` of its
manifest, with the anonymous bearer-token flow registries use for public pulls) and, for the
tests, pushing blobs and a manifest.

Endpoints and headers follow the OCI distribution specification: ``/v2/<name>/manifests/<ref>``
answers ``Docker-Content-Digest``; a ``401`` carries ``WWW-Authenticate: Bearer realm=...,
service=...,scope=...`` and the token endpoint answers ``{"token": ...}`` (or
``access_token``). Docker Hub's ``docker.io`` is served by ``registry-1.docker.io`` and
one-component names live under ``library/``.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from ..errors import PlatformError

MANIFEST_TYPES = (
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
)
"""Accept header of a manifest request: multi-platform indexes first, so the digest pinned is
the one every platform pulls (a single-platform manifest only where there is no index)."""

DIGEST = re.compile(r"^sha256:[0-9a-f]{64}$")
_CHALLENGE = re.compile(r'(\w+)="([^"]*)"')
DOCKER_HUB = "docker.io"
DOCKER_HUB_API = "registry-1.docker.io"


@dataclass(frozen=True)
class Reference:
    """``<registry>/<repository>:<tag>[@sha256:...]``, fully qualified as the lock writes it."""

    registry: str
    repository: str
    tag: str
    digest: str | None = None

    @classmethod
    def parse(cls, reference: str) -> Reference:
        name, _, digest = reference.partition("@")
        registry, _, rest = name.partition("/")
        if not rest or ("." not in registry and ":" not in registry and registry != "localhost"):
            raise PlatformError(f"{reference}: not a fully qualified image reference (<registry>/<repository>:<tag>)")
        repository, _, tag = rest.rpartition(":") if ":" in rest.rsplit("/", 1)[-1] else (rest, "", "")
        if not tag:
            raise PlatformError(f"{reference}: no tag (the lock pins every image by tag)")
        if digest and not DIGEST.match(digest):
            raise PlatformError(f"{reference}: digest {digest} is not sha256:<64 hex>")
        if registry == DOCKER_HUB and "/" not in repository:
            repository = f"library/{repository}"
        return cls(registry, repository, tag, digest or None)

    @property
    def tagged(self) -> str:
        repository = self.repository.removeprefix("library/") if self.registry == DOCKER_HUB else self.repository
        return f"{self.registry}/{repository}:{self.tag}"

    @property
    def api_host(self) -> str:
        return DOCKER_HUB_API if self.registry == DOCKER_HUB else self.registry


class RegistryClient:
    """HTTPS for registries; ``plain_http`` lists hosts spoken to over HTTP (a loopback test
    registry). Bearer tokens are fetched anonymously per scope and reused."""

    def __init__(self, plain_http: frozenset[str] = frozenset(), timeout: float = 30.0) -> None:
        self.plain_http = plain_http
        self.timeout = timeout
        self._tokens: dict[tuple[str, str], str] = {}

    def _base(self, host: str) -> str:
        return f"{'http' if host in self.plain_http else 'https'}://{host}"

    def _token(self, challenge: str, host: str, scope: str) -> str:
        scheme, _, params = challenge.partition(" ")
        if scheme.lower() != "bearer":
            raise PlatformError(f"{host}: asks for {scheme} authentication; only anonymous bearer tokens are supported")
        fields = dict(_CHALLENGE.findall(params))
        if "realm" not in fields:
            raise PlatformError(f"{host}: bearer challenge without a realm: {challenge}")
        query = {"service": fields["service"]} if "service" in fields else {}
        query["scope"] = fields.get("scope", scope)
        url = f"{fields['realm']}?{urllib.parse.urlencode(query)}"
        with urllib.request.urlopen(url, timeout=self.timeout) as response:
            body = json.loads(response.read())
        token = body.get("token") or body.get("access_token")
        if not token:
            raise PlatformError(f"{host}: token endpoint {fields['realm']} returned no token")
        return str(token)

    def request(self, method: str, host: str, repository: str, path: str, *, action: str = "pull",
                headers: dict[str, str] | None = None, data: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
        """One API call, retried once with a bearer token after a ``401`` challenge."""
        url = path if path.startswith("http") else f"{self._base(host)}/v2/{repository}/{path}"
        scope = f"repository:{repository}:{action}"
        for attempt in (1, 2):
            sent = dict(headers or {})
            token = self._tokens.get((host, scope))
            if token:
                sent["Authorization"] = f"Bearer {token}"
            req = urllib.request.Request(url, data=data, method=method, headers=sent)
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as response:
                    return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
            except urllib.error.HTTPError as error:
                challenge = error.headers.get("WWW-Authenticate", "")
                if error.code == 401 and challenge and attempt == 1:
                    self._tokens[(host, scope)] = self._token(challenge, host, scope)
                    continue
                detail = error.read()[:500].decode(errors="replace")
                raise PlatformError(f"{method} {url}: HTTP {error.code} {detail}") from None
            except OSError as error:
                raise PlatformError(f"{method} {url}: {error}") from None
        raise AssertionError("unreachable")

    def digest(self, reference: str) -> str:
        """The manifest digest the registry serves for ``reference``'s tag (``HEAD``)."""
        ref = Reference.parse(reference)
        _, headers, _ = self.request(
            "HEAD", ref.api_host, ref.repository, f"manifests/{ref.tag}", headers={"Accept": ", ".join(MANIFEST_TYPES)}
        )
        digest = headers.get("docker-content-digest", "")
        if not DIGEST.match(digest):
            raise PlatformError(f"{reference}: the registry answered no sha256 Docker-Content-Digest ({digest or 'none'})")
        return digest

    # Pushing (tests): monolithic blob upload (POST then PUT ?digest=), then the manifest.
    def push_blob(self, host: str, repository: str, content: bytes) -> str:
        digest = "sha256:" + hashlib.sha256(content).hexdigest()
        _, headers, _ = self.request("POST", host, repository, "blobs/uploads/", action="pull,push")
        location = headers["location"]
        if not location.startswith("http"):
            location = f"{self._base(host)}{location}"
        separator = "&" if "?" in location else "?"
        self.request("PUT", host, repository, f"{location}{separator}digest={urllib.parse.quote(digest)}",
                     action="pull,push", headers={"Content-Type": "application/octet-stream"}, data=content)
        return digest

    def push_manifest(self, host: str, repository: str, tag: str, manifest: bytes, media_type: str) -> str:
        _, headers, _ = self.request("PUT", host, repository, f"manifests/{tag}", action="pull,push",
                                     headers={"Content-Type": media_type}, data=manifest)
        return headers.get("docker-content-digest", "")
