"""Tenant PriorityClasses (components/tenant_priority.py): the policy's CEL from dist/, evaluated on
pods in the real tenant Namespaces of dist/ (their annotation), and what every tenant may name."""

from __future__ import annotations

from typing import Any

import pytest

from admission_cases import CompiledPolicy
from ai_platform.components.gang_scheduling import INFERENCE_PRIORITY_CLASS, PRIORITY_CLASSES, TENANT_PRIORITY_CLASSES
from ai_platform.components.tenant_priority import POLICY_NAME, RULE, allowed_priority_classes
from ai_platform.conventions import PRIORITY_CLASSES_ANNOTATION
from conftest import PROFILE_NAMES, dist_documents, make_profile, profile_data, own_documents

SYSTEM_CLASSES = ("system-node-critical", "system-cluster-critical")


def _policy(profile_name: str) -> CompiledPolicy:
    (policy,) = [d.obj for d in own_documents(profile_name) if d.kind == "ValidatingAdmissionPolicy" and d.name == POLICY_NAME]
    return CompiledPolicy(policy)


def _namespaces(profile_name: str) -> dict[str, dict[str, Any]]:
    return {d.name: d.obj["metadata"] for d in own_documents(profile_name) if d.kind == "Namespace"}


def _pod(priority_class: str | None) -> dict[str, Any]:
    spec: dict[str, Any] = {"containers": [{"name": "main", "image": "busybox:1.37"}]}
    if priority_class is not None:
        spec["priorityClassName"] = priority_class
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": spec}


def _denied(policy: CompiledPolicy, metadata: dict[str, Any], priority_class: str | None) -> bool:
    return RULE in policy.denied_by(_pod(priority_class), metadata.get("labels") or {},
                                    namespace_annotations=metadata.get("annotations") or {})


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_each_tenant_may_name_its_classes_and_no_other(profile_name: str) -> None:
    profile = make_profile(profile_data(profile_name))
    policy, namespaces = _policy(profile_name), _namespaces(profile_name)
    inference = profile.inference.namespace if profile.inference else None
    for tenant in profile.tenant_namespaces:
        metadata = namespaces[tenant.name]
        allowed = set(allowed_priority_classes(profile, tenant))
        assert metadata["annotations"][PRIORITY_CLASSES_ANNOTATION].split(",") == list(allowed_priority_classes(profile, tenant))
        assert (INFERENCE_PRIORITY_CLASS in allowed) is (tenant.name == inference)
        assert not _denied(policy, metadata, None) and not _denied(policy, metadata, "")
        for name in (*PRIORITY_CLASSES, *SYSTEM_CLASSES):
            assert _denied(policy, metadata, name) is (name not in allowed), (tenant.name, name)


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_no_tenant_outranks_the_model_servers(profile_name: str) -> None:
    """The model servers run at the inference class; every class a tenant may name is at most
    that (equal in the inference namespace: preemption needs strictly higher)."""
    profile = make_profile(profile_data(profile_name))
    servers = [d.obj for d in dist_documents(profile_name) if d.kind == "Deployment" and d.namespace == (profile.inference.namespace if profile.inference else None)
               and d.obj["spec"]["template"]["spec"].get("runtimeClassName")]
    assert servers and all(s["spec"]["template"]["spec"]["priorityClassName"] == INFERENCE_PRIORITY_CLASS for s in servers)
    for tenant in profile.tenant_namespaces:
        assert max(PRIORITY_CLASSES[c] for c in allowed_priority_classes(profile, tenant)) <= PRIORITY_CLASSES[INFERENCE_PRIORITY_CLASS]
    assert all(PRIORITY_CLASSES[c] < PRIORITY_CLASSES[INFERENCE_PRIORITY_CLASS] for c in TENANT_PRIORITY_CLASSES)


def test_a_namespace_without_the_annotation_may_name_no_class() -> None:
    policy = _policy("reference")
    for name in (*PRIORITY_CLASSES, *SYSTEM_CLASSES):
        assert _denied(policy, {"labels": {"kubernetes.io/metadata.name": "scratch"}}, name)
    assert not _denied(policy, {"labels": {}}, None)


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_every_pod_dist_runs_in_a_tenant_names_an_allowed_class(profile_name: str) -> None:
    from test_secure_accelerator_access import _templates

    policy, namespaces = _policy(profile_name), _namespaces(profile_name)
    tenants = {t.name for t in make_profile(profile_data(profile_name)).tenant_namespaces}
    refused = []
    for doc in dist_documents(profile_name):
        if doc.namespace not in tenants:
            continue
        for where, template in _templates(doc.obj):
            pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {}, "spec": template["spec"]}
            metadata = namespaces[doc.namespace]
            if RULE in policy.denied_by(pod, metadata.get("labels") or {}, namespace_annotations=metadata.get("annotations") or {}):
                refused.append(f"{doc.kind}/{doc.namespace}/{doc.name} {where}")
    assert refused == []
