"""Per-tenant guardrails: GPU quota (device plugin and DRA) and default-deny networking.

Besides default-deny, tenants accept traffic from their own namespace, from Prometheus
(``monitoring``) for scraping, and, in the inference namespace, from the gateway's
Envoy proxies (``envoy-gateway-system``); they may reach cluster DNS.
"""

from __future__ import annotations

from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import GPU_RESOURCE, NAMESPACE_NAME_LABEL
from ..profile import Profile, TenantNamespace
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, standard_labels
from .envoy_gateway import NAMESPACE as ENVOY_GATEWAY_NAMESPACE
from .kube_prometheus_stack import NAMESPACE as MONITORING_NAMESPACE
from .nvidia_dra_driver import COMPONENT as DRA_COMPONENT

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


class TenantGuardrails(Component):
    NAME = "tenant-guardrails"
    REQUIREMENTS = frozenset({Requirement.SECURE_ACCELERATOR_ACCESS})
    PER_NAMESPACE_FOLDERS = True

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        dra = bool(profile.dra_pools)
        inference_namespace = profile.inference.namespace if profile.inference else None
        for tenant in profile.tenant_namespaces:
            self._quota(tenant, dra)
            self._network_policies(tenant.name)
            self._allow_ingress_from(tenant.name, "allow-from-monitoring", MONITORING_NAMESPACE)
            if tenant.name == inference_namespace:
                self._allow_ingress_from(tenant.name, "allow-from-inference-gateway", ENVOY_GATEWAY_NAMESPACE)

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

    def _network_policy(self, namespace: str, name: str, spec: k8s.NetworkPolicySpec) -> None:
        k8s.KubeNetworkPolicy(
            self, f"{namespace}-{name}", metadata=self._meta(name, namespace, "network-policy"), spec=spec
        )

    def _allow_ingress_from(self, namespace: str, name: str, source_namespace: str) -> None:
        self._network_policy(
            namespace,
            name,
            k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(),
                policy_types=["Ingress"],
                ingress=[
                    k8s.NetworkPolicyIngressRule(
                        from_=[
                            k8s.NetworkPolicyPeer(
                                namespace_selector=k8s.LabelSelector(
                                    match_labels={NAMESPACE_NAME_LABEL: source_namespace}
                                )
                            )
                        ]
                    )
                ],
            ),
        )

    def _network_policies(self, namespace: str) -> None:
        everything = k8s.LabelSelector()
        both = ["Ingress", "Egress"]
        self._network_policy(namespace, "default-deny", k8s.NetworkPolicySpec(pod_selector=everything, policy_types=both))
        self._network_policy(
            namespace,
            "allow-same-namespace",
            k8s.NetworkPolicySpec(
                pod_selector=everything,
                policy_types=both,
                ingress=[k8s.NetworkPolicyIngressRule(from_=[k8s.NetworkPolicyPeer(pod_selector=everything)])],
                egress=[k8s.NetworkPolicyEgressRule(to=[k8s.NetworkPolicyPeer(pod_selector=everything)])],
            ),
        )
        dns_pods = k8s.NetworkPolicyPeer(
            namespace_selector=k8s.LabelSelector(match_labels={NAMESPACE_NAME_LABEL: "kube-system"}),
            pod_selector=k8s.LabelSelector(match_labels={"k8s-app": "kube-dns"}),
        )
        dns_ports = [
            k8s.NetworkPolicyPort(protocol=protocol, port=k8s.IntOrString.from_number(53)) for protocol in ("UDP", "TCP")
        ]
        self._network_policy(
            namespace,
            "allow-dns",
            k8s.NetworkPolicySpec(
                pod_selector=everything,
                policy_types=["Egress"],
                egress=[k8s.NetworkPolicyEgressRule(to=[dns_pods], ports=dns_ports)],
            ),
        )
