"""advanced_inference_ingress: the Gateway API Inference Extension routes to model servers
through InferencePools whose endpoint picker chooses replicas from their live metrics."""

from __future__ import annotations

from ai_platform.platform import build_platform
from ai_platform.upstream import lock

from conftest import dist_documents, built, make_profile, profile_data

REQUIREMENT_ID = "advanced_inference_ingress"


def test_inference_extension_crds_are_owned_and_pinned():
    platform = built("reference")
    owners = [u for u in platform.units if u.upstream and u.upstream.component == "gateway-api-inference-extension"]
    assert len(owners) == 1
    component = lock().component("gateway-api-inference-extension")
    assert component.version == "v1.5.0"
    assert any(f.url.endswith("inference.networking.k8s.io_inferencepools.yaml") for f in component.files)


def test_each_model_version_gets_a_pool_with_an_endpoint_picker():
    profile = make_profile(profile_data("reference"))
    platform = build_platform(profile, "dist/reference")
    pools = {u.helm.release: u.helm for u in platform.units if u.helm and u.helm.component == "gateway-api-inference-extension"}
    assert profile.inference is not None
    expected = {f"{m.name}-{v.name}" for m in profile.inference.models for v in m.versions}
    assert set(pools) == expected
    chart = lock().component("gateway-api-inference-extension").chart
    assert chart is not None and chart.name == "inferencepool" and chart.version == "v1.5.0"


def test_pools_and_endpoint_pickers_are_rendered_from_a_chart_that_exists(upstream_cache):
    """Finding 2: v1.6.0 has no inferencepool chart (and so no epp image to pin); the pinned
    v1.5.0 source is in the mirror and renders one pool and one endpoint picker per version."""
    chart = lock().component("gateway-api-inference-extension").chart
    assert chart is not None and (upstream_cache.tree(chart.source) / "Chart.yaml").is_file()
    docs = dist_documents("reference")
    pools = {d.name for d in docs if d.kind == "InferencePool"}
    pickers = {d.name: d.obj for d in docs if d.kind == "Deployment" and d.name.endswith("-epp")}
    assert pools == {"qwen3-8b-stable", "qwen3-8b-canary"}
    assert set(pickers) == {f"{p}-epp" for p in pools}
    image = lock().component("gateway-api-inference-extension").image("endpoint-picker")
    for picker in pickers.values():
        (container,) = picker["spec"]["template"]["spec"]["containers"]
        assert container["image"] == image
        # The tenant namespace enforces Pod Security restricted: the picker must comply.
        assert container["securityContext"]["allowPrivilegeEscalation"] is False
        assert picker["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] is True


def test_routes_send_model_traffic_to_inference_pools():
    routes = [d.obj for d in dist_documents("reference") if d.kind == "HTTPRoute"]
    backends = [b for r in routes for rule in r["spec"]["rules"] for b in rule["backendRefs"]]
    assert backends and all(b["kind"] == "InferencePool" and b["group"] == "inference.networking.k8s.io" for b in backends)


def test_without_the_extension_routes_use_services():
    routes = [d.obj for d in dist_documents("cloud-burst") if d.kind == "HTTPRoute"]
    backends = [b for r in routes for rule in r["spec"]["rules"] for b in rule["backendRefs"]]
    assert backends and all("kind" not in b for b in backends)
