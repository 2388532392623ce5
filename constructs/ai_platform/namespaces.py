"""Namespaces of the platform: the system namespaces its components ask for, and the profile's
tenant namespaces. Built by platform assembly after every component (it is no component of its
own: it collects what the others declare), first in the sync order."""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s_plus_34 import k8s

from constructs import Construct

from .components.base import Component, standard_labels
from .components.tenant_priority import allowed_priority_classes
from .conventions import (
    GPU_ACCESS_LABEL,
    NAMESPACE_NAME_LABEL,
    PRIORITY_CLASSES_ANNOTATION,
    PSA_AUDIT,
    PSA_ENFORCE,
    PSA_WARN,
    SYSTEM_NAMESPACE_LABEL,
    TENANT_LABEL,
    Stage,
)
from .profile import Profile
from .requirement import Requirement


def _psa(level: str) -> dict[str, str]:
    return {PSA_ENFORCE: level, PSA_AUDIT: level, PSA_WARN: level}


class Namespaces(Component):
    """Every namespace of the profile; first in the sync order.

    System namespaces take the Pod Security level their part asks for (a node agent that
    mounts host paths needs ``privileged``) and are exempt from the accelerator access
    policy; tenant namespaces enforce ``restricted`` and may use GPUs only when labelled
    for it.
    """

    NAME = "namespaces"
    STAGE = Stage.NAMESPACES
    REQUIREMENTS = frozenset({Requirement.SECURE_ACCELERATOR_ACCESS})

    def __init__(self, scope: Construct, profile: Profile, system: Mapping[str, Mapping[str, str]]) -> None:
        super().__init__(scope, profile)
        for name, labels in sorted(system.items()):
            extra = {**_psa("baseline"), SYSTEM_NAMESPACE_LABEL: "true", **labels}
            self._namespace(name, extra, component="system-namespace")
        for tenant in profile.tenant_namespaces:
            extra = {**_psa("restricted"), TENANT_LABEL: "true", GPU_ACCESS_LABEL: str(tenant.gpu_access).lower()}
            classes = {PRIORITY_CLASSES_ANNOTATION: ",".join(allowed_priority_classes(profile, tenant))}
            self._namespace(tenant.name, extra, component="tenant-namespace", annotations=classes)

    def _namespace(self, name: str, extra: Mapping[str, str], component: str,
                   annotations: Mapping[str, str] | None = None) -> None:
        k8s.KubeNamespace(
            self,
            f"ns-{name}",
            metadata=k8s.ObjectMeta(
                name=name,
                labels={**standard_labels(name, component), NAMESPACE_NAME_LABEL: name, **extra},
                annotations=dict(annotations) if annotations else None,
            ),
        )
