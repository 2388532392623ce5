"""A real Kubernetes control plane on loopback for tests: embedded etcd and kube-apiserver
built from the official Go modules (``testbed/``), plus a small API client.

The binary is cached under ``.cache/testbed/<hash of the Go sources>/`` so a second run
starts in seconds; all data lives in a temporary directory that is removed on stop.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import PlatformError
from .paths import CACHE_DIR, REPO_ROOT

TESTBED_SOURCE = REPO_ROOT / "testbed"
TOKEN = "testbed-admin-token"
FIELD_MANAGER = "ai-platform"


def source_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted(TESTBED_SOURCE.glob("*")):
        if path.suffix in (".go", ".mod", ".sum"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def build_binary() -> Path:
    """The test bed binary, built once per version of the Go sources (go build, module proxy)."""
    target = CACHE_DIR / "testbed" / source_hash() / "testbed"
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["go", "build", "-trimpath", "-o", str(target), "."], cwd=TESTBED_SOURCE, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise PlatformError(f"building the test bed failed:\n{done.stderr[-4000:]}")
    return target


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ApiError(Exception):
    status: int
    message: str

    def __str__(self) -> str:
        return f"HTTP {self.status}: {self.message}"


class ApiClient:
    """Just enough of the Kubernetes API: discovery, server-side apply, create, get."""

    def __init__(self, server: str, token: str) -> None:
        self.server = server
        self.token = token
        self.context = ssl.create_default_context()
        self.context.check_hostname = False
        self.context.verify_mode = ssl.CERT_NONE  # the test bed's self-signed serving certificate
        self._resources: dict[tuple[str, str], tuple[str, bool]] = {}

    def request(self, method: str, path: str, body: bytes | None = None, content_type: str = "application/json") -> Any:
        req = urllib.request.Request(self.server + path, data=body, method=method)
        req.add_header("Authorization", f"Bearer {self.token}")
        req.add_header("Accept", "application/json")
        if body is not None:
            req.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(req, context=self.context, timeout=60) as response:
                payload = response.read()
        except urllib.error.HTTPError as exc:
            text = exc.read().decode(errors="replace")
            try:
                message = json.loads(text).get("message", text)
            except json.JSONDecodeError:
                message = text
            raise ApiError(exc.code, message) from None
        if not payload:
            return None
        try:
            return json.loads(payload)
        except json.JSONDecodeError:
            return payload.decode(errors="replace")  # e.g. /readyz answers "ok"

    def resource(self, api_version: str, kind: str) -> tuple[str, bool]:
        """(plural, namespaced) of a kind, from discovery (refreshed on a miss)."""
        key = (api_version, kind)
        if key not in self._resources:
            path = "/api/v1" if api_version == "v1" else f"/apis/{api_version}"
            for resource in self.request("GET", path)["resources"]:
                if "/" not in resource["name"]:
                    self._resources[(api_version, resource["kind"])] = (resource["name"], resource["namespaced"])
        if key not in self._resources:
            raise ApiError(404, f"{api_version} {kind} is not served")
        return self._resources[key]

    def object_path(self, obj: dict[str, Any]) -> str:
        api_version, kind = obj["apiVersion"], obj["kind"]
        plural, namespaced = self.resource(api_version, kind)
        base = "/api/v1" if api_version == "v1" else f"/apis/{api_version}"
        namespace = obj["metadata"].get("namespace")
        prefix = f"{base}/namespaces/{namespace}" if namespaced and namespace else base
        return f"{prefix}/{plural}"

    def apply(self, obj: dict[str, Any], dry_run: bool = False) -> dict[str, Any]:
        query = {"fieldManager": FIELD_MANAGER, "force": "true"}
        if dry_run:
            query["dryRun"] = "All"
        path = f"{self.object_path(obj)}/{obj['metadata']['name']}?{urllib.parse.urlencode(query)}"
        return self.request("PATCH", path, json.dumps(obj).encode(), "application/apply-patch+yaml")

    def create(self, obj: dict[str, Any], dry_run: bool = False) -> dict[str, Any]:
        query = "?dryRun=All" if dry_run else ""
        return self.request("POST", self.object_path(obj) + query, json.dumps(obj).encode())

    def delete(self, obj: dict[str, Any]) -> None:
        self.request("DELETE", f"{self.object_path(obj)}/{obj['metadata']['name']}")

    def get(self, obj: dict[str, Any]) -> dict[str, Any]:
        return self.request("GET", f"{self.object_path(obj)}/{obj['metadata']['name']}")

    def wait_established(self, crd_names: list[str], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        pending = set(crd_names)
        while pending and time.monotonic() < deadline:
            for name in list(pending):
                crd = self.request("GET", f"/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}")
                conditions = {c["type"]: c["status"] for c in (crd.get("status") or {}).get("conditions") or []}
                if conditions.get("Established") == "True":
                    pending.discard(name)
            time.sleep(0.2)
        if pending:
            raise PlatformError(f"CRDs not established after {timeout}s: {sorted(pending)}")
        self._resources.clear()


class ControlPlane:
    """etcd + kube-apiserver on random loopback ports; a context manager that always cleans up."""

    def __init__(self, binary: Path) -> None:
        self.binary = binary
        self.workdir = Path(tempfile.mkdtemp(prefix="ai-platform-testbed-"))
        self.processes: list[subprocess.Popen[bytes]] = []
        self.server = ""

    def __enter__(self) -> ControlPlane:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _spawn(self, name: str, args: list[str]) -> None:
        log = (self.workdir / f"{name}.log").open("wb")
        self.processes.append(subprocess.Popen([str(self.binary), *args], stdout=log, stderr=subprocess.STDOUT, cwd=self.workdir))

    def start(self, timeout: float = 90) -> None:
        work = self.workdir
        subprocess.run(["openssl", "genrsa", "-out", str(work / "sa.key"), "2048"], check=True, capture_output=True)
        subprocess.run(["openssl", "rsa", "-in", str(work / "sa.key"), "-pubout", "-out", str(work / "sa.pub")], check=True, capture_output=True)
        (work / "tokens.csv").write_text(f"{TOKEN},admin,admin,system:masters\n")
        etcd_client, etcd_peer, secure = free_port(), free_port(), free_port()
        self._spawn("etcd", ["etcd", str(work / "etcd"), f"http://127.0.0.1:{etcd_client}", f"http://127.0.0.1:{etcd_peer}"])
        self._spawn(
            "kube-apiserver",
            [
                "kube-apiserver",
                f"--etcd-servers=http://127.0.0.1:{etcd_client}",
                "--bind-address=127.0.0.1",
                f"--secure-port={secure}",
                f"--cert-dir={work / 'certs'}",
                f"--token-auth-file={work / 'tokens.csv'}",
                "--service-account-issuer=https://kubernetes.default.svc",
                f"--service-account-key-file={work / 'sa.pub'}",
                f"--service-account-signing-key-file={work / 'sa.key'}",
                "--service-cluster-ip-range=10.96.0.0/16",
                "--authorization-mode=RBAC",
                # As on real clusters (kubeadm sets it): node agents run privileged.
                "--allow-privileged=true",
            ],
        )
        self.server = f"https://127.0.0.1:{secure}"
        client = self.client()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process in self.processes:
                if process.poll() is not None:
                    raise PlatformError(f"test bed process exited ({process.args[1]}); logs in {self.workdir}")
            try:
                client.request("GET", "/readyz")
                return
            except (ApiError, OSError):
                time.sleep(0.5)
        raise PlatformError(f"kube-apiserver not ready after {timeout}s; logs in {self.workdir}")

    def client(self) -> ApiClient:
        return ApiClient(self.server, TOKEN)

    def kubeconfig(self) -> Path:
        path = self.workdir / "kubeconfig"
        path.write_text(
            yaml.safe_dump(
                {
                    "apiVersion": "v1",
                    "kind": "Config",
                    "clusters": [{"name": "testbed", "cluster": {"server": self.server, "insecure-skip-tls-verify": True}}],
                    "users": [{"name": "admin", "user": {"token": TOKEN}}],
                    "contexts": [{"name": "testbed", "context": {"cluster": "testbed", "user": "admin"}}],
                    "current-context": "testbed",
                }
            )
        )
        return path

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in reversed(self.processes):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes.clear()
        if not os.environ.get("AI_PLATFORM_KEEP_TESTBED"):
            shutil.rmtree(self.workdir, ignore_errors=True)
