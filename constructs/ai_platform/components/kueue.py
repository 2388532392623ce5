"""Kueue (kubernetes-sigs/kueue) by its pinned chart, with the whole manager configuration:
``waitForPodsReady`` makes admission all-or-nothing (a workload whose pods do not all start in
time is evicted and requeued). The tenants' flavors and queues are ``gang_scheduling``'s."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml

from constructs import Construct

from ..conventions import Stage
from ..posture import IMAGE_USER
from ..profile import GangScheduler, PoolManagement, Profile
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, Install, ProfileProblem, Workload, deployment

COMPONENT = "kueue"
NAMESPACE = "kueue-system"
QUEUE_LABEL = "kueue.x-k8s.io/queue-name"
"""The label that puts a Job (or pod group) into a LocalQueue (``constants.QueueLabel``)."""
CONTROLLER = deployment(NAMESPACE, "kueue-controller-manager")
CONFIG_MAP = "kueue-manager-config"
"""The ConfigMap the chart writes the manager configuration into (key ``controller_manager_config.yaml``)."""
WEBHOOK_SERVICE = "kueue-webhook-service"


def kueue_manager_config() -> dict[str, Any]:
    """The whole Kueue configuration: the chart's value replaces its default, not merges."""
    return {
        "apiVersion": "config.kueue.x-k8s.io/v1beta2",
        "kind": "Configuration",
        "health": {"healthProbeBindAddress": ":8081"},
        "metrics": {"bindAddress": ":8443"},
        "webhook": {"port": 9443},
        "leaderElection": {"leaderElect": True, "resourceName": "c1f6bfd2.kueue.x-k8s.io"},
        "controller": {
            "groupKindConcurrency": {
                "Job.batch": 5,
                "Pod": 5,
                "Workload.kueue.x-k8s.io": 5,
                "LocalQueue.kueue.x-k8s.io": 1,
                "ClusterQueue.kueue.x-k8s.io": 1,
                "ResourceFlavor.kueue.x-k8s.io": 1,
            }
        },
        "clientConnection": {"qps": 50, "burst": 100},
        "waitForPodsReady": {
            "timeout": "10m",
            "recoveryTimeout": "3m",
            "blockAdmission": True,
            "requeuingStrategy": {"timestamp": "Eviction", "backoffBaseSeconds": 60, "backoffMaxSeconds": 3600},
        },
        "integrations": {"frameworks": ["batch/job", "ray.io/rayjob", "ray.io/raycluster", "jobset.x-k8s.io/jobset"]},
    }


def kueue_values() -> dict[str, Any]:
    """The manager configuration, and the released image from the lock: the chart's source
    names a staging image that Kueue's release tooling replaces."""
    repository, tag = lock().component(COMPONENT).image("controller").rsplit(":", 1)
    return {
        "managerConfig": {"controllerManagerConfigYaml": yaml.safe_dump(kueue_manager_config(), sort_keys=False)},
        "controllerManager": {"manager": {"image": {"repository": repository, "tag": tag, "pullPolicy": "IfNotPresent"}}},
    }


class Kueue(Component):
    NAME = COMPONENT
    LOCK = COMPONENT
    STAGE = Stage.OPERATORS
    REQUIREMENTS = frozenset({Requirement.GANG_SCHEDULING})
    POSTURE = {
        CONTROLLER.identity: {"high-uid": IMAGE_USER},
        "ClusterRole/kueue-manager-role": {
            "rbac": "Kueue's manager patches its webhook configurations with its own serving certificate",
        },
        "RoleBinding/kueue-manager-secrets-rolebinding": {
            "rbac": "Kueue's manager maintains its webhook serving certificate Secret in its namespace",
        },
    }

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return profile.components.gang_scheduler is GangScheduler.KUEUE

    @classmethod
    def rules(cls, profile: Profile) -> Iterable[ProfileProblem]:
        plugin_models = sorted({p.gpu_model.value for p in profile.pools_managed_by(PoolManagement.DEVICE_PLUGIN)})
        gpu_tenants = [t.name for t in profile.tenant_namespaces if t.effective_gpu_quota > 0]
        if cls.enabled(profile) and len(plugin_models) > 1 and gpu_tenants:
            # Kueue quotas are per ResourceFlavor (one per model), the tenant's ResourceQuota caps
            # nvidia.com/gpu across models: Kueue would admit up to gpuQuota GPUs of each model and
            # the ResourceQuota would then refuse part of a gang's pods.
            yield ProfileProblem("components.gangScheduler", (
                f"components.gangScheduler 'kueue' with device-plugin pools of several GPU models "
                f"({', '.join(plugin_models)}) and GPU quotas (tenants {', '.join(gpu_tenants)}): Kueue's quota is per "
                "GPU model, the tenant's ResourceQuota caps nvidia.com/gpu across models, so gangs would be split "
                "(allowed: one device-plugin GPU model with kueue, other models on 'dra' pools, or gangScheduler 'volcano')"
            ))

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        return (CONTROLLER,)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.install(Install.helm(COMPONENT, COMPONENT, NAMESPACE, Stage.OPERATORS, kueue_values()))
