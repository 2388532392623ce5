"""Kueue (kubernetes-sigs/kueue) run as a host operator of the simulated cluster.

The manager (``cmd/kueue``) is built from its own Go module graph (``testbed/operators/kueue/go.mod``:
a ``tool`` directive pins ``sigs.k8s.io/kueue`` at the version dist/ deploys) and cached by a
hash of go.mod, go.sum and the version ldflags. It runs with the ServiceAccount of dist/'s
Deployment and the manager configuration of dist/'s ConfigMap; only the fields that name
ports, paths or the in-cluster setup are changed (:data:`HOST_CHANGES`, each explained)."""

from __future__ import annotations

import re
import shutil
import ssl
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from ai_platform.components import kueue as component
from ai_platform.errors import PlatformError
from ai_platform.gobuild import STRIP, GoProgram, Report, build, to_stderr
from ai_platform.profile import Profile
from ai_platform.upstream import UpstreamCache

from testbed.operators.host import HostOperator, OperatorContext, ServiceRef, config_map_data, container_args, service_account_of
from testbed.operators.registry import SimulatedOperator, Started

KUEUE_SOURCE = Path(__file__).resolve().parent
KUEUE_MODULE = "sigs.k8s.io/kueue"
KUEUE_PACKAGE = f"{KUEUE_MODULE}/cmd/kueue"
VERSION_PACKAGE = f"{KUEUE_MODULE}/pkg/version"

NAMESPACE = component.NAMESPACE
DEPLOYMENT = component.CONTROLLER.name
CONFIG_MAP = component.CONFIG_MAP
CONFIG_KEY = "controller_manager_config.yaml"
WEBHOOK_SERVICE = ServiceRef(NAMESPACE, component.WEBHOOK_SERVICE)
QUEUE_LABEL = component.QUEUE_LABEL

FEATURE_GATES = {"VisibilityOnDemand": False}
"""The on-demand visibility API server (``VisibilityOnDemand``, beta and on by default in
v0.19) needs in-cluster authentication delegation and an extension API server behind the
APIService of dist/; on the host it cannot serve and the manager does not start. Off, the
manager serves no visibility API (dist/'s APIServices stay unavailable, nothing here uses
them)."""

HOST_CHANGES: tuple[tuple[str, str], ...] = (
    ("health.healthProbeBindAddress", "127.0.0.1:<health port> instead of :8081 (a free loopback port)"),
    ("metrics.bindAddress", "127.0.0.1:<metrics port> instead of :8443 (a free loopback port)"),
    ("webhook.port", "<webhook port> instead of 9443 (a free port; the webhook configurations point there)"),
    ("webhook.host", "127.0.0.1 (added: serve on loopback only)"),
    ("webhook.certDir", "the context's cert_dir (added; the Pod mounts the Secret at /tmp/k8s-webhook-server/serving-certs)"),
    ("internalCertManagement.enable", "false instead of true: Kueue would generate its own CA into the Secret and patch "
                                      "the webhook configurations' caBundle; the simulated cluster's test CA is used instead"),
    ("leaderElection.leaderElect", "false instead of true (one process, no Lease needed)"),
    ("featureGates", "VisibilityOnDemand: false added (no extension API server on the host)"),
)
"""Every field of dist/'s manager configuration that the host run changes, and why."""


def pinned_version() -> str:
    """The version of ``sigs.k8s.io/kueue`` that testbed/operators/kueue/go.mod requires."""
    match = re.search(rf"^\s*{re.escape(KUEUE_MODULE)} (v\S+)", (KUEUE_SOURCE / "go.mod").read_text(encoding="utf-8"), re.M)
    if match is None:
        raise PlatformError(f"testbed/operators/kueue/go.mod requires no {KUEUE_MODULE}")
    return match.group(1)


def ldflags() -> tuple[str, ...]:
    """The version the manager reports (as kueue's Makefile sets it)."""
    return (f"-X {VERSION_PACKAGE}.GitVersion={pinned_version()}",)


def program() -> GoProgram:
    return GoProgram(name="kueue", title=f"the Kueue manager {pinned_version()}", module=KUEUE_SOURCE, package=KUEUE_PACKAGE,
                     ldflags=(*STRIP, *ldflags()), estimate="about 5 minutes on 2 cores")


def build_kueue(report: Report = to_stderr) -> Path:
    """The Kueue manager at the version testbed/operators/kueue/go.mod pins (built once, then cached)."""
    return build(program(), report).path


def dist_configuration(docs: Sequence[Any]) -> dict[str, Any]:
    """The manager configuration of dist/ (the ConfigMap the Deployment mounts)."""
    return dict(yaml.safe_load(config_map_data(docs, NAMESPACE, CONFIG_MAP, CONFIG_KEY)))


def host_configuration(configuration: dict[str, Any], context: OperatorContext) -> dict[str, Any]:
    """dist/'s configuration with exactly the fields of :data:`HOST_CHANGES` changed."""
    config = yaml.safe_load(yaml.safe_dump(configuration))
    config["health"] = {**config.get("health", {}), "healthProbeBindAddress": f"127.0.0.1:{context.health_port}"}
    config["metrics"] = {**config.get("metrics", {}), "bindAddress": f"127.0.0.1:{context.metrics_port}"}
    config["webhook"] = {**config.get("webhook", {}), "port": context.webhook_port, "host": "127.0.0.1",
                         "certDir": str(context.cert_dir)}
    config["internalCertManagement"] = {**config.get("internalCertManagement", {}), "enable": False}
    config["leaderElection"] = {**config.get("leaderElection", {}), "leaderElect": False}
    config["featureGates"] = {**config.get("featureGates", {}), **FEATURE_GATES}
    return config


def host_arguments(docs: Sequence[Any], context: OperatorContext) -> list[str]:
    """The container's flags of dist/ with ``--config`` pointing at the host configuration."""
    path = context.workdir / CONFIG_KEY
    path.write_text(yaml.safe_dump(host_configuration(dist_configuration(docs), context), sort_keys=True), encoding="utf-8")
    args = container_args(docs, NAMESPACE, DEPLOYMENT, "manager")
    if not any(a.startswith("--config=") for a in args):
        raise PlatformError(f"dist/: {NAMESPACE}/{DEPLOYMENT} passes no --config (args {args})")
    return [f"--config={path}" if a.startswith("--config=") else a for a in args]


METRICS_CERT_PATH = "/etc/kueue/metrics/certs"
"""Where the v0.19 manager reads its metrics serving certificate when internal certificate
management is off (a fixed path in ``cmd/kueue/main.go``, no configuration field); it exits
when the files are missing."""

_MOUNT_NAMESPACE_SCRIPT = """set -e
mount -t overlay overlay -o "lowerdir=/etc,upperdir=$1,workdir=$2" /etc
mkdir -p "$3"
cp "$4/tls.crt" "$4/tls.key" "$3/"
shift 4
exec "$@"
"""
"""Run in a private mount namespace: /etc becomes an overlay (the host's /etc unchanged
below it, writes go to the operator's own directory) holding the context's serving
certificate at :data:`METRICS_CERT_PATH`, then the manager replaces the shell."""


def in_mount_namespace(context: OperatorContext, command: list[str]) -> list[str]:
    """``unshare`` arguments that run ``command`` with the metrics certificate at the fixed
    path, visible to this process only (nothing is written to the host's /etc)."""
    upper, work = context.workdir / "etc-overlay" / "upper", context.workdir / "etc-overlay" / "work"
    upper.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    return ["--mount", "--map-root-user", "sh", "-c", _MOUNT_NAMESPACE_SCRIPT, "kueue-mount-namespace",
            str(upper), str(work), METRICS_CERT_PATH, str(context.cert_dir), *command]


def unshare_binary() -> Path:
    found = shutil.which("unshare")
    if found is None:
        raise PlatformError("the Kueue host operator needs util-linux's unshare (a private mount namespace for its "
                            f"metrics certificate at {METRICS_CERT_PATH})")
    return Path(found)


def _ready(context: OperatorContext) -> bool:
    """``/readyz`` of the health probe server answers 200 (as the Deployment's readinessProbe)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{context.health_port}/readyz", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ssl.SSLError):
        return False


def kueue_operator(binary: Path, docs: Sequence[Any]) -> HostOperator:
    """The Kueue manager of dist/ as a host operator of the simulated cluster."""
    return HostOperator(
        name="kueue",
        binary=unshare_binary(),
        arguments=lambda context: in_mount_namespace(context, [str(binary), *host_arguments(docs, context)]),
        service_account=service_account_of(docs, NAMESPACE, DEPLOYMENT),
        webhook_services=(WEBHOOK_SERVICE,),
        ready=_ready,
        ready_timeout=120,
    )


def _start(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    return Started([kueue_operator(build_kueue(report), docs)], [])


OPERATOR = SimulatedOperator(component=component.Kueue, doc="docs/simulated/kueue.md", programs=lambda cache: [program()], start=_start)
