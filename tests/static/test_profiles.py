"""Cluster profiles: both committed profiles load; bad input is rejected with file, key and allowed values."""

from __future__ import annotations

import pytest

from ai_platform.errors import ProfileError
from ai_platform.profile import ClusterAutoscaler, GangScheduler, GitOpsTool, GpuEnablement, PoolManagement
from ai_platform.profiles import load_profile
from conftest import ROOT, make_profile


def test_reference_profile_is_the_seed_platform(reference_data):
    profile = make_profile(reference_data)
    assert profile.kubernetes.version == "1.34"
    assert {p.gpu_model.value for p in profile.node_pools} == {"rtx-5090", "rtx-4090"}
    assert profile.components.gpu_enablement is GpuEnablement.DEVICE_PLUGIN
    assert profile.components.gang_scheduler is GangScheduler.VOLCANO
    assert profile.components.cluster_autoscaler is ClusterAutoscaler.NONE
    assert profile.components.dra
    assert profile.gitops.tools == [GitOpsTool.ARGOCD]


def test_second_profile_picks_every_alternative():
    alt = load_profile(ROOT / "clusters" / "cloud-burst.yaml")
    assert set(alt.gitops.tools) == {GitOpsTool.ARGOCD, GitOpsTool.FLUX}
    assert alt.components.gpu_enablement is GpuEnablement.GPU_OPERATOR
    assert alt.components.gang_scheduler is GangScheduler.KUEUE
    assert alt.components.cluster_autoscaler is ClusterAutoscaler.CLUSTER_AUTOSCALER


def _error(data) -> str:
    with pytest.raises(ProfileError) as info:
        make_profile(data)
    return str(info.value)


def test_unknown_key_names_path_and_allowed_keys(reference_data):
    reference_data["nodePools"][0]["gpuModle"] = "rtx-5090"
    message = _error(reference_data)
    assert "test-profile.yaml: nodePools[0].gpuModle: unknown key" in message
    assert "gpuModel" in message and "gpusPerNode" in message


def test_bad_enum_value_lists_allowed_values(reference_data):
    reference_data["components"]["gangScheduler"] = "slurm"
    message = _error(reference_data)
    assert "components.gangScheduler: 'slurm' is not allowed" in message
    assert "'volcano'" in message and "'kueue'" in message


def test_wrong_type_is_rejected(reference_data):
    reference_data["nodePools"][1]["gpusPerNode"] = "four"
    assert "nodePools[1].gpusPerNode" in _error(reference_data)


def test_unsupported_kubernetes_version(reference_data):
    reference_data["kubernetes"]["version"] = "1.29"
    message = _error(reference_data)
    assert "kubernetes" in message and "1.34" in message and "1.37" in message


def test_dra_pool_requires_dra_component(reference_data):
    reference_data["components"]["dra"] = False
    assert "use management 'dra' but components.dra is false" in _error(reference_data)


def test_elastic_pool_requires_an_autoscaler(reference_data):
    reference_data["nodePools"][0]["maxNodes"] = 5
    assert "clusterAutoscaler" in _error(reference_data)


def test_autoscaled_dra_pool_keeps_a_node(tmp_path):
    """The pinned autoscaler learns a DRA pool's devices only from a ready node of its group:
    a DRA pool it scales must keep minNodes >= 1; the error names the file, key and rule."""
    import yaml

    data = yaml.safe_load((ROOT / "clusters" / "cloud-burst.yaml").read_text())
    index = next(i for i, p in enumerate(data["nodePools"]) if p["management"] == "dra")
    data["nodePools"][index]["minNodes"] = 0
    path = tmp_path / "cloud-burst.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    message = str(info.value)
    assert str(path) in message and f"nodePools[{index}].minNodes" in message
    assert "minNodes >= 1 on DRA pools" in message and "cluster-autoscaler" in message


def test_dra_pool_without_autoscaler_may_have_no_nodes(reference_data):
    dra_pool = next(p for p in reference_data["nodePools"] if p["management"] == "dra")
    dra_pool["minNodes"] = dra_pool["maxNodes"] = 0
    assert make_profile(reference_data).dra_pools[0].min_nodes == 0


def test_time_slicing_is_not_for_dra_pools(reference_data):
    dra_pool = next(p for p in reference_data["nodePools"] if p["management"] == "dra")
    dra_pool["sharing"] = {"timeSlicingReplicas": 2}
    assert "timeSlicingReplicas" in _error(reference_data)


def test_duplicate_pool_names(reference_data):
    reference_data["nodePools"].append(dict(reference_data["nodePools"][0]))
    assert "repeated: rtx5090" in _error(reference_data)


def test_profile_name_must_match_file(tmp_path, reference_data):
    import yaml

    path = tmp_path / "other.yaml"
    path.write_text(yaml.safe_dump(reference_data))
    with pytest.raises(ProfileError, match="must match the file name 'other'"):
        load_profile(path)


def test_pools_by_management():
    profile = load_profile(ROOT / "clusters" / "reference.yaml")
    assert [p.name for p in profile.pools_managed_by(PoolManagement.DRA)] == ["rtx5090-dra"]


def test_mig_needs_a_mig_capable_model(reference_data):
    reference_data["nodePools"][0]["sharing"] = {"migStrategy": "single"}
    message = _error(reference_data)
    assert "rtx-5090 is not" in message and "h100-80gb" in message


def test_gpu_quota_without_gpu_access_is_contradictory(reference_data):
    reference_data["tenantNamespaces"][2]["gpuQuota"] = 2
    assert "gpuAccess is false" in _error(reference_data)


def test_tenant_defaults():
    from ai_platform.profile import DEFAULT_TENANT_GPU_QUOTA, TenantNamespace

    assert TenantNamespace(name="x").effective_gpu_quota == DEFAULT_TENANT_GPU_QUOTA
    assert TenantNamespace.model_validate({"name": "x", "gpuAccess": False}).effective_gpu_quota == 0


def test_keys_that_changed_no_output_are_gone(reference_data):
    """Every profile key changes the output; ``kubernetes.containerRuntime`` and
    ``components.gateway`` did not, and are rejected as unknown keys."""
    import pytest

    from ai_platform.errors import ProfileError
    from conftest import make_profile

    for section, key, value in (("kubernetes", "containerRuntime", "containerd"), ("components", "gateway", "envoy-gateway")):
        data = {**reference_data, section: {**reference_data[section], key: value}}
        with pytest.raises(ProfileError, match=f"{section}.{key}: unknown key"):
            make_profile(data)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "test-profile.yaml: metadata: k8sConformanceUrl: missing; required, in the format "
               "https://github.com/cncf/k8s-conformance/tree/(master|main)/v<x.y>/<product>"),
        ("", "metadata: k8sConformanceUrl: missing"),
        ("https://github.com/cncf/k8s-conformance/tree/release/v1.34/x",
         "test-profile.yaml: metadata.k8sConformanceUrl: 'https://github.com/cncf/k8s-conformance/tree/release/v1.34/x' does not match"),
        ("https://github.com/cncf/k8s-conformance/tree/main/1.34/x", "(https://github.com/cncf/k8s-conformance/tree/(master|main)/v<x.y>/<product>)"),
        ("https://example.com/v1.34/x", "metadata.k8sConformanceUrl: 'https://example.com/v1.34/x' does not match"),
    ],
)
def test_k8s_conformance_url_is_required_in_the_cncf_validator_format(reference_data, value, message):
    if value is None:
        del reference_data["metadata"]["k8sConformanceUrl"]
    else:
        reference_data["metadata"]["k8sConformanceUrl"] = value
    with pytest.raises(ProfileError) as info:
        make_profile(reference_data)
    assert message in str(info.value)


def test_k8s_conformance_url_keeps_its_key_name(reference_data):
    # pydantic's to_camel would turn k8s_conformance_url into k8SConformanceUrl.
    profile = make_profile(reference_data)
    assert profile.metadata.k8s_conformance_url == reference_data["metadata"]["k8sConformanceUrl"]
    reference_data["metadata"]["k8SConformanceUrl"] = reference_data["metadata"].pop("k8sConformanceUrl")
    with pytest.raises(ProfileError, match="k8sConformanceUrl: missing"):
        make_profile(reference_data)


def test_kueue_with_several_device_plugin_models_and_gpu_quotas_is_rejected(reference_data):
    """Kueue's GPU quota is per ResourceFlavor (one per model) while the tenant's ResourceQuota caps
    nvidia.com/gpu across models: with two device-plugin models Kueue would admit gpuQuota GPUs of
    each and the ResourceQuota would refuse part of a gang. The profile says so instead of rendering it."""
    reference_data["components"]["gangScheduler"] = "kueue"
    models = {p["gpuModel"] for p in reference_data["nodePools"] if p.get("management", "device-plugin") == "device-plugin"}
    assert len(models) > 1
    message = _error(reference_data)
    assert "components.gangScheduler 'kueue' with device-plugin pools of several GPU models" in message
    assert all(model in message for model in models)
    assert "allowed: one device-plugin GPU model with kueue" in message
    # one device-plugin model: accepted
    keep = next(p["gpuModel"] for p in reference_data["nodePools"] if p.get("management", "device-plugin") == "device-plugin")
    reference_data["nodePools"] = [p for p in reference_data["nodePools"]
                                   if p.get("management", "device-plugin") != "device-plugin" or p["gpuModel"] == keep]
    reference_data["inference"] = None
    reference_data["ray"] = None
    make_profile(reference_data)
