"""Volcano v1.15.1 (volcano-sh/volcano) as host processes of the simulated cluster: the
scheduler (``vc-scheduler``), the controllers (``vc-controller-manager``) and the admission
webhooks (``vc-webhook-manager``), at the version dist/ deploys.

Built from their own Go module graph (``testbed/operators/volcano/go.mod``: Volcano pins Kubernetes
v0.35 libraries): ``tool`` directives pin the three commands, Volcano's own ``replace``
directives are repeated there (a dependency's replaces do not apply), and ``volcano.sh/apis``
is replaced by its staging folder at the tag, pinned in ``upstream.lock.yaml``
(``build_sources`` of component ``volcano``) and read from the verified cache. Binaries are
cached by a hash of go.mod, go.sum and the version ldflags.

Configuration comes from the rendered dist/ (:func:`volcano_operators`): each process gets
its Deployment's container args, rewritten only where a path or port of the pod does not
exist on the host (see ``REWRITTEN``), the scheduler its ConfigMap's
``volcano-scheduler.conf``, the webhook manager its ConfigMap's ``volcano-admission.conf``, and
each runs as its Deployment's ServiceAccount, so dist/'s RBAC applies."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ai_platform.components import volcano as component
from ai_platform.errors import PlatformError
from ai_platform.gobuild import STRIP, GoProgram, Report, build, to_stderr
from ai_platform.profile import Profile
from ai_platform.upstream import UpstreamCache, lock

from testbed.operators.host import HostOperator, OperatorContext, ServiceRef, config_map_data, container_args, service_account_of
from testbed.operators.registry import SimulatedOperator, Started

MODULE = Path(__file__).resolve().parent
COMPONENT = component.COMPONENT
NAMESPACE = component.NAMESPACE
SCHEDULER_NAME = component.SCHEDULER_NAME
GIT_SHA = "0a56ed331897f5455916a44d3075671376d731d6"
"""The commit of tag v1.15.1 (the Go proxy's origin record of volcano.sh/volcano@v1.15.1)."""


@dataclass(frozen=True)
class Binary:
    """One Volcano command: where it is in the module, its binary name, the Deployment of dist/
    that runs it."""

    package: str
    name: str
    deployment: str


SCHEDULER = Binary("volcano.sh/volcano/cmd/scheduler", "vc-scheduler", component.SCHEDULER.name)
CONTROLLER_MANAGER = Binary("volcano.sh/volcano/cmd/controller-manager", "vc-controller-manager", component.CONTROLLERS.name)
WEBHOOK_MANAGER = Binary("volcano.sh/volcano/cmd/webhook-manager", "vc-webhook-manager", component.ADMISSION.name)
BINARIES = (SCHEDULER, CONTROLLER_MANAGER, WEBHOOK_MANAGER)


def version() -> str:
    return lock().component(COMPONENT).version


def ldflags() -> tuple[str, ...]:
    """As Volcano's Makefile.def sets them (the build date left out: it would defeat the cache)."""
    return (f"-X volcano.sh/volcano/pkg/version.Version={version()}", f"-X volcano.sh/volcano/pkg/version.GitSHA={GIT_SHA}")


def ensure_sources(cache: UpstreamCache | None = None) -> None:
    """The pinned folders go.mod replaces dependencies with, verified in the cache."""
    cache = cache or UpstreamCache()
    for source in lock().component(COMPONENT).build_sources:
        cache.ensure_tree(source)


def programs(cache: UpstreamCache | None = None) -> list[GoProgram]:
    """The three commands, each a program of the one Go builder (same module graph, so the second
    and third reuse the first's compiled packages)."""
    return [GoProgram(name=binary.name, title=f"Volcano {version()} {binary.name}", module=MODULE, package=binary.package,
                      ldflags=(*STRIP, *ldflags()), inputs=tuple(s.digest for s in lock().component(COMPONENT).build_sources),
                      prepare=lambda: ensure_sources(cache), estimate="about 5 minutes on 2 cores each, the first one longer")
            for binary in BINARIES]


def build_volcano(report: Report = to_stderr, cache: UpstreamCache | None = None) -> dict[str, Path]:
    """The three binaries (built once, then cached), by binary name."""
    return {program.name: build(program, report).path for program in programs(cache)}


# --- running them on the host, configured from dist/ ---

REWRITTEN = {
    "--kubeconfig": "added: the ServiceAccount's client certificate (in the pod: its in-cluster token)",
    "--healthz-address": "127.0.0.1:<free port> (in the pod: the default :11251 on the pod's own address)",
    "--listen-address": "scheduler and controllers: 127.0.0.1:<free port> for metrics (default :8080 / :8081); "
                        "webhook manager: 127.0.0.1",
    "--port": "webhook manager: the free webhook port instead of 8443",
    "volume paths": "arguments and environment values under a container's volumeMounts point at host folders: a "
                    "configMap volume gets its ConfigMap's keys from dist/, a secret volume the test serving "
                    "certificate (tls.crt, tls.key, ca.crt), an emptyDir an empty folder",
}
"""What differs from dist/'s container, and why (the docs list the same)."""


def _deployment(docs: Sequence[Any], name: str) -> dict[str, Any]:
    for doc in docs:
        if doc.kind == "Deployment" and doc.namespace == NAMESPACE and doc.name == name:
            return dict(doc.obj)
    raise PlatformError(f"dist/ has no Deployment {NAMESPACE}/{name}")


def _container(deployment: dict[str, Any]) -> dict[str, Any]:
    return dict(deployment["spec"]["template"]["spec"]["containers"][0])


def config_map_keys(docs: Sequence[Any], name: str) -> dict[str, str]:
    """Every key of a ConfigMap of dist/ in Volcano's namespace."""
    for doc in docs:
        if doc.kind == "ConfigMap" and doc.namespace == NAMESPACE and doc.name == name:
            return {key: config_map_data(docs, NAMESPACE, name, key) for key in doc.obj.get("data") or {}}
    raise PlatformError(f"dist/ has no ConfigMap {NAMESPACE}/{name}")


VOLUMES = "volumes"


def volume_folder(context: OperatorContext, volume: str) -> Path:
    """Where a volume of the operator's pod lies on the host."""
    return context.workdir / VOLUMES / volume


def mount_volumes(docs: Sequence[Any], deployment: dict[str, Any], context: OperatorContext) -> dict[str, Path]:
    """The container's volume mounts as host folders, by mount path (see ``REWRITTEN``)."""
    volumes = {v["name"]: v for v in deployment["spec"]["template"]["spec"].get("volumes") or []}
    mounts: dict[str, Path] = {}
    for mount in _container(deployment).get("volumeMounts") or []:
        volume = volumes[mount["name"]]
        if "secret" in volume:
            mounts[mount["mountPath"]] = context.cert_dir
            continue
        folder = volume_folder(context, mount["name"])
        folder.mkdir(parents=True, exist_ok=True)
        if "configMap" in volume:
            write_config_map(folder, config_map_keys(docs, volume["configMap"]["name"]))
        elif "emptyDir" not in volume:
            raise PlatformError(f"Volcano host process: volume {mount['name']} of {deployment['metadata']['name']} "
                                f"is neither a configMap, a secret nor an emptyDir: {volume}")
        mounts[mount["mountPath"]] = folder
    return mounts


def write_config_map(folder: Path, data: dict[str, str]) -> None:
    """Projects ConfigMap keys into a folder, as the kubelet does for a configMap volume: each
    key replaced whole (written beside the folder, then renamed into it), so a process that
    watches the folder never reads a half-written file."""
    for key, value in data.items():
        staged = folder.parent / f".{folder.name}.{key}"
        staged.write_text(value, encoding="utf-8")
        staged.replace(folder / key)


def _on_host(value: str, mounts: dict[str, Path]) -> str:
    for mount_path, folder in mounts.items():
        if value == mount_path or value.startswith(mount_path.rstrip("/") + "/"):
            return str(folder) + value[len(mount_path.rstrip("/")):]
    return value


def host_arguments(args: Sequence[str], mounts: dict[str, Path], overrides: dict[str, str]) -> list[str]:
    """dist/'s arguments with volume paths moved to the host and ``overrides`` (flag -> value)
    replacing the flag where it is set, appended where it is not."""
    result: list[str] = []
    for arg in args:
        flag, equals, value = arg.partition("=")
        if equals and flag in overrides:
            continue
        result.append(f"{flag}={_on_host(value, mounts)}" if equals else arg)
    return result + [f"{flag}={value}" for flag, value in overrides.items()]


def host_environment(deployment: dict[str, Any]) -> dict[str, str]:
    """The container's literal environment values; a value under a mount path points at the
    volume's host folder, relative to the process's working directory (its ``workdir``)."""
    relative = {m["mountPath"]: Path(VOLUMES) / m["name"] for m in _container(deployment).get("volumeMounts") or []}
    return {e["name"]: _on_host(str(e["value"]), relative) for e in _container(deployment).get("env") or [] if "value" in e}


def _healthz(context: OperatorContext) -> bool:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{context.health_port}/healthz", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _operator(docs: Sequence[Any], binary: Binary, path: Path, ports: Callable[[OperatorContext], dict[str, str]],
              ready: Callable[[OperatorContext], bool] | None, webhook_services: tuple[ServiceRef, ...] = ()) -> HostOperator:
    deployment = _deployment(docs, binary.deployment)
    args = container_args(docs, NAMESPACE, binary.deployment)

    def arguments(context: OperatorContext) -> list[str]:
        mounts = mount_volumes(docs, deployment, context)
        return host_arguments(args, mounts, {"--kubeconfig": str(context.kubeconfig), **ports(context)})

    return HostOperator(
        name=binary.name, binary=path, arguments=arguments, service_account=service_account_of(docs, NAMESPACE, binary.deployment),
        webhook_services=webhook_services, environment=host_environment(deployment), ready=ready,
        webhooks_before_ready=bool(webhook_services),
    )



def served_services(docs: Sequence[Any], deployment: str) -> tuple[ServiceRef, ...]:
    """The Services of dist/ that select a Deployment's pods (what its webhooks are called through)."""
    labels = _deployment(docs, deployment)["spec"]["template"]["metadata"].get("labels") or {}
    return tuple(ServiceRef(NAMESPACE, d.name) for d in docs if d.kind == "Service" and d.namespace == NAMESPACE
                 and (selector := d.obj["spec"].get("selector")) and all(labels.get(k) == v for k, v in selector.items()))


def volcano_operators(docs: Sequence[Any], binaries: dict[str, Path]) -> list[HostOperator]:
    """The scheduler, the controllers and the webhook manager of dist/ as host processes."""
    if not any(d.kind == "Deployment" and d.namespace == NAMESPACE for d in docs):
        raise PlatformError(f"dist/ deploys no Volcano (no Deployment in {NAMESPACE})")

    def metrics(context: OperatorContext) -> dict[str, str]:
        return {"--healthz-address": f"127.0.0.1:{context.health_port}", "--listen-address": f"127.0.0.1:{context.metrics_port}"}

    def webhooks(context: OperatorContext) -> dict[str, str]:
        return {"--healthz-address": f"127.0.0.1:{context.health_port}", "--listen-address": "127.0.0.1", "--port": str(context.webhook_port)}

    return [
        _operator(docs, WEBHOOK_MANAGER, binaries[WEBHOOK_MANAGER.name], webhooks, None, served_services(docs, WEBHOOK_MANAGER.deployment)),
        _operator(docs, CONTROLLER_MANAGER, binaries[CONTROLLER_MANAGER.name], metrics, _healthz),
        _operator(docs, SCHEDULER, binaries[SCHEDULER.name], metrics, _healthz),
    ]


SCHEDULER_CONFIG_MAP = "volcano-scheduler-configmap"
SCHEDULER_CONFIG_KEY = "volcano-scheduler.conf"


def project_config_map(docs: Sequence[Any], context: OperatorContext, binary: Binary, config_map: str, data: dict[str, str]) -> None:
    """The kubelet's part when a ConfigMap changes: its new data written into the volume folders
    of ``binary``'s pod that mount it (the scheduler reloads its configuration file on change)."""
    volumes = _deployment(docs, binary.deployment)["spec"]["template"]["spec"].get("volumes") or []
    names = [v["name"] for v in volumes if (v.get("configMap") or {}).get("name") == config_map]
    if not names:
        raise PlatformError(f"{binary.deployment} of dist/ mounts no ConfigMap {config_map}")
    for name in names:
        write_config_map(volume_folder(context, name), data)


def _start(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    return Started(volcano_operators(docs, build_volcano(report, cache)), [])


OPERATOR = SimulatedOperator(component=component.Volcano, doc="docs/simulated/volcano.md", programs=programs, start=_start)
