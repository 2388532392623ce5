"""robust_controller on the simulated cluster, following KAR 0063 (robust CRD and controller
operation): the real KubeRay operator v1.7.0 of dist/ runs as a host process, with dist/'s
flags, environment, ServiceAccount (so dist/'s RBAC) and its admission webhook (dist/'s
ValidatingWebhookConfiguration pointed at it). It reconciles the platform's RayCluster and
RayJob of dist/ (the ``ray`` unit, in the profile's ray namespace) into pods that KWOK runs,
heals a deleted worker, drives the RayJob through its submitter Job, and its webhook rejects
an invalid RayCluster. Negative cases are also run with the platform object that guarantees
them removed (the webhook configuration, the operator's ClusterRoleBinding), and then fail.

The reference profile's KubeRay runs with ``--batch-scheduler=volcano`` (from dist/): the Ray
pods there name Volcano's scheduler and a PodGroup, and nothing binds them until Volcano's
scheduler runs on the simulated cluster (not part of this module); see docs/simulated/kuberay.md."""

from __future__ import annotations

import copy
import itertools
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from testbed.operators.host import OperatorContext, ServiceRef, container_args
from ai_platform.kubeclient import ApiError, KubeClient, connect
from ai_platform.kubeconfig import select
from testbed.simulated import SimulatedCluster
from ai_platform.components.kuberay import Kuberay
from simulated_fixtures import StartCluster
from simulated_pods import wait_until
from testbed.operators.kuberay import DEPLOYMENT, NAMESPACE, kuberay_operator
from conftest import PROFILE_NAMES, dist_documents, make_profile, profile_data

pytestmark = [pytest.mark.simulated]

OPERATOR = "kuberay-operator"
RAY_API = "ray.io/v1"
CLUSTER_LABEL = "ray.io/cluster"
NODE_TYPE_LABEL = "ray.io/node-type"
PODGROUP_ANNOTATION = "scheduling.k8s.io/group-name"
"""Volcano's annotation naming a pod's PodGroup (KubeRay's volcano plugin sets it)."""
WEBHOOK_CONFIGURATION = "kuberay-validating-webhook-configuration"
DUPLICATE_GROUPS = "worker group names must be unique"
"""v1.7.0's RayCluster webhook (pkg/webhooks/v1/raycluster_webhook.go, validateWorkerGroups)."""
_names = itertools.count()
T = TypeVar("T")


@pytest.fixture(scope="module", params=PROFILE_NAMES)
def cluster(request: pytest.FixtureRequest, start_cluster: StartCluster) -> Iterator[SimulatedCluster]:
    # The GPU Operator's RuntimeClass (cloud-burst) is one of SimulatedCluster's stand-ins.
    with start_cluster(request.param, Kuberay) as sim:
        yield sim


# --- helpers -----------------------------------------------------------------------------

def wait_for(what: str, probe: Callable[[], T | None], cluster: SimulatedCluster, timeout: float = 90,
             about: str | None = None, state: Callable[[], str] | None = None) -> T:
    """``probe()`` once it returns something; fails with the operator's last log lines (those
    naming ``about`` when given) and ``state()`` (what the cluster holds) when given."""
    def detail() -> str:
        lines = [line for line in cluster.operator_log(OPERATOR).splitlines() if about is None or about in line]
        return (f"{state()}\n" if state else "") + "KubeRay log tail:\n" + "\n".join(lines[-15:])

    return wait_until(what, probe, timeout, detail=detail)


def ray_namespace(cluster: SimulatedCluster) -> str:
    assert cluster.profile.ray is not None
    return cluster.profile.ray.namespace


def platform(cluster: SimulatedCluster, kind: str) -> dict[str, Any]:
    """The one object of a Ray kind that dist/ deploys in the profile's ray namespace."""
    (obj,) = [d.obj for d in cluster.docs if d.kind == kind and d.namespace == ray_namespace(cluster)]
    return obj


def copy_of(obj: dict[str, Any], name: str) -> dict[str, Any]:
    """A new object with the platform object's spec and labels under another name."""
    metadata = obj["metadata"]
    return {"apiVersion": obj["apiVersion"], "kind": obj["kind"], "spec": copy.deepcopy(obj["spec"]),
            "metadata": {"name": name, "namespace": metadata["namespace"], "labels": dict(metadata.get("labels") or {})}}


def uses_volcano(cluster: SimulatedCluster) -> bool:
    """Whether dist/ runs KubeRay with Volcano as its batch scheduler (the reference profile)."""
    return "--batch-scheduler=volcano" in container_args(cluster.docs, NAMESPACE, DEPLOYMENT)


def ray_pods(client: KubeClient, namespace: str, ray_cluster: str, node_type: str) -> list[dict[str, Any]]:
    return [p for p in client.list("v1", "Pod", namespace)
            if (p["metadata"].get("labels") or {}).get(CLUSTER_LABEL) == ray_cluster
            and p["metadata"]["labels"].get(NODE_TYPE_LABEL) == node_type
            and p["metadata"].get("deletionTimestamp") is None]


def running(pod: dict[str, Any]) -> bool:
    status = pod.get("status") or {}
    return status.get("phase") == "Running" and any(
        c["type"] == "Ready" and c["status"] == "True" for c in status.get("conditions") or [])


def condition(obj: dict[str, Any], kind: str) -> dict[str, Any] | None:
    return next((c for c in (obj.get("status") or {}).get("conditions") or [] if c["type"] == kind), None)


def started_pods(cluster: SimulatedCluster, client: KubeClient, namespace: str, ray_cluster: str, node_type: str,
                 count: int, timeout: float = 90) -> list[dict[str, Any]]:
    """``count`` pods of a node type as the profile's scheduler setup lets them start: bound
    and run by KWOK (default scheduler); with Volcano, created for Volcano's scheduler in the
    PodGroup KubeRay made for the cluster, and not bound by kube-scheduler."""
    def probe() -> list[dict[str, Any]] | None:
        pods = ray_pods(client, namespace, ray_cluster, node_type)
        if len(pods) != count:
            return None
        if uses_volcano(cluster):
            return pods if all(p["metadata"].get("annotations", {}).get(PODGROUP_ANNOTATION) for p in pods) else None
        return pods if all(running(p) for p in pods) else None

    def state() -> str:
        pods = [p for p in client.list("v1", "Pod", namespace)
                if (p["metadata"].get("labels") or {}).get(CLUSTER_LABEL) == ray_cluster]
        return "pods of the RayCluster: " + ("; ".join(
            f"{p['metadata']['name']} {p['metadata']['labels'].get(NODE_TYPE_LABEL)} phase={(p.get('status') or {}).get('phase')}"
            f" node={p['spec'].get('nodeName')} deleting={bool(p['metadata'].get('deletionTimestamp'))}"
            f" conditions={[(c['type'], c['status'], c.get('reason')) for c in (p.get('status') or {}).get('conditions') or []]}"
            for p in pods) or "none")

    pods = wait_for(f"{count} {node_type} pod(s) of RayCluster {namespace}/{ray_cluster}", probe, cluster, timeout,
                    about=f'"{ray_cluster}"', state=state)
    for pod in pods:
        if uses_volcano(cluster):
            assert pod["spec"].get("schedulerName") == "volcano", pod["spec"].get("schedulerName")
            assert not pod["spec"].get("nodeName"), "bound without Volcano's scheduler"
            group = pod["metadata"]["annotations"][PODGROUP_ANNOTATION]
            client.read("scheduling.volcano.sh/v1beta1", "PodGroup", group, namespace)
        else:
            assert pod["spec"].get("schedulerName", "default-scheduler") == "default-scheduler"
            assert pod["spec"]["nodeName"] in {n.name for n in cluster.nodes}
    return pods


def scale_workers(client: KubeClient, ray_cluster: dict[str, Any], replicas: int, remove: tuple[str, ...] = ()) -> None:
    """What the Ray autoscaler does to scale a worker group: set its ``replicas`` and, to scale
    down, name the workers to remove (``scaleStrategy.workersToDelete``; with in-tree
    autoscaling KubeRay removes no worker on its own)."""
    live = client.get(ray_cluster)
    live["spec"]["workerGroupSpecs"][0]["replicas"] = replicas
    live["spec"]["workerGroupSpecs"][0]["scaleStrategy"] = {"workersToDelete": list(remove)}
    client.apply({"apiVersion": RAY_API, "kind": "RayCluster",
                  "metadata": {"name": live["metadata"]["name"], "namespace": live["metadata"]["namespace"]},
                  "spec": live["spec"]})


# --- the operator's configuration, from dist/ (no cluster) --------------------------------

@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_operator_configured_from_dist(profile_name: str, tmp_path: Path) -> None:
    docs = dist_documents(profile_name)
    operator = kuberay_operator(Path("/nonexistent/kuberay-operator"), docs)
    assert operator.service_account == ServiceRef(NAMESPACE, "kuberay-operator")
    assert operator.webhook_services == (ServiceRef(NAMESPACE, "kuberay-webhook-service"),)
    assert operator.environment["ENABLE_WEBHOOKS"] == "true" and operator.webhook_port == 9443
    cert_dir = tmp_path / "certs"
    cert_dir.mkdir()
    context = OperatorContext(name=OPERATOR, workdir=tmp_path, kubeconfig=tmp_path / "kubeconfig", cert_dir=cert_dir,
                              webhook_port=9443, metrics_port=1, health_port=2, server="https://127.0.0.1:3")
    flags = operator.arguments(context)
    assert flags[:len(container_args(docs, NAMESPACE, DEPLOYMENT))] == container_args(docs, NAMESPACE, DEPLOYMENT)
    assert ("--batch-scheduler=volcano" in flags) is (make_profile(profile_data(profile_name)).components.gang_scheduler.value == "volcano")
    assert "--enable-leader-election=false" in flags
    assert (tmp_path / operator.environment["TMPDIR"] / "k8s-webhook-server" / "serving-certs").resolve() == cert_dir


# --- the operator ------------------------------------------------------------------------

def test_operator_runs_as_its_service_account(cluster: SimulatedCluster) -> None:
    """KAR 0063 setup: the operator and its webhook are up and the CRDs served; the process is
    authenticated as dist/'s ServiceAccount, so only dist/'s RBAC authorizes what it does."""
    context = cluster.operator_contexts[OPERATOR]
    with connect(select(str(context.kubeconfig), None, {})) as as_operator:
        assert as_operator.whoami() == f"system:serviceaccount:{NAMESPACE}:kuberay-operator"
        assert as_operator.list(RAY_API, "RayCluster", ray_namespace(cluster)) is not None
    rewritten = [n for n in cluster.webhook_notes if WEBHOOK_CONFIGURATION in n]
    assert len(rewritten) == 3 and all(f"-> https://127.0.0.1:{context.webhook_port}/validate-ray-io-v1-" in n for n in rewritten)


def test_platform_raycluster_reconciled(cluster: SimulatedCluster, client: KubeClient) -> None:
    """dist/'s RayCluster (applied with dist/) becomes a head pod, a head Service and a status."""
    raycluster = platform(cluster, "RayCluster")
    name, namespace = raycluster["metadata"]["name"], raycluster["metadata"]["namespace"]
    (head,) = started_pods(cluster, client, namespace, name, "head", 1)
    assert {c["name"] for c in head["spec"]["containers"]} >= {"ray"}
    services = [s for s in client.list("v1", "Service", namespace) if (s["metadata"].get("labels") or {}).get(CLUSTER_LABEL) == name]
    assert services, "no head Service"

    def reported() -> dict[str, Any] | None:
        status = client.get(raycluster).get("status") or {}
        return status if condition(client.get(raycluster), "HeadPodReady") is not None else None

    status = wait_for("RayCluster status with conditions", reported, cluster)
    assert status["maxWorkerReplicas"] == raycluster["spec"]["workerGroupSpecs"][0]["maxReplicas"]
    head_ready = condition(client.get(raycluster), "HeadPodReady")
    assert head_ready is not None
    if uses_volcano(cluster):
        assert head_ready["status"] == "False"
    else:
        wait_for("RayCluster state ready", lambda: (client.get(raycluster).get("status") or {}).get("state") == "ready", cluster)
        assert condition(client.get(raycluster), "HeadPodReady")["status"] == "True"  # type: ignore[index]
        assert (client.get(raycluster)["status"].get("head") or {}).get("podName") == head["metadata"]["name"]


def test_head_pod_refused_without_the_autoscaler_security_context(cluster: SimulatedCluster, client: KubeClient,
                                                                  created: list[dict[str, Any]]) -> None:
    """Negative (the platform object broken): without the securityContext the platform gives
    the autoscaler sidecar, Pod Security (restricted, the tenant namespace's level) refuses
    the head pod KubeRay builds, and the RayCluster gets no head."""
    obj = copy_of(platform(cluster, "RayCluster"), f"ray-nosc-{next(_names)}")
    del obj["spec"]["autoscalerOptions"]["securityContext"]
    name, namespace = obj["metadata"]["name"], obj["metadata"]["namespace"]
    created.append(obj)
    client.create(obj)
    refused = wait_for("the head pod refused by Pod Security", lambda: [
        line for line in cluster.operator_log(OPERATOR).splitlines()
        if f'"name":"{name}"' in line and "FailedCreateHeadPod" in line and "violates PodSecurity" in line], cluster, 120)
    assert 'container \\"autoscaler\\"' in refused[0], refused[0]
    assert not ray_pods(client, namespace, name, "head")


def test_worker_scaled_and_deleted_worker_recreated(cluster: SimulatedCluster, client: KubeClient) -> None:
    """The autoscaler's request for a worker (``replicas: 1``) gives a GPU worker pod; a
    deleted worker is replaced by a new pod."""
    raycluster = platform(cluster, "RayCluster")
    name, namespace = raycluster["metadata"]["name"], raycluster["metadata"]["namespace"]
    scale_workers(client, raycluster, 1)
    try:
        (worker,) = started_pods(cluster, client, namespace, name, "worker", 1)
        group = raycluster["spec"]["workerGroupSpecs"][0]
        assert worker["spec"]["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] in (1, "1")
        assert group["template"]["spec"]["nodeSelector"].items() <= worker["spec"]["nodeSelector"].items()
        if not uses_volcano(cluster):
            node = client.read("v1", "Node", worker["spec"]["nodeName"])
            assert node["metadata"]["labels"]["nvidia.com/gpu.product"] == group["template"]["spec"]["nodeSelector"]["nvidia.com/gpu.product"]
        client.delete({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": worker["metadata"]["name"], "namespace": namespace}})
        # KubeRay v1.7.0 counts a terminating worker as running (reconcilePods lists the group's
        # pods without filtering deletionTimestamp), so the replacement waits for KWOK to remove
        # the old pod; on a loaded 2-core CI machine that took more than 90 s once.
        (replacement,) = started_pods(cluster, client, namespace, name, "worker", 1, timeout=180)
        assert replacement["metadata"]["uid"] != worker["metadata"]["uid"]
    finally:
        scale_workers(client, raycluster, 0, tuple(p["metadata"]["name"] for p in ray_pods(client, namespace, name, "worker")))
    wait_for("worker removed after scaling to 0", lambda: not ray_pods(client, namespace, name, "worker"), cluster)


def test_operator_needs_dist_rbac(cluster: SimulatedCluster, client: KubeClient, created: list[dict[str, Any]]) -> None:
    """Negative: with dist/'s ClusterRoleBinding of the operator's ServiceAccount removed, the
    API server forbids what it does and a new RayCluster gets no pod; restored, it gets its head."""
    account = cluster.operators[0].service_account
    (binding,) = [d.obj for d in cluster.docs if d.kind == "ClusterRoleBinding" and any(
        s.get("kind") == "ServiceAccount" and s.get("name") == account.name and s.get("namespace") == account.namespace
        for s in d.obj.get("subjects") or [])]
    client.delete(binding)
    obj = copy_of(platform(cluster, "RayCluster"), f"ray-rbac-{next(_names)}")
    name, namespace = obj["metadata"]["name"], obj["metadata"]["namespace"]
    try:
        created.append(obj)
        client.create(obj)
        wait_for("the operator forbidden", lambda: "forbidden" in cluster.operator_log(OPERATOR).split(name, 1)[-1]
                 if name in cluster.operator_log(OPERATOR) else False, cluster, 30)
        time.sleep(3)
        assert not ray_pods(client, namespace, name, "head"), "a pod was created without the operator's RBAC"
    finally:
        client.create(binding)
    started_pods(cluster, client, namespace, name, "head", 1, timeout=120)


# --- the webhook -------------------------------------------------------------------------

def invalid_raycluster(cluster: SimulatedCluster) -> dict[str, Any]:
    """The platform's RayCluster with its worker group twice (the CRD schema allows it)."""
    obj = copy_of(platform(cluster, "RayCluster"), f"ray-invalid-{next(_names)}")
    obj["spec"]["workerGroupSpecs"] = obj["spec"]["workerGroupSpecs"] * 2
    return obj


def test_webhook_admits_a_valid_raycluster(cluster: SimulatedCluster, client: KubeClient, created: list[dict[str, Any]]) -> None:
    obj = copy_of(platform(cluster, "RayCluster"), f"ray-valid-{next(_names)}")
    created.append(obj)
    client.create(obj)
    name = obj["metadata"]["name"]
    wait_for("the webhook's validation of the valid object in the operator's log", lambda: any(
        "validate create" in line and f'"{name}"' in line for line in cluster.operator_log(OPERATOR).splitlines()), cluster, 10)


def test_webhook_rejects_invalid_raycluster(cluster: SimulatedCluster, client: KubeClient, created: list[dict[str, Any]]) -> None:
    obj = invalid_raycluster(cluster)
    with pytest.raises(ApiError) as rejected:
        created.append(obj)
        client.create(obj)
    created.pop()
    message = str(rejected.value)
    assert 'admission webhook "vraycluster.kb.io" denied the request' in message, message
    assert DUPLICATE_GROUPS in message, message


def test_invalid_raycluster_accepted_without_the_webhook_configuration(cluster: SimulatedCluster, client: KubeClient,
                                                                      created: list[dict[str, Any]]) -> None:
    """The negative case fails with dist/'s ValidatingWebhookConfiguration removed: the API
    server (CRD schema) alone accepts the invalid object. Restored, it is rejected again."""
    live = client.read("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", WEBHOOK_CONFIGURATION)
    restore = {k: live[k] for k in ("apiVersion", "kind", "webhooks")}
    restore["metadata"] = {k: live["metadata"][k] for k in ("name", "labels", "annotations") if k in live["metadata"]}
    client.delete(live)
    try:
        obj = invalid_raycluster(cluster)
        created.append(obj)
        # The API server stops calling a removed webhook within a moment (its informer).
        wait_for("invalid RayCluster accepted", lambda: _created(client, obj), cluster, 20)
    finally:
        client.create(restore)
    again = invalid_raycluster(cluster)
    created.append(again)
    wait_for("invalid RayCluster rejected again", lambda: _rejected(client, again), cluster, 20)
    created.pop()


def _created(client: KubeClient, obj: dict[str, Any]) -> bool:
    try:
        client.create(obj)
        return True
    except ApiError as exc:
        assert "vraycluster.kb.io" in str(exc), str(exc)
        return False


def _rejected(client: KubeClient, obj: dict[str, Any]) -> bool:
    try:
        client.create(obj)
    except ApiError as exc:
        assert DUPLICATE_GROUPS in str(exc), str(exc)
        return True
    client.delete(obj)
    return False


# --- the RayJob --------------------------------------------------------------------------

SUBMITTER_TIMEOUT_MESSAGE = re.compile(r"submitter finished at .* but the ray job did not reach terminal state within 30s")


def test_platform_rayjob(cluster: SimulatedCluster, client: KubeClient) -> None:
    """dist/'s RayJob (``submissionMode: K8sJobMode``): KubeRay creates its RayCluster and, once
    that is ready, the submitter Job (``ray job submit`` against the head's dashboard), which
    KWOK completes; KubeRay then takes the RayJob to a terminal status. Without a real Ray
    head no dashboard answers the job status, so that status is ``Failed`` with the reason
    KubeRay gives when the submitter finished but the Ray job status never came (30 s); a
    Ray job's ``SUCCEEDED`` cannot be shown here. With Volcano (reference), the cluster's
    pods wait for Volcano's scheduler, and KubeRay holds the job back: no submitter Job."""
    rayjob = platform(cluster, "RayJob")
    name, namespace = rayjob["metadata"]["name"], rayjob["metadata"]["namespace"]
    assert rayjob["spec"]["submissionMode"] == "K8sJobMode"
    workers = rayjob["spec"]["rayClusterSpec"]["workerGroupSpecs"][0]["replicas"]
    ray_cluster = wait_for("the RayJob's RayCluster", lambda: (client.get(rayjob).get("status") or {}).get("rayClusterName"), cluster)
    started_pods(cluster, client, namespace, ray_cluster, "head", 1)
    started_pods(cluster, client, namespace, ray_cluster, "worker", workers)
    if uses_volcano(cluster):
        time.sleep(5)
        status = client.get(rayjob)["status"]
        assert status["jobDeploymentStatus"] == "Initializing", status
        assert not [j for j in client.list("batch/v1", "Job", namespace) if j["metadata"]["name"] == name], "submitted before the cluster was ready"
        return
    job = wait_for("the submitter Job complete", lambda: _complete_job(client, namespace, name), cluster, 120)
    command = " ".join(job["spec"]["template"]["spec"]["containers"][0].get("command", []) + job["spec"]["template"]["spec"]["containers"][0].get("args", []))
    assert "ray job submit" in command and rayjob["spec"]["entrypoint"] in command, command
    assert job["spec"]["template"]["spec"]["restartPolicy"] == "Never"

    def terminal() -> dict[str, Any] | None:
        status = client.get(rayjob).get("status") or {}
        return status if status.get("jobDeploymentStatus") in ("Complete", "Failed") else None

    status = wait_for("the RayJob in a terminal status", terminal, cluster, 120)
    assert status["jobDeploymentStatus"] == "Failed", status
    assert status["reason"] == "JobDeploymentStatusTransitionGracePeriodExceeded", status
    assert SUBMITTER_TIMEOUT_MESSAGE.search(status["message"]), status["message"]
    assert status.get("dashboardURL", "").endswith(":8265"), status


def _complete_job(client: KubeClient, namespace: str, name: str) -> dict[str, Any] | None:
    try:
        job = client.read("batch/v1", "Job", name, namespace)
    except ApiError as exc:
        if exc.status == 404:
            return None
        raise
    return job if condition(job, "Complete") is not None and condition(job, "Complete")["status"] == "True" else None  # type: ignore[index]
