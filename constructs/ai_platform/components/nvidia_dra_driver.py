"""Dynamic Resource Allocation: the NVIDIA DRA driver for DRA pools, and claim templates.

The driver chart (pinned in upstream.lock.yaml) runs its kubelet plugin only on the pools
whose ``management`` is ``dra`` and creates the DeviceClasses ``gpu.nvidia.com`` and
``mig.nvidia.com``; it is their one owner, so this part creates none. Every tenant
namespace with GPU access gets ResourceClaimTemplates (``resource.k8s.io/v1``, the
``exactly`` request shape) that workloads reference by name:

  gpu                 one whole GPU
  gpu-<model>         one whole GPU of a model, selected by CEL on ``productName``
  gpus-<n>            n GPUs for one pod, on one node (largest DRA pool node size)
  mig-slice           one MIG instance, where a DRA pool partitions its GPUs with MIG

A claim is shared by the containers of a pod when several containers list the same
``resources.claims`` entry (see examples/dra/).
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Mapping, Sequence
from typing import Any

from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import NODE_POOL_LABEL, PSA_ENFORCE, Stage
from ..errors import PlatformError
from ..gpu_models import GPU_MODELS
from ..live_checks import NEEDS_GPU, ApiResource, Listed, LiveCheck, Served
from ..posture import CHART_FILESYSTEM, NO_MEMORY_LIMIT, NODE_AGENT
from ..profile import GpuEnablement, MigStrategy, NodePool, PoolManagement, Profile
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, Install, ProfileProblem, UpstreamFix, Workload, daemonset, gpu_toleration, requests, standard_labels

COMPONENT = "nvidia-dra-driver-gpu"
NAMESPACE = "nvidia-dra-driver"
KUBELET_PLUGIN = "dra-driver-nvidia-gpu-kubelet-plugin"
"""The kubelet plugin DaemonSet (the chart's full name for release ``nvidia-dra-driver-gpu``)."""
RESOURCE_SLICE_POLICY = "resourceslices-policy-dra-driver-nvidia-gpu"
"""The chart's ValidatingAdmissionPolicy that keeps the kubelet plugin to its own node's ResourceSlices."""
RESTRICTED_USER_CONDITION = "isRestrictedUser"
DRIVER_NAME = "gpu.nvidia.com"
GPU_DEVICE_CLASS = "gpu.nvidia.com"
MIG_DEVICE_CLASS = "mig.nvidia.com"
HOST_DRIVER_ROOT = "/"
OPERATOR_DRIVER_ROOT = "/run/nvidia/driver"


def product_name_selector(pool: NodePool) -> str:
    """CEL over the driver's attributes that selects the pool's GPU model."""
    name = GPU_MODELS[pool.gpu_model].product_name
    return f'device.attributes["{DRIVER_NAME}"].productName == "{name}"'


@dataclass(frozen=True)
class DraDriverValues:
    """Chart values: GPUs only (no multi-node NVLink ComputeDomains), on the DRA pools."""

    pools: tuple[str, ...]
    driver_root: str
    image: str

    def to_values(self) -> dict[str, Any]:
        repository, tag = self.image.rsplit(":", 1)
        return {
            "nvidiaDriverRoot": self.driver_root,
            "image": {"repository": repository, "tag": tag},
            "resources": {"gpus": {"enabled": True}, "computeDomains": {"enabled": False}},
            # The chart refuses GPU resources unless told that no device plugin serves the same
            # nodes. Here none does: the kubelet plugin runs only on DRA pools, and the device
            # plugin (ours or the GPU Operator's) never on them (docs/dra.md).
            "gpuResourcesEnabledOverride": True,
            "kubeletPlugin": {
                "containers": {"gpus": {"resources": requests("50m", "128Mi")}},
                "tolerations": [gpu_toleration()],
                "affinity": {
                    "nodeAffinity": {
                        "requiredDuringSchedulingIgnoredDuringExecution": {
                            "nodeSelectorTerms": [
                                {"matchExpressions": [{"key": NODE_POOL_LABEL, "operator": "In", "values": list(self.pools)}]}
                            ]
                        }
                    }
                },
            },
        }


def service_account_user(namespace: str, account: str) -> str:
    return f"system:serviceaccount:{namespace}:{account}"


def restricted_user_expression(user: str) -> str:
    """The policy's match condition as the chart writes it, for one user."""
    return f'request.userInfo.username == "{user}"'


def kubelet_plugin_account(render: Sequence[Mapping[str, Any]]) -> str:
    """The ServiceAccount the kubelet plugin DaemonSet of a render runs as."""
    plugin = next(o for o in render if o.get("kind") == "DaemonSet" and o["metadata"]["name"] == KUBELET_PLUGIN)
    return str(plugin["spec"]["template"]["spec"]["serviceAccountName"])


def _policy_names_the_kubelet_plugin(policy: dict[str, Any], render: Sequence[Mapping[str, Any]], namespace: str) -> None:
    """v0.4.1's policy matches ``<fullname>-service-account``, the kubelet plugin runs as
    ``<fullname>-service-account-kubeletplugin``: the match condition is false for the one writer
    it is for, so its node checks never run. It is made to name the DaemonSet's account."""
    account = kubelet_plugin_account(render)
    [condition] = [c for c in policy["spec"]["matchConditions"] if c["name"] == RESTRICTED_USER_CONDITION]
    wanted = restricted_user_expression(service_account_user(namespace, account))
    broken = restricted_user_expression(service_account_user(namespace, account.removesuffix("-kubeletplugin")))
    if condition["expression"] == wanted:
        raise PlatformError(f"ValidatingAdmissionPolicy {RESOURCE_SLICE_POLICY}: the pinned chart already names the kubelet plugin's "
                            f"account ({account}); drop this upstream fix")
    if condition["expression"] != broken:
        raise PlatformError(f"ValidatingAdmissionPolicy {RESOURCE_SLICE_POLICY}: match condition {RESTRICTED_USER_CONDITION} is "
                            f"{condition['expression']!r}, not the shape this fix was written for ({broken!r}); re-check it upstream")
    condition["expression"] = wanted


RESOURCE_SLICE_POLICY_FIX = UpstreamFix(
    identity=f"ValidatingAdmissionPolicy/{RESOURCE_SLICE_POLICY}",
    upstream="https://github.com/kubernetes-sigs/dra-driver-nvidia-gpu/issues/1317 (fix open: #1318)",
    what="the policy's match condition names a ServiceAccount nothing runs as, so it never restricts the kubelet plugin's "
         "ResourceSlice writes to its own node; it names the kubelet plugin DaemonSet's account here",
    correct=_policy_names_the_kubelet_plugin,
)


def _request(name: str, device_class: str, count: int = 1, cel: str | None = None) -> k8s.DeviceRequest:
    return k8s.DeviceRequest(
        name=name,
        exactly=k8s.ExactDeviceRequest(
            device_class_name=device_class,
            allocation_mode="ExactCount",
            count=count,
            selectors=[k8s.DeviceSelector(cel=k8s.CelDeviceSelector(expression=cel))] if cel else None,
        ),
    )


def claim_templates(pools: list[NodePool]) -> dict[str, k8s.DeviceRequest]:
    """Template name -> its single device request, for the given DRA pools."""
    templates: dict[str, k8s.DeviceRequest] = {"gpu": _request("gpu", GPU_DEVICE_CLASS)}
    for model in sorted({p.gpu_model for p in pools}):
        representative = next(p for p in pools if p.gpu_model == model)
        templates[f"gpu-{model.value}"] = _request("gpu", GPU_DEVICE_CLASS, cel=product_name_selector(representative))
    most = max(p.gpus_per_node for p in pools)
    if most > 1:
        templates[f"gpus-{most}"] = _request("gpus", GPU_DEVICE_CLASS, count=most)
    if any(p.sharing.mig_strategy is not MigStrategy.NONE for p in pools):
        templates["mig-slice"] = _request("mig", MIG_DEVICE_CLASS)
    return templates


RESOURCE_API = "resource.k8s.io/v1"
CLAIM_TEMPLATES = ApiResource("resource.k8s.io", "v1", "resourceclaimtemplates")
RESOURCE_SLICES = ApiResource("resource.k8s.io", "v1", "resourceslices", namespaced=False)


class NvidiaDraDriver(Component):
    NAME = "dynamic-resource-allocation"
    LOCK = COMPONENT
    REQUIREMENTS = frozenset({Requirement.DRA_SUPPORT, Requirement.GPU_SHARING})
    PER_NAMESPACE_FOLDERS = True
    POSTURE = {
        f"DaemonSet/{KUBELET_PLUGIN}": {
            "privileged": NODE_AGENT + "prepares GPUs for containers on the host (device nodes, CDI specs, MIG) "
            "through the driver root; upstream runs the plugin privileged",
            "capabilities": NODE_AGENT + "privileged as upstream ships it (see privileged)",
            "non-root": NODE_AGENT + "root, to write CDI specs and the kubelet plugin sockets on the host",
            "high-uid": NODE_AGENT + "runs as root (UID 0) for the reason under non-root",
            "read-only-root-filesystem": NODE_AGENT + "upstream's image writes under its root at start; " + CHART_FILESYSTEM,
            "probes": "upstream gives the plugin liveness and startup probes; a node agent behind no Service needs no readiness",
            "memory-limits": NO_MEMORY_LIMIT,
        },
    }

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return bool(profile.dra_pools)

    @classmethod
    def rules(cls, profile: Profile) -> list[ProfileProblem]:
        dra_pools = [p.name for p in profile.pools_managed_by(PoolManagement.DRA)]
        if dra_pools and not profile.components.dra:
            return [ProfileProblem("components.dra", (
                f"node pools {', '.join(dra_pools)} use management 'dra' but components.dra is false "
                "(allowed: enable components.dra, or set those pools to 'device-plugin')"
            ))]
        return []

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        # The kubelet plugin publishes devices only where DRA manages the GPUs (the chart's node
        # affinity on the pool label; device-plugin pools must never offer them twice).
        return (daemonset(NAMESPACE, KUBELET_PLUGIN, [p.name for p in profile.dra_pools]),)

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        dra = Requirement.DRA_SUPPORT
        return (
            LiveCheck(dra, "resource.k8s.io/v1 served", Served(RESOURCE_API),
                      "deviceclasses, resourceclaims, resourceclaimtemplates, resourceslices served at v1"),
            LiveCheck(dra, "claim templates", Listed(CLAIM_TEMPLATES, "ResourceClaimTemplates"),
                      "the claim templates of every tenant with GPU access"),
            LiveCheck(dra, "device slices published",
                      Listed(RESOURCE_SLICES, "ResourceSlices", fewer=NEEDS_GPU, fewer_detail="no ResourceSlices: no DRA driver on a GPU node"),
                      "one ResourceSlice per DRA node, published by the driver's kubelet plugin"),
        )

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        pools = profile.dra_pools
        component = lock().component(COMPONENT)
        self.add_namespace(NAMESPACE, {PSA_ENFORCE: "privileged"})
        uses_operator = profile.components.gpu_enablement is GpuEnablement.GPU_OPERATOR
        values = DraDriverValues(
            pools=tuple(p.name for p in pools),
            driver_root=OPERATOR_DRIVER_ROOT if uses_operator else HOST_DRIVER_ROOT,
            image=component.image("driver"),
        )
        self.install(
            Install.helm(
                COMPONENT, COMPONENT, NAMESPACE, Stage.OPERATORS, values.to_values(),
                # values.yaml has kubeletPlugin.containers.init.resources, but no template reads it.
                container_requests={f"DaemonSet/{KUBELET_PLUGIN}/init-container": {"cpu": "10m", "memory": "32Mi"}},
                upstream_fixes=(RESOURCE_SLICE_POLICY_FIX,),
                security_exemptions={
                    f"DaemonSet/{KUBELET_PLUGIN}": (
                        "node agent: the kubelet plugin prepares GPU devices on the host (driver root, "
                        "CDI specs, kubelet plugin sockets) and must run privileged as root"
                    ),
                },
            )
        )
        self.templates = claim_templates(pools)
        for tenant in profile.tenant_namespaces:
            if not tenant.gpu_access:
                continue
            for name, request in self.templates.items():
                k8s.KubeResourceClaimTemplate(
                    self,
                    f"{tenant.name}-{name}",
                    metadata=k8s.ObjectMeta(
                        name=name,
                        namespace=tenant.name,
                        labels=standard_labels(name, "resource-claim-template"),
                    ),
                    spec=k8s.ResourceClaimTemplateSpec(
                        spec=k8s.ResourceClaimSpec(devices=k8s.DeviceClaim(requests=[request]))
                    ),
                )
