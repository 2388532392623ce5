"""gang_scheduling with Kueue on the simulated cluster, following KAR 0053: the real Kueue
manager (the version dist/ deploys, configured from dist/'s ConfigMap) admits GPU Jobs of the
platform's LocalQueues as a whole or not at all; kube-scheduler binds the pods on the
simulated GPU nodes, KWOK runs them (a Job's pods complete about a second after they run).

For every profile whose gang scheduler is Kueue, in the first GPU tenant with a LocalQueue in
dist/: a gang that fits is admitted and all its pods run; one that cannot fit is never
admitted, creates no pod and holds no GPU; two gangs competing for the same GPUs do not
deadlock (one admitted whole, the other suspended until the first finished). Each negative
case is also run with the platform object that guarantees it broken, and then fails."""

from __future__ import annotations

import copy
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from kubernetes.client.exceptions import ApiException

from ai_platform.conventions import GPU_RESOURCE, GPU_TAINT_KEY
from ai_platform.kubeclient import ApiError, KubeClient
from ai_platform.profile import GangScheduler
from testbed.operators.kueue import (
    FEATURE_GATES,
    HOST_CHANGES,
    QUEUE_LABEL,
    dist_configuration,
    host_configuration,
    pinned_version,
)
from testbed.simulated import SimulatedCluster
from ai_platform.components.kueue import Kueue
from simulated_fixtures import StartCluster
from ai_platform.upstream import lock
from conftest import PROFILE_NAMES, dist_documents, make_profile, profile_data
from simulated_pods import IMAGE, wait_until

pytestmark = [pytest.mark.simulated]

KUEUE_PROFILES = [n for n in PROFILE_NAMES if make_profile(profile_data(n)).components.gang_scheduler is GangScheduler.KUEUE]
KUEUE_API = "kueue.x-k8s.io/v1beta2"
GANG_PODS = 4
"""N of the KAR's "workload requiring N co-scheduled pods"."""
NOT_ADMITTED_WAIT = 15.0
"""The KAR's "configurable wait period" during which an unfit gang must not run."""
_names = itertools.count()


@pytest.fixture(scope="module", params=KUEUE_PROFILES)
def cluster(request: pytest.FixtureRequest, start_cluster: StartCluster) -> Iterator[SimulatedCluster]:
    with start_cluster(request.param, Kueue) as sim:
        with sim.client() as client:
            withdraw_unrunnable_workloads(client, sim.docs)
        yield sim


def queued_by_dist(docs: Any) -> list[dict[str, Any]]:
    """dist/'s own workloads that Kueue queues: objects of an integration dist/'s configuration
    enables (``<group>/<kind>``) that carry the LocalQueue label (the profile's RayJob and
    RayCluster)."""
    frameworks = set(dist_configuration(docs)["integrations"]["frameworks"])
    return [d.obj for d in docs if QUEUE_LABEL in (d.obj["metadata"].get("labels") or {})
            and f"{d.obj['apiVersion'].rpartition('/')[0]}/{d.kind.lower()}" in frameworks]


def withdraw_unrunnable_workloads(client: KubeClient, docs: Any) -> None:
    """Deletes dist/'s queued workloads (see :func:`queued_by_dist`) and waits until Kueue has
    dropped their Workloads. Their operator (KubeRay) is not run here, so once admitted their
    pods never become ready, and with dist/'s ``waitForPodsReady.blockAdmission`` Kueue admits
    nothing else until its 10-minute timeout evicts them."""
    objects = queued_by_dist(docs)
    for obj in objects:
        resource = client.resource(obj["apiVersion"], obj["kind"])
        try:
            client._request("delete", resource, name=obj["metadata"]["name"], namespace=obj["metadata"]["namespace"],
                            propagation_policy="Background")
        except ApiError as exc:
            if exc.status != 404:
                raise
    for namespace in sorted({o["metadata"]["namespace"] for o in objects}):
        wait_for(f"dist/'s Workloads in {namespace} gone", lambda: not client.list(KUEUE_API, "Workload", namespace), 60)


@pytest.fixture
def created(client: KubeClient) -> Iterator[list[dict[str, Any]]]:
    """Jobs a test creates; deleted afterwards with their pods and Workloads (KAR 0053's
    cleanup: the resources are released)."""
    objects: list[dict[str, Any]] = []
    yield objects
    for job in objects:
        delete_job(client, job)
    deadline = time.monotonic() + 90
    for job in objects:
        while pods_of(client, job) or workloads_of(client, job) or _exists(client, job):
            assert time.monotonic() < deadline, f"Job {job['metadata']['name']}: pods or Workload not gone after 90 s"
            time.sleep(0.3)


def delete_job(client: KubeClient, job: dict[str, Any]) -> None:
    """Deletes a Job with its pods (the API's default for Jobs orphans them)."""
    resource = client.resource("batch/v1", "Job")
    try:
        client._request("delete", resource, name=job["metadata"]["name"], namespace=job["metadata"]["namespace"],
                        propagation_policy="Background")
    except ApiError as exc:
        if exc.status != 404:
            raise


def _exists(client: KubeClient, obj: dict[str, Any]) -> bool:
    try:
        client.get(obj)
    except ApiError as exc:
        if exc.status == 404:
            return False
        raise
    return True


# the platform's queues, from dist/


@dataclass(frozen=True)
class Queues:
    """The tenant's LocalQueue and what stands behind it in dist/."""

    namespace: str
    local_queue: str
    cluster_queue: dict[str, Any]
    cohort_gpus: int
    """Nominal GPU quota of every ClusterQueue in the cohort (what the tenant can reach by borrowing)."""
    flavor: dict[str, Any]

    @property
    def gpu_quota(self) -> int:
        return sum(int(r["nominalQuota"]) for group in self.cluster_queue["spec"]["resourceGroups"]
                   for f in group["flavors"] for r in f["resources"] if r["name"] == GPU_RESOURCE)


def queues(cluster: SimulatedCluster) -> Queues:
    docs = cluster.docs
    local = {d.namespace: d.obj for d in docs if d.kind == "LocalQueue"}
    tenant = next(t.name for t in cluster.profile.tenant_namespaces if t.gpu_access and t.name in local)
    cq = next(d.obj for d in docs if d.kind == "ClusterQueue" and d.name == local[tenant]["spec"]["clusterQueue"])
    cohort = [d.obj for d in docs if d.kind == "ClusterQueue" and d.obj["spec"].get("cohortName") == cq["spec"].get("cohortName")]
    flavors = {f["name"] for group in cq["spec"]["resourceGroups"] for f in group["flavors"]}
    assert len(flavors) == 1, f"one GPU flavor expected in ClusterQueue {cq['metadata']['name']}: {flavors}"
    flavor = next(d.obj for d in docs if d.kind == "ResourceFlavor" and d.name in flavors)
    cohort_gpus = sum(Queues("", "", q, 0, flavor).gpu_quota for q in cohort)
    return Queues(tenant, local[tenant]["metadata"]["name"], cq, cohort_gpus, flavor)


def flavor_nodes(cluster: SimulatedCluster, flavor: dict[str, Any]) -> list[Any]:
    labels = flavor["spec"]["nodeLabels"]
    return [n for n in cluster.nodes if all(n.node()["metadata"]["labels"].get(k) == v for k, v in labels.items())]


def node_gpus(cluster: SimulatedCluster, flavor: dict[str, Any]) -> int:
    """``nvidia.com/gpu`` the simulated nodes of the flavor offer together."""
    return sum(int(n.node()["status"]["allocatable"].get(GPU_RESOURCE, 0)) for n in flavor_nodes(cluster, flavor))


# gangs


def gang_job(namespace: str, pods: int, gpus: int, queue: str | None, extra_spec: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Job of ``pods`` pods started together (parallelism = completions), each asking for
    ``gpus`` GPUs, restricted and admissible in a GPU tenant; in ``queue`` when given."""
    name = f"gang-{next(_names)}"
    metadata: dict[str, Any] = {"name": name, "namespace": namespace}
    if queue is not None:
        metadata["labels"] = {QUEUE_LABEL: queue}
    gpu = {GPU_RESOURCE: str(gpus)}
    pod_spec: dict[str, Any] = {
        "restartPolicy": "Never",
        "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
        "containers": [{
            "name": "worker", "image": IMAGE, "command": ["sleep", "60"],
            "resources": {"requests": {"cpu": "100m", "memory": "128Mi", **gpu}, "limits": gpu},
            "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]}},
        }],
        **(extra_spec or {}),
    }
    return {"apiVersion": "batch/v1", "kind": "Job", "metadata": metadata,
            "spec": {"parallelism": pods, "completions": pods, "backoffLimit": 0,
                     "template": {"metadata": {"labels": {"gang": name}}, "spec": pod_spec}}}


def as_the_flavor_would(flavor: dict[str, Any]) -> dict[str, Any]:
    """The node selector and tolerations Kueue puts into an admitted pod of the flavor, for a
    Job that bypasses Kueue and must still reach the flavor's nodes."""
    return {"nodeSelector": dict(flavor["spec"]["nodeLabels"]), "tolerations": copy.deepcopy(flavor["spec"]["tolerations"])}


def submit(client: KubeClient, created: list[dict[str, Any]], job: dict[str, Any]) -> dict[str, Any]:
    created.append(job)
    return client.create(job)


def pods_of(client: KubeClient, job: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in client.list("v1", "Pod", job["metadata"]["namespace"])
            if p["metadata"].get("labels", {}).get("job-name") == job["metadata"]["name"]]


def workloads_of(client: KubeClient, job: dict[str, Any]) -> list[dict[str, Any]]:
    return [w for w in client.list(KUEUE_API, "Workload", job["metadata"]["namespace"])
            if any(o.get("kind") == "Job" and o.get("name") == job["metadata"]["name"] for o in w["metadata"].get("ownerReferences") or [])]


def condition(obj: dict[str, Any], kind: str) -> dict[str, Any] | None:
    return next((c for c in (obj.get("status") or {}).get("conditions") or [] if c["type"] == kind), None)


def is_true(obj: dict[str, Any], kind: str) -> bool:
    found = condition(obj, kind)
    return found is not None and found["status"] == "True"


def wait_for(what: str, probe: Callable[[], Any], timeout: float = 90) -> Any:
    return wait_until(what, probe, timeout, every=0.3)


def workload(client: KubeClient, job: dict[str, Any]) -> dict[str, Any]:
    return wait_for(f"Workload of Job {job['metadata']['name']}", lambda: next(iter(workloads_of(client, job)), None), 30)


def wait_complete(client: KubeClient, job: dict[str, Any], timeout: float = 120) -> dict[str, Any]:
    def done() -> dict[str, Any] | None:
        live = client.get(job)
        failed = condition(live, "Failed")
        assert not (failed and failed["status"] == "True"), f"Job {job['metadata']['name']} failed: {failed}"
        return live if is_true(live, "Complete") else None

    return wait_for(f"Job {job['metadata']['name']} complete", done, timeout)


def gpus_in_use(client: KubeClient, namespace: str) -> int:
    """GPUs requested by the namespace's pods that are bound and not finished."""
    return sum(int(c["resources"].get("requests", {}).get(GPU_RESOURCE, 0))
               for p in client.list("v1", "Pod", namespace)
               if p["spec"].get("nodeName") and (p.get("status") or {}).get("phase") not in ("Succeeded", "Failed")
               for c in p["spec"]["containers"])


def reserved_gpus(client: KubeClient, cluster_queue: str) -> int:
    """The GPUs a ClusterQueue has reserved for admitted workloads (its status)."""
    status = client.read(KUEUE_API, "ClusterQueue", cluster_queue).get("status") or {}
    return sum(int(str(r.get("total", "0"))) for f in status.get("flavorsReservation") or []
               for r in f.get("resources") or [] if r["name"] == GPU_RESOURCE)


# a watch: every change of a kind in the namespace, in the API server's order


class Recorder:
    """Records every watch event of Pods, Jobs and Workloads of a namespace while open; one
    watch per kind, each in the order the API server wrote them."""

    KINDS = (("v1", "Pod"), ("batch/v1", "Job"), (KUEUE_API, "Workload"))

    def __init__(self, cluster: SimulatedCluster, namespace: str) -> None:
        self.cluster, self.namespace = cluster, namespace
        self.events: dict[str, list[dict[str, Any]]] = {kind: [] for _, kind in self.KINDS}
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._errors: list[BaseException] = []

    def __enter__(self) -> Recorder:
        ready = []
        for api_version, kind in self.KINDS:
            started = threading.Event()
            # a client each, made here: cluster.client() rewrites the kubeconfig file it reads
            client = self.cluster.client()
            thread = threading.Thread(target=self._watch, args=(client, api_version, kind, started), daemon=True)
            thread.start()
            self._threads.append(thread)
            ready.append(started)
        for started in ready:
            assert started.wait(30), "watch did not start"
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)
        if self._errors:
            raise self._errors[0]

    def _watch(self, client: KubeClient, api_version: str, kind: str, started: threading.Event) -> None:
        try:
            with client:
                resource = client.resource(api_version, kind)
                version = self._accepted_watch(client, resource, kind)
                started.set()
                while not self._stop.is_set():
                    version = self._record(client, resource, kind, version)
        except BaseException as exc:  # reported by __exit__
            self._errors.append(exc)
            started.set()

    def _record(self, client: KubeClient, resource: Any, kind: str, version: str) -> str:
        """One watch call of a second from ``version``; every event recorded. Returns the last version."""
        for event in client.dynamic.watch(resource, namespace=self.namespace, resource_version=version, timeout=1):
            obj = event["raw_object"]
            version = obj["metadata"]["resourceVersion"]
            self.events[kind].append({"type": event["type"], "object": obj})
        return version

    def _accepted_watch(self, client: KubeClient, resource: Any, kind: str, attempts: int = 10) -> str:
        """Lists, then watches from the list's version until the API server accepts that version.
        Right after the cluster started, a Workload watch from a version listed a moment before
        was once answered 410 Gone ("too old resource version: 1584 (1596)": that resource's
        watch cache began after the list). Before the recording is started the test has made
        nothing, so a relist then misses nothing; a 410 once events are recorded fails the test."""
        for _ in range(attempts):
            version = client._request("get", resource, namespace=self.namespace)["metadata"]["resourceVersion"]
            try:
                return self._record(client, resource, kind, version)
            except ApiException as exc:
                if exc.status != 410 or self.events[kind]:
                    raise
        raise AssertionError(f"the API server answered every watch of {kind} from a fresh list with 410 Gone")

    def snapshots(self, kind: str) -> Iterator[dict[str, dict[str, Any]]]:
        """The live objects of a kind after each event (name -> object)."""
        state: dict[str, dict[str, Any]] = {}
        for event in self.events[kind]:
            name = event["object"]["metadata"]["name"]
            if event["type"] == "DELETED":
                state.pop(name, None)
            else:
                state[name] = event["object"]
            yield dict(state)


def owner_job(obj: dict[str, Any]) -> str | None:
    return next((o["name"] for o in obj["metadata"].get("ownerReferences") or [] if o.get("kind") == "Job"), None)


def running_pods(snapshot: dict[str, dict[str, Any]], job: str) -> int:
    """Pods of the Job that are bound and not finished."""
    return sum(1 for p in snapshot.values() if owner_job(p) == job and p["spec"].get("nodeName")
               and (p.get("status") or {}).get("phase") not in ("Succeeded", "Failed")
               and p["metadata"].get("deletionTimestamp") is None)


def most_running_at_once(recorder: Recorder, job: str) -> int:
    return max((running_pods(s, job) for s in recorder.snapshots("Pod")), default=0)


def waiting_behind(snapshot: dict[str, dict[str, Any]]) -> bool:
    """One Workload holds quota while another is pending (not admitted, not finished)."""
    live = [w for w in snapshot.values() if not is_true(w, "Finished")]
    return any(is_true(w, "QuotaReserved") for w in live) and any(not is_true(w, "QuotaReserved") for w in live)


def admitted_at_once(recorder: Recorder) -> int:
    """The most Workloads holding quota (QuotaReserved, not Finished) at any one time."""
    return max((sum(1 for w in s.values() if is_true(w, "QuotaReserved") and not is_true(w, "Finished"))
                for s in recorder.snapshots("Workload")), default=0)


# the manager and its configuration


def test_the_pinned_kueue_is_the_one_dist_deploys() -> None:
    assert pinned_version() == lock().component("kueue").version


@pytest.mark.parametrize("profile_name", KUEUE_PROFILES)
def test_host_configuration_changes_only_the_listed_fields(profile_name: str, tmp_path) -> None:
    """Everything of dist/'s manager configuration reaches the host process unchanged
    (integrations, waitForPodsReady, concurrency, client QPS...) except the fields that
    HOST_CHANGES lists and the docs explain."""
    from testbed.operators.host import OperatorContext

    original = dist_configuration(dist_documents(profile_name))
    context = OperatorContext("kueue", tmp_path, tmp_path / "kubeconfig", tmp_path / "certs", 1001, 1002, 1003, "https://127.0.0.1:1")
    changed = host_configuration(original, context)
    listed = {field for field, _ in HOST_CHANGES}

    def flat(config: dict[str, Any], prefix: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in config.items():
            path = f"{prefix}{key}"
            if isinstance(value, dict) and value and path not in listed:
                out |= flat(value, path + ".")
            else:
                out[path] = value
        return out

    before, after = flat(original), flat(changed)
    differing = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert differing <= listed, differing - listed
    assert after["waitForPodsReady.blockAdmission"] is True and after["integrations.frameworks"] == original["integrations"]["frameworks"]
    assert after["featureGates"] == FEATURE_GATES
    assert after["webhook.port"] == 1001 and after["metrics.bindAddress"] == "127.0.0.1:1002"


def test_kueue_serves_the_webhooks_of_dist(cluster: SimulatedCluster, client: KubeClient):
    """The manager runs with dist/'s ServiceAccount and serves the webhooks that dist/ points
    at its Service: every one of them was rewritten to the host process, none left out."""
    kueue_notes = [n for n in cluster.webhook_notes if "kueue-webhook-service" in n]
    assert kueue_notes and not [n for n in kueue_notes if "left out" in n], kueue_notes
    assert any("conversion" in n for n in kueue_notes), "the CRD conversion webhooks are served too"
    log = cluster.operator_log("kueue")
    assert f'"gitVersion": "{pinned_version()}"' in log or f"gitVersion\":\"{pinned_version()}" in log, log[:2000]


# positive (KAR 0053, case 1)


def test_a_gang_that_fits_is_admitted_whole_and_all_its_pods_run(cluster, client, created):
    """N pods of g GPUs, N*g within the queue's quota and the flavor's nodes: Kueue admits the
    Job as one Workload in the flavor, and only then the Job's pods are created; all N are
    bound to the flavor's nodes (Kueue added the flavor's node selector and tolerations), run,
    Kueue sees them all ready (PodsReady, waitForPodsReady of dist/) and the Job completes."""
    q = queues(cluster)
    fits = min(q.gpu_quota, node_gpus(cluster, q.flavor))
    gpus = fits // GANG_PODS
    assert gpus >= 1, (q.gpu_quota, node_gpus(cluster, q.flavor))
    with Recorder(cluster, q.namespace) as recorder:
        job = submit(client, created, gang_job(q.namespace, GANG_PODS, gpus, q.local_queue))
        assert job["spec"]["suspend"] is True, "Kueue's Job webhook suspends a queued Job on creation"
        done = wait_complete(client, job)
        time.sleep(1)
    assert done["status"]["succeeded"] == GANG_PODS
    name = job["metadata"]["name"]
    admitted = [e["object"] for e in recorder.events["Workload"] if is_true(e["object"], "Admitted")]
    assert admitted, "the Workload was admitted"
    admission = admitted[0]["status"]["admission"]
    assert admission["clusterQueue"] == q.cluster_queue["metadata"]["name"]
    assert {ps["count"] for ps in admission["podSetAssignments"]} == {GANG_PODS}
    assert {ps["flavors"][GPU_RESOURCE] for ps in admission["podSetAssignments"]} == {q.flavor["metadata"]["name"]}
    assert any(is_true(e["object"], "PodsReady") for e in recorder.events["Workload"]), "Kueue saw all pods ready"
    pods = {e["object"]["metadata"]["name"]: e["object"] for e in recorder.events["Pod"] if owner_job(e["object"]) == name}
    assert len(pods) == GANG_PODS, sorted(pods)
    # the Job's pods appear only after the admission (the Job was suspended until then)
    admitted_at = condition(admitted[0], "Admitted")["lastTransitionTime"]  # type: ignore[index]
    assert all(p["metadata"]["creationTimestamp"] >= admitted_at for p in pods.values()), admitted_at
    nodes = {n.name for n in flavor_nodes(cluster, q.flavor)}
    ran = {e["object"]["metadata"]["name"] for e in recorder.events["Pod"]
           if owner_job(e["object"]) == name and (e["object"].get("status") or {}).get("phase") == "Running"}
    assert ran == set(pods), f"pods that reached Running: {sorted(ran)} of {sorted(pods)}"
    for pod in pods.values():
        assert pod["spec"]["nodeName"] in nodes, pod["spec"]["nodeName"]
        assert pod["spec"]["nodeSelector"].items() >= q.flavor["spec"]["nodeLabels"].items()
        assert any(t.get("key") == GPU_TAINT_KEY for t in pod["spec"].get("tolerations") or [])


# negative (KAR 0053, case 2)


def unfit_gang(cluster: SimulatedCluster, q: Queues) -> tuple[int, int]:
    """N pods of g GPUs with N*g beyond the cohort's whole quota and the flavor's nodes, each
    pod small enough for one node."""
    gpus = max(q.cohort_gpus, node_gpus(cluster, q.flavor)) // GANG_PODS + 1
    assert gpus <= max(int(n.node()["status"]["allocatable"][GPU_RESOURCE]) for n in flavor_nodes(cluster, q.flavor))
    return GANG_PODS, gpus


def test_a_gang_that_cannot_fit_binds_no_pod_and_holds_no_gpu(cluster, client, created):
    """More GPUs than the queue can reach (its quota and what it could borrow in the cohort):
    Kueue never admits the Workload, says why, the Job stays suspended, no pod is created or
    bound during the wait period and the ClusterQueue reserves no GPU for it."""
    q = queues(cluster)
    pods, gpus = unfit_gang(cluster, q)
    job = submit(client, created, gang_job(q.namespace, pods, gpus, q.local_queue))
    pending = wait_for("Kueue's reason", lambda: (w := workload(client, job)) and condition(w, "QuotaReserved") and w, 60)
    reason = condition(pending, "QuotaReserved")
    assert reason is not None and reason["status"] == "False" and GPU_RESOURCE in reason["message"], reason
    deadline = time.monotonic() + NOT_ADMITTED_WAIT
    while time.monotonic() < deadline:
        assert client.get(job)["spec"]["suspend"] is True
        assert pods_of(client, job) == []
        assert not is_true(workload(client, job), "QuotaReserved")
        assert reserved_gpus(client, q.cluster_queue["metadata"]["name"]) == 0
        assert gpus_in_use(client, q.namespace) == 0
        time.sleep(1)


def test_two_gangs_competing_for_the_same_gpus_do_not_deadlock(cluster, client, created):
    """Two gangs that each need the whole quota, submitted together: Kueue admits one whole,
    keeps the other suspended (no pod) while the first holds the GPUs, and admits it after
    the first finished; both complete, and at no time did both hold quota or run pods."""
    q = queues(cluster)
    gpus = min(q.gpu_quota, node_gpus(cluster, q.flavor)) // GANG_PODS
    assert 2 * GANG_PODS * gpus > q.cohort_gpus, "the two gangs together exceed what the queue can reach"
    with Recorder(cluster, q.namespace) as recorder:
        jobs = [submit(client, created, gang_job(q.namespace, GANG_PODS, gpus, q.local_queue)) for _ in range(2)]
        for job in jobs:
            assert wait_complete(client, job, 180)["status"]["succeeded"] == GANG_PODS
        time.sleep(1)
    assert admitted_at_once(recorder) == 1, "only one gang held quota at a time"
    assert any(waiting_behind(s) for s in recorder.snapshots("Workload")), "one gang waited while the other was admitted"
    names = [j["metadata"]["name"] for j in jobs]
    pod_events = recorder.events["Pod"]
    first = owner_job(pod_events[0]["object"])
    second = next(n for n in names if n != first)
    snapshots = list(recorder.snapshots("Pod"))
    last_first_running = max(i for i, snap in enumerate(snapshots) if running_pods(snap, first))
    first_of_second = min(i for i, e in enumerate(pod_events) if owner_job(e["object"]) == second)
    assert first_of_second > last_first_running, "the second gang's pods were created only after the first gang's stopped"
    ran = {e["object"]["metadata"]["name"] for e in pod_events
           if owner_job(e["object"]) == second and (e["object"].get("status") or {}).get("phase") == "Running"}
    assert len(ran) == GANG_PODS, f"all pods of the second gang ran: {sorted(ran)}"
    assert reserved_gpus(client, q.cluster_queue["metadata"]["name"]) == 0, "both finished: the quota is released"


# the negative cases with the object that guarantees them broken: they fail


def assert_ran_in_part(cluster: SimulatedCluster, q: Queues, recorder: Recorder, job: dict[str, Any], pods: int, gpus: int) -> None:
    """Pods of a gang that can never be placed whole ran: the negative case's "no pod reaches
    Running" is broken (the gang asks for more GPUs than the flavor's nodes offer)."""
    assert pods * gpus > node_gpus(cluster, q.flavor)
    most = most_running_at_once(recorder, job["metadata"]["name"])
    assert most >= 1, "a pod of the unfit gang ran"
    assert most * gpus <= node_gpus(cluster, q.flavor), most


def test_without_the_queue_label_the_unfit_gang_runs_in_part(cluster, client, created):
    """The LocalQueue label is what puts a Job under Kueue (dist/'s configuration does not
    manage Jobs without it): the same unfit gang without it is not suspended, and some of its
    pods run while the others cannot (no all-or-nothing)."""
    q = queues(cluster)
    pods, gpus = unfit_gang(cluster, q)
    with Recorder(cluster, q.namespace) as recorder:
        job = submit(client, created, gang_job(q.namespace, pods, gpus, None, as_the_flavor_would(q.flavor)))
        assert not job["spec"].get("suspend")
        wait_for("a pod of the unlabelled gang bound", lambda: any(p["spec"].get("nodeName") for p in pods_of(client, job)), 60)
        time.sleep(2)
    assert workloads_of(client, job) == []
    assert_ran_in_part(cluster, q, recorder, job, pods, gpus)


def test_with_the_quota_beyond_the_pool_the_unfit_gang_is_admitted_and_runs_in_part(cluster, client, created):
    """The ClusterQueue's nominal GPU quota is what keeps the unfit gang out: raised to the
    gang's size (more than the flavor's nodes and the namespace's ResourceQuota allow), Kueue
    admits it and only part of its pods can run at once. Restored afterwards."""
    q = queues(cluster)
    pods, gpus = unfit_gang(cluster, q)
    original = copy.deepcopy(q.cluster_queue)
    broken = copy.deepcopy(original)
    for group in broken["spec"]["resourceGroups"]:
        for flavor in group["flavors"]:
            for resource in flavor["resources"]:
                if resource["name"] == GPU_RESOURCE:
                    resource["nominalQuota"] = pods * gpus
    client.apply(broken)
    try:
        with Recorder(cluster, q.namespace) as recorder:
            job = submit(client, created, gang_job(q.namespace, pods, gpus, q.local_queue))
            wait_for("the unfit gang admitted", lambda: is_true(workload(client, job), "Admitted"), 60)
            wait_for("a pod of it bound", lambda: any(p["spec"].get("nodeName") for p in pods_of(client, job)), 60)
            time.sleep(2)
        assert_ran_in_part(cluster, q, recorder, job, pods, gpus)
    finally:
        client.apply(original)


def borrowing_gang(q: Queues) -> tuple[int, int]:
    """N pods of g GPUs with N*g beyond the tenant's quota but within what the cohort could
    lend it."""
    gpus = q.gpu_quota // GANG_PODS + 1
    assert q.gpu_quota < GANG_PODS * gpus <= q.cohort_gpus, (q.gpu_quota, q.cohort_gpus)
    return GANG_PODS, gpus


def quota_refusals(client: KubeClient, job: dict[str, Any]) -> list[str]:
    """The Job controller's events for pods of ``job`` refused by the namespace's ResourceQuota."""
    return [e.get("message", "") for e in client.list("v1", "Event", job["metadata"]["namespace"])
            if (e.get("involvedObject") or {}).get("name") == job["metadata"]["name"] and e.get("reason") == "FailedCreate"
            and "exceeded quota" in e.get("message", "")]


def test_a_gang_beyond_the_tenants_quota_is_not_admitted_on_borrowed_gpus(cluster, client, created):
    """The tenant's ResourceQuota caps its GPUs at its ClusterQueue's nominal quota, so a gang
    that would need GPUs borrowed from the cohort must wait: admitted, only the pods within the
    ResourceQuota could be created and they would hold their GPUs waiting for the rest
    (dist/'s ClusterQueues set the GPU borrowing limit to 0)."""
    q = queues(cluster)
    pods, gpus = borrowing_gang(q)
    job = submit(client, created, gang_job(q.namespace, pods, gpus, q.local_queue))
    pending = wait_for("Kueue's reason", lambda: (w := workload(client, job)) and condition(w, "QuotaReserved") and w, 60)
    reason = condition(pending, "QuotaReserved")
    assert reason is not None and reason["status"] == "False" and GPU_RESOURCE in reason["message"], reason
    deadline = time.monotonic() + NOT_ADMITTED_WAIT
    while time.monotonic() < deadline:
        assert client.get(job)["spec"]["suspend"] is True
        assert pods_of(client, job) == []
        time.sleep(1)


def test_with_gpu_borrowing_the_resource_quota_refuses_part_of_the_admitted_gang(cluster, client, created):
    """Negative: without the borrowing limit (as dist/ had it before the simulated cluster found
    it), Kueue admits the same gang on borrowed GPUs and the namespace's ResourceQuota refuses
    some of its pods: the gang is split. Restored afterwards."""
    q = queues(cluster)
    pods, gpus = borrowing_gang(q)
    original = copy.deepcopy(q.cluster_queue)
    broken = copy.deepcopy(original)
    for group in broken["spec"]["resourceGroups"]:
        for flavor in group["flavors"]:
            for resource in flavor["resources"]:
                if resource["name"] == GPU_RESOURCE:
                    assert resource.pop("borrowingLimit", None) == 0
    client.apply(broken)
    try:
        # Its pods never bind (no such node): they hold the namespace's quota for as long as the
        # test looks, instead of completing a second after they run and freeing it (KWOK), so the
        # ResourceQuota's refusal does not depend on timing.
        unbindable = {"nodeSelector": {"kubernetes.io/hostname": "no-such-node"}}
        job = submit(client, created, gang_job(q.namespace, pods, gpus, q.local_queue, unbindable))
        wait_for("the gang admitted on borrowed GPUs", lambda: is_true(workload(client, job), "Admitted"), 60)
        refused = wait_for("a pod refused by the ResourceQuota", lambda: quota_refusals(client, job), 60)
        # Admitted as a whole, yet a pod of it refused: the gang was split.
        assert "gpu" in refused[0], refused
        assert len(pods_of(client, job)) == q.gpu_quota // gpus < pods
    finally:
        client.apply(original)


def test_kueue_kept_running(cluster: SimulatedCluster):
    """Last: the manager never exited or restarted while the tests ran."""
    cluster._check_running()
    assert "Could not run manager" not in cluster.operator_log("kueue")
