"""Namespaces of the platform: system namespaces the parts ask for, and tenant namespaces."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cdk8s_plus_34 import k8s
from constructs import Construct

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
    mounts host paths needs ``privileged``); tenant namespaces enforce ``restricted``.
    """

    def __init__(
        self,
        scope: Construct,
        system: Mapping[str, Mapping[str, str]],
        tenants: Iterable[str],
    ) -> None:
        super().__init__(scope, "namespaces", Stage.NAMESPACES)
        for name, labels in sorted(system.items()):
            self._namespace(name, {**_psa("baseline"), **labels}, component="system-namespace")
        for name in tenants:
            self._namespace(name, {**_psa("restricted"), TENANT_LABEL: "true"}, component="tenant-namespace")

    def _namespace(self, name: str, extra: Mapping[str, str], component: str) -> None:
        k8s.KubeNamespace(
            self,
            f"ns-{name}",
            metadata=k8s.ObjectMeta(
                name=name,
                labels={**standard_labels(name, component), "kubernetes.io/metadata.name": name, **extra},
            ),
        )
