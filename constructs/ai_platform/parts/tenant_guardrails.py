"""Per-tenant guardrails: GPU quota (device plugin and DRA) and default-deny networking."""

from __future__ import annotations

from cdk8s_plus_34 import k8s
from constructs import Construct

from ..gpu_models import GPU_RESOURCE
from ..profile import Profile, TenantNamespace
from ..upstream import lock
from .base import PlatformPart, Stage, standard_labels

DRA_COMPONENT = "nvidia-dra-driver-gpu"
GPU_QUOTA = f"requests.{GPU_RESOURCE}"


def dra_quota_key(device_class: str) -> str:
    """ResourceQuota key that limits devices requested through claims of one DeviceClass."""
    return f"{device_class}.deviceclass.resource.k8s.io/devices"


def quota_limits(tenant: TenantNamespace, dra: bool) -> dict[str, int]:
    gpus = tenant.effective_gpu_quota
    hard = {GPU_QUOTA: gpus}
    if dra:
        for device_class in lock().component(DRA_COMPONENT).device_classes:
            hard[dra_quota_key(device_class)] = gpus
    return hard


class TenantGuardrailsPart(PlatformPart):
    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, "tenant-guardrails", Stage.CONFIGURATION, per_namespace_folders=True)
        dra = bool(profile.dra_pools)
        for tenant in profile.tenant_namespaces:
            self._quota(tenant, dra)
            self._network_policies(tenant.name)

    def _meta(self, name: str, namespace: str, component: str) -> k8s.ObjectMeta:
        return k8s.ObjectMeta(name=name, namespace=namespace, labels=standard_labels(name, component))

    def _quota(self, tenant: TenantNamespace, dra: bool) -> None:
        k8s.KubeResourceQuota(
            self,
            f"{tenant.name}-gpu-quota",
            metadata=self._meta("gpu-quota", tenant.name, "resource-quota"),
            spec=k8s.ResourceQuotaSpec(
                hard={key: k8s.Quantity.from_string(str(value)) for key, value in quota_limits(tenant, dra).items()}
            ),
        )

    def _network_policies(self, namespace: str) -> None:
        everything = k8s.LabelSelector()
        k8s.KubeNetworkPolicy(
            self,
            f"{namespace}-default-deny",
            metadata=self._meta("default-deny", namespace, "network-policy"),
            spec=k8s.NetworkPolicySpec(pod_selector=everything, policy_types=["Ingress", "Egress"]),
        )
        k8s.KubeNetworkPolicy(
            self,
            f"{namespace}-allow-same-namespace",
            metadata=self._meta("allow-same-namespace", namespace, "network-policy"),
            spec=k8s.NetworkPolicySpec(
                pod_selector=everything,
                policy_types=["Ingress", "Egress"],
                ingress=[k8s.NetworkPolicyIngressRule(from_=[k8s.NetworkPolicyPeer(pod_selector=everything)])],
                egress=[k8s.NetworkPolicyEgressRule(to=[k8s.NetworkPolicyPeer(pod_selector=everything)])],
            ),
        )
        k8s.KubeNetworkPolicy(
            self,
            f"{namespace}-allow-dns",
            metadata=self._meta("allow-dns", namespace, "network-policy"),
            spec=k8s.NetworkPolicySpec(
                pod_selector=everything,
                policy_types=["Egress"],
                egress=[
                    k8s.NetworkPolicyEgressRule(
                        to=[
                            k8s.NetworkPolicyPeer(
                                namespace_selector=k8s.LabelSelector(
                                    match_labels={"kubernetes.io/metadata.name": "kube-system"}
                                ),
                                pod_selector=k8s.LabelSelector(match_labels={"k8s-app": "kube-dns"}),
                            )
                        ],
                        ports=[
                            k8s.NetworkPolicyPort(protocol="UDP", port=k8s.IntOrString.from_number(53)),
                            k8s.NetworkPolicyPort(protocol="TCP", port=k8s.IntOrString.from_number(53)),
                        ],
                    )
                ],
            ),
        )
