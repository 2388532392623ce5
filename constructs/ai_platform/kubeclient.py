"""The project's way to talk to a cluster: the official Kubernetes Python client (PyPI
``kubernetes``) loads the kubeconfig (client certificates, tokens, token files, exec
credential plugins, CA files or data, ``tls-server-name``, proxies) and its
``DynamicClient`` does discovery and every request. ``KubeClient`` is a thin typed wrapper
for what this project needs: server-side apply (field manager ``ai-platform``, forced),
create, get, list, delete, a raw GET of a discovery path, and waiting for CRDs to be
established.

Errors come out as two kinds: ``ApiError`` (the API server answered with an error status,
e.g. 404 or 422: a check fails) and ``ClusterUnreachableError`` (no answer, TLS refused,
credentials refused: nothing can be checked), whose message names the kubeconfig, the
context, the server and the reason.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import urllib3
from kubernetes.client import ApiClient as LibraryApiClient
from kubernetes.client import Configuration
from kubernetes.client.exceptions import ApiException
from kubernetes.config import load_kube_config
from kubernetes.config.config_exception import ConfigException
from kubernetes.dynamic import DynamicClient
from kubernetes.dynamic.exceptions import ResourceNotFoundError
from kubernetes.dynamic.resource import Resource

from .errors import ClusterUnreachableError, PlatformError
from .kubeconfig import Kubeconfig, KubeconfigError

FIELD_MANAGER = "ai-platform"
# Seconds to connect (and finish the TLS handshake) and to wait for an answer. The library
# sets no timeout, so a server behind a dropped route would hang each attempt for minutes.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0


@dataclass
class ApiError(Exception):
    """The API server answered with an error status."""

    status: int
    message: str

    def __str__(self) -> str:
        return f"HTTP {self.status}: {self.message}"


def _message(body: Any, fallback: str) -> str:
    if isinstance(body, bytes):
        body = body.decode(errors="replace")
    if not body:
        return fallback
    try:
        parsed = json.loads(body)
    except (TypeError, json.JSONDecodeError):
        return str(body).strip() or fallback
    return str(parsed.get("message") or fallback) if isinstance(parsed, dict) else str(parsed)


def describe_connection_error(exc: urllib3.exceptions.HTTPError) -> str:
    """A one-line reason for a failed connection (no object reprs)."""
    reason: BaseException = exc.reason if isinstance(exc, urllib3.exceptions.MaxRetryError) and exc.reason else exc
    if isinstance(reason, urllib3.exceptions.SSLError):
        cause = reason.args[0] if reason.args else reason
        return f"TLS failed: {cause}"
    if isinstance(reason, urllib3.exceptions.ProxyError):
        return f"proxy failed: {reason.args[0] if reason.args else reason}"
    if isinstance(reason, urllib3.exceptions.NewConnectionError):
        # urllib3 starts the message with the connection object, e.g. "HTTPSConnection(host=..., port=...): "
        return "cannot connect: " + re.sub(r"^<?\w*Connection\(.*?\)(?: at 0x[0-9a-f]+)?>?: ", "", str(reason))
    if isinstance(reason, urllib3.exceptions.TimeoutError):
        return f"timed out: {reason}"
    return f"{type(reason).__name__}: {reason}"


class KubeClient:
    """A ``DynamicClient`` with the calls this project makes; dicts in, dicts out."""

    def __init__(self, api_client: LibraryApiClient, where: str) -> None:
        self.api_client = api_client
        self.where = where
        self.user = ""  # set by connect(): the user name the API server sees
        # Discovery cache of this client only: a shared one could describe an earlier
        # server on the same address (test beds reuse loopback ports).
        cache_dir = tempfile.mkdtemp(prefix="ai-platform-discovery-")
        self._cleanup = weakref.finalize(self, shutil.rmtree, cache_dir, True)
        with self._translated():
            # Reachable (and TLS verified) within the timeouts, before the library's own
            # discovery requests, which take no timeout.
            api_client.call_api("/version", "GET", auth_settings=["BearerToken"], _preload_content=False,
                                _request_timeout=self._timeout())
            self.dynamic = DynamicClient(api_client, cache_file=os.path.join(cache_dir, "discovery.json"))

    @staticmethod
    def _timeout() -> tuple[float, float]:
        return (CONNECT_TIMEOUT, READ_TIMEOUT)

    @property
    def server(self) -> str:
        return str(self.api_client.configuration.host)

    def close(self) -> None:
        self.api_client.close()
        self._cleanup()

    def __enter__(self) -> KubeClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except ApiException as exc:
            raise ApiError(int(exc.status or 0), _message(exc.body, str(exc.reason))) from None
        except urllib3.exceptions.HTTPError as exc:
            raise ClusterUnreachableError(f"{self.where}: {describe_connection_error(exc)}") from None

    def _request(self, method: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        with self._translated():
            response = getattr(self.dynamic, method)(*args, serialize=False, _request_timeout=self._timeout(), **kwargs)
            data = response.data
        parsed = json.loads(data) if data else {}
        return parsed if isinstance(parsed, dict) else {"value": parsed}

    def resource(self, api_version: str, kind: str) -> Resource:
        """The API resource of a kind, from discovery (refreshed on a miss)."""
        try:
            with self._translated():
                return self.dynamic.resources.get(api_version=api_version, kind=kind)
        except ResourceNotFoundError:
            raise ApiError(404, f"{api_version} {kind} is not served") from None

    def _target(self, obj: dict[str, Any]) -> tuple[Resource, str | None]:
        resource = self.resource(obj["apiVersion"], obj["kind"])
        namespace = obj.get("metadata", {}).get("namespace") if resource.namespaced else None
        if resource.namespaced and not namespace:
            raise ApiError(400, f"{obj['kind']} {obj['metadata'].get('name')} is namespaced but has no metadata.namespace")
        return resource, namespace

    def apply(self, obj: dict[str, Any], dry_run: bool = False) -> dict[str, Any]:
        """Server-side apply as field manager ``ai-platform``, taking over conflicting fields."""
        resource, namespace = self._target(obj)
        return self._request("server_side_apply", resource, body=obj, name=obj["metadata"]["name"], namespace=namespace,
                             field_manager=FIELD_MANAGER, force_conflicts="true", dry_run="All" if dry_run else None)

    def create(self, obj: dict[str, Any], dry_run: bool = False) -> dict[str, Any]:
        resource, namespace = self._target(obj)
        return self._request("create", resource, body=obj, namespace=namespace, dry_run="All" if dry_run else None)

    def delete(self, obj: dict[str, Any]) -> None:
        resource, namespace = self._target(obj)
        self._request("delete", resource, name=obj["metadata"]["name"], namespace=namespace)

    def read(self, api_version: str, kind: str, name: str, namespace: str | None = None) -> dict[str, Any]:
        return self._request("get", self.resource(api_version, kind), name=name, namespace=namespace)

    def get(self, obj: dict[str, Any]) -> dict[str, Any]:
        resource, namespace = self._target(obj)
        return self._request("get", resource, name=obj["metadata"]["name"], namespace=namespace)

    def list(self, api_version: str, kind: str, namespace: str | None = None) -> list[dict[str, Any]]:
        return list(self._request("get", self.resource(api_version, kind), namespace=namespace).get("items") or [])

    def get_path(self, path: str) -> dict[str, Any]:
        """A GET of an API path, e.g. a group version's discovery document ``/apis/<group>/<version>``."""
        return self._request("request", "get", path)

    def whoami(self) -> str:
        """The user name the API server sees (a SelfSubjectReview)."""
        review = self.create({"apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview", "metadata": {}})
        return str(review.get("status", {}).get("userInfo", {}).get("username", ""))

    def wait_established(self, crd_names: list[str], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        pending = set(crd_names)
        while pending and time.monotonic() < deadline:
            for name in list(pending):
                crd = self.read("apiextensions.k8s.io/v1", "CustomResourceDefinition", name)
                conditions = {c["type"]: c["status"] for c in (crd.get("status") or {}).get("conditions") or []}
                if conditions.get("Established") == "True":
                    pending.discard(name)
            time.sleep(0.2)
        if pending:
            raise PlatformError(f"CRDs not established after {timeout}s: {sorted(pending)}")
        with self._translated():
            self.dynamic.resources.invalidate_cache()


class _LibraryLog(logging.Handler):
    """Collects what the client library logs while loading credentials (it logs, rather
    than raises, a failing exec plugin), so that an error can say why."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())

    def __enter__(self) -> _LibraryLog:
        logging.getLogger().addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger().removeHandler(self)


def configuration(kubeconfig: Kubeconfig) -> tuple[Configuration, list[str]]:
    """The library's client configuration for the chosen context, and what it logged."""
    config = Configuration()
    with _LibraryLog() as log:
        try:
            load_kube_config(config_file=os.pathsep.join(str(p) for p in kubeconfig.paths), context=kubeconfig.context,
                             client_configuration=config, persist_config=False)
        except (ConfigException, OSError, ValueError) as exc:
            raise KubeconfigError(f"{kubeconfig.where}: {exc}") from None
    if kubeconfig.proxy_url:
        config.proxy = kubeconfig.proxy_url  # the library reads proxies only from the environment
    return config, log.lines


def connect(kubeconfig: Kubeconfig) -> KubeClient:
    """A client for the chosen context, after checking that the server answers and accepts
    the credentials (it must see a user other than ``system:anonymous``)."""
    config, notes = configuration(kubeconfig)
    where = f"{kubeconfig.where}, server {kubeconfig.server}"
    detail = f"; the client library reported: {'; '.join(notes)}" if notes else ""
    client: KubeClient | None = None
    try:
        client = KubeClient(LibraryApiClient(config), where)
        try:
            user = client.whoami()
        except ApiError as exc:
            if exc.status not in (403, 404):
                raise
            # No SelfSubjectReview API (before 1.28) or not allowed to use it: discovery
            # needs credentials too.
            client.get_path("/apis")
            user = "(unknown)"
    except ApiError as exc:
        if client is not None:
            client.close()
        refused = {401: "credentials refused", 403: "access refused"}.get(exc.status, "API server error")
        raise ClusterUnreachableError(f"{where}: {refused} ({exc}){detail}") from None
    except ClusterUnreachableError as exc:
        if client is not None:
            client.close()
        raise ClusterUnreachableError(f"{exc}{detail}") from None
    if user == "system:anonymous":
        client.close()
        raise ClusterUnreachableError(f"{where}: the API server sees no credentials (user system:anonymous){detail}")
    client.user = user
    for line in notes:
        logging.getLogger(__name__).warning("%s", line)
    return client
