"""KubeRay v1.7.0 (ray-project/kuberay): the ray-operator, with its admission webhook, run as a
host process of the simulated cluster. Built from its own Go module graph
(``testbed/operators/kuberay/go.mod``), whose ``replace`` points ``github.com/ray-project/kuberay/ray-operator``
at the pinned source folder of ``upstream.lock.yaml`` (component ``kuberay``, ``build_sources``;
the Go proxy refuses the module's zip). The binary is cached by a hash of go.mod, go.sum and
that folder's digest."""

from __future__ import annotations

import socket
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ai_platform.components import kuberay as component
from ai_platform.errors import PlatformError
from ai_platform.gobuild import GoProgram, Report, build, to_stderr
from ai_platform.profile import Profile
from ai_platform.upstream import SourceTree, UpstreamCache, lock

from testbed.operators.host import HostOperator, OperatorContext, ServiceRef, container_args, service_account_of
from testbed.operators.registry import SimulatedOperator, Started
from testbed.sync import WEBHOOK_KINDS

KUBERAY_SOURCE = Path(__file__).resolve().parent
KUBERAY_PACKAGE = "github.com/ray-project/kuberay/ray-operator"
"""The module's root package is the operator's main (ray-operator/main.go)."""
BINARY = "kuberay-operator"


def operator_source() -> SourceTree:
    """The pinned ray-operator folder that go.mod's ``replace`` points at."""
    (source,) = (s for s in lock().component("kuberay").build_sources if s.path == "ray-operator")
    return source


def program(cache: UpstreamCache | None = None) -> GoProgram:
    """The kuberay-operator at v1.7.0; the pinned source folder that go.mod's ``replace`` points at
    is fetched into the verified cache before a build (from ``$AI_PLATFORM_MIRROR``)."""
    return GoProgram(name="kuberay", title="the KubeRay operator", module=KUBERAY_SOURCE, package=KUBERAY_PACKAGE, binary=BINARY,
                     inputs=(operator_source().digest,), prepare=lambda: (cache or UpstreamCache()).ensure_tree(operator_source()),
                     estimate="about 4 minutes of CPU, 20 minutes on a busy 2-core machine")


def build_kuberay(report: Report = to_stderr, cache: UpstreamCache | None = None) -> Path:
    """The kuberay-operator binary (built once, then cached)."""
    return build(program(cache), report).path


# --- the operator process, configured from dist/ -------------------------------------------

NAMESPACE = component.NAMESPACE
DEPLOYMENT = component.OPERATOR.name
"""dist/ renders KubeRay's kustomize configuration ``default-with-webhooks`` into this namespace."""
WEBHOOK_PORT_NAME = "webhook-server"
CERT_VOLUME = "cert"
TMP = "/tmp/"
CONTROLLER_RUNTIME_WEBHOOK_PORT = 9443
"""v1.7.0's main.go leaves controller-runtime's webhook server at its defaults: port 9443 and
the certificates in ``$TMPDIR/k8s-webhook-server/serving-certs``; no flag changes either."""


def _container(docs: Sequence[Any]) -> dict[str, Any]:
    for doc in docs:
        if doc.kind == "Deployment" and doc.namespace == NAMESPACE and doc.name == DEPLOYMENT:
            spec = doc.obj["spec"]["template"]["spec"]
            return {"spec": spec, "container": spec["containers"][0]}
    raise PlatformError(f"dist/ has no Deployment {NAMESPACE}/{DEPLOYMENT}")


def environment(docs: Sequence[Any]) -> dict[str, str]:
    """The container's literal ``env`` of dist/ (``ENABLE_WEBHOOKS=true``)."""
    return {e["name"]: str(e["value"]) for e in _container(docs)["container"].get("env") or [] if "value" in e}


def webhook_port(docs: Sequence[Any]) -> int:
    """The container port dist/ names ``webhook-server`` (the webhook Service's target)."""
    ports = [p["containerPort"] for p in _container(docs)["container"].get("ports") or [] if p.get("name") == WEBHOOK_PORT_NAME]
    if ports != [CONTROLLER_RUNTIME_WEBHOOK_PORT]:
        raise PlatformError(f"dist/: {DEPLOYMENT} serves webhooks on {ports}; v1.7.0 can only serve on {CONTROLLER_RUNTIME_WEBHOOK_PORT}")
    return CONTROLLER_RUNTIME_WEBHOOK_PORT


def cert_mount(docs: Sequence[Any]) -> str:
    """Where dist/ mounts the webhook certificate Secret, relative to ``/tmp`` (the container's
    ``os.TempDir()``): ``k8s-webhook-server/serving-certs``."""
    found = _container(docs)
    mounts = [m["mountPath"] for m in found["container"].get("volumeMounts") or [] if m["name"] == CERT_VOLUME]
    if len(mounts) != 1 or not mounts[0].startswith(TMP):
        raise PlatformError(f"dist/: {DEPLOYMENT} mounts its webhook certificate at {mounts}, not under {TMP}")
    return mounts[0].removeprefix(TMP).strip("/")


def webhook_services(docs: Sequence[Any]) -> tuple[ServiceRef, ...]:
    """The Services in ray-system that dist/'s webhook configurations call (KubeRay's webhook Service)."""
    refs = {ServiceRef(h["clientConfig"]["service"]["namespace"], h["clientConfig"]["service"]["name"])
            for doc in docs if doc.kind in WEBHOOK_KINDS
            for h in doc.obj.get("webhooks") or [] if (h["clientConfig"].get("service") or {}).get("namespace") == NAMESPACE}
    if not refs:
        raise PlatformError(f"dist/ has no webhook configuration calling a Service in {NAMESPACE}")
    return tuple(sorted(refs, key=lambda r: r.name))


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


REQUEUE_ENVIRONMENT = {"RAYCLUSTER_DEFAULT_REQUEUE_SECONDS_ENV": "30"}
"""v1.7.0 requeues every RayCluster 300 s after each reconcile (utils.RAYCLUSTER_DEFAULT_REQUEUE_SECONDS).
Here every 30 s: on a loaded 2-core CI machine the operator once got no Pod event for a deleted
worker within 180 s (stop 26), and the next unconditional requeue was 300 s away. The replacement
still comes from KubeRay's own reconcile; only a lost watch event costs 30 s instead of 5 min."""


def kuberay_operator(binary: Path, docs: Sequence[Any]) -> HostOperator:
    """The KubeRay operator of dist/ as a host process: dist/'s flags, its ``env``, its
    ServiceAccount, its webhook Service; leader election off (one replica, no in-cluster
    namespace to find the lease in); metrics and probes on loopback ports of the context."""
    flags = container_args(docs, NAMESPACE, DEPLOYMENT)
    certs = cert_mount(docs)
    port = webhook_port(docs)

    def arguments(context: OperatorContext) -> list[str]:
        # What the Deployment's Secret volume does: the serving certificate where
        # controller-runtime looks for it, with $TMPDIR (below) in place of /tmp.
        mount = context.workdir / "tmp" / certs
        mount.parent.mkdir(parents=True, exist_ok=True)
        mount.symlink_to(context.cert_dir, target_is_directory=True)
        if not _port_free(port):
            raise PlatformError(f"port {port} is taken on this host; the KubeRay operator serves its webhook only there")
        return [
            *flags,
            "--enable-leader-election=false",
            f"--metrics-addr=127.0.0.1:{context.metrics_port}",
            f"--health-probe-bind-address=127.0.0.1:{context.health_port}",
        ]

    def ready(context: OperatorContext) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{context.health_port}/readyz", timeout=2) as response:
                return bool(response.status == 200)
        except OSError:
            return False

    return HostOperator(
        name="kuberay-operator", binary=binary, arguments=arguments,
        service_account=service_account_of(docs, NAMESPACE, DEPLOYMENT),
        webhook_services=webhook_services(docs),
        environment={**environment(docs), **REQUEUE_ENVIRONMENT, "TMPDIR": "tmp"},  # TMPDIR relative to the process's directory
        ready=ready, webhook_port=port,
    )


def _start(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    return Started([kuberay_operator(build_kuberay(report, cache), docs)], [])


OPERATOR = SimulatedOperator(component=component.Kuberay, doc="docs/simulated/kuberay.md",
                             programs=lambda cache: [program(cache)], start=_start)
