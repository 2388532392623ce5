"""prometheus-adapter v0.12.0 and Prometheus v3.13.1 (the versions dist/ deploys) for the
simulated cluster: built from their own Go modules (``testbed/operators/prometheus_adapter/``,
``testbed/operators/prometheus/``), cached by a hash of go.mod/go.sum and the build flags, and the
adapter run as a host operator with its flags, rules and RBAC from dist/.

The adapter serves ``custom.metrics.k8s.io`` through dist/'s APIService. An APIService can
only name a Service; kube-apiserver (``aggregation=True``) proxies to an endpoint of it
(``--enable-aggregator-routing``), so :func:`route_service_to_host` turns dist/'s adapter
Service into one without a selector whose EndpointSlice is the host address the adapter
listens on (endpoints may not be loopback addresses)."""

from __future__ import annotations

import copy
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ai_platform.components import prometheus_adapter as component
from ai_platform.errors import PlatformError
from ai_platform.gobuild import STRIP, GoProgram, Report, build, to_stderr
from ai_platform.kubeclient import ApiError, KubeClient

from testbed.operators.host import HostOperator, OperatorContext, ServiceRef, config_map_data, container_args, service_account_of

PROMETHEUS_SOURCE = Path(__file__).resolve().parents[1] / "prometheus"
ADAPTER_SOURCE = Path(__file__).resolve().parent
PROMETHEUS_VERSION = "3.13.1"
"""dist/'s Prometheus image tag (v3.13.1); its Go module is github.com/prometheus/prometheus v0.313.1."""
PROMETHEUS_TAGS = ("remove_all_sd",)
"""Prometheus's own build tags: leave out every service discovery plugin (cloud SDKs);
file_sd and static configs stay (see prometheus.py for why no Kubernetes SD is needed)."""
PROMETHEUS_LDFLAGS = (f"-X github.com/prometheus/common/version.Version={PROMETHEUS_VERSION}",)
ADAPTER_NAMESPACE = component.ADAPTER.namespace
ADAPTER_DEPLOYMENT = component.ADAPTER.name
ENDPOINT_MANAGER = "simulated-cluster.ai-platform.dev"
"""``endpointslice.kubernetes.io/managed-by`` of the EndpointSlice made for a host process."""


def prometheus_program() -> GoProgram:
    return GoProgram(name="prometheus", title="Prometheus", module=PROMETHEUS_SOURCE, package="github.com/prometheus/prometheus/cmd/prometheus",
                     ldflags=(*STRIP, *PROMETHEUS_LDFLAGS), tags=PROMETHEUS_TAGS, estimate="about 12 minutes on 2 cores")


def adapter_program() -> GoProgram:
    return GoProgram(name="prometheus-adapter", title="prometheus-adapter", module=ADAPTER_SOURCE, binary="adapter",
                     package="sigs.k8s.io/prometheus-adapter/cmd/adapter", estimate="about 5 minutes on 2 cores")


def build_prometheus(report: Report = to_stderr) -> Path:
    """The prometheus binary at the version testbed/operators/prometheus/go.mod pins (cached)."""
    return build(prometheus_program(), report).path


def build_adapter(report: Report = to_stderr) -> Path:
    """The prometheus-adapter binary at the version testbed/operators/prometheus_adapter/go.mod pins (cached)."""
    return build(adapter_program(), report).path


def host_address() -> str:
    """A non-loopback address of this host (EndpointSlices refuse loopback ones)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.connect(("198.51.100.1", 9))  # no packet is sent: this only picks the outgoing interface
        address = str(sock.getsockname()[0])
    if address.startswith("127."):
        raise PlatformError("no non-loopback IPv4 address on this host for the aggregated API's endpoint")
    return address


def _mounted_file(docs: Sequence[Any], flag_value: str) -> tuple[str, str]:
    """(ConfigMap name, key) of the adapter's ``--config`` file, from the Deployment's mounts."""
    for doc in docs:
        if doc.kind == "Deployment" and doc.namespace == ADAPTER_NAMESPACE and doc.name == ADAPTER_DEPLOYMENT:
            spec = doc.obj["spec"]["template"]["spec"]
            volumes = {v["name"]: v for v in spec.get("volumes") or []}
            for mount in spec["containers"][0].get("volumeMounts") or []:
                directory = mount["mountPath"].rstrip("/") + "/"
                source = volumes[mount["name"]].get("configMap")
                if source and flag_value.startswith(directory):
                    return source["name"], flag_value[len(directory):]
    raise PlatformError(f"dist/: no ConfigMap volume of the adapter holds {flag_value}")


def adapter_flags(docs: Sequence[Any], context: OperatorContext, prometheus_url: str, bind_address: str) -> list[str]:
    """dist/'s container args with what points into the pod rewritten for the host: the secure
    port (a free one), the certificate directory, the Prometheus URL (the host Prometheus) and
    the config file (dist/'s ConfigMap key, written unchanged); the rest (relist interval,
    verbosity) as dist/ sets them. Added: where to listen and the kubeconfigs a pod would not need."""
    rewritten: list[str] = []
    for arg in container_args(docs, ADAPTER_NAMESPACE, ADAPTER_DEPLOYMENT):
        if not arg.startswith("--"):
            continue  # the image's entrypoint (/adapter)
        name, _, value = arg.partition("=")
        if name == "--secure-port":
            arg = f"--secure-port={context.webhook_port}"
        elif name == "--cert-dir":
            arg = f"--cert-dir={context.workdir / 'cert'}"
        elif name == "--prometheus-url":
            arg = f"--prometheus-url={prometheus_url}"
        elif name == "--config":
            config_map, key = _mounted_file(docs, value)
            path = context.workdir / key
            path.write_text(config_map_data(docs, ADAPTER_NAMESPACE, config_map, key), encoding="utf-8")
            arg = f"--config={path}"
        rewritten.append(arg)
    kubeconfig = str(context.kubeconfig)
    return [*rewritten, f"--bind-address={bind_address}", f"--lister-kubeconfig={kubeconfig}",
            f"--authentication-kubeconfig={kubeconfig}", f"--authorization-kubeconfig={kubeconfig}"]


def adapter_healthy(address: str, port: int) -> bool:
    """The adapter's /healthz answers 200 (its serving certificate is self-signed in
    ``--cert-dir``, as in the pod; dist/'s APIService skips TLS verification too)."""
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    try:
        with urllib.request.urlopen(f"https://{address}:{port}/healthz", context=context, timeout=3) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def adapter_operator(binary: Path, docs: Sequence[Any], prometheus_url: Callable[[], str], bind_address: str,
                     name: str = "prometheus-adapter") -> HostOperator:
    """prometheus-adapter as a host process with dist/'s ServiceAccount (and so its RBAC)."""
    return HostOperator(
        name=name, binary=binary,
        arguments=lambda context: adapter_flags(docs, context, prometheus_url(), bind_address),
        service_account=service_account_of(docs, ADAPTER_NAMESPACE, ADAPTER_DEPLOYMENT),
        ready=lambda context: adapter_healthy(bind_address, context.webhook_port),
    )


def apiservice_service(docs: Sequence[Any], group: str) -> ServiceRef:
    """The Service dist/'s APIService of ``group`` names."""
    for doc in docs:
        if doc.kind == "APIService" and doc.obj["spec"]["group"] == group:
            service = doc.obj["spec"]["service"]
            return ServiceRef(service["namespace"], service["name"])
    raise PlatformError(f"dist/ has no APIService for {group}")


def route_service_to_host(client: KubeClient, docs: Sequence[Any], service: ServiceRef, address: str, port: int) -> str:
    """Points a Service of dist/ at a process on this host: dist/'s Service is applied again
    without its selector (so the EndpointSlice controller no longer lists the fake pod's IP),
    its Endpoints and the controllers' EndpointSlices of it are deleted, and one EndpointSlice with
    ``address:port`` under each Service port's name is created. Returns what was rewritten."""
    found = [d.obj for d in docs if d.kind == "Service" and d.namespace == service.namespace and d.name == service.name]
    if not found:
        raise PlatformError(f"dist/ has no Service {service.namespace}/{service.name}")
    selectorless = copy.deepcopy(found[0])
    selectorless["spec"].pop("selector", None)
    client.apply(selectorless)  # the same field manager as the sync: the omitted selector is removed
    # The endpoints controller leaves the Endpoints of a Service without a selector alone, and
    # the EndpointSlice mirroring controller mirrors them: both the old Endpoints and every
    # slice not made here go, until none comes back (the aggregator picks a slice at random).
    try:
        client.delete({"apiVersion": "v1", "kind": "Endpoints", "metadata": {"name": service.name, "namespace": service.namespace}})
    except ApiError as exc:
        if exc.status != 404:
            raise
    quiet = 0
    deadline = time.monotonic() + 60
    while quiet < 3:
        foreign = [s for s in client.list("discovery.k8s.io/v1", "EndpointSlice", service.namespace)
                   if (s["metadata"].get("labels") or {}).get("kubernetes.io/service-name") == service.name
                   and (s["metadata"].get("labels") or {}).get("endpointslice.kubernetes.io/managed-by") != ENDPOINT_MANAGER]
        for slice_ in foreign:
            try:
                client.delete({"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "metadata": slice_["metadata"]})
            except ApiError as exc:
                if exc.status != 404:
                    raise
        quiet = 0 if foreign else quiet + 1
        if time.monotonic() > deadline:
            raise PlatformError(f"EndpointSlices of {service.namespace}/{service.name} keep coming back: {[s['metadata']['name'] for s in foreign]}")
        time.sleep(1)
    ports = selectorless["spec"]["ports"]
    client.apply({
        "apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
        "metadata": {"name": f"{service.name}-host", "namespace": service.namespace,
                     "labels": {"kubernetes.io/service-name": service.name, "endpointslice.kubernetes.io/managed-by": ENDPOINT_MANAGER}},
        "addressType": "IPv4",
        "endpoints": [{"addresses": [address], "conditions": {"ready": True}}],
        "ports": [{"name": p.get("name", ""), "port": port, "protocol": p.get("protocol", "TCP")} for p in ports],
    })
    return (f"Service {service.namespace}/{service.name}: selector removed; its EndpointSlices replaced by one "
            f"with {address}:{port} for port {', '.join(p.get('name', '') for p in ports)}")
