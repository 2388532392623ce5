"""The tenant Role of every tenant namespace (components/tenant_access.py): what it grants, what it
never grants, and the profile's groups bound to it. The API server level
(tests/apiserver/test_tenant_access.py) runs requests as a member of such a group."""

from __future__ import annotations

from typing import Any

import pytest

from ai_platform.components.tenant_access import GUARDED, TENANT_ROLE, WRITE
from ai_platform.errors import ProfileError
from conftest import PROFILE_NAMES, dist_documents, make_profile, profile_data

MUTATING = set(WRITE) - {"get", "list", "watch"}


def _of(profile_name: str, kind: str) -> dict[str, dict[str, Any]]:
    return {d.namespace: d.obj for d in dist_documents(profile_name) if d.kind == kind and d.name == TENANT_ROLE}


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_every_tenant_namespace_has_the_role_and_its_groups_bound(profile_name):
    profile = make_profile(profile_data(profile_name))
    roles, bindings = _of(profile_name, "Role"), _of(profile_name, "RoleBinding")
    assert set(roles) == {t.name for t in profile.tenant_namespaces}
    assert set(bindings) == {t.name for t in profile.tenant_namespaces if t.groups}
    for tenant in profile.tenant_namespaces:
        if tenant.groups:
            binding = bindings[tenant.name]
            assert binding["roleRef"] == {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": TENANT_ROLE}
            assert [s["name"] for s in binding["subjects"]] == list(tenant.groups)
            assert {s["kind"] for s in binding["subjects"]} == {"Group"}


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_the_role_never_writes_a_guardrail_and_has_no_wildcard(profile_name):
    for role in _of(profile_name, "Role").values():
        for rule in role["rules"]:
            assert "*" not in rule["verbs"] and "*" not in rule["resources"] and "*" not in rule["apiGroups"], rule
            if MUTATING & set(rule["verbs"]):
                written = {(group, resource) for group in rule["apiGroups"] for resource in rule["resources"]}
                assert not written & set(GUARDED), (written & set(GUARDED), rule)


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_the_role_runs_the_workload_kinds_of_the_profile(profile_name):
    """Pods, Deployments, Jobs and GPU claims everywhere; RayClusters with KubeRay; Volcano Jobs
    only where Volcano is the gang scheduler."""
    profile = make_profile(profile_data(profile_name))
    (role, *_) = _of(profile_name, "Role").values()
    writable = {(g, r) for rule in role["rules"] if "create" in rule["verbs"] for g in rule["apiGroups"] for r in rule["resources"]}
    assert {("", "pods"), ("apps", "deployments"), ("batch", "jobs"), ("resource.k8s.io", "resourceclaims"), ("ray.io", "rayclusters")} <= writable
    assert (("batch.volcano.sh", "jobs") in writable) is (profile.components.gang_scheduler.value == "volcano")


def _error(data: dict[str, Any]) -> str:
    with pytest.raises(ProfileError) as info:
        make_profile(data)
    return str(info.value)


def test_a_system_group_is_refused_with_the_key_and_what_is_allowed():
    data = profile_data("reference")
    data["tenantNamespaces"][0]["groups"] = ["ml-team-a", "system:authenticated"]
    message = _error(data)
    assert "test-profile.yaml: tenantNamespaces[0].groups" in message, message
    assert "['system:authenticated']" in message and "allowed: the names of your identity provider's groups" in message, message


def test_a_group_listed_twice_is_refused():
    data = profile_data("reference")
    data["tenantNamespaces"][1]["groups"] = ["ml-team-b", "ml-team-b"]
    message = _error(data)
    assert "tenantNamespaces[1].groups" in message and "['ml-team-b'] are listed more than once" in message, message
