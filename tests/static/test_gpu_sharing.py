"""gpu_sharing: time-slicing and MIG from the profile reach the device plugin (our construct
or the GPU Operator's), and MIG partitions are claimable through DRA."""

from __future__ import annotations

import yaml



from conftest import dist_documents, built, make_profile, profile_data, installs_of

REQUIREMENT_ID = "gpu_sharing"


def _configs(profile: str) -> dict[str, dict]:
    configs = {}
    for doc in dist_documents(profile):
        if doc.kind == "ConfigMap":
            for key, text in doc.obj.get("data", {}).items():
                if text.startswith("version: v1"):
                    configs[f"{doc.name}/{key}"] = yaml.safe_load(text)
    return configs


def _replicas(config: dict) -> int:
    resources = config.get("sharing", {}).get("timeSlicing", {}).get("resources", [])
    return resources[0]["replicas"] if resources else 1


def test_time_slicing_reaches_our_device_plugin():
    configs = _configs("reference")
    for pool in make_profile(profile_data("reference")).node_pools:
        if pool.management.value == "device-plugin":
            assert _replicas(configs[f"nvidia-device-plugin-{pool.name}-config/config.yaml"]) == pool.sharing.time_slicing_replicas


def test_time_slicing_reaches_the_gpu_operator_device_plugin():
    configs = _configs("cloud-burst")
    assert _replicas(configs["device-plugin-config/l40s"]) == 4
    assert _replicas(configs["device-plugin-config/default"]) == 1
    platform = built("cloud-burst")
    (operator,) = installs_of(platform, "nvidia-gpu-operator")
    assert operator.config["devicePlugin"]["config"] == {"name": "device-plugin-config", "default": "default"}


def test_time_slicing_refuses_multi_replica_requests():
    for config in _configs("reference").values():
        if "sharing" in config:
            assert config["sharing"]["timeSlicing"]["failRequestsGreaterThanOne"] is True


def test_mig_manager_partitions_mig_pools_and_dra_exposes_the_slices():
    platform = built("cloud-burst")
    (operator,) = installs_of(platform, "nvidia-gpu-operator")
    assert operator.config["migManager"]["enabled"] is True
    templates = {
        d.obj["metadata"]["name"]: d.obj
        for d in dist_documents("cloud-burst")
        if d.kind == "ResourceClaimTemplate" and d.namespace == "research"
    }
    (request,) = templates["mig-slice"]["spec"]["spec"]["devices"]["requests"]
    assert request["exactly"]["deviceClassName"] == "mig.nvidia.com"


def test_mig_strategy_reaches_a_device_plugin_pool(reference_data):
    reference_data["nodePools"][0].update(gpuModel="a100-80gb", sharing={"migStrategy": "mixed"})
    reference_data["inference"]["models"][0]["gpuModel"] = "rtx-4090"  # the RTX 5090 pool became a MIG pool

    from ai_platform.synth import render_profile

    files = render_profile(make_profile(reference_data))
    config = yaml.safe_load(
        yaml.safe_load(files["nvidia-device-plugin/configmap-nvidia-device-plugin-rtx5090-config.yaml"])["data"]["config.yaml"]
    )
    assert config["flags"]["migStrategy"] == "mixed"


def test_no_mig_slice_template_without_mig():
    names = {d.name for d in dist_documents("reference") if d.kind == "ResourceClaimTemplate"}
    assert "mig-slice" not in names
