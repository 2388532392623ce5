"""Operators of dist/ run as host processes of the simulated cluster.

KWOK fakes every pod of dist/, so an operator Deployment there becomes "available" without
running anything. To show behaviour, the simulated cluster also runs the real operator binary
(built from its pinned Go module) on the host, configured from the rendered ``dist/``:

* **identity**: a client certificate for the operator's ServiceAccount of dist/
  (``system:serviceaccount:<namespace>:<name>`` and the service-account groups), so the API
  server authorizes it with exactly the RBAC that dist/ grants that account (a user name longer
  than a certificate's CN may be, 64 characters, gets a token of the account instead);
* **configuration**: whatever the operator reads (flags, config files) is taken from the
  rendered objects by the operator's module (:func:`container_args`, :func:`config_map_data`);
* **webhooks**: the operator serves them on a loopback port with a certificate of the test
  bed's webhook CA. Before dist/'s webhook configurations are applied, every webhook whose
  service is served by a host process is rewritten to ``url: https://127.0.0.1:<port><path>``
  with that CA as ``caBundle``; a webhook whose backend is not running is left out (its fake
  pod would never answer). CRD conversion webhooks are rewritten the same way. Each rewrite
  and each omission is recorded in :attr:`WebhookRewrite.notes`.
"""

from __future__ import annotations

import base64
import copy
import socket
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ai_platform.errors import PlatformError

SERVICE_ACCOUNT_GROUPS = ("system:serviceaccounts", "system:authenticated")


@dataclass(frozen=True)
class ServiceRef:
    """A Service of dist/ (what a webhook's ``clientConfig.service`` names)."""

    namespace: str
    name: str


@dataclass(frozen=True)
class OperatorContext:
    """What a host operator gets when it starts: its own directory, a kubeconfig for its
    ServiceAccount, a serving certificate and free loopback ports."""

    name: str
    workdir: Path
    kubeconfig: Path
    cert_dir: Path
    """``tls.crt``/``tls.key`` (for 127.0.0.1 and localhost, signed by the webhook CA) and ``ca.crt``."""
    webhook_port: int
    metrics_port: int
    health_port: int
    server: str
    """The API server URL."""


@dataclass(frozen=True)
class HostOperator:
    """One operator process; its module builds this from the binary and dist/."""

    name: str
    binary: Path
    arguments: Callable[[OperatorContext], list[str]]
    """Its command-line flags, derived from dist/ (paths and ports from the context)."""
    service_account: ServiceRef
    """The ServiceAccount of dist/ whose RBAC the process runs with."""
    webhook_services: tuple[ServiceRef, ...] = ()
    """Services of dist/ whose webhooks this process serves on ``webhook_port``."""
    environment: Mapping[str, str] = field(default_factory=dict)
    ready: Callable[[OperatorContext], bool] | None = None
    """Extra readiness check; by default the webhook port answers TLS with the test CA (when
    it serves webhooks) and the process has not exited."""
    ready_timeout: float = 90
    webhook_port: int | None = None
    """The port the process serves webhooks on when it cannot be told one (its context gets
    this port instead of a free one); ``None``: a free port, passed by its flags."""
    webhooks_before_ready: bool = False
    """The process waits for its webhook configurations to exist before it serves (Volcano's
    webhook manager patches their caBundle first): they are applied right after it starts,
    before its webhook port is waited for."""


def container_args(docs: Sequence[Any], namespace: str, deployment: str, container: str | None = None) -> list[str]:
    """The ``args`` of a container of a Deployment in dist/ (the first one unless named)."""
    for doc in docs:
        if doc.kind == "Deployment" and doc.namespace == namespace and doc.name == deployment:
            containers = doc.obj["spec"]["template"]["spec"]["containers"]
            chosen = next((c for c in containers if container is None or c["name"] == container), None)
            if chosen is None:
                raise PlatformError(f"dist/: Deployment {namespace}/{deployment} has no container {container!r}")
            return list(chosen.get("args") or [])
    raise PlatformError(f"dist/ has no Deployment {namespace}/{deployment}")


def service_account_of(docs: Sequence[Any], namespace: str, deployment: str) -> ServiceRef:
    """The ServiceAccount a Deployment of dist/ runs as."""
    for doc in docs:
        if doc.kind == "Deployment" and doc.namespace == namespace and doc.name == deployment:
            spec = doc.obj["spec"]["template"]["spec"]
            # ``serviceAccount`` is the deprecated alias some charts (Volcano's) still set.
            return ServiceRef(namespace, spec.get("serviceAccountName") or spec.get("serviceAccount") or "default")
    raise PlatformError(f"dist/ has no Deployment {namespace}/{deployment}")


def config_map_data(docs: Sequence[Any], namespace: str, name: str, key: str) -> str:
    """One key of a ConfigMap of dist/."""
    for doc in docs:
        if doc.kind == "ConfigMap" and doc.namespace == namespace and doc.name == name:
            data = doc.obj.get("data") or {}
            if key not in data:
                raise PlatformError(f"dist/: ConfigMap {namespace}/{name} has no key {key!r} (keys: {sorted(data)})")
            return str(data[key])
    raise PlatformError(f"dist/ has no ConfigMap {namespace}/{name}")


@dataclass
class WebhookRewrite:
    """Rewrites dist/'s webhook clientConfigs to the host processes that serve them."""

    served: dict[ServiceRef, int]
    """Service -> loopback port of the process that serves its webhooks."""
    ca_bundle: bytes
    notes: list[str] = field(default_factory=list)

    def _client_config(self, where: str, config: dict[str, Any]) -> dict[str, Any] | None:
        service = config.get("service")
        if service is None:
            return config
        ref = ServiceRef(service["namespace"], service["name"])
        port = self.served.get(ref)
        if port is None:
            return None
        path = service.get("path") or ""
        url = f"https://127.0.0.1:{port}{path}"
        self.notes.append(f"{where}: service {ref.namespace}/{ref.name}:{service.get('port', 443)}{path} -> {url}, caBundle = test webhook CA")
        return {"url": url, "caBundle": base64.b64encode(self.ca_bundle).decode()}

    def webhook_configuration(self, obj: dict[str, Any]) -> dict[str, Any] | None:
        """The configuration with served webhooks pointed at the host and the others left out
        (``None`` when none is left)."""
        obj = copy.deepcopy(obj)
        kept = []
        for hook in obj.get("webhooks") or []:
            where = f"{obj['kind']} {obj['metadata']['name']} webhook {hook['name']}"
            config = self._client_config(where, hook["clientConfig"])
            if config is None:
                service = hook["clientConfig"]["service"]
                self.notes.append(f"{where}: left out, no host process serves {service['namespace']}/{service['name']}")
                continue
            hook["clientConfig"] = config
            kept.append(hook)
        obj["webhooks"] = kept
        return obj if kept else None

    def crd(self, obj: dict[str, Any]) -> dict[str, Any]:
        """A CRD with its conversion webhook pointed at the host when that is served."""
        webhook = ((obj.get("spec") or {}).get("conversion") or {}).get("webhook")
        if not webhook or "clientConfig" not in webhook:
            return obj
        where = f"CustomResourceDefinition {obj['metadata']['name']} conversion"
        config = self._client_config(where, webhook["clientConfig"])
        if config is None:
            return obj
        obj = copy.deepcopy(obj)
        obj["spec"]["conversion"]["webhook"]["clientConfig"] = config
        return obj


def wait_for_tls(port: int, ca: Path, timeout: float, alive: Callable[[], None]) -> None:
    """Until 127.0.0.1:``port`` completes a TLS handshake verified by ``ca``."""
    context = ssl.create_default_context(cafile=str(ca))
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        alive()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as sock, context.wrap_socket(sock, server_hostname="127.0.0.1"):
                return
        except (OSError, ssl.SSLError) as exc:
            last = exc
        time.sleep(0.5)
    raise PlatformError(f"nothing served TLS on 127.0.0.1:{port} after {timeout}s ({last})")
