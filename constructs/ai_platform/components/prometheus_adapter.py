"""prometheus-adapter by its pinned chart: per-pod GPU utilisation and inference queue depth from
Prometheus, served as custom metrics (``custom.metrics.k8s.io``) for the HPAs of the model servers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from constructs import Construct

from ..conventions import Stage
from ..live_checks import ApiResource, LiveCheck, Present
from ..posture import NO_MEMORY_LIMIT
from ..profile import Profile
from ..requirement import Requirement
from .base import Component, Install, Workload, deployment, requests
from .kube_prometheus_stack import NAMESPACE as MONITORING_NAMESPACE
from .kube_prometheus_stack import RELEASE as MONITORING_RELEASE

COMPONENT = "prometheus-adapter"
NAMESPACE = MONITORING_NAMESPACE
ADAPTER = deployment(NAMESPACE, COMPONENT)
CUSTOM_METRICS_API = "v1beta1.custom.metrics.k8s.io"
API_SERVICES = ApiResource("apiregistration.k8s.io", "v1", "apiservices", namespaced=False)


@dataclass(frozen=True)
class CustomMetric:
    """A per-pod metric the adapter serves to the HPA under ``name``."""

    name: str
    series: str
    aggregation: str

    def rule(self) -> dict[str, Any]:
        return {
            "seriesQuery": f'{self.series}{{namespace!="",pod!=""}}',
            "resources": {"overrides": {"namespace": {"resource": "namespace"}, "pod": {"resource": "pod"}}},
            "name": {"matches": f"^{self.series}$", "as": self.name},
            "metricsQuery": f"{self.aggregation} by (<<.GroupBy>>) ({self.series}{{<<.LabelMatchers>>}})",
        }


CUSTOM_METRICS: tuple[CustomMetric, ...] = (
    # DCGM series carry the namespace and pod of the workload holding the GPU (the
    # ServiceMonitor keeps them with honorLabels).
    CustomMetric("gpu_utilization", "DCGM_FI_DEV_GPU_UTIL", "avg"),
    CustomMetric("vllm_requests_waiting", "vllm:num_requests_waiting", "sum"),
    CustomMetric("vllm_requests_running", "vllm:num_requests_running", "sum"),
)


def adapter_values() -> dict[str, Any]:
    return {
        "prometheus": {"url": f"http://{MONITORING_RELEASE}-prometheus.{MONITORING_NAMESPACE}.svc", "port": 9090},
        "rules": {"default": False, "custom": [m.rule() for m in CUSTOM_METRICS]},
        "resources": requests("100m", "128Mi"),
    }


class PrometheusAdapter(Component):
    NAME = COMPONENT
    LOCK = COMPONENT
    STAGE = Stage.OPERATORS
    REQUIREMENTS = frozenset({Requirement.POD_AUTOSCALING})
    POSTURE = {
        ADAPTER.identity: {"memory-limits": NO_MEMORY_LIMIT},
        "ClusterRole/prometheus-adapter-server-resources": {
            "rbac": "lets clients read every resource of the custom metrics API the adapter serves: a wildcard by design",
        },
        "ClusterRoleBinding/prometheus-adapter-hpa-controller": {
            "rbac": "binds the HPA controller to the adapter's custom metrics resources (the wildcard role above)",
        },
    }

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        return (ADAPTER,)

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        return (LiveCheck(Requirement.POD_AUTOSCALING, "custom metrics API",
                          Present(API_SERVICES, CUSTOM_METRICS_API, what="custom metrics APIService"),
                          "Available; pods/gpu_utilization and pods/vllm_requests_waiting listed by "
                          "kubectl get --raw /apis/custom.metrics.k8s.io/v1beta1"),)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.install(Install.helm(COMPONENT, COMPONENT, NAMESPACE, Stage.OPERATORS, adapter_values()))
