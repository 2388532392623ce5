"""Against a real kube-apiserver (v1.34, built from the official Go modules): every pinned
CRD installs, every object of every profile's dist/ is accepted (server-side dry run, then
for real), a second apply changes nothing, and the checks only an API server can make hold:
the accelerator admission policy, DRA validation and CRD CEL rules."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterator

import pytest

from admission_cases import CASES, AdmissionCase
from ai_platform.apiserver import ApiError, ControlPlane, build_binary
from ai_platform.upstream import lock
from ai_platform.validation.crd_schema import crd_documents
from conftest import PROFILE_NAMES, dist_documents

pytestmark = pytest.mark.apiserver

# Namespaces the GitOps tools themselves live in: installed before the platform is synced.
BOOTSTRAP_NAMESPACES = ("argocd", "flux-system")


WEBHOOK_KINDS = ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")


def _install_crds(client, cache, docs) -> int:
    """The CRDs of dist/ (what the platform installs), then the pinned CRDs of what it does
    not install (the GitOps tools' own: Argo CD, Flux)."""
    crds = [d.obj for d in docs if d.kind == "CustomResourceDefinition"]
    owned = {c["metadata"]["name"] for c in crds}
    for pinned in lock().all_files():
        if pinned.role == "crd":
            crds.extend(c for c in crd_documents(cache.cached(pinned)) if c["metadata"]["name"] not in owned)
    for crd in crds:
        client.apply(crd)
    client.wait_established([c["metadata"]["name"] for c in crds])
    return len(crds)


def _ordered(docs):
    """Namespaces; then everything but CRDs (installed first) and webhook configurations,
    whose backends cannot run here (they go last, after everything they would intercept)."""
    namespaces = [d for d in docs if d.kind == "Namespace"]
    webhooks = [d for d in docs if d.kind in WEBHOOK_KINDS]
    others = [d for d in docs if d.kind not in ("Namespace", "CustomResourceDefinition", *WEBHOOK_KINDS)]
    return namespaces, others, webhooks


def _key(doc):
    return (doc.api_version, doc.kind, doc.namespace, doc.name)


def _content(obj: dict) -> dict:
    """An object without the bookkeeping the server may rewrite on any write, and without
    the status that the server's own controllers write (e.g. an APIService's availability)."""
    obj = copy.deepcopy(obj)
    obj["metadata"].pop("resourceVersion", None)
    obj.pop("status", None)
    obj["metadata"]["managedFields"] = [
        {k: v for k, v in entry.items() if k != "time"}
        for entry in obj["metadata"].get("managedFields", [])
        if entry.get("subresource") != "status"
    ]
    return obj


def _apply_all(client, docs, rejected, applied) -> None:
    for doc in docs:
        try:
            client.apply(doc.obj, dry_run=True)
        except ApiError as exc:
            rejected.append(f"dry run {doc.where()}: {exc}")
    if rejected:
        return
    for doc in docs:
        try:
            applied[_key(doc)] = client.apply(doc.obj)
        except ApiError as exc:
            rejected.append(f"apply {doc.where()}: {exc}")


def _reapply(client, docs, applied) -> list[str]:
    """What a second apply changes: content, generation or field managers."""
    changed = []
    for doc in docs:
        before = applied[_key(doc)]
        after = client.apply(doc.obj)
        managers = {e["manager"] for e in after["metadata"].get("managedFields", []) if e.get("subresource") != "status"}
        if _content(after) != _content(before) or managers != {"ai-platform"}:
            changed.append(f"{doc.where()}: managers {sorted(managers)}")
    return changed


@pytest.fixture(scope="module", params=PROFILE_NAMES)
def synced(request, upstream_cache) -> Iterator[tuple[str, ControlPlane, dict]]:
    """A control plane with the pinned CRDs and one profile's dist/ applied."""
    profile = request.param
    docs = dist_documents(profile)
    with ControlPlane(build_binary()) as plane:
        client = plane.client()
        started = time.monotonic()
        crds = _install_crds(client, upstream_cache, docs)
        for name in BOOTSTRAP_NAMESPACES:
            client.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})
        namespaces, others, webhooks = _ordered(docs)
        rejected: list[str] = []
        applied: dict = {}
        for doc in namespaces:
            applied[_key(doc)] = client.apply(doc.obj)
        _apply_all(client, others, rejected, applied)
        changed = [] if rejected else _reapply(client, others, applied)
        if not rejected:
            _apply_all(client, webhooks, rejected, applied)
            changed += [] if rejected else _reapply(client, webhooks, applied)
            # The webhooks' backends do not run here: removed again so that the tests below
            # see only the API server's own admission (policies, CEL, validation).
            for doc in webhooks:
                client.delete(doc.obj)
        state = {"crds": crds, "rejected": rejected, "applied": applied, "changed": changed,
                 "webhooks": len(webhooks), "seconds": time.monotonic() - started}
        yield profile, plane, state


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
    pod["metadata"] = {"name": "admission-case", "namespace": namespace}
    return pod


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

    from ai_platform.verify import FAIL, NEEDS_GPU, NOT_APPLICABLE, PASS, Verifier, client_from_kubeconfig
    from conftest import ROOT, make_profile, profile_data

    profile, plane, _ = synced
    results = Verifier(client_from_kubeconfig(plane.kubeconfig()), make_profile(profile_data(profile))).run()
    outcome = {(r.requirement, r.name): r.outcome for r in results}
    for key in [
        ("dra_support", "resource.k8s.io/v1 served"), ("dra_support", "claim templates"),
        ("secure_accelerator_access", "admission policy"), ("secure_accelerator_access", "policy binding denies"),
        ("ai_inference", "Gateway API CRDs"), ("ai_inference", "GatewayClass envoy"), ("ai_inference", "HTTPRoutes"),
        ("robust_controller", "Ray CRDs"), ("ai_service_metrics", "PodMonitors"), ("ai_service_metrics", "PrometheusRules"),
        ("pod_autoscaling", "HPAs"), ("accelerator_metrics", "DCGM ServiceMonitor"),
    ]:
        assert outcome[key] == PASS, key
    assert outcome[("robust_controller", "KubeRay operator available")] == FAIL
    assert outcome[("dra_support", "device slices published")] == NEEDS_GPU
    expected_ca = NOT_APPLICABLE if profile == "reference" else FAIL
    assert outcome[("cluster_autoscaling", "cluster autoscaler" if profile == "reference" else "Cluster Autoscaler available")] == expected_ca
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
