"""The tenant Role on a real kube-apiserver (RBAC on) with dist/ applied, as a member of a tenant's
group (a client certificate whose O is the group): running a workload is admitted; changing the
namespace's guardrails (its default-deny NetworkPolicy, its GPU quota, its RBAC) and running a
DaemonSet are refused by RBAC. The negative controls: the same member bound to the built-in ``edit``
role's rules, as many platform teams hand out, deletes the default-deny policy; without the tenant binding the
member can run nothing. Every request is a server-side dry run, so dist/ stays as applied."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest

from ai_platform.components.tenant_access import TENANT_ROLE, tenant_grants
from ai_platform.kubeclient import ApiError, KubeClient
from conftest import make_profile, profile_data
from simulated_pods import wait_until

pytestmark = pytest.mark.apiserver
_names = itertools.count()


def _tenant(profile_name: str) -> tuple[str, str]:
    """The first tenant namespace with a bound group, and that group."""
    tenant = next(t for t in make_profile(profile_data(profile_name)).tenant_namespaces if t.groups)
    return tenant.name, tenant.groups[0]


def _member(plane: Any, group: str) -> KubeClient:
    name = f"member-{next(_names)}"
    return plane.user_client(name, f"{name}@example.com", (group,))


@pytest.fixture
def member(synced) -> Iterator[tuple[KubeClient, str, str]]:
    profile, plane, _ = synced
    namespace, group = _tenant(profile)
    with _member(plane, group) as client:
        yield client, namespace, group


def _refusal(action) -> str | None:
    try:
        action()
    except ApiError as exc:
        return str(exc)
    return None


def _dry_run_delete(client: KubeClient, api_version: str, kind: str, name: str, namespace: str) -> None:
    client._request("delete", client.resource(api_version, kind), name=name, namespace=namespace, dry_run="All")


def _config_map(namespace: str) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": f"cm-{next(_names)}", "namespace": namespace}, "data": {"a": "b"}}


def _deployment(namespace: str) -> dict[str, Any]:
    labels = {"app.kubernetes.io/name": "web"}
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": f"web-{next(_names)}", "namespace": namespace},
            "spec": {"selector": {"matchLabels": labels}, "template": {"metadata": {"labels": labels}, "spec": {
                "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
                "containers": [{"name": "web", "image": "registry.example/web:1", "securityContext": {
                    "allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}}]}}}}


def test_every_resource_the_role_names_is_served(synced):
    """The Role's groups and resources are the API server's own names (discovery, with dist/'s CRDs installed)."""
    profile, plane, _ = synced
    with plane.client() as client:
        for grant in tenant_grants(make_profile(profile_data(profile))):
            path = "/api/v1" if grant.group == "" else None
            if path is None:
                group = client.get_path(f"/apis/{grant.group}")
                path = f"/apis/{group['preferredVersion']['groupVersion']}"
            served = {r["name"] for r in client.get_path(path)["resources"]}
            assert set(grant.resources) <= served, (grant, sorted(set(grant.resources) - served))


def test_a_member_runs_workloads(member):
    client, namespace, _ = member
    assert _refusal(lambda: client.create(_config_map(namespace), dry_run=True)) is None
    assert _refusal(lambda: client.create(_deployment(namespace), dry_run=True)) is None


@pytest.mark.parametrize(("api_version", "kind", "name"), [
    ("networking.k8s.io/v1", "NetworkPolicy", "default-deny"),
    ("v1", "ResourceQuota", "gpu-quota"),
    ("rbac.authorization.k8s.io/v1", "RoleBinding", TENANT_ROLE),
    ("rbac.authorization.k8s.io/v1", "Role", TENANT_ROLE),
])
def test_a_member_cannot_remove_its_guardrails(member, api_version, kind, name):
    client, namespace, _ = member
    refusal = _refusal(lambda: _dry_run_delete(client, api_version, kind, name, namespace))
    assert refusal is not None and "forbidden" in refusal.lower() and "cannot delete resource" in refusal, refusal


def test_a_member_cannot_bind_itself_a_stronger_role_or_run_a_node_agent(member):
    client, namespace, group = member
    binding = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
               "metadata": {"name": f"escalate-{next(_names)}", "namespace": namespace},
               "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "admin"},
               "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": group}]}
    refusal = _refusal(lambda: client.create(binding, dry_run=True))
    assert refusal is not None and "cannot create resource \"rolebindings\"" in refusal, refusal
    daemonset = _deployment(namespace) | {"kind": "DaemonSet"}
    refusal = _refusal(lambda: client.create(daemonset, dry_run=True))
    assert refusal is not None and "cannot create resource \"daemonsets\"" in refusal, refusal


EDIT_RULES = "system:aggregate-to-edit"
"""The built-in rules ``edit`` aggregates beyond ``view`` (kubernetes v1.34.2
plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go: write on networking.k8s.io
networkpolicies among them). ``edit`` itself is an aggregated ClusterRole whose rules the
controller-manager fills in; the API-server test bed runs none, so the test binds these rules."""


def test_with_the_builtin_edit_rules_a_member_deletes_the_default_deny_policy(synced, member):
    """The negative control: bound to the built-in ``edit`` rules in the namespace, the same member's
    delete of the default-deny NetworkPolicy is admitted (dry run), which is why tenants get the
    platform's Role."""
    _, plane, _ = synced
    client, namespace, group = member
    binding = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
               "metadata": {"name": f"edit-{next(_names)}", "namespace": namespace},
               "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": EDIT_RULES},
               "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": group}]}
    with plane.client() as admin:
        admin.create(binding)
        try:
            # the authorizer sees a new binding within a moment (its informer)
            wait_until("the default-deny delete admitted with the edit rules",
                       lambda: _refusal(lambda: _dry_run_delete(client, "networking.k8s.io/v1", "NetworkPolicy", "default-deny", namespace)) is None,
                       timeout=20)
        finally:
            admin.delete(binding)


def test_without_the_tenant_binding_a_member_runs_nothing(synced):
    """The binding is what grants: a member of a group the profile does not bind is refused."""
    profile, plane, _ = synced
    namespace, _ = _tenant(profile)
    with _member(plane, "not-a-tenant-group") as client:
        refusal = _refusal(lambda: client.create(_config_map(namespace), dry_run=True))
    assert refusal is not None and "cannot create resource \"configmaps\"" in refusal, refusal
