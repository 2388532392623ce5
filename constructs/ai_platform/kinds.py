"""Which API groups are built into Kubernetes (everything else comes from a CRD)."""

from __future__ import annotations

BUILTIN_GROUPS = frozenset(
    {
        "", "apps", "batch", "policy", "rbac.authorization.k8s.io", "networking.k8s.io", "node.k8s.io",
        "scheduling.k8s.io", "storage.k8s.io", "resource.k8s.io", "admissionregistration.k8s.io",
        "autoscaling", "coordination.k8s.io", "discovery.k8s.io", "certificates.k8s.io", "apiextensions.k8s.io",
        "apiregistration.k8s.io", "events.k8s.io", "flowcontrol.apiserver.k8s.io", "storagemigration.k8s.io",
    }
)


def is_builtin(api_version: str) -> bool:
    group = api_version.rsplit("/", 1)[0] if "/" in api_version else ""
    return group in BUILTIN_GROUPS
