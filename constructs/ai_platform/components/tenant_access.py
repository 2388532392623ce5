"""Tenant identity: the Role a tenant's people and pipelines get in their namespace.

``ai-platform-tenant`` lets a tenant run workloads (pods, Deployments, Jobs, GPU claims, and the
workload kinds of the profile's components: RayClusters and RayJobs with KubeRay, Volcano Jobs
with Volcano) and read what the platform set around them, but not change its own guardrails:
NetworkPolicies, ResourceQuotas and LimitRanges are read-only, RBAC and the namespace itself are
out of reach, and so are DaemonSets (a per-node agent is the platform's business). The built-in
``edit`` role, which many platform teams hand out, can delete the namespace's default-deny
NetworkPolicy; this one cannot (tests/apiserver/test_tenant_access.py shows both).

The profile names the groups bound to it per tenant (``tenantNamespaces[].groups``); without groups
the Role is still there for the cluster's admins to bind.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_34 import k8s

from constructs import Construct

from ..profile import Profile, TenantNamespace
from ..requirement import Requirement
from .base import Component, standard_labels
from .kuberay import Kuberay
from .kueue import Kueue
from .volcano import Volcano

TENANT_ROLE = "ai-platform-tenant"
WRITE = ("get", "list", "watch", "create", "update", "patch", "delete", "deletecollection")
READ = ("get", "list", "watch")


@dataclass(frozen=True)
class Grant:
    """Verbs on resources of one API group (``""``: the core group)."""

    group: str
    resources: tuple[str, ...]
    verbs: tuple[str, ...]


WORKLOADS = (
    Grant("", ("pods", "services", "configmaps", "secrets", "persistentvolumeclaims", "serviceaccounts"), WRITE),
    Grant("", ("pods/log",), READ),
    Grant("", ("pods/exec", "pods/portforward"), ("create", "get")),
    Grant("apps", ("deployments", "statefulsets"), WRITE),
    Grant("apps", ("replicasets", "controllerrevisions"), READ),
    Grant("batch", ("jobs", "cronjobs"), WRITE),
    Grant("autoscaling", ("horizontalpodautoscalers",), WRITE),
    Grant("policy", ("poddisruptionbudgets",), WRITE),
    Grant("resource.k8s.io", ("resourceclaims", "resourceclaimtemplates"), WRITE),
)
"""What every tenant may run."""
GUARDRAILS = (
    Grant("", ("resourcequotas", "limitranges", "events"), READ),
    Grant("networking.k8s.io", ("networkpolicies",), READ),
    Grant("events.k8s.io", ("events",), READ),
)
"""What the platform sets around a tenant, readable so a tenant sees why a request is refused."""
GUARDED = (
    ("", "namespaces"), ("", "resourcequotas"), ("", "limitranges"), ("networking.k8s.io", "networkpolicies"),
    ("rbac.authorization.k8s.io", "roles"), ("rbac.authorization.k8s.io", "rolebindings"), ("apps", "daemonsets"),
)
"""(group, resource) a tenant must never write: its guardrails, its RBAC, node agents."""


def component_grants(profile: Profile) -> tuple[Grant, ...]:
    """The workload kinds of the profile's components a tenant runs or watches."""
    grants: list[Grant] = []
    if Kuberay.enabled(profile):
        grants.append(Grant("ray.io", ("rayclusters", "rayjobs"), WRITE))
    if Volcano.enabled(profile):
        grants += [Grant("batch.volcano.sh", ("jobs",), WRITE), Grant("scheduling.volcano.sh", ("podgroups",), READ)]
    if Kueue.enabled(profile):
        grants.append(Grant("kueue.x-k8s.io", ("localqueues", "workloads"), READ))
    return tuple(grants)


def tenant_grants(profile: Profile) -> tuple[Grant, ...]:
    return (*WORKLOADS, *component_grants(profile), *GUARDRAILS)


class TenantAccess(Component):
    NAME = "tenant-access"
    REQUIREMENTS = frozenset({Requirement.SECURE_ACCELERATOR_ACCESS})
    PER_NAMESPACE_FOLDERS = True

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        rules = [k8s.PolicyRule(api_groups=[g.group], resources=list(g.resources), verbs=list(g.verbs)) for g in tenant_grants(profile)]
        for tenant in profile.tenant_namespaces:
            self._role(tenant, rules)

    def _role(self, tenant: TenantNamespace, rules: list[k8s.PolicyRule]) -> None:
        meta = k8s.ObjectMeta(name=TENANT_ROLE, namespace=tenant.name, labels=standard_labels(TENANT_ROLE, "tenant-role"))
        k8s.KubeRole(self, f"{tenant.name}-role", metadata=meta, rules=rules)
        if not tenant.groups:
            return
        k8s.KubeRoleBinding(
            self,
            f"{tenant.name}-binding",
            metadata=k8s.ObjectMeta(name=TENANT_ROLE, namespace=tenant.name, labels=standard_labels(TENANT_ROLE, "tenant-role-binding")),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=TENANT_ROLE),
            subjects=[k8s.Subject(api_group="rbac.authorization.k8s.io", kind="Group", name=group) for group in tenant.groups],
        )
