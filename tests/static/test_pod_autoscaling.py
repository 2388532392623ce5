"""pod_autoscaling: HPAs on the GPU model servers scale on custom AI metrics that the
prometheus-adapter serves from Prometheus."""

from __future__ import annotations

import promql_parser

from ai_platform.components.prometheus_adapter import CUSTOM_METRICS
from conftest import PROFILE_NAMES, built, dist_documents, own_documents, installs_of

REQUIREMENT_ID = "pod_autoscaling"


def _adapter_rules(profile_name: str) -> list[dict]:
    (install,) = installs_of(built(profile_name), "prometheus-adapter")
    return install.config["rules"]["custom"]


def test_adapter_rules_expose_gpu_and_inference_metrics_per_pod():
    for profile_name in PROFILE_NAMES:
        rules = _adapter_rules(profile_name)
        names = {r["name"]["as"] for r in rules}
        assert {"gpu_utilization", "vllm_requests_waiting"} <= names
        for rule in rules:
            assert rule["resources"]["overrides"]["pod"] == {"resource": "pod"}
            query = rule["metricsQuery"].replace("<<.GroupBy>>", "namespace, pod").replace("<<.LabelMatchers>>", 'namespace="x"')
            promql_parser.parse(query)
            promql_parser.parse(rule["seriesQuery"])


def test_every_hpa_metric_is_served_by_the_adapter_and_targets_a_gpu_deployment():
    for profile_name in PROFILE_NAMES:
        served = {r["name"]["as"] for r in _adapter_rules(profile_name)}
        docs = dist_documents(profile_name)
        deployments = {(d.namespace, d.name): d.obj for d in docs if d.kind == "Deployment"}
        hpas = [d for d in docs if d.kind == "HorizontalPodAutoscaler"]
        assert hpas
        for hpa in hpas:
            spec = hpa.obj["spec"]
            assert hpa.api_version == "autoscaling/v2"
            for metric in spec["metrics"]:
                assert metric["pods"]["metric"]["name"] in served
            target = deployments[(hpa.namespace, spec["scaleTargetRef"]["name"])]
            containers = target["spec"]["template"]["spec"]["containers"]
            assert any("nvidia.com/gpu" in c["resources"]["limits"] for c in containers)
            assert "replicas" not in target["spec"], "the HPA owns the replica count"
            assert spec["minReplicas"] <= spec["maxReplicas"]


def test_scale_up_fast_and_scale_down_slowly():
    for hpa in (d.obj for d in dist_documents("reference") if d.kind == "HorizontalPodAutoscaler"):
        behavior = hpa["spec"]["behavior"]
        assert behavior["scaleUp"]["stabilizationWindowSeconds"] < behavior["scaleDown"]["stabilizationWindowSeconds"]
        assert behavior["scaleDown"]["stabilizationWindowSeconds"] >= 300


def test_gpu_metric_keeps_the_workload_pod_label():
    (monitor,) = [d.obj for d in own_documents("reference") if d.kind == "ServiceMonitor"]
    assert all(e["honorLabels"] is True for e in monitor["spec"]["endpoints"])
    assert {m.series for m in CUSTOM_METRICS} >= {"DCGM_FI_DEV_GPU_UTIL"}
