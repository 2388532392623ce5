"""Gang scheduling: Volcano or Kueue (pinned charts), per profile.

Volcano: the scheduler runs with the ``gang`` plugin (a job's pods are placed all together
or not at all), ``binpack`` on ``nvidia.com/gpu`` (fill GPU nodes before opening new
ones), ``proportion`` (queues share the cluster by weight) and ``priority``. Every GPU
tenant gets a Queue whose capability caps its GPUs at its quota.

Kueue: a ResourceFlavor per GPU model of the device-plugin pools, a ClusterQueue per GPU
tenant (nominal GPU quota per flavor, GPU borrowing limit 0 so that no tenant is admitted
beyond its ResourceQuota; one cohort, so idle CPU and memory quota can be borrowed) and a
LocalQueue in the tenant namespace. ``waitForPodsReady`` makes admission all-or-nothing:
a workload whose pods do not all start in time is evicted and requeued.
"""

from __future__ import annotations

from typing import Any

import yaml
from cdk8s_plus_34 import k8s
from constructs import Construct

from ..gpu_models import GPU_MODELS, GPU_RESOURCE, GPU_TAINT_KEY
from ..profile import GangScheduler, PoolManagement, Profile
from ..upstream import lock
from .base import HelmInstall, PlatformPart, Stage, custom_resource_metadata, requests, standard_labels

VOLCANO_NAMESPACE = "volcano-system"
KUEUE_NAMESPACE = "kueue-system"
VOLCANO_SCHEDULER_NAME = "volcano"
KUEUE_QUEUE_LABEL = "kueue.x-k8s.io/queue-name"
KUEUE_COHORT = "ai-platform"
PRIORITY_CLASSES = {"ai-inference": 100000, "ai-training": 10000, "ai-batch": 1000}

VOLCANO_SCHEDULER_CONFIG: dict[str, Any] = {
    "actions": "enqueue, allocate, backfill",
    "tiers": [
        {"plugins": [{"name": "priority"}, {"name": "gang", "enablePreemptable": False}, {"name": "conformance"}]},
        {
            "plugins": [
                {"name": "overcommit"},
                {"name": "drf", "enablePreemptable": False},
                {"name": "predicates"},
                {"name": "proportion"},
                {"name": "nodeorder"},
                {
                    "name": "binpack",
                    "arguments": {
                        "binpack.weight": 10,
                        "binpack.resources": GPU_RESOURCE,
                        f"binpack.resources.{GPU_RESOURCE}": 10,
                    },
                },
            ]
        },
    ],
}


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
    repository, tag = lock().component("kueue").image("controller").rsplit(":", 1)
    return {
        "managerConfig": {"controllerManagerConfigYaml": yaml.safe_dump(kueue_manager_config(), sort_keys=False)},
        "controllerManager": {"manager": {"image": {"repository": repository, "tag": tag, "pullPolicy": "IfNotPresent"}}},
    }


class GangSchedulingPart(PlatformPart):
    REQUIREMENTS = ("gang_scheduling",)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, "gang-scheduling", Stage.CONFIGURATION, per_namespace_folders=True)
        self.scheduler = profile.components.gang_scheduler
        for name, value in PRIORITY_CLASSES.items():
            k8s.KubePriorityClass(
                self,
                f"priority-{name}",
                metadata=k8s.ObjectMeta(name=name, labels=standard_labels(name, "priority-class")),
                value=value,
                global_default=False,
                preemption_policy="PreemptLowerPriority",
                description=f"AI platform priority for {name.removeprefix('ai-')} workloads",
            )
        if self.scheduler is GangScheduler.VOLCANO:
            self._volcano(profile)
        else:
            self._kueue(profile)

    def _volcano(self, profile: Profile) -> None:
        from imports.sh.volcano import scheduling as vs

        self.add_namespace(VOLCANO_NAMESPACE)
        self.add_helm_install(
            HelmInstall(
                release="volcano",
                namespace=VOLCANO_NAMESPACE,
                component="volcano",
                stage=Stage.OPERATORS,
                values={
                    "custom": {
                        "scheduler_config_override": yaml.safe_dump(VOLCANO_SCHEDULER_CONFIG, sort_keys=False),
                        "admission_resources": requests("100m", "128Mi"),
                        "scheduler_resources": requests("200m", "256Mi"),
                        "controller_resources": requests("100m", "256Mi"),
                    }
                },
            )
        )
        for tenant in profile.tenant_namespaces:
            if not tenant.gpu_access:
                continue
            vs.Queue(
                self,
                f"queue-{tenant.name}",
                metadata=custom_resource_metadata(tenant.name, "volcano-queue"),
                spec=vs.QueueSpec(
                    weight=max(1, tenant.effective_gpu_quota),
                    reclaimable=True,
                    capability={GPU_RESOURCE: vs.QueueSpecCapability.from_number(tenant.effective_gpu_quota)},
                ),
            )

    def _kueue(self, profile: Profile) -> None:
        from imports.io.x_k8s import kueue as kq

        self.add_namespace(KUEUE_NAMESPACE)
        self.add_helm_install(
            HelmInstall(
                release="kueue",
                namespace=KUEUE_NAMESPACE,
                component="kueue",
                stage=Stage.OPERATORS,
                values=kueue_values(),
            )
        )
        models = sorted({p.gpu_model for p in profile.pools_managed_by(PoolManagement.DEVICE_PLUGIN)})
        for model in models:
            kq.ResourceFlavorV1Beta2(
                self,
                f"flavor-{model.value}",
                metadata=custom_resource_metadata(model.value, "kueue-resource-flavor"),
                spec=kq.ResourceFlavorV1Beta2Spec(
                    node_labels={"nvidia.com/gpu.product": GPU_MODELS[model].product_label},
                    tolerations=[kq.ResourceFlavorV1Beta2SpecTolerations(key=GPU_TAINT_KEY, operator="Exists", effect="NoSchedule")],
                ),
            )
        for tenant in profile.tenant_namespaces:
            if not tenant.gpu_access:
                continue
            kq.ClusterQueueV1Beta2(
                self,
                f"cq-{tenant.name}",
                metadata=custom_resource_metadata(tenant.name, "kueue-cluster-queue"),
                spec=kq.ClusterQueueV1Beta2Spec(
                    cohort_name=KUEUE_COHORT,
                    namespace_selector=kq.ClusterQueueV1Beta2SpecNamespaceSelector(
                        match_labels={"kubernetes.io/metadata.name": tenant.name}
                    ),
                    queueing_strategy=kq.ClusterQueueV1Beta2SpecQueueingStrategy.BEST_EFFORT_FIFO,
                    resource_groups=[
                        kq.ClusterQueueV1Beta2SpecResourceGroups(
                            covered_resources=["cpu", "memory", GPU_RESOURCE],
                            flavors=[
                                kq.ClusterQueueV1Beta2SpecResourceGroupsFlavors(
                                    name=model.value,
                                    resources=[
                                        kq.ClusterQueueV1Beta2SpecResourceGroupsFlavorsResources(
                                            name="cpu", nominal_quota=kq.ClusterQueueV1Beta2SpecResourceGroupsFlavorsResourcesNominalQuota.from_number(16 * tenant.effective_gpu_quota)
                                        ),
                                        kq.ClusterQueueV1Beta2SpecResourceGroupsFlavorsResources(
                                            name="memory", nominal_quota=kq.ClusterQueueV1Beta2SpecResourceGroupsFlavorsResourcesNominalQuota.from_string(f"{128 * tenant.effective_gpu_quota}Gi")
                                        ),
                                        # No GPU borrowing: the tenant's ResourceQuota caps its GPUs at the
                                        # same number, so a gang admitted on borrowed GPUs would get only part
                                        # of its pods (found on the simulated cluster with the real Kueue).
                                        kq.ClusterQueueV1Beta2SpecResourceGroupsFlavorsResources(
                                            name=GPU_RESOURCE,
                                            nominal_quota=kq.ClusterQueueV1Beta2SpecResourceGroupsFlavorsResourcesNominalQuota.from_number(tenant.effective_gpu_quota),
                                            borrowing_limit=kq.ClusterQueueV1Beta2SpecResourceGroupsFlavorsResourcesBorrowingLimit.from_number(0),
                                        ),
                                    ],
                                )
                                for model in models
                            ],
                        )
                    ],
                ),
            )
            kq.LocalQueueV1Beta2(
                self,
                f"lq-{tenant.name}",
                metadata=custom_resource_metadata("gpu", "kueue-local-queue", tenant.name),
                spec=kq.LocalQueueV1Beta2Spec(cluster_queue=tenant.name),
            )
