"""ai_inference: Gateway API with an implementation (Envoy Gateway), routes that split
traffic by weight between model versions and route on an OpenAI model header, and exactly
one owner for the Gateway API CRDs."""

from __future__ import annotations

from typing import Any

import pytest

from ai_platform.errors import ProfileError
from ai_platform.components.envoy_gateway import GATEWAY_CONTROLLER
from ai_platform.components.inference_services import MODEL_HEADER, VERSION_HEADER

from ai_platform.upstream import lock

from conftest import dist_documents, own_documents, built, PROFILE_NAMES, make_profile, profile_data

REQUIREMENT_ID = "ai_inference"


def _objects(profile: str, kind: str) -> list[dict[str, Any]]:
    return [d.obj for d in own_documents(profile) if d.kind == kind]


def _key(obj: dict[str, Any]) -> tuple[str, str]:
    return obj["metadata"].get("namespace", ""), obj["metadata"]["name"]


def _units(profile_name: str):
    return built(profile_name).units


def _seconds(duration: str) -> int:
    assert duration.endswith("s"), duration
    return int(duration[:-1])


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_gateway_class_and_gateway_use_the_implementation(profile_name):
    (gateway_class,) = _objects(profile_name, "GatewayClass")
    assert gateway_class["spec"]["controllerName"] == GATEWAY_CONTROLLER
    (gateway,) = _objects(profile_name, "Gateway")
    assert gateway["spec"]["gatewayClassName"] == gateway_class["metadata"]["name"]
    releases = {u.install.component for u in _units(profile_name) if u.install and u.install.kind.value == "Helm" and not u.owns_crds}
    assert "envoy-gateway" in releases


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_routes_attach_to_an_existing_gateway_that_admits_them(profile_name):
    gateways = {_key(g): g for g in _objects(profile_name, "Gateway")}
    namespaces = {n["metadata"]["name"]: n["metadata"]["labels"] for n in _objects(profile_name, "Namespace")}
    routes = _objects(profile_name, "HTTPRoute")
    assert routes
    for route in routes:
        for parent in route["spec"]["parentRefs"]:
            gateway = gateways[(parent.get("namespace", route["metadata"]["namespace"]), parent["name"])]
            (listener,) = [item for item in gateway["spec"]["listeners"] if item["name"] == parent["sectionName"]]
            selector = listener["allowedRoutes"]["namespaces"]["selector"]["matchLabels"]
            route_ns_labels = namespaces[route["metadata"]["namespace"]]
            assert all(route_ns_labels.get(k) == v for k, v in selector.items())


def _pool_releases(profile_name: str) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (u.install.namespace, u.install.release): dict(u.install.config)
        for u in _units(profile_name)
        if u.install and u.install.kind.value == "Helm" and not u.owns_crds and u.install.component == "gateway-api-inference-extension"
    }


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_every_backend_exists(profile_name):
    services = {_key(s): s for s in _objects(profile_name, "Service")}
    pools = _pool_releases(profile_name)
    deployments = _objects(profile_name, "Deployment")
    for route in _objects(profile_name, "HTTPRoute"):
        namespace = route["metadata"]["namespace"]
        for rule in route["spec"]["rules"]:
            for backend in rule["backendRefs"]:
                if backend.get("kind") == "InferencePool":
                    values = pools[(namespace, backend["name"])]["inferencePool"]
                    selector = values["modelServers"]["matchLabels"]
                    selected = [
                        d for d in deployments
                        if d["metadata"]["namespace"] == namespace
                        and all(d["spec"]["template"]["metadata"]["labels"].get(k) == v for k, v in selector.items())
                    ]
                    assert selected, f"InferencePool {backend['name']} selects no model server"
                    ports = {p["containerPort"] for d in selected for c in d["spec"]["template"]["spec"]["containers"] for p in c["ports"]}
                    assert {t["number"] for t in values["targetPorts"]} <= ports
                else:
                    service = services[(namespace, backend["name"])]
                    assert backend["port"] in {p["port"] for p in service["spec"]["ports"]}


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_weighted_split_and_header_routing(profile_name):
    profile = make_profile(profile_data(profile_name))
    assert profile.inference is not None
    routes = {r["metadata"]["name"]: r for r in _objects(profile_name, "HTTPRoute")}
    for model in profile.inference.models:
        rules = {rule["name"]: rule for rule in routes[model.name]["spec"]["rules"]}
        split = rules["split"]
        weights = {b["name"]: b["weight"] for b in split["backendRefs"]}
        assert weights == {f"{model.name}-{v.name}": v.weight for v in model.versions}
        assert sum(weights.values()) == 100
        for rule in rules.values():
            headers = {h["name"]: h["value"] for m in rule["matches"] for h in m["headers"]}
            assert headers[MODEL_HEADER] == model.name
            assert all(m["path"] == {"type": "PathPrefix", "value": "/v1"} for m in rule["matches"])
        for version in model.versions:
            pin = rules[f"pin-{version.name}"]
            assert {h["name"]: h["value"] for h in pin["matches"][0]["headers"]}[VERSION_HEADER] == version.name
            assert [b["name"] for b in pin["backendRefs"]] == [f"{model.name}-{version.name}"]


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_timeouts_suit_streaming_completions(profile_name):
    for route in _objects(profile_name, "HTTPRoute"):
        for rule in route["spec"]["rules"]:
            timeouts = rule["timeouts"]
            assert _seconds(timeouts["request"]) >= 120
            assert _seconds(timeouts["backendRequest"]) <= _seconds(timeouts["request"])


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_exactly_one_owner_installs_the_gateway_api_crds(profile_name):
    """The Gateway API CRDs and their safe-upgrades admission policy are in dist/ once, in the
    Gateway API unit (the Envoy Gateway chart's crds subchart renders the policy too: off)."""
    units = _units(profile_name)
    owners = [u for u in units if u.install and u.install.kind.value == "upstream" and u.install.component == "gateway-api"]
    assert len(owners) == 1 and owners[0].owns_crds
    docs = dist_documents(profile_name)
    crds = [d for d in docs if d.kind == "CustomResourceDefinition" and d.name.endswith(".gateway.networking.k8s.io")]
    assert len(crds) == len({d.name for d in crds}) >= 5
    assert {d.path.parent.name for d in crds} == {owners[0].name}
    policy = [d for d in docs if d.kind.startswith("ValidatingAdmissionPolicy") and "safe-upgrades" in d.name]
    assert sorted(d.kind for d in policy) == ["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"]
    assert {d.path.parent.name for d in policy} == {owners[0].name}
    gateway_api = lock().component("gateway-api")
    assert gateway_api.manifests is not None
    assert all(gateway_api.manifests.contains(f) for f in gateway_api.files), "validated CRDs = installed CRDs"


def test_envoy_gateway_crds_have_their_own_owner():
    envoy = lock().component("envoy-gateway")
    assert envoy.manifests is not None and all(envoy.manifests.contains(f) for f in envoy.files)
    assert [u for u in _units("reference") if u.install and u.install.kind.value == "upstream" and u.install.component == "envoy-gateway"]


def test_weights_must_add_up_to_100():
    data = profile_data("reference")
    data["inference"]["models"][0]["versions"][1]["weight"] = 20
    with pytest.raises(ProfileError, match="add up to 110"):
        make_profile(data)


def test_inference_namespace_needs_gpu_access():
    data = profile_data("reference")
    data["inference"]["namespace"] = "web-apps"
    with pytest.raises(ProfileError, match="must be a tenant namespace with gpuAccess"):
        make_profile(data)


def test_model_needs_a_pool_with_its_gpu():
    data = profile_data("reference")
    data["inference"]["models"][0]["gpuModel"] = "h200"
    with pytest.raises(ProfileError, match="no device-plugin pool provides"):
        make_profile(data)
