"""ai_service_metrics: a monitoring system that discovers every workload exposing metrics,
with valid recording rules, GPU fault alerts and dashboards."""

from __future__ import annotations

import json
from typing import Any

import promql_parser
import pytest

from ai_platform.components.kube_prometheus_stack import PrometheusSelection
from ai_platform.conventions import METRICS_LABEL, OPENAI_SERVER_LABEL
from ai_platform.components.service_metrics import METRICS_PORT_NAME

from ai_platform.validation.documents import Document, load_documents
from ai_platform.validation.hygiene import pod_specs
from conftest import own_documents, built, PROFILE_NAMES, ROOT, installs_of

REQUIREMENT_ID = "ai_service_metrics"


def _docs(profile: str) -> list[Document]:
    return own_documents(profile)


def _objects(profile: str, kind: str) -> list[dict[str, Any]]:
    return [d.obj for d in _docs(profile) if d.kind == kind]


def _prometheus(profile_name: str) -> PrometheusSelection:
    platform = built(profile_name)
    (install,) = installs_of(platform, "prometheus-operator")
    return PrometheusSelection(install.config["prometheus"]["prometheusSpec"])


def _selector_matches(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    ok = all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())
    for expression in selector.get("matchExpressions", []):
        if expression["operator"] == "Exists":
            ok = ok and expression["key"] in labels
    return ok


def _discovered(pod_labels: dict[str, str], ports: set[str], namespace: str, monitors: list[dict]) -> bool:
    for monitor in monitors:
        spec = monitor["spec"]
        in_namespace = spec.get("namespaceSelector", {}).get("any") or monitor["metadata"]["namespace"] == namespace
        endpoint_ports = {e["port"] for e in spec["podMetricsEndpoints"]}
        if in_namespace and _selector_matches(spec["selector"], pod_labels) and endpoint_ports & ports:
            return True
    return False


def _metric_pods(docs: list[Document]):
    """Pods that expose metrics: a port named ``metrics``, or an OpenAI-compatible server."""
    for doc in docs:
        for _, spec in pod_specs(doc.obj):
            ports = {p.get("name") for c in spec["containers"] for p in c.get("ports", [])}
            template = doc.obj.get("spec", {}).get("template", {}) if doc.kind != "Pod" else doc.obj
            labels = template.get("metadata", {}).get("labels", {})
            if METRICS_PORT_NAME in ports or OPENAI_SERVER_LABEL in labels:
                yield doc, labels, ports


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_prometheus_selects_every_platform_monitor_and_rule(profile_name):
    selection = _prometheus(profile_name)
    namespaces = {n["metadata"]["name"]: n["metadata"]["labels"] for n in _objects(profile_name, "Namespace")}
    for doc in _docs(profile_name):
        if doc.kind in ("ServiceMonitor", "PodMonitor", "PrometheusRule"):
            assert selection.selects(doc.kind, doc.obj["metadata"]["labels"], namespaces[doc.namespace]), doc.where()


def test_a_tenant_inference_server_is_discovered_in_its_own_namespace():
    monitors = _objects("reference", "PodMonitor")
    assert _discovered({METRICS_LABEL: "true", "app": "vllm"}, {METRICS_PORT_NAME}, "ml-team-a", monitors)
    assert _discovered({"ray.io/node-type": "worker"}, {METRICS_PORT_NAME}, "ml-team-b", monitors)
    assert not _discovered({"app": "vllm"}, {METRICS_PORT_NAME}, "ml-team-a", monitors)
    assert _discovered({OPENAI_SERVER_LABEL: "openai"}, {"http"}, "ml-team-a", monitors)
    assert not _discovered({OPENAI_SERVER_LABEL: "openai"}, {"grpc"}, "ml-team-a", monitors)


def test_model_servers_in_dist_are_scraped_by_the_openai_monitor():
    monitors = {m["metadata"]["name"]: m for m in _objects("reference", "PodMonitor")}
    servers = [d for d in _docs("reference") if d.kind == "Deployment" and OPENAI_SERVER_LABEL in d.obj["spec"]["template"]["metadata"]["labels"]]
    assert servers
    (endpoint,) = monitors["openai-servers"]["spec"]["podMetricsEndpoints"]
    assert endpoint["path"] == "/metrics"
    for server in servers:
        ports = {p["name"] for c in server.obj["spec"]["template"]["spec"]["containers"] for p in c["ports"]}
        assert endpoint["port"] in ports


@pytest.mark.parametrize("source", ["dist/reference", "dist/cloud-burst", "examples"])
def test_every_workload_that_exposes_metrics_is_discovered(source):
    profile = "cloud-burst" if "cloud-burst" in source else "reference"
    monitors = _objects(profile, "PodMonitor")
    service_monitored = {
        (m["metadata"]["namespace"], tuple(sorted(m["spec"]["selector"]["matchLabels"].items())))
        for m in _objects(profile, "ServiceMonitor")
    }
    # Our workloads; the rendered upstream operators bring their own monitors or none.
    docs = own_documents(profile) if source.startswith("dist/") else load_documents(ROOT / source)
    for doc, labels, ports in _metric_pods(docs):
        by_service = any(ns == doc.namespace and all(labels.get(k) == v for k, v in sel) for ns, sel in service_monitored)
        assert by_service or _discovered(labels, ports, doc.namespace or "", monitors), doc.where(ROOT)


def _rules(profile: str) -> list[dict[str, Any]]:
    return [r for rule in _objects(profile, "PrometheusRule") for g in rule["spec"]["groups"] for r in g["rules"]]


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_every_rule_expression_is_valid_promql(profile_name):
    rules = _rules(profile_name)
    assert rules
    for rule in rules:
        promql_parser.parse(rule["expr"])


def test_promql_check_rejects_a_broken_expression():
    with pytest.raises(ValueError):
        promql_parser.parse("sum by (pod (DCGM_FI_DEV_GPU_UTIL")


def test_recording_rules_for_autoscaling_and_gpu_fault_alerts():
    rules = _rules("reference")
    records = {r["record"] for r in rules if "record" in r}
    assert {"namespace_pod:dcgm_gpu_utilization:avg", "namespace_pod:vllm_requests_waiting:sum"} <= records
    alerts = {r["alert"]: r for r in rules if "alert" in r}
    assert "DCGM_FI_DEV_XID_ERRORS" in alerts["GPUXidError"]["expr"]
    assert "DCGM_FI_DEV_GPU_TEMP" in alerts["GPUTemperatureHigh"]["expr"]
    assert "DCGM_FI_DEV_FB_USED" in alerts["GPUMemoryNearlyFull"]["expr"]
    assert all(a["labels"]["severity"] in ("warning", "critical") for a in alerts.values())


def test_dashboards_only_with_grafana_and_their_queries_parse():
    assert not [c for c in _objects("reference", "ConfigMap") if c["metadata"]["labels"].get("grafana_dashboard")]
    dashboards = [c for c in _objects("cloud-burst", "ConfigMap") if c["metadata"]["labels"].get("grafana_dashboard") == "1"]
    assert {c["metadata"]["name"] for c in dashboards} == {"dashboard-gpu-overview", "dashboard-inference-overview"}
    for config_map in dashboards:
        for text in config_map["data"].values():
            for panel in json.loads(text)["panels"]:
                for target in panel["targets"]:
                    promql_parser.parse(target["expr"])
