"""gang_scheduling on the simulated cluster with Volcano, following KAR 0053: the real Volcano
v1.15.1 scheduler, controllers and admission webhooks of dist/ run on the host (configured
from dist/, with dist/'s RBAC) and schedule gangs of GPU pods onto the simulated device-plugin
nodes, in the platform's tenant namespaces and queues, with its priority classes.

Positive: a gang that fits starts all its pods (and, as a Volcano Job, completes). Negative:
a gang larger than the pool binds no pod and holds no GPU; two gangs competing for the same
GPUs do not deadlock. Each negative case is also run with the platform object that guarantees
it broken (the scheduler configuration without its ``gang`` plugin; the jobs mutating webhook
that gives Volcano Jobs the ``volcano`` scheduler, removed), and then fails."""

from __future__ import annotations

import copy
import itertools
import time
from datetime import datetime
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
import yaml

from ai_platform.conventions import GPU_TAINT_KEY
from ai_platform.kubeclient import ApiError, KubeClient
from ai_platform.profile import GangScheduler, PoolManagement
from testbed.operators.volcano import (
    NAMESPACE,
    SCHEDULER,
    SCHEDULER_CONFIG_KEY,
    SCHEDULER_CONFIG_MAP,
    SCHEDULER_NAME,
    project_config_map,
    volcano_operators,
)
from testbed.simulated import SimulatedCluster
from ai_platform.components.volcano import Volcano
from simulated_fixtures import StartCluster
from conftest import PROFILE_NAMES, dist_documents, make_profile, profile_data
from simulated_pods import IMAGE, wait_until

pytestmark = [pytest.mark.simulated]

VOLCANO_PROFILES = [n for n in PROFILE_NAMES if make_profile(profile_data(n)).components.gang_scheduler is GangScheduler.VOLCANO]
GPU = "nvidia.com/gpu"
POOL_LABEL = "ai-platform.dev/node-pool"
GROUP_ANNOTATION = "scheduling.k8s.io/group-name"
"""The annotation that puts a pod into a Volcano PodGroup (volcano.sh/apis scheduling/v1beta1)."""
GANG_LABEL = "gang-test/gang"
HOLD = 15.0
"""How long an unschedulable gang is watched for a partial start (the scheduler runs every 1 s:
dist/'s ``--schedule-period=1s``)."""
BIND_SPREAD = 3
"""Seconds between the first and the last bind of a gang placed in one scheduling cycle (the API
server stamps each bind to the second; the scheduler binds a cycle's pods concurrently)."""
_names = itertools.count()


@pytest.fixture(scope="module", params=VOLCANO_PROFILES)
def cluster(request: pytest.FixtureRequest, start_cluster: StartCluster, announce: Callable[[str], None]) -> Iterator[SimulatedCluster]:
    with start_cluster(request.param, Volcano) as sim:
        with sim.client() as client:
            wait_queues_open(sim, client, [q["metadata"]["name"] for q in platform_queues(sim)])
            scaled = scale_down_gpu_deployments(sim, client)
        if scaled:
            announce(f"scaled to zero for the gang tests (they hold GPUs of the pools and tenant quota): {', '.join(scaled)}")
        yield sim


# --- the platform's objects the gangs use (from the profile and dist/) ---


def scale_down_gpu_deployments(cluster: SimulatedCluster, client: KubeClient, timeout: float = 90) -> list[str]:
    """The tenants' Deployments of dist/ that ask for ``nvidia.com/gpu`` (the model servers)
    scaled to zero, and their pods gone: the gangs then have the pools' GPUs and the tenants'
    quota to themselves, so "more GPUs than the pool has" is exact. (With zero replicas their
    HPAs leave them alone.) Returns ``namespace/name`` of each."""
    tenant_names = {t.name for t in cluster.profile.tenant_namespaces}
    scaled = []
    for doc in cluster.docs:
        if doc.kind != "Deployment" or doc.namespace not in tenant_names:
            continue
        containers = doc.obj["spec"]["template"]["spec"]["containers"]
        if not any(GPU in ((c.get("resources") or {}).get("limits") or {}) for c in containers):
            continue
        live = client.read("apps/v1", "Deployment", doc.name, doc.namespace)
        live["spec"]["replicas"] = 0
        live.pop("status", None)
        for key in ("resourceVersion", "uid", "creationTimestamp", "generation", "managedFields"):
            live["metadata"].pop(key, None)
        client.apply(live)
        scaled.append(f"{doc.namespace}/{doc.name}")
    deadline = time.monotonic() + timeout
    while any(GPU in ((c.get("resources") or {}).get("limits") or {}) for p in client.list("v1", "Pod")
              if p["metadata"]["namespace"] in tenant_names for c in p["spec"]["containers"]):
        if time.monotonic() > deadline:
            raise AssertionError(f"GPU pods of {scaled} not gone after {timeout}s")
        time.sleep(0.5)
    return scaled


def platform_queues(cluster: SimulatedCluster) -> list[dict[str, Any]]:
    return [d.obj for d in cluster.docs if d.kind == "Queue" and d.obj["apiVersion"].startswith("scheduling.volcano.sh/")]


@dataclass(frozen=True)
class Tenant:
    namespace: str
    queue: str
    gpu_quota: int


def tenants(cluster: SimulatedCluster) -> list[Tenant]:
    """The tenant namespaces with GPU access that have a queue of their own in dist/."""
    queues = {q["metadata"]["name"]: q for q in platform_queues(cluster)}
    return [Tenant(t.name, t.name, t.effective_gpu_quota) for t in cluster.profile.tenant_namespaces
            if t.gpu_access and t.name in queues]


def priority_class(cluster: SimulatedCluster) -> str:
    """The platform's priority class for training (a gang is a distributed training job)."""
    names = [d.name for d in cluster.docs if d.kind == "PriorityClass" and (d.obj["metadata"].get("labels") or {})
             .get("app.kubernetes.io/part-of") == "ai-platform"]
    return next(n for n in names if "training" in n)


@dataclass(frozen=True)
class Pool:
    name: str
    nodes: tuple[str, ...]
    gpus: int
    """``nvidia.com/gpu`` allocatable on all its nodes together."""


def gang_pool(cluster: SimulatedCluster, client: KubeClient) -> Pool:
    """The smallest device-plugin pool without time-slicing: the gangs are pinned to it so
    that "more GPUs than the pool has" is a small number."""
    pools = {n.pool.name for n in cluster.nodes if n.pool is not None and n.pool.management is PoolManagement.DEVICE_PLUGIN
             and n.pool.sharing.time_slicing_replicas == 1}
    found = []
    for name in sorted(pools):
        nodes = tuple(n.name for n in cluster.nodes if n.pool is not None and n.pool.name == name)
        gpus = sum(int(client.read("v1", "Node", n)["status"]["allocatable"][GPU]) for n in nodes)
        found.append(Pool(name, nodes, gpus))
    return min(found, key=lambda p: p.gpus)


# --- objects ---


def pod_spec(pool: Pool, scheduler: str | None = SCHEDULER_NAME, priority: str | None = None,
             restart: str = "Never") -> dict[str, Any]:
    """A restricted pod (Pod Security ``restricted``, the accelerator admission policy) that
    asks for one GPU through the device plugin's resource, pinned to ``pool``."""
    spec: dict[str, Any] = {
        "nodeSelector": {POOL_LABEL: pool.name},
        "tolerations": [{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}],
        "restartPolicy": restart,
        "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
        "containers": [{
            "name": "main", "image": IMAGE, "command": ["sleep", "infinity"],
            "resources": {"requests": {"cpu": "100m", "memory": "128Mi", GPU: "1"}, "limits": {GPU: "1"}},
            "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]}},
        }],
    }
    if scheduler:
        spec["schedulerName"] = scheduler
    if priority:
        spec["priorityClassName"] = priority
    return spec


@dataclass(frozen=True)
class Gang:
    """A PodGroup with ``size`` pods of one GPU each (minMember = size)."""

    name: str
    namespace: str
    size: int


def create_gang(cluster: SimulatedCluster, client: KubeClient, created: list[dict[str, Any]], tenant: Tenant, pool: Pool,
                size: int) -> Gang:
    """A Volcano PodGroup (minMember ``size``, the tenant's queue, the training priority) and
    its pods, which stay Running once bound (KWOK completes only Job-owned pods)."""
    gang = Gang(f"gang-{next(_names)}", tenant.namespace, size)
    priority = priority_class(cluster)
    create(client, created, {
        "apiVersion": "scheduling.volcano.sh/v1beta1", "kind": "PodGroup",
        "metadata": {"name": gang.name, "namespace": gang.namespace},
        "spec": {"minMember": size, "queue": tenant.queue, "priorityClassName": priority},
    })
    for index in range(size):
        create(client, created, {
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": f"{gang.name}-{index}", "namespace": gang.namespace, "labels": {GANG_LABEL: gang.name},
                         "annotations": {GROUP_ANNOTATION: gang.name}},
            "spec": pod_spec(pool, priority=priority, restart="Always"),
        })
    return gang


def volcano_job(cluster: SimulatedCluster, tenant: Tenant, pool: Pool, size: int, scheduler: str | None = SCHEDULER_NAME) -> dict[str, Any]:
    """A Volcano Job of ``size`` one-GPU workers that must start together (minAvailable = size)."""
    priority = priority_class(cluster)
    spec: dict[str, Any] = {
        "minAvailable": size, "queue": tenant.queue, "priorityClassName": priority,
        "tasks": [{"name": "worker", "replicas": size, "template": {"metadata": {"labels": {}}, "spec": pod_spec(pool, None, priority)}}],
    }
    if scheduler:
        spec["schedulerName"] = scheduler
    return {"apiVersion": "batch.volcano.sh/v1alpha1", "kind": "Job",
            "metadata": {"name": f"job-{next(_names)}", "namespace": tenant.namespace}, "spec": spec}


def create(client: KubeClient, created: list[dict[str, Any]], obj: dict[str, Any]) -> dict[str, Any]:
    created.append(obj)
    return client.create(obj)


def delete_and_wait(client: KubeClient, objects: list[dict[str, Any]], timeout: float = 90) -> None:
    """Deletes the objects (and the pods a Volcano Job made), waiting until they are gone."""
    doomed = list(objects)
    for obj in objects:
        if obj["kind"] == "Job":
            doomed += [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": p["metadata"]["name"], "namespace": p["metadata"]["namespace"]}}
                       for p in job_pods(client, obj)]
    for obj in reversed(doomed):
        try:
            client.delete(obj)
        except ApiError as exc:
            if exc.status != 404:
                raise
    deadline = time.monotonic() + timeout
    for obj in doomed:
        while True:
            try:
                client.get(obj)
            except ApiError as exc:
                if exc.status == 404:
                    break
                raise
            if time.monotonic() > deadline:
                raise AssertionError(f"{obj['kind']} {obj['metadata']['name']} not gone after {timeout}s")
            time.sleep(0.3)


# --- observations ---


def gang_pods(client: KubeClient, gang: Gang) -> list[dict[str, Any]]:
    return [p for p in client.list("v1", "Pod", gang.namespace) if (p["metadata"].get("labels") or {}).get(GANG_LABEL) == gang.name]


def job_pods(client: KubeClient, job: dict[str, Any]) -> list[dict[str, Any]]:
    """The pods a Volcano Job made (the controller labels them with the job's name)."""
    name = job["metadata"]["name"]
    return [p for p in client.list("v1", "Pod", job["metadata"]["namespace"])
            if (p["metadata"].get("labels") or {}).get("volcano.sh/job-name") == name]


def bound(pods: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for p in pods if p["spec"].get("nodeName")]


def wait_for(what: str, check: Callable[[], Any], timeout: float = 90, cluster: SimulatedCluster | None = None) -> Any:
    return wait_until(what, check, timeout, detail=(lambda: cluster.operator_log(SCHEDULER.name)[-3000:]) if cluster is not None else None)


def wait_all_bound(cluster: SimulatedCluster, client: KubeClient, gang: Gang, timeout: float = 90) -> list[dict[str, Any]]:
    def done() -> list[dict[str, Any]]:
        pods = gang_pods(client, gang)
        return pods if len(pods) == gang.size and len(bound(pods)) == gang.size else []
    return list(wait_for(f"all {gang.size} pods of {gang.name} bound", done, timeout, cluster))


def assert_none_bound_for(client: KubeClient, gangs: list[Gang], seconds: float = HOLD) -> None:
    """No pod of these gangs is bound at any time during ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for gang in gangs:
            placed = bound(gang_pods(client, gang))
            assert not placed, f"{gang.name}: {len(placed)} of {gang.size} pods bound: {[p['spec']['nodeName'] for p in placed]}"
        time.sleep(0.5)


def gpus_in_use(client: KubeClient, pool: Pool) -> int:
    """GPUs requested by the bound, unfinished pods on the pool's nodes."""
    return sum(int(c.get("resources", {}).get("requests", {}).get(GPU, 0)) for p in client.list("v1", "Pod")
               if p["spec"].get("nodeName") in pool.nodes and (p.get("status") or {}).get("phase") not in ("Succeeded", "Failed")
               for c in p["spec"]["containers"])


def podgroup_condition(client: KubeClient, gang: Gang, kind: str) -> dict[str, Any] | None:
    group = client.read("scheduling.volcano.sh/v1beta1", "PodGroup", gang.name, gang.namespace)
    return next((c for c in (group.get("status") or {}).get("conditions") or [] if c.get("type") == kind), None)


def wait_queues_open(cluster: SimulatedCluster, client: KubeClient, names: list[str], timeout: float = 90) -> None:
    """vc-controller-manager opens the queues of dist/ (their state goes to Open)."""
    def open_() -> bool:
        return all((client.read("scheduling.volcano.sh/v1beta1", "Queue", n).get("status") or {}).get("state") == "Open" for n in names)
    deadline = time.monotonic() + timeout
    while not open_():
        if time.monotonic() > deadline:
            raise AssertionError(f"queues {names} not Open after {timeout}s\n{cluster.operator_log('vc-controller-manager')[-3000:]}")
        time.sleep(0.5)


def _setup(cluster: SimulatedCluster, client: KubeClient) -> tuple[Tenant, Tenant, Pool]:
    first, second, *_ = tenants(cluster)
    pool = gang_pool(cluster, client)
    assert pool.gpus >= 2, pool
    assert first.gpu_quota > pool.gpus and second.gpu_quota >= pool.gpus, (first, second, pool)
    return first, second, pool


# positive


def test_volcano_runs_from_dist(cluster: SimulatedCluster, client: KubeClient):
    """The three processes run with dist/'s identities, the queues of dist/ are open, and
    dist/'s Volcano webhooks point at the host webhook manager (none left out)."""
    assert {o.name for o in cluster.operators} == {"vc-scheduler", "vc-controller-manager", "vc-webhook-manager"}
    assert {o.service_account.name for o in cluster.operators} == {"volcano-scheduler", "volcano-controllers", "volcano-admission"}
    hooks = [d for d in cluster.docs if d.kind in ("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration")
             and d.name.startswith("volcano-admission-service")]
    assert hooks
    for doc in hooks:
        live = client.read("admissionregistration.k8s.io/v1", doc.kind, doc.name)
        assert all(w["clientConfig"]["url"].startswith("https://127.0.0.1:") for w in live["webhooks"]), live["webhooks"]
    assert not [n for n in cluster.webhook_notes if "volcano" in n and "left out" in n], cluster.webhook_notes


def test_the_jobs_webhook_refuses_a_job_for_an_unknown_queue(cluster, client):
    """The jobs validating webhook (host process) answers: a Volcano Job for a queue that does
    not exist is refused, one for the tenant's queue is accepted."""
    first, _, pool = _setup(cluster, client)
    job = volcano_job(cluster, first, pool, 1)
    job["spec"]["queue"] = "no-such-queue"
    with pytest.raises(ApiError) as refused:
        client.create(job)
    assert "no-such-queue" in str(refused.value), refused.value


def test_a_gang_that_fits_starts_all_its_pods_together(cluster, client, created):
    """KAR 0053 positive case: a PodGroup of as many one-GPU pods as the pool has GPUs is
    placed whole, its pods bound within a few seconds of each other, and they run."""
    first, _, pool = _setup(cluster, client)
    gang = create_gang(cluster, client, created, first, pool, pool.gpus)
    pods = wait_all_bound(cluster, client, gang)
    assert {p["spec"]["nodeName"] for p in pods} == set(pool.nodes)
    scheduled = [datetime.fromisoformat(next(c["lastTransitionTime"] for c in p["status"]["conditions"] if c["type"] == "PodScheduled"))
                 for p in pods]
    assert (max(scheduled) - min(scheduled)).total_seconds() <= BIND_SPREAD, scheduled
    assert wait_for("all pods Running", lambda: all(p["status"].get("phase") == "Running" for p in gang_pods(client, gang)))


def test_a_volcano_job_that_fits_runs_to_completion(cluster, client, created):
    """KAR 0053's workload: a Volcano Job whose workers all start and then complete (KWOK
    completes Job-owned pods about a second after they run); the job reaches Completed."""
    first, _, pool = _setup(cluster, client)
    job = create(client, created, volcano_job(cluster, first, pool, pool.gpus))
    pods = wait_for("all workers bound", lambda: (p := job_pods(client, job)) and len(bound(p)) == pool.gpus and p, cluster=cluster)
    assert all(p["spec"]["schedulerName"] == SCHEDULER_NAME for p in pods)
    phase = wait_for("job Completed", lambda: (client.get(job).get("status") or {}).get("state", {}).get("phase") == "Completed",
                     cluster=cluster)
    assert phase


# negative


def test_a_gang_larger_than_the_pool_binds_no_pod_and_holds_no_gpu(cluster, client, created):
    """KAR 0053 negative case: one pod more than the pool has GPUs: no pod is bound while it
    waits, the PodGroup reports the gang as unschedulable, and the GPUs stay free: another
    tenant's gang of the pool's size runs meanwhile."""
    first, second, pool = _setup(cluster, client)
    big = create_gang(cluster, client, created, first, pool, pool.gpus + 1)
    wait_for("the PodGroup reports Unschedulable", lambda: podgroup_condition(client, big, "Unschedulable"), cluster=cluster)
    assert_none_bound_for(client, [big])
    assert gpus_in_use(client, pool) == 0
    other = create_gang(cluster, client, created, second, pool, pool.gpus)
    wait_all_bound(cluster, client, other)
    assert not bound(gang_pods(client, big))


def test_two_gangs_competing_for_the_gpus_do_not_deadlock(cluster, client, created):
    """Two gangs that each fit but not together: one runs whole, the other waits with no pod
    bound; when the first is deleted, the second runs whole."""
    first, _, pool = _setup(cluster, client)
    size = pool.gpus - 1 if pool.gpus > 2 else pool.gpus
    assert 2 * size > pool.gpus
    a, b = (create_gang(cluster, client, created, first, pool, size) for _ in range(2))

    def one_whole() -> list[Gang]:
        return [g for g in (a, b) if len(bound(gang_pods(client, g))) == g.size]
    winner = wait_for("one gang placed whole", one_whole, cluster=cluster)[0]
    loser = b if winner is a else a
    assert_none_bound_for(client, [loser])
    assert len(bound(gang_pods(client, winner))) == size
    delete_and_wait(client, [p for p in created if p["kind"] == "Pod" and p["metadata"]["name"].startswith(winner.name + "-")])
    wait_all_bound(cluster, client, loser)


# the negative cases with the object that guarantees them broken: they fail


@contextmanager
def scheduler_config(cluster: SimulatedCluster, client: KubeClient, change: Callable[[dict[str, Any]], None]) -> Iterator[None]:
    """dist/'s scheduler ConfigMap changed in the cluster (and projected into the scheduler's
    volume, as the kubelet does), restored afterwards; waits until the scheduler has reloaded."""
    original = next(d.obj for d in cluster.docs if d.kind == "ConfigMap" and d.namespace == NAMESPACE and d.name == SCHEDULER_CONFIG_MAP)
    conf = yaml.safe_load(original["data"][SCHEDULER_CONFIG_KEY])
    change(conf)
    broken = copy.deepcopy(original)
    broken["data"][SCHEDULER_CONFIG_KEY] = yaml.safe_dump(conf, sort_keys=False)
    _reconfigure(cluster, client, broken, conf)
    try:
        yield
    finally:
        _reconfigure(cluster, client, original, yaml.safe_load(original["data"][SCHEDULER_CONFIG_KEY]))


def _reconfigure(cluster: SimulatedCluster, client: KubeClient, config_map: dict[str, Any], conf: dict[str, Any]) -> None:
    plugins = [p["name"] for tier in conf["tiers"] for p in tier["plugins"]]
    expected = f"plugins=[{' '.join(plugins)}]"
    before = cluster.operator_log(SCHEDULER.name).count(expected)
    client.apply(config_map)
    live = client.read("v1", "ConfigMap", SCHEDULER_CONFIG_MAP, NAMESPACE)
    project_config_map(cluster.docs, cluster.operator_contexts[SCHEDULER.name], SCHEDULER, SCHEDULER_CONFIG_MAP, live["data"])
    wait_for(f"vc-scheduler reloaded with {expected}", lambda: cluster.operator_log(SCHEDULER.name).count(expected) > before, 30)
    time.sleep(2)  # the cycle that started before the reload ends


def _without_gang(conf: dict[str, Any]) -> None:
    for tier in conf["tiers"]:
        tier["plugins"] = [p for p in tier["plugins"] if p["name"] != "gang"]


def test_without_the_gang_plugin_a_gang_larger_than_the_pool_starts_partly(cluster, client, created):
    """The ``gang`` plugin of dist/'s scheduler configuration is what keeps the oversized gang
    whole-or-nothing: without it, Volcano binds as many pods as fit and they hold the GPUs."""
    first, _, pool = _setup(cluster, client)
    with scheduler_config(cluster, client, _without_gang):
        big = create_gang(cluster, client, created, first, pool, pool.gpus + 1)
        placed = wait_for("pods of the oversized gang bound", lambda: len(bound(gang_pods(client, big))) == pool.gpus, cluster=cluster)
        assert placed
        assert gpus_in_use(client, pool) == pool.gpus
        delete_and_wait(client, list(created))
        created.clear()


def test_without_the_gang_plugin_competing_gangs_both_start_partly(cluster, client, created):
    """Without the ``gang`` plugin, two competing gangs share the GPUs: at least one of them
    is bound partly (some pods hold GPUs, the rest cannot start), the deadlock gang scheduling
    prevents."""
    first, _, pool = _setup(cluster, client)
    size = pool.gpus - 1 if pool.gpus > 2 else pool.gpus
    with scheduler_config(cluster, client, _without_gang):
        gangs = [create_gang(cluster, client, created, first, pool, size) for _ in range(2)]

        def partial() -> list[int]:
            counts = [len(bound(gang_pods(client, g))) for g in gangs]
            return counts if sum(counts) == pool.gpus and any(0 < c < size for c in counts) else []
        assert wait_for("a gang bound partly", partial, cluster=cluster)
        delete_and_wait(client, list(created))
        created.clear()


def test_without_the_jobs_mutating_webhook_a_job_is_not_gang_scheduled(cluster, client, created):
    """dist/'s jobs mutating webhook gives a Volcano Job that names no scheduler the
    ``volcano`` scheduler. Such a job larger than the pool starts no worker; with the webhook
    configuration removed its workers go to the default scheduler, which binds them one by
    one: a worker is refused for want of GPUs while others hold them, and all end up bound in
    turn on a pool with fewer GPUs than workers."""
    first, _, pool = _setup(cluster, client)
    job = create(client, created, volcano_job(cluster, first, pool, pool.gpus + 1, scheduler=None))
    assert client.get(job)["spec"]["schedulerName"] == SCHEDULER_NAME
    wait_for("workers created", lambda: len(job_pods(client, job)) == pool.gpus + 1, cluster=cluster)
    deadline = time.monotonic() + HOLD
    while time.monotonic() < deadline:
        assert not bound(job_pods(client, job))
        time.sleep(0.5)
    delete_and_wait(client, list(created))
    created.clear()

    webhook = next(d.obj for d in cluster.docs if d.kind == "MutatingWebhookConfiguration" and d.name.endswith("-jobs-mutate"))
    live = client.read("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", webhook["metadata"]["name"])
    client.delete(live)
    try:
        job = volcano_job(cluster, first, pool, pool.gpus + 1, scheduler=None)
        job["spec"]["maxRetry"] = 3  # what the webhook would have defaulted (the controller needs no more)
        # The API server stops calling a removed webhook within a moment (its informer): a dry run
        # shows when the job is no longer mutated (sent to Volcano) before the real one is created.
        wait_for("the jobs webhook no longer called", lambda: not client.create(job, dry_run=True)["spec"].get("schedulerName"),
                 timeout=20, cluster=cluster)
        job = create(client, created, job)
        assert not client.get(job)["spec"].get("schedulerName")

        # The pool has fewer GPUs than the job has workers, yet every worker gets bound: one at
        # a time, as earlier ones finish (KWOK completes Job-owned pods), and a worker was
        # refused for want of GPUs while others held them. A gang could never be placed here.
        workers = wait_for("every worker bound, one by one", lambda: (p := job_pods(client, job)) and len(p) == len(bound(p)) == pool.gpus + 1
                           and p, cluster=cluster)
        names = {w["metadata"]["name"] for w in workers}
        refused = [e for e in client.list("v1", "Event", first.namespace) if e.get("reason") == "FailedScheduling"
                   and e["involvedObject"]["name"] in names and GPU in (e.get("message") or e.get("note") or "")]
        assert refused, "no worker was refused for want of GPUs"
        assert {p["spec"]["schedulerName"] for p in job_pods(client, job)} == {"default-scheduler"}
    finally:
        delete_and_wait(client, list(created))
        created.clear()
        live.pop("status", None)
        for key in ("resourceVersion", "uid", "creationTimestamp", "generation", "managedFields"):
            live["metadata"].pop(key, None)
        client.create(live)


@pytest.mark.parametrize("profile_name", VOLCANO_PROFILES)
def test_host_processes_take_dists_arguments_but_for_the_documented_rewrites(profile_name: str, tmp_path):
    """No cluster: each process's flags are its Deployment's args of dist/, with only the
    flags of ``REWRITTEN`` replaced or added and volume paths moved to host folders."""
    from testbed.operators.host import OperatorContext, container_args
    from testbed.operators.volcano import BINARIES, REWRITTEN

    docs = dist_documents(profile_name)
    operators = volcano_operators(docs, {b.name: tmp_path / b.name for b in BINARIES})
    for operator in operators:
        binary = next(b for b in BINARIES if b.name == operator.name)
        workdir = tmp_path / operator.name
        (workdir / "certs").mkdir(parents=True)
        context = OperatorContext(operator.name, workdir, workdir / "kubeconfig", workdir / "certs", 1, 2, 3, "https://127.0.0.1:6443")
        host = operator.arguments(context)
        original = container_args(docs, NAMESPACE, binary.deployment)
        kept = [a for a in original if a.partition("=")[0] not in REWRITTEN]
        moved = [a for a in host if a.partition("=")[0] not in REWRITTEN]
        assert len(kept) == len(moved)
        for before, after in zip(kept, moved, strict=True):
            assert before == after or (after.startswith(before.partition("=")[0] + f"={workdir}/")
                                       and after.endswith(before.rpartition("/")[2])), (before, after)
        assert f"--kubeconfig={context.kubeconfig}" in host
    scheduler = next(o for o in operators if o.name == SCHEDULER.name)
    conf = next(a for a in scheduler.arguments(OperatorContext(SCHEDULER.name, tmp_path / "s", tmp_path / "k", tmp_path / "c", 1, 2, 3, ""))
                if a.startswith("--scheduler-conf="))
    dist_conf = next(d.obj for d in docs if d.kind == "ConfigMap" and d.name == SCHEDULER_CONFIG_MAP)["data"][SCHEDULER_CONFIG_KEY]
    assert open(conf.partition("=")[2], encoding="utf-8").read() == dist_conf
