"""NVIDIA device plugin construct, on Testing.synth output."""

from __future__ import annotations

import yaml
import cdk8s

from ai_platform.conventions import NODE_POOL_LABEL
from ai_platform.components.nvidia_device_plugin import DEVICE_PLUGIN_DIR, NvidiaDevicePlugin
from conftest import make_profile


def _synth(reference_data):
    profile = make_profile(reference_data)
    return profile, cdk8s.Testing.synth(NvidiaDevicePlugin(cdk8s.Testing.app(), profile))


def _by_kind(objects, kind):
    return [o for o in objects if o["kind"] == kind]


def test_one_daemonset_per_device_plugin_pool_and_none_for_dra(reference_data):
    profile, objects = _synth(reference_data)
    daemonsets = _by_kind(objects, "DaemonSet")
    pools = {ds["spec"]["template"]["spec"]["nodeSelector"][NODE_POOL_LABEL] for ds in daemonsets}
    assert pools == {"rtx5090", "rtx4090"}
    assert "rtx5090-dra" not in pools


def test_daemonset_registers_through_the_kubelet_socket_directory(reference_data):
    _, objects = _synth(reference_data)
    for ds in _by_kind(objects, "DaemonSet"):
        spec = ds["spec"]["template"]["spec"]
        host_paths = {v["name"]: v["hostPath"]["path"] for v in spec["volumes"] if "hostPath" in v}
        mounts = {m["name"]: m["mountPath"] for m in spec["containers"][0]["volumeMounts"]}
        assert host_paths == {"device-plugins": DEVICE_PLUGIN_DIR}
        assert mounts["device-plugins"] == DEVICE_PLUGIN_DIR
        assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in spec["tolerations"]
        assert spec["priorityClassName"] == "system-node-critical"


def test_config_uses_volume_mounts_and_pool_sharing(reference_data):
    _, objects = _synth(reference_data)
    configs = {cm["metadata"]["name"]: yaml.safe_load(cm["data"]["config.yaml"]) for cm in _by_kind(objects, "ConfigMap")}
    for config in configs.values():
        assert config["flags"]["plugin"]["deviceListStrategy"] == ["volume-mounts"]
        assert config["flags"]["plugin"]["passDeviceSpecs"] is True
    rtx4090 = configs["nvidia-device-plugin-rtx4090-config"]["sharing"]["timeSlicing"]["resources"]
    assert rtx4090 == [{"name": "nvidia.com/gpu", "replicas": 2}]
    assert "sharing" not in configs["nvidia-device-plugin-rtx5090-config"]


def test_mig_strategy_reaches_the_config(reference_data):
    reference_data["nodePools"][0]["gpuModel"] = "h100-80gb"
    reference_data["nodePools"][0]["sharing"] = {"migStrategy": "single"}
    reference_data["inference"]["models"][0]["gpuModel"] = "rtx-4090"  # the RTX 5090 pool became a MIG pool
    _, objects = _synth(reference_data)
    cm = next(c for c in _by_kind(objects, "ConfigMap") if "rtx5090" in c["metadata"]["name"])
    assert yaml.safe_load(cm["data"]["config.yaml"])["flags"]["migStrategy"] == "single"


def test_runtime_class_targets_gpu_nodes_only(reference_data):
    _, objects = _synth(reference_data)
    (runtime,) = _by_kind(objects, "RuntimeClass")
    assert runtime["metadata"]["name"] == runtime["handler"] == "nvidia"
    assert "namespace" not in runtime["metadata"]
    assert runtime["scheduling"]["nodeSelector"] == {"nvidia.com/gpu.present": "true"}


def test_names_are_stable_without_hash_suffixes(reference_data):
    _, objects = _synth(reference_data)
    names = sorted(o["metadata"]["name"] for o in objects)
    assert "nvidia-device-plugin-rtx4090" in names and "nvidia" in names
