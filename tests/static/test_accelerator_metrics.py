"""accelerator_metrics: a DCGM exporter on every GPU pool exposes per-GPU utilisation and
memory (plus temperature, power, interconnect) in Prometheus format, and Prometheus scrapes it."""

from __future__ import annotations

from typing import Any

import pytest

from ai_platform.conventions import GPU_PRESENT_LABEL
from ai_platform.components.dcgm_exporter import COUNTERS_CONFIG_MAP, COUNTERS_FILE
from ai_platform.components.kube_prometheus_stack import PrometheusSelection


from conftest import own_documents, built, PROFILE_NAMES, installs_of

REQUIREMENT_ID = "accelerator_metrics"
CORE_COUNTERS = {"DCGM_FI_DEV_GPU_UTIL", "DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_FB_FREE"}
OPTIONAL_COUNTERS = {
    "DCGM_FI_DEV_GPU_TEMP", "DCGM_FI_DEV_POWER_USAGE", "DCGM_FI_PROF_PCIE_TX_BYTES", "DCGM_FI_PROF_PCIE_RX_BYTES",
    "DCGM_FI_PROF_NVLINK_TX_BYTES", "DCGM_FI_PROF_NVLINK_RX_BYTES",
}


def _objects(profile: str, kind: str) -> list[dict[str, Any]]:
    return [d.obj for d in own_documents(profile) if d.kind == kind]


def _helm_values(profile_name: str, component: str) -> dict[str, Any]:
    platform = built(profile_name)
    (install,) = installs_of(platform, component)
    return dict(install.config)


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_counters_include_the_core_set_and_more(profile_name):
    (config_map,) = [c for c in _objects(profile_name, "ConfigMap") if c["metadata"]["name"] == COUNTERS_CONFIG_MAP]
    fields = {line.split(",")[0].strip() for line in config_map["data"][COUNTERS_FILE].splitlines() if line and not line.startswith("#")}
    assert CORE_COUNTERS <= fields
    assert OPTIONAL_COUNTERS <= fields


def test_our_exporter_runs_on_every_gpu_node_and_reads_our_counters():
    (ds,) = [d for d in _objects("reference", "DaemonSet") if d["metadata"]["name"] == "dcgm-exporter"]
    spec = ds["spec"]["template"]["spec"]
    assert spec["nodeSelector"] == {GPU_PRESENT_LABEL: "true"}, "every GPU pool, device plugin and DRA alike"
    assert any(t["key"] == "nvidia.com/gpu" for t in spec["tolerations"])
    (container,) = spec["containers"]
    env = {e["name"]: e.get("value") for e in container["env"]}
    mounted = {v["name"]: m["mountPath"] for v in spec["volumes"] for m in container["volumeMounts"] if m["name"] == v["name"]}
    assert env["DCGM_EXPORTER_COLLECTORS"] == f"{mounted['counters']}/{COUNTERS_FILE}"
    assert any(p["name"] == "metrics" and p["containerPort"] == 9400 for p in container["ports"])


def test_operator_exporter_reads_our_counters():
    values = _helm_values("cloud-burst", "nvidia-gpu-operator")["dcgmExporter"]
    assert values["enabled"] is True and values["config"]["name"] == COUNTERS_CONFIG_MAP
    assert {"name": "DCGM_EXPORTER_COLLECTORS", "value": f"/etc/dcgm-exporter/{COUNTERS_FILE}"} in values["env"]


def _service_monitor_targets(profile_name: str) -> list[tuple[dict, dict]]:
    monitors = _objects(profile_name, "ServiceMonitor")
    services = _objects(profile_name, "Service")
    pairs = []
    for monitor in monitors:
        for service in services:
            labels = service["metadata"].get("labels", {})
            if service["metadata"]["namespace"] == monitor["metadata"]["namespace"] and all(
                labels.get(k) == v for k, v in monitor["spec"]["selector"]["matchLabels"].items()
            ):
                pairs.append((monitor, service))
    return pairs


def test_service_monitor_selects_the_exporter_service_and_port():
    ((monitor, service),) = _service_monitor_targets("reference")
    ports = {p["name"] for p in service["spec"]["ports"]}
    assert {e["port"] for e in monitor["spec"]["endpoints"]} <= ports


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_prometheus_selects_the_gpu_service_monitor(profile_name):
    values = _helm_values(profile_name, "prometheus-operator")
    selection = PrometheusSelection(values["prometheus"]["prometheusSpec"])
    namespaces = {n["metadata"]["name"]: n["metadata"]["labels"] for n in _objects(profile_name, "Namespace")}
    (monitor,) = _objects(profile_name, "ServiceMonitor")
    ns = monitor["metadata"]["namespace"]
    assert ns in namespaces
    assert selection.selects("ServiceMonitor", monitor["metadata"]["labels"], namespaces[ns])


def test_chart_defaults_would_miss_our_monitors():
    """The pitfall the values avoid: the chart's default selects only release-labelled monitors."""
    (monitor,) = _objects("reference", "ServiceMonitor")
    default = PrometheusSelection({})
    assert not default.selects("ServiceMonitor", monitor["metadata"]["labels"], {"kubernetes.io/metadata.name": "gpu-monitoring"})
