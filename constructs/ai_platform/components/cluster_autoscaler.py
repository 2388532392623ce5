"""The Cluster Autoscaler (kubernetes/autoscaler) by its pinned chart, when the profile asks for
it: one node group per GPU pool, whose templates advertise the pool's labels, taints and GPUs so
that a pending GPU pod (or ResourceClaim) scales up the right pool."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from constructs import Construct

from ..conventions import (
    GPU_PRODUCT_LABEL,
    GPU_RESOURCE,
    GPU_TAINT_EFFECT,
    GPU_TAINT_KEY,
    GPU_TAINT_VALUE,
    NODE_POOL_LABEL,
    Stage,
)
from ..gpu_models import GPU_MODELS
from ..posture import CHART_FILESYSTEM, IMAGE_USER, NO_MEMORY_LIMIT
from ..profile import ClusterAutoscaler as AutoscalerChoice
from ..profile import PoolManagement, Profile
from ..requirement import Requirement
from ..upstream import lock
from .base import RESTRICTED_CONTAINER, RESTRICTED_POD, Component, Install, ProfileProblem, Workload, deployment, requests

COMPONENT = "cluster-autoscaler"
CLUSTER_AUTOSCALER_NAMESPACE = "kube-system"
AUTOSCALER = deployment(CLUSTER_AUTOSCALER_NAMESPACE, "cluster-autoscaler-aws-cluster-autoscaler")
"""The chart's full name for release ``cluster-autoscaler`` with cloud provider aws."""
NODE_TEMPLATE_TAG = "k8s.io/cluster-autoscaler/node-template"
"""Prefix of the node-group tags a node group's template is built from (``/label/<key>``,
``/taint/<key>`` = ``<value>:<effect>``, ``/resources/<name>``)."""


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
    image = lock().component(COMPONENT).image("autoscaler")
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
            f"{tag}/taint/{GPU_TAINT_KEY}": f"{GPU_TAINT_VALUE}:{GPU_TAINT_EFFECT}",
        }
        if pool.management is PoolManagement.DEVICE_PLUGIN:
            tags[f"{tag}/resources/{GPU_RESOURCE}"] = str(pool.gpus_per_node * pool.sharing.time_slicing_replicas)
        groups[node_group_name(settings.node_group_prefix, pool.name)] = tags
    return groups


class ClusterAutoscaler(Component):
    NAME = COMPONENT
    LOCK = COMPONENT
    STAGE = Stage.OPERATORS
    REQUIREMENTS = frozenset({Requirement.CLUSTER_AUTOSCALING})
    POSTURE = {
        AUTOSCALER.identity: {
            "probes": "the chart gives the autoscaler a liveness probe on its health port; it has no readiness endpoint",
            "high-uid": IMAGE_USER,
            "read-only-root-filesystem": CHART_FILESYSTEM,
            "memory-limits": NO_MEMORY_LIMIT,
        },
    }

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return profile.components.cluster_autoscaler is AutoscalerChoice.CLUSTER_AUTOSCALER

    @classmethod
    def rules(cls, profile: Profile) -> Iterable[ProfileProblem]:
        enabled = cls.enabled(profile)
        if enabled != (profile.cluster_autoscaler is not None):
            yield ProfileProblem("clusterAutoscaler", (
                "clusterAutoscaler settings go with components.clusterAutoscaler 'cluster-autoscaler' "
                "(allowed: both set, or neither)"
            ))
        if enabled:
            from_zero = [f"nodePools[{i}].minNodes" for i, p in enumerate(profile.node_pools)
                         if p.management is PoolManagement.DRA and p.min_nodes < 1]
            if from_zero:
                yield ProfileProblem(from_zero[0], (
                    f"{', '.join(from_zero)} is 0 on a DRA pool scaled by the cluster autoscaler; the pinned "
                    "autoscaler builds a template with ResourceSlices only from a ready node of the group "
                    "(a group at zero nodes has none, so no claim could ever scale it up) "
                    "(allowed: minNodes >= 1 on DRA pools when components.clusterAutoscaler is 'cluster-autoscaler')"
                ))
        else:
            scaling = [p.name for p in profile.node_pools if p.min_nodes != p.max_nodes]
            if scaling:
                yield ProfileProblem("components.clusterAutoscaler", (
                    f"node pools {', '.join(scaling)} set minNodes != maxNodes but components.clusterAutoscaler "
                    "is 'none' (allowed: 'cluster-autoscaler', or equal bounds)"
                ))

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        return (AUTOSCALER,)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.install(Install.helm(COMPONENT, COMPONENT, CLUSTER_AUTOSCALER_NAMESPACE, Stage.OPERATORS,
                                  cluster_autoscaler_values(profile)))
