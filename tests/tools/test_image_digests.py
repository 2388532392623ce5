"""Images by digest: the resolver against a real OCI registry on loopback (the CNCF distribution
registry, built from testbed/registry/go.mod), pin-images writing the lock, and synth carrying
the lock's digests into dist/."""

from __future__ import annotations

import hashlib
import http.server
import json
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from ai_platform import upstream
from ai_platform.errors import PlatformError
from ai_platform.images import images_of
from ai_platform.conventions import LOCK_FILE
from ai_platform.supply_chain.oci import MANIFEST_TYPES, Reference, RegistryClient
from ai_platform.supply_chain.pin import pin_images
from testbed.registry import build_registry, running_registry

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"


@pytest.fixture(scope="module")
def registry_binary(announce: Callable[[str], None]) -> Path:
    return build_registry(announce)


@pytest.fixture()
def registry(registry_binary: Path, tmp_path: Path) -> Iterator[str]:
    with running_registry(registry_binary, tmp_path) as url:
        yield url.removeprefix("http://")


def push_image(client: RegistryClient, host: str, repository: str, tag: str, payload: bytes) -> str:
    """A one-layer OCI image pushed through the HTTP API; returns its manifest digest."""
    config = json.dumps({"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": []}}).encode()
    config_digest = client.push_blob(host, repository, config)
    layer_digest = client.push_blob(host, repository, payload)
    manifest = json.dumps({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": len(config)},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": layer_digest, "size": len(payload)}],
    }).encode()
    returned = client.push_manifest(host, repository, tag, manifest, OCI_MANIFEST)
    digest = "sha256:" + hashlib.sha256(manifest).hexdigest()
    assert returned == digest
    return digest


def push_index(client: RegistryClient, host: str, repository: str, tag: str, manifests: list[tuple[str, int]]) -> str:
    index = json.dumps({
        "schemaVersion": 2,
        "mediaType": OCI_INDEX,
        "manifests": [{"mediaType": OCI_MANIFEST, "digest": d, "size": s, "platform": {"architecture": "amd64", "os": "linux"}}
                      for d, s in manifests],
    }).encode()
    client.push_manifest(host, repository, tag, index, OCI_INDEX)
    return "sha256:" + hashlib.sha256(index).hexdigest()


def test_resolver_reads_the_digest_the_registry_serves(registry: str) -> None:
    client = RegistryClient(plain_http=frozenset({registry}))
    digest = push_image(client, registry, "platform/app", "v1", b"layer one")
    assert client.digest(f"{registry}/platform/app:v1") == digest
    # Another push to the same tag moves it: the resolver follows the registry, not a cache.
    moved = push_image(client, registry, "platform/app", "v1", b"layer two")
    assert moved != digest and client.digest(f"{registry}/platform/app:v1") == moved
    with pytest.raises(PlatformError, match="HTTP 404"):
        client.digest(f"{registry}/platform/app:missing")


def test_resolver_pins_the_index_of_a_multi_platform_image(registry: str) -> None:
    client = RegistryClient(plain_http=frozenset({registry}))
    single = push_image(client, registry, "platform/multi", "only-manifest", b"amd64 layer")
    size = len(client.request("GET", registry, "platform/multi", f"manifests/{single}",
                              headers={"Accept": OCI_MANIFEST})[2])
    index = push_index(client, registry, "platform/multi", "v2", [(single, size)])
    assert client.digest(f"{registry}/platform/multi:v2") == index != single
    assert MANIFEST_TYPES[0] == OCI_INDEX


def _lock_with(tmp_path: Path, images: dict[str, str]) -> Path:
    """The repository's lock with one more component whose images live in the test registry."""
    data = yaml.safe_load(LOCK_FILE.read_text(encoding="utf-8"))
    text = LOCK_FILE.read_text(encoding="utf-8").rstrip("\n") + "\n"
    assert "test-images" not in data["components"]
    text += "  test-images:\n    version: v1\n    homepage: https://example.invalid\n    description: test\n    images:\n"
    text += "".join(f"      {role}: {ref}\n" for role, ref in images.items())
    text += "    chart: null\n    files: []\n"
    path = tmp_path / "upstream.lock.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_pin_images_writes_digests_into_the_lock(registry: str, tmp_path: Path) -> None:
    client = RegistryClient(plain_http=frozenset({registry}))
    first = push_image(client, registry, "platform/server", "v1", b"server")
    second = push_image(client, registry, "platform/agent", "2.0", b"agent")
    lock_path = _lock_with(tmp_path, {"server": f"{registry}/platform/server:v1", "agent": f"{registry}/platform/agent:2.0"})
    before = lock_path.read_text(encoding="utf-8")
    changes = pin_images(lock_path, client, only=lambda image: image.startswith(registry))
    assert len(changes) == 2
    pinned = upstream.load_lock(lock_path).component("test-images")
    assert pinned.images == {"server": f"{registry}/platform/server:v1@{first}", "agent": f"{registry}/platform/agent:2.0@{second}"}
    assert pinned.image("server") == f"{registry}/platform/server:v1"
    # Only the two image lines changed: comments, order and every other entry stay.
    diff = [(a, b) for a, b in zip(before.splitlines(), lock_path.read_text(encoding="utf-8").splitlines()) if a != b]
    assert len(diff) == 2 and all(b == f"{a}@{first if 'server' in a else second}" for a, b in diff)
    # Pinned again: nothing to do. The tag moves: refused unless --update.
    assert pin_images(lock_path, client, only=lambda image: image.startswith(registry)) == []
    moved = push_image(client, registry, "platform/server", "v1", b"server, rebuilt")
    with pytest.raises(PlatformError, match="the tag moved"):
        pin_images(lock_path, client, only=lambda image: image.startswith(registry))
    pin_images(lock_path, client, update=True, only=lambda image: image.startswith(registry))
    assert upstream.load_lock(lock_path).component("test-images").images["server"].endswith(moved)


class _TokenGate(http.server.BaseHTTPRequestHandler):
    """A registry front that answers as public registries do: 401 with a Bearer challenge, a
    token endpoint that hands out anonymous pull tokens for the asked scope, and the registry's
    answer once the token comes back."""

    upstream = ""
    issued: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/token?"):
            scope = re.search(r"scope=([^&]+)", self.path)
            token = f"anon-{len(self.issued)}"
            self.issued.append(urllib.request.unquote(scope.group(1)) if scope else "")
            body = json.dumps({"token": token}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)
            return
        self.do_HEAD()

    def do_HEAD(self) -> None:
        if not (self.headers.get("Authorization") or "").startswith("Bearer anon-"):
            self.send_response(401)
            host = self.headers["Host"]
            repo = self.path.split("/v2/", 1)[1].rsplit("/manifests/", 1)[0]
            self.send_header("WWW-Authenticate",
                             f'Bearer realm="http://{host}/token",service="test",scope="repository:{repo}:pull"')
            self.end_headers()
            return
        req = urllib.request.Request(f"http://{self.upstream}{self.path}", method="HEAD",
                                     headers={"Accept": self.headers.get("Accept", "")})
        with urllib.request.urlopen(req) as response:
            self.send_response(response.status)
            for key in ("Docker-Content-Digest", "Content-Type"):
                if response.headers.get(key):
                    self.send_header(key, response.headers[key])
            self.end_headers()


def test_resolver_follows_the_anonymous_bearer_token_flow(registry: str) -> None:
    client = RegistryClient(plain_http=frozenset({registry}))
    digest = push_image(client, registry, "platform/gated", "v1", b"gated")
    _TokenGate.upstream, _TokenGate.issued = registry, []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _TokenGate)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        gate = f"127.0.0.1:{server.server_address[1]}"
        resolver = RegistryClient(plain_http=frozenset({gate}))
        assert resolver.digest(f"{gate}/platform/gated:v1") == digest
        assert _TokenGate.issued == ["repository:platform/gated:pull"]
        # Without the token step the gate refuses: the flow is what got the digest.
        with pytest.raises(urllib.error.HTTPError, match="401"):
            urllib.request.urlopen(urllib.request.Request(f"http://{gate}/v2/platform/gated/manifests/v1", method="HEAD"))
    finally:
        server.shutdown()


def test_references_parse_as_registries_name_them() -> None:
    ref = Reference.parse("docker.io/vllm/vllm-openai:v0.19.0")
    assert (ref.api_host, ref.repository, ref.tag) == ("registry-1.docker.io", "vllm/vllm-openai", "v0.19.0")
    assert Reference.parse("docker.io/busybox:1.36").repository == "library/busybox"
    assert Reference.parse("127.0.0.1:5000/a/b:v1@sha256:" + "a" * 64).digest == "sha256:" + "a" * 64
    with pytest.raises(PlatformError, match="no tag"):
        Reference.parse("quay.io/jetstack/cert-manager-controller")


def test_synth_deploys_every_image_by_the_digest_the_lock_pins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Real digests cannot be resolved here (no registry access), so this lock gets made-up ones
    (sha256 of the reference): what matters is that synth carries whatever the lock pins."""
    from ai_platform.synth import render_profile
    from ai_platform.profiles import load_profile, profile_path

    data = yaml.safe_load(LOCK_FILE.read_text(encoding="utf-8"))
    digests = {}
    for component in data["components"].values():
        for role, image in (component.get("images") or {}).items():
            digest = "sha256:" + hashlib.sha256(image.encode()).hexdigest()
            component["images"][role] = f"{image.split('@')[0]}@{digest}"
            digests[image.split("@")[0]] = digest
    with_digests = upstream.UpstreamLock.model_validate(data)
    monkeypatch.setattr(upstream, "load_lock", lambda path=LOCK_FILE: with_digests)
    upstream.lock.cache_clear()
    try:
        files = render_profile(load_profile(profile_path("cloud-burst")))
    finally:
        upstream.lock.cache_clear()
    inventory = [line for line in files["images.txt"].splitlines() if line and not line.startswith("#")]
    assert inventory and all("@sha256:" in image for image in inventory), inventory
    assert all(image.split("@")[1] == digests[image.split("@")[0]] for image in inventory)
    # Every image reference in every object, including the GPU Operator's ClusterPolicy triples.
    objects = [doc for name, text in files.items() if name.endswith(".yaml") for doc in yaml.safe_load_all(text) if doc]
    referenced = {image for obj in objects for image in images_of(obj)}
    assert referenced and all("@sha256:" in image for image in referenced)
    policy = next(o for o in objects if o["kind"] == "ClusterPolicy")
    assert policy["spec"]["driver"]["version"].endswith("@" + digests[images_of_driver(policy)])


def images_of_driver(policy: dict) -> str:
    driver = policy["spec"]["driver"]
    return f"{driver['repository']}/{driver['image']}:{driver['version'].split('@')[0]}"



def test_validate_refuses_a_tag_where_the_lock_pins_a_digest() -> None:
    from ai_platform.validation.runner import image_problem

    digest = "sha256:" + "c" * 64
    pinned = frozenset({f"quay.io/a/b:v1@{digest}", "quay.io/a/c:v2"})
    assert image_problem(f"quay.io/a/b:v1@{digest}", pinned) is None
    assert image_problem("quay.io/a/c:v2", pinned) is None
    assert "pins its digest" in (image_problem("quay.io/a/b:v1", pinned) or "")
    assert "not pinned" in (image_problem(f"quay.io/a/b:v1@sha256:{'d' * 64}", pinned) or "")
