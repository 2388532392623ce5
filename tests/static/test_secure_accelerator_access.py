"""secure_accelerator_access: GPU access only through the device plugin or DRA, enforced by
the API server (ValidatingAdmissionPolicy), with Pod Security, quotas and network isolation
around every tenant namespace."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from admission_cases import CASES, AdmissionCase, CompiledPolicy
from ai_platform.components.accelerator_access_policy import POLICY_NAME
from ai_platform.conventions import GPU_ACCESS_LABEL
from ai_platform.conventions import SYSTEM_NAMESPACE_LABEL
from ai_platform.components.tenant_guardrails import dra_quota_key
from ai_platform.upstream import lock

from conftest import dist_documents, own_documents, PROFILE_NAMES, make_profile, profile_data

REQUIREMENT_ID = "secure_accelerator_access"


def _objects(profile: str, kind: str) -> list[dict[str, Any]]:
    """The objects of ``kind`` our parts build; of the admission kinds, the accelerator policy's."""
    admission = kind.startswith("ValidatingAdmissionPolicy")
    return [d.obj for d in own_documents(profile) if d.kind == kind and (not admission or d.name == POLICY_NAME)]


def _policy(profile: str = "reference") -> dict[str, Any]:
    (policy,) = _objects(profile, "ValidatingAdmissionPolicy")
    return policy


@pytest.fixture(scope="module")
def compiled() -> CompiledPolicy:
    return CompiledPolicy(_policy())


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_policy_verdicts(compiled: CompiledPolicy, case: AdmissionCase):
    denied = compiled.denied_by(case.pod, case.namespace_labels)
    if case.denied_by is None:
        assert denied == [], f"{case.name}: wrongly denied by {denied}"
    else:
        assert case.denied_by in denied, f"{case.name}: expected a denial by {case.denied_by}, got {denied}"


def test_ephemeral_containers_are_covered(compiled: CompiledPolicy):
    """Ephemeral containers arrive through the pods/ephemeralcontainers subresource (not on
    create), so this case is checked on the policy's CEL only."""
    from admission_cases import GPU_NAMESPACE, gpu_pod

    pod = gpu_pod(spec__ephemeralContainers=[{"name": "debug", "image": "busybox:1.37", "securityContext": {"privileged": True}}])
    assert "privileged" in compiled.denied_by(pod, GPU_NAMESPACE)


def test_every_rule_is_exercised_by_a_denial_case(compiled: CompiledPolicy):
    rules = {rule for rule, _ in compiled.validations}
    assert rules == {c.denied_by for c in CASES if c.denied_by}


def test_policy_is_enforced_on_pods_and_ephemeral_containers():
    for profile in PROFILE_NAMES:
        spec = _policy(profile)["spec"]
        assert spec["failurePolicy"] == "Fail"
        (rule,) = spec["matchConstraints"]["resourceRules"]
        assert set(rule["resources"]) == {"pods", "pods/ephemeralcontainers"}
        assert set(rule["operations"]) == {"CREATE", "UPDATE"}
        (binding,) = _objects(profile, "ValidatingAdmissionPolicyBinding")
        assert binding["spec"]["policyName"] == _policy(profile)["metadata"]["name"]
        assert binding["spec"]["validationActions"] == ["Deny"]


def _selected(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    for expression in selector.get("matchExpressions", []):
        present = expression["key"] in labels
        value = labels.get(expression["key"])
        operator = expression["operator"]
        if operator == "DoesNotExist" and present:
            return False
        if operator == "Exists" and not present:
            return False
        if operator == "NotIn" and value in expression["values"]:
            return False
        if operator == "In" and value not in expression["values"]:
            return False
    return all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())


def test_binding_covers_tenants_and_exempts_system_namespaces():
    for profile in PROFILE_NAMES:
        (binding,) = _objects(profile, "ValidatingAdmissionPolicyBinding")
        selector = binding["spec"]["matchResources"]["namespaceSelector"]
        namespaces = {ns["metadata"]["name"]: ns["metadata"]["labels"] for ns in _objects(profile, "Namespace")}
        tenants = {t.name for t in make_profile(profile_data(profile)).tenant_namespaces}
        for name, labels in namespaces.items():
            assert _selected(selector, labels) == (name in tenants), name
            assert (labels.get(SYSTEM_NAMESPACE_LABEL) == "true") == (name not in tenants), name
        assert not _selected(selector, {"kubernetes.io/metadata.name": "kube-system"})
        assert _selected(selector, {"kubernetes.io/metadata.name": "someone-elses"})


def test_tenant_namespaces_enforce_restricted_pod_security_and_gpu_labels():
    for profile in PROFILE_NAMES:
        namespaces = {ns["metadata"]["name"]: ns["metadata"]["labels"] for ns in _objects(profile, "Namespace")}
        for tenant in make_profile(profile_data(profile)).tenant_namespaces:
            labels = namespaces[tenant.name]
            assert labels["pod-security.kubernetes.io/enforce"] == "restricted"
            assert labels[GPU_ACCESS_LABEL] == str(tenant.gpu_access).lower()


def test_quota_covers_every_tenant_for_device_plugin_and_dra():
    for profile_name in PROFILE_NAMES:
        profile = make_profile(profile_data(profile_name))
        quotas = {q["metadata"]["namespace"]: q["spec"]["hard"] for q in _objects(profile_name, "ResourceQuota")}
        assert set(quotas) == {t.name for t in profile.tenant_namespaces}
        for tenant in profile.tenant_namespaces:
            hard = quotas[tenant.name]
            expected = str(tenant.effective_gpu_quota)
            assert hard["requests.nvidia.com/gpu"] == expected
            if profile.dra_pools:
                for device_class in lock().component("nvidia-dra-driver-gpu").device_classes:
                    assert hard[dra_quota_key(device_class)] == expected


def test_namespace_without_gpu_access_gets_zero_quota():
    hard = {q["metadata"]["namespace"]: q["spec"]["hard"] for q in _objects("reference", "ResourceQuota")}
    assert hard["web-apps"]["requests.nvidia.com/gpu"] == "0"


def test_every_tenant_namespace_is_default_deny():
    for profile_name in PROFILE_NAMES:
        tenants = {t.name for t in make_profile(profile_data(profile_name)).tenant_namespaces}
        policies = _objects(profile_name, "NetworkPolicy")
        deny_all = {
            p["metadata"]["namespace"]
            for p in policies
            if p["spec"]["podSelector"] == {}
            and set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"}
            and "ingress" not in p["spec"]
            and "egress" not in p["spec"]
        }
        assert deny_all == tenants


def test_device_plugin_hands_out_devices_as_mounts_not_environment():
    for cm in _objects("reference", "ConfigMap"):
        if "config.yaml" in cm.get("data", {}):
            config = yaml.safe_load(cm["data"]["config.yaml"])
            assert config["flags"]["plugin"]["deviceListStrategy"] == ["volume-mounts"]


def _templates(obj: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every pod template an object of dist/ carries (built-in workloads, Ray's head and
    worker groups, a RayJob's cluster), as ``(where, template)``."""
    spec = obj.get("spec") or {}
    kind = obj["kind"]
    if kind == "Pod":
        return [("spec", {"metadata": obj["metadata"], "spec": spec})]
    if kind in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"):
        return [("spec.template", spec["template"])]
    if kind == "CronJob":
        return [("spec.jobTemplate.spec.template", spec["jobTemplate"]["spec"]["template"])]
    ray = spec.get("rayClusterSpec", spec) if kind in ("RayCluster", "RayJob") else None
    if ray is None:
        return []
    groups = [("headGroupSpec", ray["headGroupSpec"])] + [
        (f"workerGroupSpecs[{i}]", g) for i, g in enumerate(ray.get("workerGroupSpecs") or [])]
    return [(f"{where}.template", group["template"]) for where, group in groups]


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_every_pod_dist_runs_where_the_policy_applies_is_admitted(profile_name: str):
    """The policy refuses nothing the platform itself runs in the namespaces its binding selects
    (model servers, Ray head and workers, jobs): each pod template of dist/ there passes every rule,
    evaluated with the namespace's labels from dist/."""
    policy = CompiledPolicy(_policy(profile_name))
    (binding,) = _objects(profile_name, "ValidatingAdmissionPolicyBinding")
    selector = binding["spec"]["matchResources"]["namespaceSelector"]
    namespaces = {ns["metadata"]["name"]: ns["metadata"].get("labels") or {} for ns in _objects(profile_name, "Namespace")}
    checked, refused = 0, []
    for doc in dist_documents(profile_name):
        labels = namespaces.get(doc.namespace or "")
        if labels is None or not _selected(selector, labels):
            continue
        for where, template in _templates(doc.obj):
            pod = {"apiVersion": "v1", "kind": "Pod", "metadata": template.get("metadata") or {}, "spec": template["spec"]}
            checked += 1
            if denied := policy.denied_by(pod, labels):
                refused.append(f"{doc.kind}/{doc.namespace}/{doc.name} {where}: {denied}")
    assert checked >= 3, f"only {checked} pod templates where the policy applies"
    assert refused == [], "\n".join(refused)
