"""Against a real kube-apiserver (v1.34, built from the official Go modules): every pinned
CRD installs, every object of every profile's dist/ is accepted (server-side dry run, then
for real), a second apply changes nothing, and the checks only an API server can make hold:
the accelerator admission policy, DRA validation and CRD CEL rules."""

from __future__ import annotations

import copy
import time

import pytest

from admission_cases import CASES, AdmissionCase
from ai_platform.kubeclient import ApiError, KubeClient
from conftest import API_LEVEL_CHECKS, dist_documents

pytestmark = pytest.mark.apiserver


def test_every_object_is_accepted(synced):
    """Every object of dist/, rendered upstream charts included, is accepted: server-side dry
    run first, then for real (CRDs were applied before; they are counted there)."""
    profile, _, state = synced
    assert state["crds"] > 50
    assert state["rejected"] == [], "\n".join(state["rejected"])
    docs = dist_documents(profile)
    assert state["webhooks"] > 0
    assert len(state["applied"]) == len(docs) - sum(1 for d in docs if d.kind == "CustomResourceDefinition")
    print(f"{profile}: {len(docs)} objects applied in {state['seconds']:.0f}s")


def test_second_apply_changes_nothing(synced):
    """Re-applying yields the same object and generation, owned by one field manager.
    (Some custom resources get a new resourceVersion on an identical write; that is the
    server's bookkeeping, not a change.)"""
    _, _, state = synced
    assert state["rejected"] == []
    assert state["changed"] == [], "\n".join(state["changed"])


def _pod_in(namespace: str, case: AdmissionCase) -> dict:
    pod = copy.deepcopy(case.pod)
    annotations = pod["metadata"].get("annotations")
    pod["metadata"] = {"name": "admission-case", "namespace": namespace, **({"annotations": annotations} if annotations else {})}
    return pod


def _runtime_classes(client: KubeClient) -> None:
    """The RuntimeClasses the cases name that dist/ lacks: the RuntimeClass admission plugin
    refuses a pod naming a missing one before the policy is asked."""
    present = {r["metadata"]["name"] for r in client.list("node.k8s.io/v1", "RuntimeClass")}
    for name in sorted({c.pod["spec"]["runtimeClassName"] for c in CASES if "runtimeClassName" in c.pod["spec"]} - present):
        client.create({"apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": {"name": name}, "handler": name})


def test_admission_policy_rejects_each_forbidden_pattern(synced):
    profile, plane, _ = synced
    if profile != "reference":
        pytest.skip("the policy is the same in every profile; checked once")
    client = plane.client()
    namespaces = {}
    for i, labels in enumerate({tuple(sorted(c.namespace_labels.items())) for c in CASES}):
        name = f"case-{i}"
        extra = {k: v for k, v in labels if k != "kubernetes.io/metadata.name"}
        client.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": extra}})
        # No controller-manager runs in the test bed, so nothing creates the default account.
        client.apply({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "default", "namespace": name}})
        namespaces[labels] = name
    _runtime_classes(client)
    # The API server loads a new policy binding asynchronously: wait until it denies.
    probe = next(c for c in CASES if c.denied_by == "privileged")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            client.create(_pod_in(namespaces[tuple(sorted(probe.namespace_labels.items()))], probe), dry_run=True)
        except ApiError:
            break
        time.sleep(0.5)
    failures = []
    for case in CASES:
        namespace = namespaces[tuple(sorted(case.namespace_labels.items()))]
        try:
            client.create(_pod_in(namespace, case), dry_run=True)
            if case.denied_by is not None:
                failures.append(f"{case.name}: admitted, expected [{case.denied_by}]")
        except ApiError as exc:
            if case.denied_by is None:
                failures.append(f"{case.name}: rejected: {exc}")
            elif f"[{case.denied_by}]" not in exc.message:
                failures.append(f"{case.name}: rejected without [{case.denied_by}]: {exc}")
    assert failures == [], "\n".join(failures)


def test_dra_objects_are_validated_by_the_api_server(synced):
    profile, plane, _ = synced
    client = plane.client()
    template = next(d.obj for d in dist_documents(profile) if d.kind == "ResourceClaimTemplate")
    assert client.get(template)["spec"]["spec"]["devices"]["requests"]
    broken = copy.deepcopy(template)
    broken["metadata"]["name"] = "broken-claim"
    broken["spec"]["spec"]["devices"]["requests"][0]["exactly"]["selectors"] = [
        {"cel": {"expression": 'device.attributes["gpu.nvidia.com"].productName =='}}
    ]
    with pytest.raises(ApiError) as info:
        client.apply(broken, dry_run=True)
    assert info.value.status == 422 and "selectors" in info.value.message


def test_crd_cel_rules_are_enforced(synced):
    profile, plane, _ = synced
    client = plane.client()
    route = copy.deepcopy(next(d.obj for d in dist_documents(profile) if d.kind == "HTTPRoute"))
    route["metadata"]["name"] = "broken-route"
    route["spec"]["rules"][0]["timeouts"] = {"request": "10s", "backendRequest": "20s"}
    with pytest.raises(ApiError) as info:
        client.apply(route, dry_run=True)
    assert info.value.status == 422


def test_verify_reports_per_requirement(synced, tmp_path):
    """The read-only verify command against the test bed: what the API can answer passes;
    operators are not running here (charts are not installed by the test bed), and GPU
    checks need GPU nodes."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from testbed.apiserver import TOKEN_USER
    from ai_platform.kubeclient import connect
    from ai_platform.kubeconfig import select
    from ai_platform.verify import FAIL, NEEDS_GPU, NOT_APPLICABLE, PASS, Verifier
    from conftest import ROOT, built

    profile, plane, _ = synced
    with connect(select(str(plane.kubeconfig()), None, environ={})) as client:
        assert client.user == TOKEN_USER
        results = Verifier(client, built(profile)).run()
    outcome = {(r.requirement, r.name): r.outcome for r in results}
    for key in API_LEVEL_CHECKS:
        assert outcome[key] == PASS, key
    # Operators are not running here: every Deployment the requirement's units deploy is checked,
    # derived from the parts (no operator name is written in verify).
    assert outcome[("robust_controller", "Deployment ray-system/kuberay-operator available")] == FAIL
    assert outcome[("ai_inference", "Deployment envoy-gateway-system/envoy-gateway available")] == FAIL
    scheduler = "volcano-system/volcano-scheduler" if profile == "reference" else "kueue-system/kueue-controller-manager"
    assert outcome[("gang_scheduling", f"Deployment {scheduler} available")] == FAIL
    assert outcome[("dra_support", "device slices published")] == NEEDS_GPU
    assert outcome[("dra_support", "DaemonSet nvidia-dra-driver/dra-driver-nvidia-gpu-kubelet-plugin ready on GPU nodes")] == NEEDS_GPU
    if profile == "reference":
        assert outcome[("cluster_autoscaling", "cluster_autoscaling applies")] == NOT_APPLICABLE
        assert outcome[("accelerator_metrics", "DaemonSet gpu-monitoring/dcgm-exporter ready on GPU nodes")] == NEEDS_GPU
    else:
        assert outcome[("cluster_autoscaling", "Deployment kube-system/cluster-autoscaler-aws-cluster-autoscaler available")] == FAIL
    required = {"dra_support", "ai_inference", "gang_scheduling", "cluster_autoscaling", "pod_autoscaling",
                "accelerator_metrics", "ai_service_metrics", "secure_accelerator_access", "robust_controller"}
    assert {r.requirement for r in results} == required

    junit = tmp_path / "verify.xml"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "verify", "--kubeconfig", str(plane.kubeconfig()), "--profile", profile, "--junit", str(junit)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 1, "operators are not running in the test bed"
    suite = ET.parse(junit).getroot()
    assert int(suite.get("tests")) == len(results) and int(suite.get("failures")) >= 1


def test_apply_takes_over_fields_of_another_field_manager(synced):
    """Server-side apply is forced: a field another manager set is taken over, not a conflict;
    delete removes the object."""
    profile, plane, _ = synced
    if profile != "reference":
        pytest.skip("the client is the same for every profile; checked once")
    client = plane.client()
    config_map = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "set-elsewhere", "namespace": "default"},
                  "data": {"key": "theirs"}}
    created = client.create(config_map)
    assert {entry["manager"] for entry in created["metadata"]["managedFields"]} != {"ai-platform"}
    config_map["data"]["key"] = "ours"
    applied = client.apply(config_map)
    assert applied["data"]["key"] == "ours"
    owners = {entry["manager"]: entry for entry in applied["metadata"]["managedFields"]}
    assert "f:key" in str(owners["ai-platform"]["fieldsV1"])
    client.delete(config_map)
    with pytest.raises(ApiError) as info:
        client.get(config_map)
    assert info.value.status == 404
