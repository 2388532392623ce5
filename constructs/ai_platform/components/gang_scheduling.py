"""Gang scheduling: the platform's own objects for the gang scheduler the profile chooses (Volcano
or Kueue, each a component of its own that installs the pinned chart), and the priority classes.

Volcano: every GPU tenant gets a Queue whose capability caps its GPUs at its quota.

Kueue: a ResourceFlavor per GPU model of the device-plugin pools, a ClusterQueue per GPU tenant
(nominal GPU quota per flavor, GPU borrowing limit 0 so that no tenant is admitted beyond its
ResourceQuota; one cohort, so idle CPU and memory quota can be borrowed) and a LocalQueue in the
tenant namespace.
"""

from __future__ import annotations

from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import GPU_PRODUCT_LABEL, GPU_RESOURCE, GPU_TAINT_EFFECT, GPU_TAINT_KEY, NAMESPACE_NAME_LABEL
from ..gpu_models import GPU_MODELS
from ..live_checks import ApiResource, Listed, LiveCheck
from ..profile import GangScheduler, PoolManagement, Profile
from ..requirement import Requirement
from .base import Component, custom_resource_metadata, standard_labels

KUEUE_COHORT = "ai-platform"
KUEUE_LOCAL_QUEUE = "gpu"
"""The LocalQueue of every GPU tenant (workloads name it in ``kueue.x-k8s.io/queue-name``)."""
INFERENCE_PRIORITY_CLASS = "ai-inference"
"""The platform's model servers run at it; tenants outside the inference namespace cannot use it."""
PRIORITY_CLASSES = {INFERENCE_PRIORITY_CLASS: 100000, "ai-training": 10000, "ai-batch": 1000}
TENANT_PRIORITY_CLASSES = ("ai-training", "ai-batch")
"""What every tenant may name; the highest any tenant can reach is below the model servers'."""
VOLCANO_QUEUES = ApiResource("scheduling.volcano.sh", "v1beta1", "queues", namespaced=False)
KUEUE_CLUSTER_QUEUES = ApiResource("kueue.x-k8s.io", "v1beta2", "clusterqueues", namespaced=False)


class GangScheduling(Component):
    NAME = "gang-scheduling"
    REQUIREMENTS = frozenset({Requirement.GANG_SCHEDULING})
    PER_NAMESPACE_FOLDERS = True

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        if profile.components.gang_scheduler is GangScheduler.VOLCANO:
            return (LiveCheck(Requirement.GANG_SCHEDULING, "Volcano queues", Listed(VOLCANO_QUEUES, "Queues"),
                              "one Queue per GPU tenant, capped at its GPU quota"),)
        return (LiveCheck(Requirement.GANG_SCHEDULING, "Kueue cluster queues", Listed(KUEUE_CLUSTER_QUEUES, "ClusterQueues"),
                          "one ClusterQueue per GPU tenant, GPU borrowing limit 0"),)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
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

        models = sorted({p.gpu_model for p in profile.pools_managed_by(PoolManagement.DEVICE_PLUGIN)})
        for model in models:
            kq.ResourceFlavorV1Beta2(
                self,
                f"flavor-{model.value}",
                metadata=custom_resource_metadata(model.value, "kueue-resource-flavor"),
                spec=kq.ResourceFlavorV1Beta2Spec(
                    node_labels={GPU_PRODUCT_LABEL: GPU_MODELS[model].product_label},
                    tolerations=[kq.ResourceFlavorV1Beta2SpecTolerations(key=GPU_TAINT_KEY, operator="Exists", effect=GPU_TAINT_EFFECT)],
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
                        match_labels={NAMESPACE_NAME_LABEL: tenant.name}
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
                metadata=custom_resource_metadata(KUEUE_LOCAL_QUEUE, "kueue-local-queue", tenant.name),
                spec=kq.LocalQueueV1Beta2Spec(cluster_queue=tenant.name),
            )
