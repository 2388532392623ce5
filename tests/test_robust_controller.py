"""robust_controller: KubeRay installed by its pinned chart with its admission webhook on,
its CRDs pinned, and Ray custom resources that the pinned CRDs accept."""

from __future__ import annotations

from ai_platform.parts.ray import RAY_API_VERSION
from ai_platform.upstream import lock
from ai_platform.validation.crd_schema import crd_documents
from conftest import PROFILE_NAMES, built, dist_documents

REQUIREMENT_ID = "robust_controller"


def _install(profile_name: str, component: str):
    (install,) = [u.helm for u in built(profile_name).units if u.helm and u.helm.component == component]
    return install


def test_kuberay_chart_is_pinned_with_its_webhook_on():
    kuberay = lock().component("kuberay")
    assert kuberay.chart is not None and kuberay.chart.version == "1.7.0"
    for profile_name in PROFILE_NAMES:
        values = _install(profile_name, "kuberay").values
        assert values["webhooks"]["enabled"] is True
        assert values["image"]["tag"] == "v1.7.0"


def test_webhook_certificates_come_from_cert_manager_installed_first():
    for profile_name in PROFILE_NAMES:
        cert_manager = _install(profile_name, "cert-manager")
        assert cert_manager.values["crds"]["enabled"] is True
        assert cert_manager.stage < _install(profile_name, "kuberay").stage


def test_batch_scheduler_matches_the_gang_scheduler():
    assert _install("reference", "kuberay").values["batchScheduler"] == {"name": "volcano"}
    assert "batchScheduler" not in _install("cloud-burst", "kuberay").values, "Kueue manages Ray jobs by queue label"


def test_ray_kinds_are_served_by_the_pinned_crds(upstream_cache):
    served = set()
    for pinned in lock().component("kuberay").files:
        for crd in crd_documents(upstream_cache.cached(pinned)):
            for version in crd["spec"]["versions"]:
                if version["served"] and not version.get("deprecated"):
                    served.add((f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"]))
    for kind in ("RayCluster", "RayJob", "RayService"):
        assert (RAY_API_VERSION, kind) in served


def test_ray_workloads_exist_and_leave_autoscaled_fields_to_the_operator():
    docs = {d.kind: d.obj for d in dist_documents("reference") if d.api_version == RAY_API_VERSION}
    assert set(docs) == {"RayCluster", "RayJob", "RayService"}
    cluster = docs["RayCluster"]["spec"]
    assert cluster["enableInTreeAutoscaling"] is True
    assert all("replicas" not in group for group in cluster["workerGroupSpecs"])
    job_workers = docs["RayJob"]["spec"]["rayClusterSpec"]["workerGroupSpecs"][0]
    assert job_workers["replicas"] == job_workers["minReplicas"] == job_workers["maxReplicas"]
    assert docs["RayService"]["spec"]["upgradeStrategy"]["type"] == "NewCluster"
    apps = [d.obj for d in dist_documents("reference") if d.kind == "Application" and d.name == "reference-ray"]
    (app,) = apps
    assert {"group": "ray.io", "kind": "RayCluster", "jqPathExpressions": [".spec.workerGroupSpecs[].replicas"]} in app["spec"]["ignoreDifferences"]
    assert "RespectIgnoreDifferences=true" in app["spec"]["syncPolicy"]["syncOptions"]


def test_ray_gpu_workers_request_gpus_and_expose_metrics():
    cluster = next(d.obj for d in dist_documents("reference") if d.kind == "RayCluster")
    (container,) = cluster["spec"]["workerGroupSpecs"][0]["template"]["spec"]["containers"]
    assert container["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert {"name": "metrics", "containerPort": 8080} in container["ports"]
