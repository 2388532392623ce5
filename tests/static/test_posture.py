"""Workload posture rules on every workload of dist/ (ours and the rendered charts): each rule
holds or the object records why not, and the scanner's skip annotations say the same thing."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from ai_platform.components import all_components
from ai_platform.posture import (
    ALL_RULES,
    EXEMPTION_PREFIX,
    PLATFORM_POLICY,
    SCANNER_SKIP_PREFIX,
    api_identities,
    evaluate,
    exemptions_of,
    pod_spec_of,
    scanner_annotations,
    settle_defaults,
)

from conftest import dist_documents, forced_extension_documents

PROFILES = ("reference", "cloud-burst")


def objects(profile: str) -> list[dict[str, Any]]:
    """The objects of dist/<profile> (shared: copy before changing one)."""
    return [d.obj for d in dist_documents(profile)]


def workload(profile: str, kind: str, name: str) -> dict[str, Any]:
    return copy.deepcopy(next(o for o in objects(profile) if o["kind"] == kind and o["metadata"]["name"] == name))


def failures(obj: dict[str, Any]) -> list[str]:
    return [f.rule for f in evaluate(obj) if f.verdict == "failed"]


@pytest.mark.parametrize("profile", PROFILES)
def test_every_workload_follows_each_rule_or_records_why(profile: str) -> None:
    workloads = [o for o in objects(profile) if pod_spec_of(o) is not None]
    assert len(workloads) > 15
    broken = {f"{o['kind']}/{o['metadata']['name']}": failures(o) for o in workloads if failures(o)}
    assert broken == {}


@pytest.mark.parametrize("profile", PROFILES)
def test_every_exemption_has_a_reason_and_the_scanner_reads_the_same_one(profile: str) -> None:
    checks = {r.name: r.scanner_checks for r in ALL_RULES}
    exempted = 0
    for obj in objects(profile):
        annotations = (obj.get("metadata") or {}).get("annotations") or {}
        reasons = exemptions_of(obj)
        for rule, reason in reasons.items():
            assert rule in checks, f"{obj['metadata']['name']}: unknown rule {rule}"
            assert len(reason) >= 20 and "=" not in reason
        expected = {f"{check}={reason}" for rule, reason in reasons.items() for check in checks[rule]}
        skips = {v for k, v in annotations.items() if k.startswith(SCANNER_SKIP_PREFIX)}
        assert skips == expected, f"{obj['kind']}/{obj['metadata']['name']}"
        exempted += len(reasons)
    assert exempted > 20


@pytest.mark.parametrize("profile", PROFILES)
def test_our_own_workloads_are_hardened(profile: str) -> None:
    """vLLM follows every rule but the platform's CPU-limits and image policies; the node
    agents exempt only what they need, with their reasons."""
    for server in (o for o in objects(profile) if o["kind"] == "Deployment" and "ai-platform.dev/model-version"
                   in o["metadata"]["labels"]):
        assert set(exemptions_of(server)) <= set(PLATFORM_POLICY), server["metadata"]["name"]
        spec = server["spec"]["template"]["spec"]
        assert spec["automountServiceAccountToken"] is False
        assert spec["securityContext"]["runAsUser"] > 10000
        container = spec["containers"][0]
        assert container["securityContext"]["readOnlyRootFilesystem"] is True
        assert {m["mountPath"] for m in container["volumeMounts"]} >= {"/tmp", "/dev/shm"}
        assert container["livenessProbe"]["httpGet"]["path"] == container["readinessProbe"]["httpGet"]["path"] == "/health"
    exporter = next((o for o in objects(profile) if o["kind"] == "DaemonSet" and o["metadata"]["name"] == "dcgm-exporter"), None)
    if exporter is not None:
        container = exporter["spec"]["template"]["spec"]["containers"][0]
        assert "privileged" not in container["securityContext"]
        assert container["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["SYS_ADMIN"]}
        assert set(exemptions_of(exporter)) - set(PLATFORM_POLICY) == {"non-root", "high-uid", "capabilities", "sys-admin"}
        mounts = {m["mountPath"] for m in container["volumeMounts"]}
        assert "/var/run/nvidia-container-devices/all" in mounts


def test_breaking_a_hardened_object_fails_its_rule() -> None:
    server = workload("reference", "Deployment", "qwen3-8b-stable")
    assert failures(server) == []
    spec = server["spec"]["template"]["spec"]
    del spec["automountServiceAccountToken"]
    spec["containers"][0]["securityContext"]["readOnlyRootFilesystem"] = False
    del spec["containers"][0]["livenessProbe"]
    spec["securityContext"]["runAsUser"] = 1000
    assert failures(server) == ["probes", "service-account-token", "high-uid", "read-only-root-filesystem"]
    spec["securityContext"]["runAsUser"] = 0
    assert "non-root" in failures(server)

    exporter = workload("reference", "DaemonSet", "dcgm-exporter")
    del exporter["metadata"]["annotations"][f"{EXEMPTION_PREFIX}sys-admin"]
    assert failures(exporter) == ["sys-admin"]
    exporter["spec"]["template"]["spec"]["containers"][0]["securityContext"]["privileged"] = True
    assert "privileged" in failures(exporter)

    plugin = workload("reference", "DaemonSet", "nvidia-device-plugin-rtx4090")
    del plugin["spec"]["template"]["spec"]["securityContext"]
    assert failures(plugin) == ["seccomp"]


def test_a_platform_policy_without_its_annotation_fails() -> None:
    server = workload("reference", "Deployment", "qwen3-8b-stable")
    del server["metadata"]["annotations"][f"{EXEMPTION_PREFIX}cpu-limits"]
    assert failures(server) == ["cpu-limits"]


def test_the_token_stays_only_where_rbac_grants_the_service_account_something() -> None:
    pod = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "app", "namespace": "team"},
           "spec": {"template": {"metadata": {}, "spec": {"serviceAccountName": "app", "containers": [{"name": "c"}]}}}}
    binding = {"kind": "RoleBinding", "metadata": {"name": "b", "namespace": "team"},
               "roleRef": {"kind": "Role", "name": "reader"}, "subjects": [{"kind": "ServiceAccount", "name": "app"}]}
    unbound = settle_defaults(copy.deepcopy(pod), api_identities([]))
    assert unbound["spec"]["template"]["spec"]["automountServiceAccountToken"] is False
    assert unbound["spec"]["template"]["spec"]["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    bound = settle_defaults(copy.deepcopy(pod), api_identities([binding]))
    assert "automountServiceAccountToken" not in bound["spec"]["template"]["spec"]
    assert "Role reader" in exemptions_of(bound)["service-account-token"]
    annotated = scanner_annotations(bound)["metadata"]["annotations"]
    assert any(v.startswith("CKV_K8S_38=calls the Kubernetes API") for v in annotated.values())


def test_every_upstream_exemption_matches_a_rendered_object() -> None:
    """Each exemption names an object some profile renders; the Inference Extension's endpoint
    pickers only render on the profile forced past the check (no committed profile turns it on)."""
    everything = [o for p in PROFILES for o in objects(p)] + [o for o in forced_extension_documents() if "metadata" in o]
    rendered = {(o["kind"], o["metadata"]["name"]) for o in everything}
    releases = {o["metadata"]["name"].removesuffix("-epp") for o in everything if o["metadata"]["name"].endswith("-epp")}
    for component in all_components():
        for identity in component.POSTURE:
            kind, name = identity.split("/", 1)
            names = {name.format(release=r) for r in releases} if "{release}" in name else {name}
            assert any((kind, n) in rendered for n in names), f"{component.__name__}: {identity} is in no profile's dist/"


def test_dist_is_hardened_for_both_profiles_not_only_checked(tmp_path: Path) -> None:
    """The defaults are written into dist/: no workload mounts a token without a binding."""
    for profile in PROFILES:
        docs = objects(profile)
        bound = api_identities(docs)
        for obj in docs:
            spec = pod_spec_of(obj)
            if spec is None:
                continue
            account = spec.get("serviceAccountName") or spec.get("serviceAccount") or "default"
            if (obj["metadata"]["namespace"], account) not in bound:
                assert spec.get("automountServiceAccountToken") is False, obj["metadata"]["name"]
