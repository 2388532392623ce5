"""Envoy Gateway (envoyproxy/gateway) run as a host operator of the simulated cluster.

The controller (``cmd/envoy-gateway``) is built from its own Go module graph
(``testbed/operators/envoy_gateway/go.mod``: a ``tool`` directive pins ``github.com/envoyproxy/gateway`` at
the version dist/ deploys) and cached by a hash of go.mod, go.sum and the version ldflags.
It runs in Kubernetes mode with the ServiceAccount of dist/'s Deployment, the EnvoyGateway
configuration of dist/'s ConfigMap (only :data:`HOST_CHANGES` changed) and the certificates
the chart's certgen Job would put in Secrets (:func:`certgen_documents`). The Envoy proxy it
creates for a Gateway is a Deployment whose pod KWOK fakes: no data plane runs
(docs/simulated/envoy-gateway.md)."""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from ai_platform.components import envoy_gateway as component
from ai_platform.errors import PlatformError
from ai_platform.gobuild import STRIP, GoProgram, Report, build, to_stderr
from ai_platform.profile import Profile
from ai_platform.upstream import UpstreamCache
from ai_platform.validation.documents import Document

from testbed.operators.host import HostOperator, OperatorContext, config_map_data, container_args, service_account_of
from testbed.operators.registry import SimulatedOperator, Started

EG_SOURCE = Path(__file__).resolve().parent
EG_MODULE = "github.com/envoyproxy/gateway"
EG_PACKAGE = f"{EG_MODULE}/cmd/envoy-gateway"
VERSION_PACKAGE = f"{EG_MODULE}/internal/cmd/version"
BINARY = "envoy-gateway"


def pinned_version() -> str:
    """The version of ``github.com/envoyproxy/gateway`` that testbed/operators/envoy_gateway/go.mod requires."""
    match = re.search(rf"^\s*(?:require\s+)?{re.escape(EG_MODULE)} (v\S+)", (EG_SOURCE / "go.mod").read_text(encoding="utf-8"), re.M)
    if match is None:
        raise PlatformError(f"testbed/operators/envoy_gateway/go.mod requires no {EG_MODULE}")
    return match.group(1)


def ldflags() -> tuple[str, ...]:
    """The version the controller reports (``envoy-gateway version``)."""
    return (f"-X {VERSION_PACKAGE}.envoyGatewayVersion={pinned_version()}",)


ENV = (("CGO_ENABLED", "0"),)
"""A static binary, as the release image is built."""


def program() -> GoProgram:
    return GoProgram(name=component.ENVOY_GATEWAY, title=f"the Envoy Gateway controller {pinned_version()}", module=EG_SOURCE,
                     package=EG_PACKAGE, ldflags=(*STRIP, *ldflags()), env=ENV,
                     estimate="about 6 minutes on a busy 2-core machine (5.3 min measured)")


def build_envoy_gateway(report: Report = to_stderr) -> Path:
    """The Envoy Gateway controller at the version testbed/operators/envoy_gateway/go.mod pins (built once, then cached)."""
    return build(program(), report).path


# --- the controller process, configured from dist/ -----------------------------------------

NAMESPACE = component.NAMESPACE
DEPLOYMENT = component.CONTROLLER.name
CONTAINER = component.ENVOY_GATEWAY
CONFIG_MAP = "envoy-gateway-config"
CONFIG_KEY = "envoy-gateway.yaml"
CERTGEN_JOB = component.CERTGEN_JOB
CERTS_SECRET = "envoy-gateway"
"""The Secret the Deployment mounts at ``/certs`` (created by the chart's certgen Job)."""
CERTS_PATH = "/certs"
"""Where v1.9.0 reads its xDS server certificate and CA in Kubernetes mode (fixed paths in
``internal/xds/runner`` and ``internal/gatewayapi/runner``, no flag or configuration field)."""
WASM_CACHE = "/var/lib/eg/wasm"
"""The Wasm module cache directory of Kubernetes mode (fixed; an emptyDir in the Pod)."""
HEALTH_PORT = 8081
"""The health probe server (``/healthz``, ``/readyz``) binds ``:8081``, fixed in v1.9.0
(``internal/provider/kubernetes``); so do the xDS server (:18000), the Wasm HTTP server
(:18002) and the metrics server (:19001): one controller per host at a time."""
TOPOLOGY_INJECTOR_PORT = 9443
"""The topology injector's webhook server port, fixed in v1.9.0 (``webhookTLSPort`` in
``internal/provider/kubernetes``); the controller serves it only while the injector is on."""
SECRET_NAMES = {"envoy-gateway": "envoy-gateway", "envoy": "envoy", "envoy-rate-limit": "envoy-rate-limit"}
"""The TLS Secrets certgen creates in Kubernetes mode (``kubernetes.CertsToSecret``), keyed by the
folder ``certgen --local`` writes the same certificates to."""
HMAC_SECRET, HMAC_KEY = "envoy-oidc-hmac", "hmac-secret"

HOST_CHANGES: tuple[tuple[str, str], ...] = (
    ("provider.kubernetes.proxyTopologyInjector.disabled",
     "true (added): the topology injector webhook would be served on :9443, fixed in v1.9.0 and the port "
     "KubeRay's host process takes; it only adds zone labels to Envoy proxy pods, and dist/'s "
     "MutatingWebhookConfiguration for it is left out (no host process serves it)"),
    ("admin.address", "127.0.0.1:<free port> instead of 127.0.0.1:19000 (the admin console, read by the tests)"),
    ("logging.level.gateway-api", "debug (added): the Gateway API translator then logs every xDS IR it publishes, "
                                  "which the tests read"),
)
"""Every field of dist/'s EnvoyGateway configuration that the host run changes, and why."""


def dist_configuration(docs: Sequence[Any]) -> dict[str, Any]:
    """The EnvoyGateway configuration of dist/ (the ConfigMap the Deployment mounts at /config)."""
    return dict(yaml.safe_load(config_map_data(docs, NAMESPACE, CONFIG_MAP, CONFIG_KEY)))


def host_configuration(configuration: dict[str, Any], admin_port: int) -> dict[str, Any]:
    """dist/'s configuration with exactly the fields of :data:`HOST_CHANGES` changed."""
    config = yaml.safe_load(yaml.safe_dump(configuration))
    kubernetes = config.setdefault("provider", {}).setdefault("kubernetes", {})
    kubernetes["proxyTopologyInjector"] = {**(kubernetes.get("proxyTopologyInjector") or {}), "disabled": True}
    admin = config.setdefault("admin", {})
    admin["address"] = {**(admin.get("address") or {}), "host": "127.0.0.1", "port": admin_port}
    logging = config.setdefault("logging", {})
    logging["level"] = {**(logging.get("level") or {}), "gateway-api": "debug"}
    return config


def _pod_spec(docs: Sequence[Any], kind: str, name: str) -> dict[str, Any]:
    for doc in docs:
        if doc.kind == kind and doc.namespace == NAMESPACE and doc.name == name:
            return dict(doc.obj["spec"]["template"]["spec"])
    raise PlatformError(f"dist/ has no {kind} {NAMESPACE}/{name}")


def container_environment(docs: Sequence[Any], kind: str, name: str) -> dict[str, str]:
    """The environment of a container of dist/: plain values, and ``metadata.namespace``
    field references resolved to the object's namespace (what the kubelet would do)."""
    (container,) = [c for c in _pod_spec(docs, kind, name)["containers"]]
    env: dict[str, str] = {}
    for var in container.get("env") or []:
        if "value" in var:
            env[var["name"]] = str(var["value"])
        elif (var.get("valueFrom") or {}).get("fieldRef", {}).get("fieldPath") == "metadata.namespace":
            env[var["name"]] = NAMESPACE
        else:
            raise PlatformError(f"dist/: {kind} {NAMESPACE}/{name} sets {var['name']} from {var.get('valueFrom')}, "
                                "which the host run cannot resolve")
    return env


def certgen_documents(binary: Path, docs: Sequence[Any]) -> list[Document]:
    """The Secrets the chart's certgen Job creates, with certificates made by the controller's
    own ``certgen`` (``--local``: the same ``crypto.GenerateCerts``, written to files) with the
    Job's environment of dist/. KWOK runs the Job's pod without running anything, so the
    Secrets are applied with dist/ instead (the stand-in: a test bed that writes them, not
    the Job's ServiceAccount)."""
    job = next((d for d in docs if d.kind == "Job" and d.namespace == NAMESPACE and d.name == CERTGEN_JOB), None)
    if job is None:
        raise PlatformError(f"dist/ has no Job {NAMESPACE}/{CERTGEN_JOB}")
    command = job.obj["spec"]["template"]["spec"]["containers"][0]["command"]
    if command[1:] != ["certgen"]:
        raise PlatformError(f"dist/: Job {NAMESPACE}/{CERTGEN_JOB} runs {command}, not the controller's certgen")
    with tempfile.TemporaryDirectory(prefix="envoy-gateway-certgen-") as home:
        env = {**os.environ, **container_environment(docs, "Job", CERTGEN_JOB)}
        subprocess.run([str(binary), "certgen", "--local", f"--config-home={home}"], env=env, check=True,
                       capture_output=True, timeout=60)
        found = {p.parent.name: p.parent for p in Path(home).rglob("tls.crt")}
        hmac = next(Path(home).rglob(HMAC_KEY)).read_bytes()
        secrets = [_secret(name, "kubernetes.io/tls", {key: (found[folder] / key).read_bytes()
                                                         for key in ("ca.crt", "tls.crt", "tls.key")})
                   for folder, name in SECRET_NAMES.items()]
    return [*secrets, _secret(HMAC_SECRET, "Opaque", {HMAC_KEY: hmac})]


CERTGEN_PATH = EG_SOURCE / "certgen"
"""Where the stand-in Secrets say they come from (``Document.path``; no such file)."""


def _secret(name: str, kind: str, data: dict[str, bytes]) -> Document:
    return Document(CERTGEN_PATH, {
        "apiVersion": "v1", "kind": "Secret", "type": kind,
        "metadata": {"name": name, "namespace": NAMESPACE, "labels": {"app.kubernetes.io/part-of": "ai-platform-testbed"}},
        "data": {key: base64.b64encode(value).decode() for key, value in sorted(data.items())},
    })


def certs_secret(docs: Sequence[Any]) -> dict[str, bytes]:
    """The data of the Secret mounted at ``/certs`` (from the documents applied with dist/)."""
    for doc in docs:
        if doc.kind == "Secret" and doc.namespace == NAMESPACE and doc.name == CERTS_SECRET:
            return {key: base64.b64decode(value) for key, value in doc.obj["data"].items()}
    raise PlatformError(f"no Secret {NAMESPACE}/{CERTS_SECRET} among the documents (add certgen_documents())")


_CHROOT_SCRIPT = """set -e
root=$1; certs=$2; wasm=$3; shift 3
mount -t tmpfs -o mode=0755 envoy-gateway-root "$root"
for entry in /*; do
  name=${entry#/}
  if [ -L "$entry" ]; then ln -s "$(readlink "$entry")" "$root/$name"
  elif [ -d "$entry" ] && [ "$name" != var ]; then mkdir "$root/$name"; mount --rbind "$entry" "$root/$name"
  fi
done
mkdir -p "$root/certs" "$root$wasm"
cp "$certs/ca.crt" "$certs/tls.crt" "$certs/tls.key" "$root/certs/"
exec chroot "$root" sh -c 'cd "$0" && exec "$@"' "$PWD" "$@"
"""
"""Run in a private mount namespace: a new root on a tmpfs that holds every top-level folder of
the host (bind mounts) except /var, plus ``/certs`` (the Secret's files, as the Pod mounts
it) and an empty Wasm cache folder; the controller replaces the shell in it. Nothing is
written to the host's / or /var."""


def in_mount_namespace(context: OperatorContext, certs: dict[str, bytes], command: list[str]) -> list[str]:
    """``unshare`` arguments that run ``command`` with dist/'s certificate Secret at /certs."""
    root, cert_dir = context.workdir / "root", context.workdir / "certs-secret"
    root.mkdir(parents=True, exist_ok=True)
    cert_dir.mkdir(parents=True, exist_ok=True)
    for key, value in certs.items():
        (cert_dir / key).write_bytes(value)
    return ["--mount", "--map-root-user", "sh", "-c", _CHROOT_SCRIPT, "envoy-gateway-mount-namespace",
            str(root), str(cert_dir), WASM_CACHE, *command]


def host_arguments(docs: Sequence[Any], context: OperatorContext) -> list[str]:
    """The container's args of dist/ with ``--config-path`` pointing at the host configuration."""
    path = context.workdir / CONFIG_KEY
    path.write_text(yaml.safe_dump(host_configuration(dist_configuration(docs), admin_port(context)), sort_keys=True),
                    encoding="utf-8")
    args = container_args(docs, NAMESPACE, DEPLOYMENT, CONTAINER)
    if not any(a.startswith("--config-path=") for a in args):
        raise PlatformError(f"dist/: {NAMESPACE}/{DEPLOYMENT} passes no --config-path (args {args})")
    return [f"--config-path={path}" if a.startswith("--config-path=") else a for a in args]


def admin_port(context: OperatorContext) -> int:
    """The admin console's port: the context's free metrics port (the metrics server's own
    port, 19001, is fixed)."""
    return context.metrics_port


def _ready(context: OperatorContext) -> bool:
    """``/readyz`` of the health probe server answers 200 (as the Deployment's readinessProbe)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{HEALTH_PORT}/readyz", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def unshare_binary() -> Path:
    found = shutil.which("unshare")
    if found is None:
        raise PlatformError(f"the Envoy Gateway host operator needs util-linux's unshare (a private mount namespace "
                            f"with its certificates at {CERTS_PATH})")
    return Path(found)


def envoy_gateway_operator(binary: Path, docs: Sequence[Any]) -> HostOperator:
    """The Envoy Gateway controller of dist/ as a host operator of the simulated cluster;
    ``docs`` must hold the Secrets of :func:`certgen_documents`."""
    certs = certs_secret(docs)
    return HostOperator(
        name=component.ENVOY_GATEWAY,
        binary=unshare_binary(),
        arguments=lambda context: in_mount_namespace(context, certs, [str(binary), *host_arguments(docs, context)]),
        service_account=service_account_of(docs, NAMESPACE, DEPLOYMENT),
        environment=container_environment(docs, "Deployment", DEPLOYMENT),
        ready=_ready,
        ready_timeout=120,
    )


def _start(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    binary = build_envoy_gateway(report)
    secrets = certgen_documents(binary, docs)
    return Started([envoy_gateway_operator(binary, [*docs, *secrets])], list(secrets))


OPERATOR = SimulatedOperator(component=component.EnvoyGateway, doc="docs/simulated/envoy-gateway.md",
                             programs=lambda cache: [program()], start=_start)
