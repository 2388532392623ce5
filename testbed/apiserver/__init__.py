"""A real Kubernetes control plane on loopback for tests: embedded etcd and kube-apiserver
built from the official Go modules (``testbed/apiserver/go.mod``).

The binary is cached by the one Go builder (``.cache/go/testbed/<key>/``) so a second run
starts in seconds; all data lives in a temporary directory that is removed on stop.

The API server accepts every kind of credential a kubeconfig can carry, so tests can use
each one: a static token, client certificates (signed by a client CA given with
``--client-ca-file``) and, through an exec credential plugin, a second token. Its serving
certificate is signed by a CA of its own (``serving_ca``), so kubeconfigs verify TLS.
Clients are the official Kubernetes Python client (``kubeclient.py``).
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import urllib3
import yaml
from ai_platform.errors import PlatformError
from ai_platform.gobuild import STRIP, GoProgram, Report, build, to_stderr
from ai_platform.kubeclient import ApiError, KubeClient, configuration, connect
from ai_platform.kubeconfig import resolve
from kubernetes.client import ApiClient as LibraryApiClient
from kubernetes.client.exceptions import ApiException

from testbed.pki import KeyPair, client_certificate, make_ca, serving_certificate

__all__ = ["ApiError", "ControlPlane", "KubeClient", "build_binary", "free_port"]  # ApiError: for callers that import it from here

TESTBED_SOURCE = Path(__file__).resolve().parent
TOKEN = "testbed-admin-token"
TOKEN_USER = "admin"
EXEC_TOKEN = "testbed-exec-token"
EXEC_USER = "testbed-exec"
CERT_USER = "testbed-cert-admin"
FRONT_PROXY_USER = "front-proxy-client"
KUBERNETES_VERSION = "v1.34.2"
"""The version of k8s.io/kubernetes in testbed/apiserver/go.mod, which the built components report."""
_VERSION_PACKAGES = ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version")
VERSION_LDFLAGS = tuple(
    f"-X {package}.{name}={value}"
    for package in _VERSION_PACKAGES
    for name, value in (("gitVersion", KUBERNETES_VERSION), ("gitMajor", "1"), ("gitMinor", "34"), ("gitTreeState", "clean"))
)
STOP_GRACE = 5.0


PROGRAM = GoProgram(
    name="testbed", title="the API server test bed", module=TESTBED_SOURCE, package=".",
    ldflags=(*STRIP, *VERSION_LDFLAGS), estimate="about 4 minutes on 2 cores",
)
"""etcd, kube-apiserver, kube-scheduler and kube-controller-manager in one binary; the version
ldflags make every component report ``KUBERNETES_VERSION`` (operators refuse ``v0.0.0-master``)."""


def build_binary(report: Report = to_stderr) -> Path:
    """The test bed binary (the one Go builder: built once per key, progress every 30 s)."""
    return build(PROGRAM, report).path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ControlPlane:
    """etcd + kube-apiserver on random loopback ports; a context manager that always cleans up."""

    def __init__(self, binary: Path, aggregation: bool = False) -> None:
        self.binary = binary
        self.aggregation = aggregation
        """Serve aggregated APIs (APIService -> extension API server): front-proxy client
        certificate, request-header authentication and endpoint routing. Off by default."""
        self.workdir = Path(tempfile.mkdtemp(prefix="ai-platform-testbed-"))
        self.processes: list[subprocess.Popen[bytes]] = []
        self.server = ""
        self.pki_dir = self.workdir / "pki"
        self.exec_token_file = self.workdir / "exec-token"

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

    def _make_pki(self) -> None:
        self.pki_dir.mkdir()
        self.serving_ca_pair = make_ca(self.pki_dir, "serving-ca", "ai-platform test bed serving CA")
        self.serving_pair = serving_certificate(self.serving_ca_pair, self.pki_dir)
        self.client_ca = make_ca(self.pki_dir, "client-ca", "ai-platform test bed client CA")
        self.admin_cert = client_certificate(self.client_ca, self.pki_dir, "admin-client", CERT_USER, ("system:masters",))
        if self.aggregation:
            self.front_proxy_ca = make_ca(self.pki_dir, "front-proxy-ca", "ai-platform test bed front-proxy CA")
            self.front_proxy_client = client_certificate(self.front_proxy_ca, self.pki_dir, "front-proxy-client", FRONT_PROXY_USER)

    def _aggregation_flags(self) -> list[str]:
        """As kubeadm sets them: the aggregator proxies requests for an APIService with the
        front-proxy client certificate and the user in X-Remote-* headers, which extension
        API servers trust through the request-header CA (published in kube-system's
        extension-apiserver-authentication ConfigMap); ``--enable-aggregator-routing`` sends
        them to an endpoint of the APIService's Service rather than its cluster IP (there is
        no kube-proxy here)."""
        if not self.aggregation:
            return []
        return [
            f"--requestheader-client-ca-file={self.front_proxy_ca.cert}",
            f"--requestheader-allowed-names={FRONT_PROXY_USER}",
            "--requestheader-username-headers=X-Remote-User",
            "--requestheader-group-headers=X-Remote-Group",
            "--requestheader-extra-headers-prefix=X-Remote-Extra-",
            f"--proxy-client-cert-file={self.front_proxy_client.cert}",
            f"--proxy-client-key-file={self.front_proxy_client.key}",
            "--enable-aggregator-routing=true",
        ]

    @property
    def serving_ca(self) -> Path:
        """The CA that signed the API server's certificate (for ``certificate-authority``)."""
        return self.serving_ca_pair.cert

    def start(self, timeout: float = 90) -> None:
        work = self.workdir
        self._make_pki()
        subprocess.run(["openssl", "genrsa", "-out", str(work / "sa.key"), "2048"], check=True, capture_output=True)
        subprocess.run(["openssl", "rsa", "-in", str(work / "sa.key"), "-pubout", "-out", str(work / "sa.pub")], check=True, capture_output=True)
        (work / "tokens.csv").write_text(
            f"{TOKEN},{TOKEN_USER},{TOKEN_USER},system:masters\n{EXEC_TOKEN},{EXEC_USER},{EXEC_USER},system:masters\n"
        )
        self.exec_token_file.write_text(EXEC_TOKEN + "\n")
        etcd_client, etcd_peer, secure = free_port(), free_port(), free_port()
        self._spawn("etcd", ["etcd", str(work / "etcd"), f"http://127.0.0.1:{etcd_client}", f"http://127.0.0.1:{etcd_peer}"])
        self._spawn(
            "kube-apiserver",
            [
                "kube-apiserver",
                f"--etcd-servers=http://127.0.0.1:{etcd_client}",
                "--bind-address=127.0.0.1",
                f"--secure-port={secure}",
                f"--tls-cert-file={self.serving_pair.cert}",
                f"--tls-private-key-file={self.serving_pair.key}",
                f"--client-ca-file={self.client_ca.cert}",
                f"--token-auth-file={work / 'tokens.csv'}",
                "--service-account-issuer=https://kubernetes.default.svc",
                f"--service-account-key-file={work / 'sa.pub'}",
                f"--service-account-signing-key-file={work / 'sa.key'}",
                "--service-cluster-ip-range=10.96.0.0/16",
                "--authorization-mode=RBAC",
                # As on real clusters (kubeadm sets it): node agents run privileged.
                "--allow-privileged=true",
                *self._aggregation_flags(),
            ],
        )
        self.server = f"https://127.0.0.1:{secure}"
        config, _ = configuration(resolve((self.kubeconfig(),), None))
        config.retries = 0
        probe = LibraryApiClient(config)
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                for process in self.processes:
                    if process.poll() is not None:
                        raise PlatformError(f"test bed process exited ({process.args[1]}); logs in {self.workdir}")
                try:
                    probe.call_api("/readyz", "GET", auth_settings=["BearerToken"], _preload_content=False, _request_timeout=10)
                    return
                except (ApiException, urllib3.exceptions.HTTPError):
                    time.sleep(0.5)
        finally:
            probe.close()
        raise PlatformError(f"kube-apiserver not ready after {timeout}s; logs in {self.workdir}")

    def client(self) -> KubeClient:
        """A client through the token kubeconfig (the official Kubernetes Python client)."""
        return connect(resolve((self.kubeconfig(),), None))

    def user_client(self, name: str, user: str, groups: tuple[str, ...] = ()) -> KubeClient:
        """A client authenticated as ``user`` in ``groups`` (a client certificate whose CN is the
        user and whose O entries are the groups), with no other rights than RBAC gives them."""
        pair = client_certificate(self.client_ca, self.pki_dir, name, user, groups)
        kubeconfig = self.write_kubeconfig(self.workdir / f"{name}.kubeconfig",
                                           [(name, self.cluster_entry(inline_ca=True), self.client_cert_user(name, pair))], name)
        return connect(resolve((kubeconfig,), None))

    # kubeconfig entries, to combine into files as a test needs

    def cluster_entry(self, name: str = "testbed", ca: Path | None = None, inline_ca: bool = False) -> dict[str, Any]:
        """The cluster, verified with the serving CA (or ``ca``), as a file path or inline data."""
        ca_path = ca or self.serving_ca
        tls = {"certificate-authority-data": base64.b64encode(ca_path.read_bytes()).decode()} if inline_ca else {"certificate-authority": str(ca_path)}
        return {"name": name, "cluster": {"server": self.server, **tls}}

    @staticmethod
    def token_user(name: str = "token-admin", token: str = TOKEN) -> dict[str, Any]:
        return {"name": name, "user": {"token": token}}

    def client_cert_user(self, name: str = "cert-admin", pair: KeyPair | None = None) -> dict[str, Any]:
        """A user with a client certificate and key inline, as kind and kubeadm write them."""
        pair = pair or self.admin_cert
        return {"name": name, "user": {
            "client-certificate-data": base64.b64encode(pair.cert.read_bytes()).decode(),
            "client-key-data": base64.b64encode(pair.key.read_bytes()).decode(),
        }}

    @staticmethod
    def exec_user(command: str, args: list[str], name: str = "exec-admin") -> dict[str, Any]:
        """A user whose credential comes from an exec plugin (client.authentication.k8s.io/v1)."""
        return {"name": name, "user": {"exec": {
            "apiVersion": "client.authentication.k8s.io/v1", "command": command, "args": args, "interactiveMode": "Never",
        }}}

    def write_kubeconfig(self, path: Path, contexts: list[tuple[str, dict[str, Any], dict[str, Any]]], current: str | None = None) -> Path:
        """A kubeconfig of (context name, cluster entry, user entry); ``current`` may be left unset."""
        document: dict[str, Any] = {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [cluster for _, cluster, _ in contexts],
            "users": [user for _, _, user in contexts],
            "contexts": [{"name": name, "context": {"cluster": cluster["name"], "user": user["name"]}} for name, cluster, user in contexts],
        }
        if current:
            document["current-context"] = current
        path.write_text(yaml.safe_dump(document), encoding="utf-8")
        return path

    def kubeconfig(self) -> Path:
        """A kubeconfig with the admin token and the serving CA inline (``testbed`` prints it)."""
        return self.write_kubeconfig(self.workdir / "kubeconfig", [("testbed", self.cluster_entry(inline_ca=True), self.token_user())], "testbed")

    def client_cert_kubeconfig(self) -> Path:
        """A kubeconfig with the admin client certificate and the serving CA inline."""
        return self.write_kubeconfig(self.workdir / "kubeconfig-client-cert",
                                     [("testbed-cert", self.cluster_entry(inline_ca=True), self.client_cert_user())], "testbed-cert")

    def stop(self) -> None:
        # kube-apiserver's graceful shutdown takes more than 15 s; the data is thrown away,
        # so what has not exited STOP_GRACE seconds after SIGTERM is killed.
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in reversed(self.processes):
            try:
                process.wait(timeout=STOP_GRACE)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes.clear()
        if not os.environ.get("AI_PLATFORM_KEEP_TESTBED"):
            shutil.rmtree(self.workdir, ignore_errors=True)
