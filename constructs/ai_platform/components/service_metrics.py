"""AI service metrics: discovery of workloads that expose Prometheus metrics, recording
rules (used by autoscaling) and GPU fault alerts, and Grafana dashboards.

Contract for workloads, in any namespace:

  ai-platform.dev/metrics=true + a container port named ``metrics``   scraped there
  ai-platform.dev/server=openai + a container port named ``http``     OpenAI-compatible
                                 servers (vLLM) that serve /metrics on their API port
  ray.io/node-type (set by KubeRay) + a port named ``metrics``        Ray head and workers
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cdk8s_plus_34 import k8s

from constructs import Construct
from imports.com.coreos import monitoring

from ..conventions import METRICS_LABEL, OPENAI_SERVER_LABEL
from ..live_checks import ApiResource, Listed, LiveCheck
from ..profile import Profile
from ..requirement import Requirement
from .base import Component, custom_resource_metadata, standard_labels
from .kube_prometheus_stack import NAMESPACE

POD_MONITORS = ApiResource("monitoring.coreos.com", "v1", "podmonitors")
PROMETHEUS_RULES = ApiResource("monitoring.coreos.com", "v1", "prometheusrules")
OPENAI_PORT_NAME = "http"
METRICS_PORT_NAME = "metrics"
RAY_NODE_TYPE_LABEL = "ray.io/node-type"


@dataclass(frozen=True)
class Recording:
    record: str
    expr: str


@dataclass(frozen=True)
class Alert:
    alert: str
    expr: str
    for_: str
    severity: str
    summary: str


RECORDINGS: tuple[Recording, ...] = (
    Recording("namespace_pod:dcgm_gpu_utilization:avg", 'avg by (namespace, pod) (DCGM_FI_DEV_GPU_UTIL{pod!=""})'),
    Recording(
        "namespace_pod:dcgm_framebuffer_used_bytes:sum",
        'sum by (namespace, pod) (DCGM_FI_DEV_FB_USED{pod!=""}) * 1024 * 1024',
    ),
    Recording("namespace_pod:vllm_requests_waiting:sum", "sum by (namespace, pod) (vllm:num_requests_waiting)"),
    Recording(
        "namespace_model:vllm_time_to_first_token_seconds:p95",
        "histogram_quantile(0.95, sum by (namespace, model_name, le) (rate(vllm:time_to_first_token_seconds_bucket[5m])))",
    ),
)

ALERTS: tuple[Alert, ...] = (
    Alert("GPUXidError", "max by (Hostname, gpu, UUID) (DCGM_FI_DEV_XID_ERRORS) > 0", "0m", "critical",
          "GPU {{ $labels.gpu }} on {{ $labels.Hostname }} reported XID error {{ $value }}"),
    Alert("GPUTemperatureHigh", "max by (Hostname, gpu) (DCGM_FI_DEV_GPU_TEMP) > 85", "5m", "warning",
          "GPU {{ $labels.gpu }} on {{ $labels.Hostname }} is at {{ $value }} C"),
    Alert(
        "GPUMemoryNearlyFull",
        "max by (Hostname, gpu) (DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE)) > 0.95",
        "10m", "warning", "GPU {{ $labels.gpu }} on {{ $labels.Hostname }} framebuffer is over 95% used",
    ),
    Alert("GPUMetricsDown", 'up{service=~"dcgm-exporter|nvidia-dcgm-exporter"} == 0', "5m", "critical",
          "DCGM exporter {{ $labels.instance }} is not being scraped"),
)

DASHBOARDS: dict[str, dict[str, str]] = {
    "gpu-overview": {
        "GPU utilization (%)": "DCGM_FI_DEV_GPU_UTIL",
        "Framebuffer used (MiB)": "DCGM_FI_DEV_FB_USED",
        "Temperature (C)": "DCGM_FI_DEV_GPU_TEMP",
        "Power (W)": "DCGM_FI_DEV_POWER_USAGE",
        "PCIe TX (B/s)": "DCGM_FI_PROF_PCIE_TX_BYTES",
        "NVLink TX (B/s)": "DCGM_FI_PROF_NVLINK_TX_BYTES",
        "GPU utilization by pod (%)": "namespace_pod:dcgm_gpu_utilization:avg",
    },
    "inference-overview": {
        "Requests waiting": "namespace_pod:vllm_requests_waiting:sum",
        "Time to first token p95 (s)": "namespace_model:vllm_time_to_first_token_seconds:p95",
        "Requests running": "sum by (namespace, pod) (vllm:num_requests_running)",
    },
}


def dashboard_json(title: str, panels: dict[str, str]) -> str:
    return json.dumps(
        {
            "title": title,
            "uid": title,
            "schemaVersion": 39,
            "time": {"from": "now-1h", "to": "now"},
            "panels": [
                {
                    "id": i + 1,
                    "type": "timeseries",
                    "title": name,
                    "gridPos": {"x": (i % 2) * 12, "y": (i // 2) * 8, "w": 12, "h": 8},
                    "targets": [{"refId": "A", "expr": expr}],
                }
                for i, (name, expr) in enumerate(panels.items())
            ],
        },
        indent=2,
        sort_keys=True,
    )


class ServiceMetrics(Component):
    NAME = "service-metrics"
    REQUIREMENTS = frozenset({Requirement.AI_SERVICE_METRICS})

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        metrics = Requirement.AI_SERVICE_METRICS
        return (
            LiveCheck(metrics, "PodMonitors", Listed(POD_MONITORS, "PodMonitors"), "inference-servers, openai-servers and ray"),
            LiveCheck(metrics, "PrometheusRules", Listed(PROMETHEUS_RULES, "PrometheusRules"), "the recording rules and GPU fault alerts"),
        )

    def _pod_monitor(
        self,
        name: str,
        selector: monitoring.PodMonitorSpecSelector,
        endpoint: monitoring.PodMonitorSpecPodMetricsEndpoints,
    ) -> None:
        """A PodMonitor that looks in every namespace."""
        monitoring.PodMonitor(
            self,
            name,
            metadata=custom_resource_metadata(name, "service-metrics", NAMESPACE),
            spec=monitoring.PodMonitorSpec(
                namespace_selector=monitoring.PodMonitorSpecNamespaceSelector(any=True),
                selector=selector,
                pod_metrics_endpoints=[endpoint],
            ),
        )

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self._pod_monitor(
            "inference-servers",
            monitoring.PodMonitorSpecSelector(match_labels={METRICS_LABEL: "true"}),
            monitoring.PodMonitorSpecPodMetricsEndpoints(port=METRICS_PORT_NAME, interval="15s"),
        )
        self._pod_monitor(
            "openai-servers",
            monitoring.PodMonitorSpecSelector(match_labels={OPENAI_SERVER_LABEL: "openai"}),
            monitoring.PodMonitorSpecPodMetricsEndpoints(port=OPENAI_PORT_NAME, path="/metrics", interval="15s"),
        )
        self._pod_monitor(
            "ray",
            monitoring.PodMonitorSpecSelector(
                match_expressions=[monitoring.PodMonitorSpecSelectorMatchExpressions(key=RAY_NODE_TYPE_LABEL, operator="Exists")]
            ),
            monitoring.PodMonitorSpecPodMetricsEndpoints(port=METRICS_PORT_NAME, interval="15s"),
        )
        monitoring.PrometheusRule(
            self,
            "rules",
            metadata=custom_resource_metadata("ai-platform", "service-metrics", NAMESPACE),
            spec=monitoring.PrometheusRuleSpec(
                groups=[
                    monitoring.PrometheusRuleSpecGroups(
                        name="ai-platform.recording",
                        interval="30s",
                        rules=[
                            monitoring.PrometheusRuleSpecGroupsRules(
                                record=r.record, expr=monitoring.PrometheusRuleSpecGroupsRulesExpr.from_string(r.expr)
                            )
                            for r in RECORDINGS
                        ],
                    ),
                    monitoring.PrometheusRuleSpecGroups(
                        name="ai-platform.gpu-faults",
                        rules=[
                            monitoring.PrometheusRuleSpecGroupsRules(
                                alert=a.alert,
                                expr=monitoring.PrometheusRuleSpecGroupsRulesExpr.from_string(a.expr),
                                for_=a.for_,
                                labels={"severity": a.severity},
                                annotations={"summary": a.summary},
                            )
                            for a in ALERTS
                        ],
                    ),
                ]
            ),
        )
        if profile.components.grafana:
            for name, panels in DASHBOARDS.items():
                k8s.KubeConfigMap(
                    self,
                    f"dashboard-{name}",
                    metadata=k8s.ObjectMeta(
                        name=f"dashboard-{name}",
                        namespace=NAMESPACE,
                        labels={**standard_labels(f"dashboard-{name}", "grafana-dashboard"), "grafana_dashboard": "1"},
                    ),
                    data={f"{name}.json": dashboard_json(name, panels)},
                )
