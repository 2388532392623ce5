"""gang_scheduling: Volcano or Kueue installed and configured so that distributed GPU jobs
start all together or not at all; every distributed example is tied to the gang scheduler."""

from __future__ import annotations

import pytest
import yaml

from ai_platform.errors import ProfileError
from ai_platform.validation.documents import load_documents
from conftest import ROOT, built, dist_documents, make_profile, profile_data, installs_of

REQUIREMENT_ID = "gang_scheduling"


def _values(profile_name: str, component: str) -> dict:
    (install,) = installs_of(built(profile_name), component)
    return dict(install.config)


def test_volcano_scheduler_enables_gang_and_gpu_binpacking():
    config = yaml.safe_load(_values("reference", "volcano")["custom"]["scheduler_config_override"])
    plugins = {p["name"]: p for tier in config["tiers"] for p in tier["plugins"]}
    assert "gang" in plugins and "proportion" in plugins and "priority" in plugins
    assert plugins["binpack"]["arguments"]["binpack.resources"] == "nvidia.com/gpu"
    assert "enqueue" in config["actions"] and "allocate" in config["actions"]


def test_volcano_queue_per_gpu_tenant_capped_at_its_quota():
    profile = make_profile(profile_data("reference"))
    queues = {d.name: d.obj for d in dist_documents("reference") if d.kind == "Queue"}
    expected = {t.name: t.effective_gpu_quota for t in profile.tenant_namespaces if t.gpu_access}
    assert {name: q["spec"]["capability"]["nvidia.com/gpu"] for name, q in queues.items()} == expected


def test_kueue_admission_is_all_or_nothing():
    config = yaml.safe_load(_values("cloud-burst", "kueue")["managerConfig"]["controllerManagerConfigYaml"])
    assert config["apiVersion"] == "config.kueue.x-k8s.io/v1beta2"
    assert config["waitForPodsReady"]["blockAdmission"] is True
    assert {"batch/job", "ray.io/rayjob", "ray.io/raycluster"} <= set(config["integrations"]["frameworks"])
    assert config["health"]["healthProbeBindAddress"], "the chart's probes need the health endpoint restated"


def test_kueue_flavors_quotas_and_local_queues():
    profile = make_profile(profile_data("cloud-burst"))
    docs = dist_documents("cloud-burst")
    flavors = {d.name for d in docs if d.kind == "ResourceFlavor"}
    assert flavors == {p.gpu_model.value for p in profile.node_pools if p.management.value == "device-plugin"}
    cluster_queues = {d.name: d.obj for d in docs if d.kind == "ClusterQueue"}
    local_queues = {d.namespace: d.obj for d in docs if d.kind == "LocalQueue"}
    for tenant in (t for t in profile.tenant_namespaces if t.gpu_access):
        spec = cluster_queues[tenant.name]["spec"]
        gpu = [r for g in spec["resourceGroups"] for f in g["flavors"] for r in f["resources"] if r["name"] == "nvidia.com/gpu"]
        assert gpu and all(r["nominalQuota"] == tenant.effective_gpu_quota for r in gpu)
        # Never admitted beyond the namespace's ResourceQuota (the same number): no GPU borrowing.
        assert all(r["borrowingLimit"] == 0 for r in gpu)
        assert local_queues[tenant.name]["spec"]["clusterQueue"] == tenant.name
    assert len({cq["spec"]["cohortName"] for cq in cluster_queues.values()}) == 1


def _gang_size(obj: dict) -> tuple[int, int]:
    """(pods the job runs at once, pods that must start together)."""
    if obj["kind"] == "Job" and obj["apiVersion"] == "batch.volcano.sh/v1alpha1":
        pods = sum(t["replicas"] for t in obj["spec"]["tasks"])
        return pods, obj["spec"]["minAvailable"]
    return obj["spec"]["parallelism"], obj["spec"]["parallelism"]


@pytest.mark.parametrize("folder, profile_name", [("gang-volcano", "reference"), ("gang-kueue", "cloud-burst")])
def test_distributed_examples_are_tied_to_the_gang_scheduler(folder, profile_name):
    docs = load_documents(ROOT / "examples" / folder)
    assert len(docs) == 2
    profile = make_profile(profile_data(profile_name))
    quota = {t.name: t.effective_gpu_quota for t in profile.tenant_namespaces}
    fits, too_large = sorted(docs, key=lambda d: _gang_size(d.obj)[0])
    for doc in docs:
        pods, together = _gang_size(doc.obj)
        assert pods == together, "min members must equal the pod count"
        if folder == "gang-volcano":
            assert doc.obj["spec"]["schedulerName"] == "volcano" and doc.obj["spec"]["queue"] == doc.namespace
        else:
            assert doc.obj["metadata"]["labels"]["kueue.x-k8s.io/queue-name"] == "gpu"
            assert doc.obj["spec"]["suspend"] is True
    assert _gang_size(fits.obj)[0] <= quota[fits.namespace]
    assert _gang_size(too_large.obj)[0] > sum(quota.values()), "the oversized job can never be admitted"


def test_ray_workloads_join_the_gang_scheduler():
    for profile_name, expected in [("reference", {"ray.io/scheduler-name": "volcano"}), ("cloud-burst", {"kueue.x-k8s.io/queue-name": "gpu"})]:
        for doc in dist_documents(profile_name):
            if doc.kind in ("RayCluster", "RayJob"):
                labels = doc.obj["metadata"]["labels"]
                assert all(labels.get(k) == v for k, v in expected.items()), doc.where()


def test_priority_classes_exist_for_training_and_inference():
    names = {d.name for d in dist_documents("reference") if d.kind == "PriorityClass"}
    assert {"ai-training", "ai-inference"} <= names


def test_unknown_gang_scheduler_is_rejected():
    data = profile_data("reference")
    data["components"]["gangScheduler"] = "yunikorn"
    with pytest.raises(ProfileError, match="'volcano' or 'kueue'"):
        make_profile(data)
