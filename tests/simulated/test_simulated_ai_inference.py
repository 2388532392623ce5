"""ai_inference on the simulated cluster: the real Envoy Gateway controller v1.9.0 of dist/ runs
as a host process (dist/'s ServiceAccount, so dist/'s RBAC; dist/'s EnvoyGateway configuration
with the host changes of ``HOST_CHANGES``; the certificates of the chart's certgen Job, made by
the controller's own ``certgen``). It accepts dist/'s GatewayClass and Gateway, accepts every
HTTPRoute of dist/ with all its backends resolved, and translates the routes' weighted split
and header matches into the xDS IR it publishes to Envoy (read from its log, where the
translator writes each IR at debug level). Negative cases run on broken platform objects: a
route whose backend is deleted is no longer resolved, and a GatewayClass whose
``controllerName`` is changed is never accepted.

Platform finding: the reference profile's route used to name InferencePools of the Gateway API
Inference Extension as backends, which the pinned controller refuses (every request would have
got a 500). The profile check now refuses ``inferenceExtension: true``; a test here keeps showing
the refusal on a route pointed at InferencePools.

Not shown (docs/simulated/envoy-gateway.md): no Envoy data plane runs. The Envoy proxy
Deployment the controller creates is faked Running/Ready by KWOK, so no request is routed and
the 90/10 split is shown as configuration, not as measured traffic."""

from __future__ import annotations

import copy
import json
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from testbed.operators.host import OperatorContext, ServiceRef, container_args
from ai_platform.kubeclient import ApiError, KubeClient
from testbed.operators.envoy_gateway import (
    CONFIG_KEY,
    DEPLOYMENT,
    HOST_CHANGES,
    NAMESPACE,
    TOPOLOGY_INJECTOR_PORT,
    dist_configuration,
    envoy_gateway_operator,
    host_configuration,
    pinned_version,
)
from testbed.simulated import SimulatedCluster
from ai_platform.components.envoy_gateway import EnvoyGateway
from simulated_fixtures import StartCluster
from simulated_pods import wait_until
from ai_platform.upstream import lock
from ai_platform.validation.documents import Document
from conftest import PROFILE_NAMES, dist_documents

pytestmark = [pytest.mark.simulated]

OPERATOR = "envoy-gateway"
GATEWAY_API = "gateway.networking.k8s.io/v1"
INFERENCE_API = "inference.networking.k8s.io/v1"
MODEL_HEADER = "x-gateway-model-name"
"""The header the platform routes models on (the Inference Extension's body-based router sets it)."""
SETTLE = 20.0
"""How long a negative case waits for a status that must not come (a control object of the
same test gets its status well within it)."""
T = TypeVar("T")


@pytest.fixture(scope="module", params=PROFILE_NAMES)
def cluster(request: pytest.FixtureRequest, start_cluster: StartCluster) -> Iterator[SimulatedCluster]:
    with start_cluster(request.param, EnvoyGateway) as sim:
        yield sim


# --- helpers -----------------------------------------------------------------------------

def wait_for(what: str, probe: Callable[[], T | None], cluster: SimulatedCluster, timeout: float = 90) -> T:
    """``probe()`` once it returns something; fails with the controller's last log lines."""
    return wait_until(what, probe, timeout, detail=lambda: "Envoy Gateway log tail:\n"
                      + "\n".join(line[:400] for line in cluster.operator_log(OPERATOR).splitlines()[-15:]))


def platform(cluster: SimulatedCluster, kind: str) -> list[dict[str, Any]]:
    """The objects of a Gateway API kind that dist/ deploys."""
    return [d.obj for d in cluster.docs if d.kind == kind and d.api_version == GATEWAY_API]


def condition(conditions: list[dict[str, Any]] | None, kind: str) -> dict[str, Any] | None:
    return next((c for c in conditions or [] if c["type"] == kind), None)


def is_true(conditions: list[dict[str, Any]] | None, kind: str) -> bool:
    found = condition(conditions, kind)
    return found is not None and found["status"] == "True"


def controller_name(cluster: SimulatedCluster) -> str:
    """The controller name of dist/'s EnvoyGateway configuration."""
    return str(dist_configuration(cluster.docs)["gateway"]["controllerName"])


def route_parent(cluster: SimulatedCluster, client: KubeClient, route: dict[str, Any]) -> dict[str, Any] | None:
    """The route's status for its (one) parent Gateway as written by the controller of dist/."""
    live = client.get(route)
    (ref,) = route["spec"]["parentRefs"]
    for parent in (live.get("status") or {}).get("parents") or []:
        if parent["parentRef"]["name"] == ref["name"] and parent["controllerName"] == controller_name(cluster):
            return dict(parent)
    return None


def resolved(cluster: SimulatedCluster, client: KubeClient, route: dict[str, Any]) -> bool:
    """The positive assertion: Accepted and ResolvedRefs both True from the controller of dist/."""
    parent = route_parent(cluster, client, route)
    return parent is not None and is_true(parent["conditions"], "Accepted") and is_true(parent["conditions"], "ResolvedRefs")


def xds_ir(cluster: SimulatedCluster) -> dict[str, dict[str, Any]]:
    """The latest xDS IR per Gateway that the controller published (its Gateway API translator
    logs each IR at debug level: message = the IR's JSON, fields = ``{"xds-ir": <gateway>}``)."""
    latest: dict[str, dict[str, Any]] = {}
    for line in cluster.operator_log(OPERATOR).splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or '"xds-ir"' not in parts[-1]:
            continue
        try:
            fields, message = json.loads(parts[-1]), json.loads(parts[-2])
        except json.JSONDecodeError:
            continue
        latest[str(fields["xds-ir"])] = message
    return latest


def ir_route(cluster: SimulatedCluster, route: dict[str, Any], rule: dict[str, Any]) -> dict[str, Any] | None:
    """The IR route of one rule of a dist/ HTTPRoute (its metadata names the route and the rule)."""
    meta = route["metadata"]
    for ir in xds_ir(cluster).values():
        for listener in ir.get("http") or []:
            for candidate in listener.get("routes") or []:
                owner = candidate.get("metadata") or {}
                if (owner.get("kind"), owner.get("namespace"), owner.get("name"), owner.get("sectionName")) == (
                        "HTTPRoute", meta["namespace"], meta["name"], rule["name"]):
                    return dict(candidate)
    return None


def routed_ir(cluster: SimulatedCluster, route: dict[str, Any], rule: dict[str, Any]) -> dict[str, Any]:
    """The rule's IR route once it routes to backends (before the backend pods are ready the
    controller publishes a 503 direct response instead of a destination)."""
    def probe() -> dict[str, Any] | None:
        found = ir_route(cluster, route, rule)
        return found if found and (found.get("destination") or {}).get("settings") and not found.get("directResponse") else None

    return wait_for(f"xDS IR route of rule {rule['name']} with a destination", probe, cluster, ROUTE_TIMEOUT)


ROUTE_TIMEOUT = 90
"""Seconds a route check waits for the controller."""


def backend_of(cluster: SimulatedCluster, route: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    """The object a backendRef of a dist/ route names (a Service or an InferencePool)."""
    kind = ref.get("kind", "Service")
    namespace = ref.get("namespace", route["metadata"]["namespace"])
    (obj,) = [d.obj for d in cluster.docs if d.kind == kind and d.namespace == namespace and d.name == ref["name"]]
    return obj


# --- the controller's configuration, from dist/ (no cluster) ---------------------------------

def test_the_pinned_controller_is_the_one_dist_deploys() -> None:
    assert pinned_version() == lock().component("envoy-gateway").version
    assert lock().component("envoy-gateway").images["controller"].endswith(f":{pinned_version()}")


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_controller_configured_from_dist(profile_name: str, tmp_path: Path) -> None:
    """The host run uses dist/'s args, ServiceAccount, environment and EnvoyGateway
    configuration, changed in exactly the fields of ``HOST_CHANGES``."""
    docs = dist_documents(profile_name)
    # The certificate Secret certgen would create (its data is only copied to /certs).
    certs = Document(tmp_path / "certgen", {"apiVersion": "v1", "kind": "Secret", "data": {"ca.crt": "", "tls.crt": "", "tls.key": ""},
                                            "metadata": {"name": "envoy-gateway", "namespace": NAMESPACE}})
    operator = envoy_gateway_operator(Path("/nonexistent/envoy-gateway"), [*docs, certs])
    assert operator.service_account == ServiceRef(NAMESPACE, "envoy-gateway")
    assert operator.environment["ENVOY_GATEWAY_NAMESPACE"] == NAMESPACE
    assert operator.webhook_services == ()
    context = OperatorContext(name=OPERATOR, workdir=tmp_path, kubeconfig=tmp_path / "kubeconfig", cert_dir=tmp_path,
                              webhook_port=1, metrics_port=2, health_port=3, server="https://127.0.0.1:4")
    flags = operator.arguments(context)
    dist_args = container_args(docs, NAMESPACE, DEPLOYMENT)
    assert flags[-len(dist_args):] == [f"--config-path={tmp_path / CONFIG_KEY}" if a.startswith("--config-path=") else a
                                       for a in dist_args]
    dist = dist_configuration(docs)
    host = host_configuration(dist, 2)
    changed = {"provider", "admin", "logging"}
    assert {k: v for k, v in host.items() if k not in changed} == {k: v for k, v in dist.items() if k not in changed}
    assert host["provider"]["kubernetes"] == {**dist["provider"]["kubernetes"], "proxyTopologyInjector": {"disabled": True}}
    assert host["logging"]["level"] == {**dist["logging"]["level"], "gateway-api": "debug"}
    assert host["admin"]["address"] == {"host": "127.0.0.1", "port": 2}
    assert {field.split(".")[0] for field, _ in HOST_CHANGES} == changed


# --- Gateway API objects of dist/, accepted and programmed ----------------------------------

def test_the_unserved_topology_injector_webhook_is_left_out(cluster: SimulatedCluster) -> None:
    """HOST_CHANGES turns the topology injector off, so dist/'s webhook configuration for it is
    not applied (nothing would answer it); the cluster records that."""
    notes = [n for n in cluster.webhook_notes if "envoy-gateway-topology-injector" in n]
    assert notes and all("left out" in n for n in notes), cluster.webhook_notes


def test_the_running_controller_leaves_the_webhook_port_free(cluster: SimulatedCluster) -> None:
    """The topology injector off means no webhook server: v1.9.0 binds its fixed ``:9443`` only
    for that webhook, and KubeRay's host process needs the same port when both run
    (``main.py testbed --operators``). A misspelt key is ignored by the controller's
    configuration loader and leaves the port taken (seen: ``listen tcp :9443: bind: address
    already in use``, the controller exits)."""
    assert cluster.operators and cluster.operators[0].name == OPERATOR
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
        # SO_REUSEADDR: connections of earlier modules to :9443 may linger in TIME_WAIT; Linux
        # still refuses the bind while a socket listens there.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("::", TOPOLOGY_INJECTOR_PORT))


def test_gateway_class_accepted(cluster: SimulatedCluster, client: KubeClient) -> None:
    """dist/'s GatewayClass names the controller of dist/'s configuration and is Accepted by it."""
    (gateway_class,) = platform(cluster, "GatewayClass")
    assert gateway_class["spec"]["controllerName"] == controller_name(cluster)
    wait_for(f"GatewayClass {gateway_class['metadata']['name']} Accepted",
             lambda: is_true((client.get(gateway_class).get("status") or {}).get("conditions"), "Accepted"), cluster)


def test_gateway_accepted_and_its_proxy_created(cluster: SimulatedCluster, client: KubeClient) -> None:
    """dist/'s Gateway is Accepted, and the controller creates its Envoy proxy (Deployment and
    Service in its own namespace), which KWOK fakes available. ``Programmed`` needs an address:
    the proxy Service is of type LoadBalancer and the simulated cluster has no load balancer,
    so the controller reports ``Programmed`` False with reason ``AddressNotAssigned``."""
    (gateway,) = platform(cluster, "Gateway")
    name = gateway["metadata"]["name"]
    wait_for(f"Gateway {name} Accepted",
             lambda: is_true((client.get(gateway).get("status") or {}).get("conditions"), "Accepted"), cluster)
    owner = {"gateway.envoyproxy.io/owning-gateway-name": name,
             "gateway.envoyproxy.io/owning-gateway-namespace": gateway["metadata"]["namespace"]}

    def owned(kind: str, api: str) -> list[dict[str, Any]]:
        return [o for o in client.list(api, kind, NAMESPACE)
                if all((o["metadata"].get("labels") or {}).get(k) == v for k, v in owner.items())]

    (deployment,) = wait_for("the Gateway's Envoy proxy Deployment", lambda: owned("Deployment", "apps/v1"), cluster)
    (service,) = wait_for("the Gateway's Envoy proxy Service", lambda: owned("Service", "v1"), cluster)
    ports = {p["port"] for p in service["spec"]["ports"]}
    assert {listener["port"] for listener in gateway["spec"]["listeners"]} <= ports
    wait_for("the proxy Deployment available (KWOK's fake pod)", lambda: (client.read(
        "apps/v1", "Deployment", deployment["metadata"]["name"], NAMESPACE).get("status") or {}).get("availableReplicas"), cluster)
    programmed = wait_for(f"Gateway {name} reports Programmed",
                          lambda: condition((client.get(gateway).get("status") or {}).get("conditions"), "Programmed"), cluster)
    assert service["spec"]["type"] == "LoadBalancer"
    assert (programmed["status"], programmed["reason"]) == ("False", "AddressNotAssigned"), programmed


def test_every_route_accepted_with_resolved_backends(request: pytest.FixtureRequest, cluster: SimulatedCluster,
                                                     client: KubeClient) -> None:
    """Every HTTPRoute of dist/ is Accepted by the controller of dist/ on its Gateway, and its
    backends are resolved."""
    routes = platform(cluster, "HTTPRoute")
    assert routes
    for route in routes:
        meta = route["metadata"]
        wait_for(f"HTTPRoute {meta['namespace']}/{meta['name']} Accepted and ResolvedRefs",
                 lambda route=route: resolved(cluster, client, route), cluster, ROUTE_TIMEOUT)
        parent = route_parent(cluster, client, route)
        assert parent is not None and parent["controllerName"] == controller_name(cluster)


def test_a_route_to_inference_pools_is_refused_by_the_pinned_controller(cluster: SimulatedCluster, client: KubeClient) -> None:
    """Why the profile refuses ``inferenceExtension: true``: a copy of dist/'s route whose
    backends are InferencePools (what the extension would render) is Accepted but never
    resolved: InvalidKind on the backend's group, and the controller answers its rules with a 500.
    The same copy with dist/'s Service backends is resolved."""
    route = platform(cluster, "HTTPRoute")[0]
    copies: list[dict[str, Any]] = []
    try:
        _refused_with_pools_resolved_with_services(cluster, client, route, copies)
    finally:
        for copy_ in copies:
            client.delete(copy_)


def _refused_with_pools_resolved_with_services(cluster: SimulatedCluster, client: KubeClient, route: dict[str, Any],
                                               copies: list[dict[str, Any]]) -> None:
    for variant, pools in (("pools", True), ("services", False)):
        copy_ = copy.deepcopy(route)
        copy_["metadata"] = {"name": f"{route['metadata']['name']}-{variant}", "namespace": route["metadata"]["namespace"]}
        for rule in copy_["spec"]["rules"]:
            for ref in rule["backendRefs"]:
                if pools:
                    ref.update({"group": "inference.networking.k8s.io", "kind": "InferencePool"})
        client.create(copy_)
        copies.append(copy_)

        def refs_of(copy_: dict[str, Any] = copy_) -> dict[str, Any] | None:
            parent = route_parent(cluster, client, copy_)
            return condition(parent["conditions"], "ResolvedRefs") if parent else None

        refs = wait_for(f"ResolvedRefs of the {variant} copy", refs_of, cluster, ROUTE_TIMEOUT)
        if pools:
            refs = wait_for("ResolvedRefs False", lambda: (r if (r := refs_of()) and r["status"] == "False" else None),
                            cluster, ROUTE_TIMEOUT)
            assert refs["reason"] == "InvalidKind" and "Group is invalid" in refs["message"], refs
        else:
            refs = wait_for("ResolvedRefs True", lambda: (r if (r := refs_of()) and r["status"] == "True" else None),
                            cluster, ROUTE_TIMEOUT)


# --- what the routes become in the controller's xDS IR --------------------------------------

def test_weighted_split_reaches_the_xds_ir(request: pytest.FixtureRequest, cluster: SimulatedCluster,
                                          client: KubeClient) -> None:
    """Every rule of dist/'s routes becomes an IR route whose destination has one setting per
    backendRef, naming that backend, with dist/'s weight (90/10 stable/canary in the split
    rule of qwen3-8b, 1 in each version pin) and the ready endpoints of the backend's pods."""
    split = 0
    for route in platform(cluster, "HTTPRoute"):
        for rule in route["spec"]["rules"]:
            settings = routed_ir(cluster, route, rule)["destination"]["settings"]
            ir_weights = {(s["metadata"]["kind"], s["metadata"]["name"]): int(s["weight"]) for s in settings}
            assert len(settings) == len(rule["backendRefs"]), (rule["name"], settings)
            assert ir_weights == {(r.get("kind", "Service"), r["name"]): int(r["weight"]) for r in rule["backendRefs"]}, rule["name"]
            for setting in settings:
                slices = [s for s in client.list("discovery.k8s.io/v1", "EndpointSlice", route["metadata"]["namespace"])
                          if s["metadata"]["labels"].get("kubernetes.io/service-name") == setting["metadata"]["name"]]
                ready = {a for s in slices for e in s.get("endpoints") or [] if (e.get("conditions") or {}).get("ready")
                         for a in e["addresses"]}
                assert ready and {e["host"] for e in setting["endpoints"]} == ready, (setting, ready)
            split += len(rule["backendRefs"]) > 1
    assert split, "dist/ declares no weighted split"


def test_header_matches_reach_the_xds_ir(request: pytest.FixtureRequest, cluster: SimulatedCluster) -> None:
    """Every rule's matches (the model header, the version pin header, the path prefix) are the
    IR route's matches, and that IR route leads to the rule's backends (not a direct response)."""
    for route in platform(cluster, "HTTPRoute"):
        for rule in route["spec"]["rules"]:
            found = routed_ir(cluster, route, rule)
            (match,) = rule["matches"]
            wanted = {(h["name"], h["value"]) for h in match["headers"] if h.get("type", "Exact") == "Exact"}
            assert MODEL_HEADER in {name for name, _ in wanted}
            assert {(h["name"], h.get("exact")) for h in found.get("headerMatches") or []} == wanted, (rule["name"], found)
            assert match["path"]["type"] == "PathPrefix" and found["pathMatch"]["prefix"] == match["path"]["value"]
            assert {s["metadata"]["name"] for s in found["destination"]["settings"]} == {r["name"] for r in rule["backendRefs"]}


# --- negative cases on broken platform objects ----------------------------------------------

def test_route_with_deleted_backend_is_not_resolved(request: pytest.FixtureRequest, cluster: SimulatedCluster,
                                                    client: KubeClient) -> None:
    """Deleting one backend of dist/'s route (the canary Service) makes the positive assertion
    fail: ResolvedRefs turns False, naming the backend; restored, it is True again."""
    (route,) = [r for r in platform(cluster, "HTTPRoute") if any(len(rule["backendRefs"]) > 1 for rule in r["spec"]["rules"])]
    wait_for("route resolved before the backend is deleted", lambda: resolved(cluster, client, route), cluster,
             ROUTE_TIMEOUT)
    split = next(rule for rule in route["spec"]["rules"] if len(rule["backendRefs"]) > 1)
    backend = backend_of(cluster, route, split["backendRefs"][-1])
    client.delete(backend)
    try:
        wait_for("route unresolved after its backend is deleted", lambda: not resolved(cluster, client, route), cluster)
        parent = route_parent(cluster, client, route)
        assert parent is not None
        refs = condition(parent["conditions"], "ResolvedRefs")
        assert refs is not None and refs["status"] == "False", refs
        assert refs["reason"] == "BackendNotFound" and backend["metadata"]["name"] in refs["message"], refs
    finally:
        restored = copy.deepcopy(backend)
        client.apply(restored)
    wait_for("route resolved again with its backend restored", lambda: resolved(cluster, client, route), cluster)


def test_gateway_class_with_changed_controller_is_never_accepted(cluster: SimulatedCluster, client: KubeClient) -> None:
    """A copy of dist/'s GatewayClass whose ``controllerName`` is changed is never accepted,
    while an unchanged copy created at the same time is (the positive assertion holds for it)."""
    (gateway_class,) = platform(cluster, "GatewayClass")
    good = copy.deepcopy(gateway_class)
    good["metadata"] = {"name": "envoy-copy", "labels": gateway_class["metadata"].get("labels", {})}
    broken = copy.deepcopy(good)
    broken["metadata"]["name"] = "envoy-broken"
    broken["spec"]["controllerName"] = controller_name(cluster).replace("envoyproxy.io", "example.com")
    for obj in (good, broken):
        client.apply(obj)
    try:
        wait_for("the unchanged copy Accepted",
                 lambda: is_true((client.get(good).get("status") or {}).get("conditions"), "Accepted"), cluster, timeout=SETTLE)
        time.sleep(2)
        accepted = condition((client.get(broken).get("status") or {}).get("conditions"), "Accepted")
        assert accepted is not None and (accepted["status"], accepted["reason"]) == ("Unknown", "Pending"), accepted
    finally:
        for obj in (good, broken):
            try:
                client.delete(obj)
            except ApiError as exc:
                if exc.status != 404:
                    raise
