"""Validation of every object in dist/, and proof that each rule catches what it should."""

from __future__ import annotations

import copy
import datetime

import pytest

from ai_platform.validation.documents import Document
from ai_platform.validation.runner import pinned_crd_index, validate_dist, validate_documents
from conftest import ROOT, dist_documents

DIST = ROOT / "dist"


def test_every_object_in_dist_validates():
    report = validate_dist(DIST)
    assert report.ok, "\n".join(report.problems)
    assert set(report.objects) == {"reference", "cloud-burst"}
    assert all(count > 0 for count in report.objects.values())


def _doc(profile: str, kind: str, name_part: str = "") -> Document:
    for doc in dist_documents(profile):
        if doc.kind == kind and name_part in doc.name:
            return Document(doc.path, copy.deepcopy(doc.obj))
    raise AssertionError(f"no {kind} {name_part} in dist/{profile}")


def _problems(doc: Document) -> list[str]:
    return validate_documents([doc], "1.34.0", pinned_crd_index(), ROOT)


def test_misspelled_field_in_a_custom_resource_is_caught():
    app = _doc("reference", "Application", "device-plugin")
    app.obj["spec"]["source"]["targtRevision"] = app.obj["spec"]["source"].pop("targetRevision")
    problems = _problems(app)
    assert any("spec.source" in p and "targtRevision" in p for p in problems), problems
    assert any("application-reference-nvidia-device-plugin.yaml: Application argocd/" in p for p in problems)


def test_custom_resource_enum_and_type_are_checked():
    ks = _doc("cloud-burst", "Kustomization")
    ks.obj["spec"]["sourceRef"]["kind"] = "HelmRepository"
    ks.obj["spec"]["suspend"] = "yes"
    problems = _problems(ks)
    assert any("spec.sourceRef.kind" in p and "HelmRepository" in p for p in problems), problems
    assert any("spec.suspend" in p for p in problems), problems


def test_custom_resource_required_field_is_checked():
    ks = _doc("cloud-burst", "Kustomization")
    del ks.obj["spec"]["sourceRef"]
    assert any("'sourceRef' is a required property" in p for p in _problems(ks))


def test_unknown_custom_kind_is_caught():
    app = _doc("reference", "Application")
    app.obj["apiVersion"] = "argoproj.io/v1beta9"
    assert any("no pinned CRD serves argoproj.io/v1beta9 Application" in p for p in _problems(app))


def test_misspelled_field_in_a_builtin_kind_is_caught():
    ds = _doc("reference", "DaemonSet", "rtx4090")
    ds.obj["spec"]["template"]["spec"]["nodeSelectr"] = {}
    assert any("nodeSelectr" in p for p in _problems(ds))


@pytest.mark.parametrize(
    "image, fragment",
    [
        ("nvcr.io/nvidia/k8s-device-plugin", "not pinned to a tag or digest"),
        ("nvcr.io/nvidia/k8s-device-plugin:latest", "floating tag 'latest'"),
    ],
)
def test_unpinned_image_is_caught(image, fragment):
    ds = _doc("reference", "DaemonSet", "rtx4090")
    ds.obj["spec"]["template"]["spec"]["containers"][0]["image"] = image
    problems = _problems(ds)
    assert any("containers[0].image" in p and fragment in p for p in problems), problems


def test_digest_pinned_image_is_accepted():
    ds = _doc("reference", "DaemonSet", "rtx4090")
    image = "nvcr.io/nvidia/k8s-device-plugin@sha256:" + "a" * 64
    ds.obj["spec"]["template"]["spec"]["containers"][0]["image"] = image
    # A valid reference; only the lock does not name it.
    assert _problems(ds) == [f"{ds.where(ROOT)}: image {image} is not pinned in upstream.lock.yaml"]


def test_image_not_named_in_the_lock_is_caught():
    """One source of truth for images: every image in dist/ is named in upstream.lock.yaml."""
    ds = _doc("reference", "DaemonSet", "rtx4090")
    ds.obj["spec"]["template"]["spec"]["containers"][0]["image"] = "nvcr.io/nvidia/k8s-device-plugin:v0.20.0"
    assert any("image nvcr.io/nvidia/k8s-device-plugin:v0.20.0 is not pinned in upstream.lock.yaml" in p for p in _problems(ds))


def test_container_without_requests_is_caught():
    ds = _doc("reference", "DaemonSet", "rtx4090")
    del ds.obj["spec"]["template"]["spec"]["containers"][0]["resources"]["requests"]
    assert any("resources.requests: must set cpu and memory" in p for p in _problems(ds))


def test_restricted_security_context_is_required_unless_exempt():
    ds = _doc("reference", "DaemonSet", "rtx4090")
    del ds.obj["metadata"]["annotations"]
    del ds.obj["spec"]["template"]["spec"]["securityContext"]  # the plugin sets seccomp itself now
    problems = _problems(ds)
    assert any("runAsNonRoot" in p for p in problems), problems
    assert any("seccompProfile" in p for p in problems), problems


def test_standard_labels_are_required():
    ns = _doc("reference", "Namespace", "ml-team-a")
    del ns.obj["metadata"]["labels"]["app.kubernetes.io/part-of"]
    assert any("missing app.kubernetes.io/part-of" in p for p in _problems(ns))


def test_cluster_scoped_objects_carry_no_namespace():
    runtime = _doc("reference", "RuntimeClass")
    runtime.obj["metadata"]["namespace"] = "default"
    assert any("cluster-scoped object must not set a namespace" in p for p in _problems(runtime))


def test_namespaced_custom_resource_needs_a_namespace():
    app = _doc("reference", "Application")
    del app.obj["metadata"]["namespace"]
    assert any("must name its namespace" in p for p in _problems(app))


def test_duplicate_objects_are_caught():
    ns = _doc("reference", "Namespace", "ml-team-a")
    problems = validate_documents([ns, ns], "1.34.0", pinned_crd_index(), ROOT)
    assert any("Namespace ml-team-a (v1) is defined 2 times" in p for p in problems)


def test_validate_command_exits_non_zero_on_problems(tmp_path):
    import shutil
    import subprocess
    import sys

    dist = tmp_path / "dist"
    shutil.copytree(DIST / "reference", dist / "reference")
    ds_file = next((dist / "reference" / "nvidia-device-plugin").glob("daemonset-*.yaml"))
    ds_file.write_text(ds_file.read_text().replace("image: nvcr.io/nvidia/k8s-device-plugin:v0.19.3", "image: nvcr.io/nvidia/k8s-device-plugin"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "validate", "--dist", str(dist)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 1
    assert "not pinned to a tag or digest" in done.stderr
    assert "1 problem(s)" in done.stdout


def test_builtin_kind_at_an_unserved_version_is_caught():
    ds = _doc("reference", "DaemonSet", "rtx4090")
    ds.obj["apiVersion"] = "apps/v1beta2"
    assert any("apps/v1beta2 kind DaemonSet is not served by Kubernetes 1.34.0" in p for p in _problems(ds))


def test_builtin_wrong_type_is_caught():
    rct = _doc("reference", "ResourceClaimTemplate", "gpus-2")
    rct.obj["spec"]["spec"]["devices"]["requests"][0]["exactly"]["count"] = "two"
    assert any("spec.spec.devices.requests[0].exactly.count" in p for p in _problems(rct))


def test_parsed_yaml_is_kept_as_json_only_where_json_holds_the_same(tmp_path, monkeypatch):
    """The parse cache returns what YAML gives: a stream JSON can hold is stored and read back
    equal; one with a timestamp is parsed every time; a damaged copy is parsed again."""
    from ai_platform.validation import documents

    monkeypatch.setattr(documents, "PARSED_CACHE_DIR", tmp_path)
    text = "a: 1\nb: [true, 2.5, null, '='] \n---\n---\nc: {d: =}\n"
    first = documents.yaml_documents(text)
    assert first == [{"a": 1, "b": [True, 2.5, None, "="]}, {"c": {"d": "="}}]
    (stored,) = tmp_path.glob("*/*.json")
    assert documents.yaml_documents(text) == first
    stored.write_text("{not json", encoding="utf-8")
    assert documents.yaml_documents(text) == first
    stamped = "when: 2026-12-03\n"
    assert documents.yaml_documents(stamped) == [{"when": datetime.date(2026, 12, 3)}]
    assert len(list(tmp_path.glob("*/*.json"))) == 1
