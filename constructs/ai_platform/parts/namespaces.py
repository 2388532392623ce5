"""Namespaces of the platform: system namespaces the parts ask for, and tenant namespaces."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cdk8s_plus_34 import k8s
from constructs import Construct

from ..gpu_models import GPU_ACCESS_LABEL
from ..profile import TenantNamespace
from .accelerator_access_policy import SYSTEM_NAMESPACE_LABEL
from .base import PlatformPart, Stage, standard_labels

TENANT_LABEL = "ai-platform.dev/tenant"
PSA_ENFORCE = "pod-security.kubernetes.io/enforce"
PSA_AUDIT = "pod-security.kubernetes.io/audit"
PSA_WARN = "pod-security.kubernetes.io/warn"


def _psa(level: str) -> dict[str, str]:
    return {PSA_ENFORCE: level, PSA_AUDIT: level, PSA_WARN: level}


class NamespacesPart(PlatformPart):
    """Every namespace of the profile; first in the sync order.

    System namespaces take the Pod Security level their part asks for (a node agent that
    mounts host paths needs ``privileged``) and are exempt from the accelerator access
    policy; tenant namespaces enforce ``restricted`` and may use GPUs only when labelled
    for it.
    """
    REQUIREMENTS = ("secure_accelerator_access",)


    def __init__(
        self,
        scope: Construct,
        system: Mapping[str, Mapping[str, str]],
        tenants: Iterable[TenantNamespace],
    ) -> None:
        super().__init__(scope, "namespaces", Stage.NAMESPACES)
        for name, labels in sorted(system.items()):
            extra = {**_psa("baseline"), SYSTEM_NAMESPACE_LABEL: "true", **labels}
            self._namespace(name, extra, component="system-namespace")
        for tenant in tenants:
            extra = {**_psa("restricted"), TENANT_LABEL: "true", GPU_ACCESS_LABEL: str(tenant.gpu_access).lower()}
            self._namespace(tenant.name, extra, component="tenant-namespace")

    def _namespace(self, name: str, extra: Mapping[str, str], component: str) -> None:
        k8s.KubeNamespace(
            self,
            f"ns-{name}",
            metadata=k8s.ObjectMeta(
                name=name,
                labels={**standard_labels(name, component), "kubernetes.io/metadata.name": name, **extra},
            ),
        )
