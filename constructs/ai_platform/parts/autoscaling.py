"""Autoscaling: custom metrics for the HPA (prometheus-adapter) and, when the profile asks
for it, the Cluster Autoscaler for the GPU node groups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from constructs import Construct

from ..gpu_models import GPU_MODELS, GPU_PRODUCT_LABEL, GPU_RESOURCE, GPU_TAINT_KEY
from ..profile import ClusterAutoscaler, PoolManagement, Profile
from ..upstream import lock
from .base import NODE_POOL_LABEL, RESTRICTED_CONTAINER, RESTRICTED_POD, HelmInstall, PlatformPart, Stage, requests
from .monitoring import NAMESPACE as MONITORING_NAMESPACE
from .monitoring import RELEASE as MONITORING_RELEASE

CLUSTER_AUTOSCALER_NAMESPACE = "kube-system"
NODE_TEMPLATE_TAG = "k8s.io/cluster-autoscaler/node-template"
"""Prefix of the node-group tags a node group's template is built from (``/label/<key>``,
``/taint/<key>`` = ``<value>:<effect>``, ``/resources/<name>``)."""


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


def node_group_name(prefix: str, pool: str) -> str:
    return f"{prefix}-{pool}"


DRA_FLAG = "enable-dynamic-resource-allocation"
"""cluster-autoscaler 1.34's switch for its DRA logic (``config/flags/flags.go``); off by default,
and then ``main.go`` turns the ``DynamicResourceAllocation`` gate off in its scheduler framework."""
DRA_READ_RULES: tuple[dict[str, Any], ...] = (
    # What the autoscaler reads when DRA is on (simulator/dynamicresources/provider/provider.go:
    # NewProviderFromInformers): listers of shared informers, so list and watch, of resource.k8s.io/v1.
    {"apiGroups": ["resource.k8s.io"], "resources": ["resourceclaims", "resourceslices", "deviceclasses"],
     "verbs": ["list", "watch"]},
)
"""ClusterRole rules the pinned chart (9.50.1) does not grant and the DRA logic needs."""


def dra_values(profile: Profile) -> dict[str, Any]:
    """The autoscaler's DRA settings when the profile has DRA pools: the flag and the read
    access to claims, slices and device classes (``rbac.additionalRules`` of the chart)."""
    if not profile.dra_pools:
        return {}
    return {"extraArgs": {DRA_FLAG: True}, "rbac": {"additionalRules": [dict(r) for r in DRA_READ_RULES]}}


def cluster_autoscaler_values(profile: Profile) -> dict[str, Any]:
    settings = profile.cluster_autoscaler
    assert settings is not None
    image = lock().component("cluster-autoscaler").image("autoscaler")
    repository, tag = image.rsplit(":", 1)
    dra = dra_values(profile)
    return {
        "cloudProvider": settings.cloud_provider.value,
        "awsRegion": settings.region,
        "image": {"repository": repository, "tag": tag},
        "autoscalingGroups": [
            {"name": node_group_name(settings.node_group_prefix, p.name), "minSize": p.min_nodes, "maxSize": p.max_nodes}
            for p in profile.node_pools
        ],
        "resources": requests("100m", "300Mi"),
        "securityContext": RESTRICTED_POD,
        "containerSecurityContext": RESTRICTED_CONTAINER,
        "extraArgs": {
            # GPU pools scale down only when their GPUs are idle, never below minSize.
            "scale-down-enabled": True,
            "scale-down-unneeded-time": "10m",
            "scale-down-utilization-threshold": 0.5,
            "expander": "least-waste",
            "balance-similar-node-groups": True,
            "skip-nodes-with-local-storage": False,
            # Pods with ResourceClaims scale up the DRA pools (from a ready node of the group).
            **dra.get("extraArgs", {}),
        },
        **({"rbac": dra["rbac"]} if "rbac" in dra else {}),
    }


def node_group_template(profile: Profile) -> dict[str, dict[str, str]]:
    """Labels, taints and GPU capacity each node group must advertise (as ASG tags on AWS)
    so that a pending GPU pod scales up the right pool, also from zero nodes.

    The capacity is what a node of the pool really offers as ``nvidia.com/gpu``: GPUs times
    time-slicing replicas on device-plugin pools, and nothing on DRA pools (their GPUs are
    ResourceSlice devices; advertising the extended resource would add nodes for pods that
    can never run there)."""
    settings = profile.cluster_autoscaler
    assert settings is not None
    tag = NODE_TEMPLATE_TAG
    groups = {}
    for pool in profile.node_pools:
        tags = {
            f"{tag}/label/{NODE_POOL_LABEL}": pool.name,
            f"{tag}/label/{GPU_PRODUCT_LABEL}": GPU_MODELS[pool.gpu_model].product_label,
            f"{tag}/taint/{GPU_TAINT_KEY}": "present:NoSchedule",
        }
        if pool.management is PoolManagement.DEVICE_PLUGIN:
            tags[f"{tag}/resources/{GPU_RESOURCE}"] = str(pool.gpus_per_node * pool.sharing.time_slicing_replicas)
        groups[node_group_name(settings.node_group_prefix, pool.name)] = tags
    return groups


class AutoscalingPart(PlatformPart):
    REQUIREMENTS = ("pod_autoscaling",)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, "autoscaling", Stage.CONFIGURATION)
        self.add_helm_install(
            HelmInstall(
                release="prometheus-adapter",
                namespace=MONITORING_NAMESPACE,
                component="prometheus-adapter",
                stage=Stage.OPERATORS,
                values=adapter_values(),
            )
        )
        if profile.components.cluster_autoscaler is ClusterAutoscaler.CLUSTER_AUTOSCALER:
            self.add_helm_install(
                HelmInstall(
                    release="cluster-autoscaler",
                    namespace=CLUSTER_AUTOSCALER_NAMESPACE,
                    component="cluster-autoscaler",
                    stage=Stage.OPERATORS,
                    values=cluster_autoscaler_values(profile),
                    requirements=("cluster_autoscaling",),
                )
            )
