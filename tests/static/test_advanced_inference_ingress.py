"""advanced_inference_ingress: the Gateway API Inference Extension (InferencePools whose endpoint
picker chooses replicas from live metrics).

Not offered: the pinned Envoy Gateway routes to InferencePools only through an extension server
(Envoy AI Gateway) that the platform does not pin, which the real controller showed on the
simulated cluster (every request to such a route would get a 500; tests/simulated/test_simulated_ai_inference.py
and docs/simulated/envoy-gateway.md). So the profile check refuses ``inferenceExtension: true``
and the status says why. The rendering of pools and pickers is kept, and tested here on a profile
forced past the check, for the day a gateway that serves InferencePools is pinned."""

from __future__ import annotations


import pytest

from ai_platform.conformance.requirements import IMPLEMENTATIONS, NOT_IMPLEMENTED
from ai_platform.errors import ProfileError
from ai_platform.platform import build_platform
from ai_platform.upstream import lock

from conftest import PROFILE_NAMES, dist_documents, forced_extension_documents, forced_extension_profile, make_profile, profile_data, installs_of

REQUIREMENT_ID = "advanced_inference_ingress"


def test_the_profile_refuses_the_extension_and_says_why():
    data = profile_data("reference")
    data["components"]["inferenceExtension"] = True
    with pytest.raises(ProfileError) as refused:
        make_profile(data)
    message = str(refused.value)
    assert "components.inferenceExtension: true is refused" in message
    assert "Envoy AI Gateway" in message and "allowed: false" in message


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_no_profile_renders_pools_and_the_status_says_why(name: str):
    docs = dist_documents(name)
    assert not [d for d in docs if d.kind == "InferencePool"]
    status = IMPLEMENTATIONS[REQUIREMENT_ID].decide(make_profile(profile_data(name)))
    assert status.status == NOT_IMPLEMENTED
    assert "Envoy AI Gateway" in status.notes


def test_inference_extension_crds_are_owned_and_pinned():
    platform = build_platform(forced_extension_profile(), "dist/reference")
    owners = [u for u in platform.units if u.install and u.install.kind.value == "upstream" and u.install.component == "gateway-api-inference-extension"]
    assert len(owners) == 1
    component = lock().component("gateway-api-inference-extension")
    assert component.version == "v1.5.0"
    assert any(f.url.endswith("inference.networking.k8s.io_inferencepools.yaml") for f in component.files)


def test_each_model_version_gets_a_pool_with_an_endpoint_picker():
    profile = forced_extension_profile()
    platform = build_platform(profile, "dist/reference")
    pools = {i.release: i for i in installs_of(platform, "gateway-api-inference-extension")}
    assert profile.inference is not None
    expected = {f"{m.name}-{v.name}" for m in profile.inference.models for v in m.versions}
    assert set(pools) == expected
    chart = lock().component("gateway-api-inference-extension").chart
    assert chart is not None and chart.name == "inferencepool" and chart.version == "v1.5.0"


def test_pools_and_endpoint_pickers_are_rendered_from_a_chart_that_exists(upstream_cache):
    """v1.6.0 has no inferencepool chart (and so no epp image to pin); the pinned v1.5.0 source
    is in the mirror and renders one pool and one endpoint picker per version."""
    chart = lock().component("gateway-api-inference-extension").chart
    assert chart is not None and (upstream_cache.tree(chart.source) / "Chart.yaml").is_file()
    docs = forced_extension_documents()
    pools = {d["metadata"]["name"] for d in docs if d["kind"] == "InferencePool"}
    pickers = {d["metadata"]["name"]: d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"].endswith("-epp")}
    assert pools == {"qwen3-8b-stable", "qwen3-8b-canary"}
    assert set(pickers) == {f"{p}-epp" for p in pools}
    image = lock().component("gateway-api-inference-extension").image("endpoint-picker")
    for picker in pickers.values():
        (container,) = picker["spec"]["template"]["spec"]["containers"]
        assert container["image"] == image
        # The tenant namespace enforces Pod Security restricted: the picker must comply.
        assert container["securityContext"]["allowPrivilegeEscalation"] is False
        assert picker["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] is True


def test_with_the_extension_routes_would_send_model_traffic_to_inference_pools():
    routes = [d for d in forced_extension_documents() if d["kind"] == "HTTPRoute"]
    backends = [b for r in routes for rule in r["spec"]["rules"] for b in rule["backendRefs"]]
    assert backends and all(b["kind"] == "InferencePool" and b["group"] == "inference.networking.k8s.io" for b in backends)


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_routes_use_services(name: str):
    routes = [d.obj for d in dist_documents(name) if d.kind == "HTTPRoute"]
    backends = [b for r in routes for rule in r["spec"]["rules"] for b in rule["backendRefs"]]
    assert backends and all("kind" not in b for b in backends)
