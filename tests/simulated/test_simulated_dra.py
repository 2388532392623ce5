"""dra_support on the simulated cluster, following KAR 0051 (accelerator resource exposure
and allocation): the real kube-scheduler allocates devices for pods that use the platform's
claim templates, against the DeviceClasses of dist/ and the ResourceSlices of simulated DRA
nodes (published where dist/'s DRA kubelet plugin DaemonSet runs). Positive and negative
cases for every profile with DRA pools; each negative case is also run with the platform
object that guarantees it broken or removed, and then fails."""

from __future__ import annotations

import copy
import itertools
import time
from typing import Any

import pytest

from ai_platform.kubeclient import ApiError, KubeClient
from ai_platform.components.nvidia_dra_driver import (
    DRIVER_NAME,
    GPU_DEVICE_CLASS,
    KUBELET_PLUGIN,
    RESOURCE_SLICE_POLICY,
    RESTRICTED_USER_CONDITION,
    product_name_selector,
    restricted_user_expression,
    service_account_user,
)
from ai_platform.components.nvidia_dra_driver import NAMESPACE as DRA_NAMESPACE
from ai_platform.profile import PoolManagement
from testbed.simulated import SimulatedCluster
from testbed.simulated.nodes import SimulatedNode
from conftest import PROFILE_NAMES, make_profile, profile_data
from simulated_pods import allocation, claim_pod, delete_and_wait, wait_bound, wait_unschedulable, wait_until

pytestmark = [pytest.mark.simulated]
SHARES_THE_PROFILE_CLUSTER = True
"""The profile's shared cluster (tests/simulated_fixtures.py): every test cleans up what it made."""

DRA_PROFILES = [name for name in PROFILE_NAMES if make_profile(profile_data(name)).dra_pools]
pytestmark.append(pytest.mark.parametrize("cluster", DRA_PROFILES, indirect=True, scope="session"))
_names = itertools.count()
CANNOT_ALLOCATE = "cannot allocate all claims"
"""kube-scheduler's DynamicResources plugin, when no node has the devices a claim asks for."""


def tenant(cluster: SimulatedCluster) -> str:
    return next(t.name for t in cluster.profile.tenant_namespaces if t.gpu_access)


def create(client: KubeClient, created: list[dict[str, Any]], obj: dict[str, Any], timeout: float = 60) -> dict[str, Any]:
    """Creates ``obj``; a refusal by the tenant's quota is retried until ``timeout``: the quota
    controller releases the usage of the previous test's deleted claims asynchronously (a claim
    was once refused with the quota still counting 16 of 16 after they were gone). No test of
    this module expects a quota refusal (tests/simulated/test_simulated_secure_access.py does)."""
    created.append(obj)
    deadline = time.monotonic() + timeout
    while True:
        try:
            return client.create(obj)
        except ApiError as exc:
            if exc.status != 403 or "exceeded quota" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(1)


def pod_with(cluster: SimulatedCluster, client: KubeClient, created: list[dict[str, Any]], template: str | None = None,
             claim: str | None = None, node_selector: dict[str, str] | None = None) -> dict[str, Any]:
    pod = claim_pod(f"dra-{next(_names)}", tenant(cluster), template=template, claim=claim, node_selector=node_selector)
    return create(client, created, pod)


def dra_nodes(cluster: SimulatedCluster) -> list[SimulatedNode]:
    return [n for n in cluster.nodes if n.is_dra]


def device_plugin_nodes(cluster: SimulatedCluster) -> list[SimulatedNode]:
    return [n for n in cluster.nodes if n.pool is not None and n.pool.management is PoolManagement.DEVICE_PLUGIN]


def templates(cluster: SimulatedCluster, client: KubeClient) -> dict[str, dict[str, Any]]:
    return {t["metadata"]["name"]: t for t in client.list("resource.k8s.io/v1", "ResourceClaimTemplate", tenant(cluster))}


def gpus_template(cluster: SimulatedCluster, client: KubeClient) -> tuple[str, int]:
    name = next(n for n in templates(cluster, client) if n.startswith("gpus-"))
    return name, int(name.removeprefix("gpus-"))


def assert_on_dra_node(cluster: SimulatedCluster, client: KubeClient, pod: dict[str, Any], count: int = 1,
                       timeout: float = 60) -> SimulatedNode:
    """The pod is bound to a DRA node, and its claim got ``count`` distinct devices of that
    node's pool from the NVIDIA driver."""
    bound = wait_bound(client, pod, timeout)
    node = cluster.node(bound["spec"]["nodeName"])
    assert node.is_dra, f"{pod['metadata']['name']} bound to {node.name}, not a DRA node"
    results = allocation(client, pod)
    assert len(results) == count, results
    assert {r["driver"] for r in results} == {DRIVER_NAME}
    assert {r["pool"] for r in results} == {node.name}, results
    devices = [r["device"] for r in results]
    assert len(set(devices)) == count and set(devices) <= set(node.device_names()), devices
    return node


# positive


def test_only_dra_nodes_publish_resource_slices(cluster: SimulatedCluster, client: KubeClient):
    """The DRA kubelet plugin of dist/ runs on the DRA pools only, so only their nodes
    publish devices: device-plugin pools offer nothing to claims."""
    slices = client.list("resource.k8s.io/v1", "ResourceSlice")
    assert sorted(s["spec"]["nodeName"] for s in slices) == sorted(n.name for n in dra_nodes(cluster))
    for node in device_plugin_nodes(cluster):
        assert client.read("v1", "Node", node.name)["status"]["allocatable"]["nvidia.com/gpu"] == str(
            node.pool.gpus_per_node * node.pool.sharing.time_slicing_replicas)


def test_gpu_template_gets_one_device_on_a_dra_node(cluster, client, created):
    pod = pod_with(cluster, client, created, template="gpu")
    assert_on_dra_node(cluster, client, pod)


def test_model_templates_get_a_device_of_their_model(cluster, client, created):
    models = [n for n in templates(cluster, client) if n.startswith("gpu-")]
    assert models == sorted(f"gpu-{p.gpu_model.value}" for p in {p.gpu_model: p for p in cluster.profile.dra_pools}.values())
    for name in models:
        pod = pod_with(cluster, client, created, template=name)
        node = assert_on_dra_node(cluster, client, pod)
        assert node.pool is not None and f"gpu-{node.pool.gpu_model.value}" == name


def test_gpus_template_gets_all_its_devices_on_one_node(cluster, client, created):
    name, count = gpus_template(cluster, client)
    pod = pod_with(cluster, client, created, template=name)
    assert_on_dra_node(cluster, client, pod, count)


def test_two_pods_never_share_a_device(cluster, client, created):
    """KAR 0049's second case, as far as the allocator goes: two pods with a ``gpu`` claim
    each get devices of their own (a device is allocated to one claim)."""
    first, second = (pod_with(cluster, client, created, template="gpu") for _ in range(2))
    for pod in (first, second):
        assert_on_dra_node(cluster, client, pod)
    devices = [(r["pool"], r["device"]) for pod in (first, second) for r in allocation(client, pod)]
    assert len(set(devices)) == 2, devices


# negative


def test_claims_beyond_the_free_devices_stay_pending_with_the_schedulers_reason(cluster, client, created):
    """More GPUs than are free on any node: the last ``gpus-<n>`` pod is not bound. (Its
    guarantee is the template's count: the same template was allocated just before.)"""
    name, count = gpus_template(cluster, client)
    for _ in dra_nodes(cluster):  # one full-node claim per DRA node takes every device
        assert_on_dra_node(cluster, client, pod_with(cluster, client, created, template=name), count)
    message = wait_unschedulable(client, pod_with(cluster, client, created, template=name))
    assert CANNOT_ALLOCATE in message, message


def _model_claim(cluster: SimulatedCluster, client: KubeClient, with_selector: bool) -> dict[str, Any]:
    """A claim shaped like the ``gpu`` template (the platform's) for the model of a
    device-plugin pool that no DRA pool has, selected by the platform's own CEL selector."""
    dra_models = {p.gpu_model for p in cluster.profile.dra_pools}
    pool = next(n.pool for n in device_plugin_nodes(cluster) if n.pool is not None and n.pool.gpu_model not in dra_models)
    spec = copy.deepcopy(templates(cluster, client)["gpu"]["spec"]["spec"])
    if with_selector:
        spec["devices"]["requests"][0]["exactly"]["selectors"] = [{"cel": {"expression": product_name_selector(pool)}}]
    return {"apiVersion": "resource.k8s.io/v1", "kind": "ResourceClaim",
            "metadata": {"name": f"model-{next(_names)}", "namespace": tenant(cluster)}, "spec": spec}


def test_a_model_no_dra_pool_has_stays_pending(cluster, client, created):
    claim = create(client, created, _model_claim(cluster, client, with_selector=True))
    pod = pod_with(cluster, client, created, claim=claim["metadata"]["name"])
    message = wait_unschedulable(client, pod)
    assert CANNOT_ALLOCATE in message, message


def test_a_claim_never_lands_on_a_device_plugin_pool(cluster, client, created):
    """Pinned to a device-plugin pool, a claim finds no device there."""
    node = device_plugin_nodes(cluster)[0]
    assert node.pool is not None
    pod = pod_with(cluster, client, created, template="gpu", node_selector={"ai-platform.dev/node-pool": node.pool.name})
    message = wait_unschedulable(client, pod)
    assert CANNOT_ALLOCATE in message, message


# the negative cases with the object that guarantees them broken: they fail


def test_without_its_selector_the_model_claim_is_allocated(cluster, client, created):
    """The CEL selector on productName is what keeps the other model's claim pending: the
    same claim without it gets a device."""
    claim = create(client, created, _model_claim(cluster, client, with_selector=False))
    pod = pod_with(cluster, client, created, claim=claim["metadata"]["name"])
    assert_on_dra_node(cluster, client, pod)


def test_without_the_device_class_no_claim_is_allocated(cluster, client, created):
    """The driver's DeviceClass from dist/ is what the templates allocate from: removed, a
    ``gpu`` claim stays pending; restored, it is allocated."""
    device_class = next(d.obj for d in cluster.docs if d.kind == "DeviceClass" and d.name == GPU_DEVICE_CLASS)
    client.delete(device_class)
    try:
        pod = pod_with(cluster, client, created, template="gpu")
        message = wait_unschedulable(client, pod)
        assert f"device class {GPU_DEVICE_CLASS} does not exist" in message, message
    finally:
        client.apply(device_class)
    assert_on_dra_node(cluster, client, pod, timeout=120)


def test_with_the_plugin_on_a_device_plugin_pool_claims_land_there(cluster, client, created):
    """The DRA kubelet plugin's node affinity in dist/ is what keeps device-plugin pools
    out of DRA: widened to a device-plugin pool, that pool publishes devices and a claim
    pinned to it is allocated there."""
    node = device_plugin_nodes(cluster)[0]
    assert node.pool is not None
    daemonset = copy.deepcopy(cluster.dra_plugin_daemonsets()[0])
    original = copy.deepcopy(daemonset)
    terms = daemonset["spec"]["template"]["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    expression = next(e for e in terms["nodeSelectorTerms"][0]["matchExpressions"] if e["key"] == "ai-platform.dev/node-pool")
    expression["values"].append(node.pool.name)
    client.apply(daemonset)
    try:
        assert node.name in cluster.publish_slices(client)
        pod = pod_with(cluster, client, created, template="gpu", node_selector={"ai-platform.dev/node-pool": node.pool.name})
        bound = wait_bound(client, pod)
        assert bound["spec"]["nodeName"].startswith(f"{node.pool.name}-")
        assert {r["pool"] for r in allocation(client, pod)} == {bound["spec"]["nodeName"]}
    finally:
        delete_and_wait(client, list(created))
        created.clear()
        client.apply(original)
        assert node.name not in cluster.publish_slices(client)


# the kubelet plugin's identity: its own node's ResourceSlices only


def plugin_pods(cluster: SimulatedCluster, client: KubeClient) -> list[dict[str, Any]]:
    """The running pods of dist/'s kubelet plugin DaemonSet, each bound to its DRA node."""
    return [p for p in client.list("v1", "Pod", DRA_NAMESPACE)
            if p["metadata"]["name"].startswith(f"{KUBELET_PLUGIN}-") and p["spec"].get("nodeName")]


def forged_slice(node: str) -> dict[str, Any]:
    """A ResourceSlice of one made-up GPU on ``node``, as a kubelet plugin would publish it."""
    name = f"forged-{next(_names)}"
    return {"apiVersion": "resource.k8s.io/v1", "kind": "ResourceSlice", "metadata": {"name": name},
            "spec": {"driver": DRIVER_NAME, "nodeName": node, "pool": {"name": name, "generation": 1, "resourceSliceCount": 1},
                     "devices": [{"name": "gpu-0", "attributes": {"type": {"string": "gpu"}}}]}}


def _policy(client: KubeClient) -> dict[str, Any]:
    return client.read("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy", RESOURCE_SLICE_POLICY)


def _with_spec(policy: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    return {"apiVersion": policy["apiVersion"], "kind": policy["kind"], "metadata": {"name": policy["metadata"]["name"]}, "spec": spec}


def _written(as_plugin: KubeClient, client: KubeClient, node: str) -> str | None:
    """None when the plugin's identity may write a slice on ``node`` (the slice is removed again),
    else the API server's refusal."""
    obj = forged_slice(node)
    try:
        as_plugin.create(obj)
    except ApiError as exc:
        return str(exc)
    client.delete(obj)
    return None


def test_the_kubelet_plugin_writes_only_its_own_nodes_resource_slices(cluster: SimulatedCluster, client: KubeClient):
    """As the kubelet plugin, with a token bound to its pod on one DRA node (the node its
    projected token names): a slice on that node is admitted; a slice on another node is refused
    by the chart's ResourceSlice policy, with its reason. The policy as the pinned chart renders
    it names an account nothing runs as (kubernetes-sigs/dra-driver-nvidia-gpu#1317); put back,
    the forged slice on the other node is admitted. Restored, it is refused again."""
    pods = plugin_pods(cluster, client)
    assert pods, "no kubelet plugin pod runs"
    pod = pods[0]
    own = pod["spec"]["nodeName"]
    other = next(n.name for n in cluster.nodes if n.name != own)
    policy = _policy(client)
    fixed = copy.deepcopy(policy["spec"])
    account = pod["spec"]["serviceAccountName"]
    chart_condition = restricted_user_expression(service_account_user(DRA_NAMESPACE, account.removesuffix("-kubeletplugin")))
    with cluster.client_of_pod(pod) as as_plugin:
        assert _written(as_plugin, client, own) is None
        refusal = _written(as_plugin, client, other)
        assert refusal is not None, "a slice on another node was admitted"
        assert f"ValidatingAdmissionPolicy '{RESOURCE_SLICE_POLICY}'" in refusal, refusal
        assert f"this user running on node '{own}' may not modify cluster or node resourceslices" in refusal, refusal

        broken = copy.deepcopy(fixed)
        [condition] = [c for c in broken["matchConditions"] if c["name"] == RESTRICTED_USER_CONDITION]
        condition["expression"] = chart_condition
        client.apply(_with_spec(policy, broken))
        try:
            # the API server applies a changed policy within a moment (its informer)
            wait_until("the forged slice admitted under the chart's policy", lambda: _written(as_plugin, client, other) is None, 20)
        finally:
            client.apply(_with_spec(policy, fixed))
        wait_until("the forged slice refused again", lambda: _written(as_plugin, client, other) is not None, 20)


def test_nodes_stayed_healthy(cluster, client):
    """Last in the module: the fake kubelets kept their node leases, so no node was found
    unhealthy (tainted unreachable or not-ready) and the DRA plugin pods stayed Ready while the
    tests ran (without leases KWOK's nodes flap every 50 s and pods stop scheduling)."""
    leases = {lease["metadata"]["name"]: lease for lease in client.list("coordination.k8s.io/v1", "Lease", "kube-node-lease")}
    assert sorted(leases) == sorted(n.name for n in cluster.nodes)
    for node in cluster.nodes:
        taints = {t["key"] for t in client.read("v1", "Node", node.name)["spec"].get("taints") or []}
        assert not taints & {"node.kubernetes.io/unreachable", "node.kubernetes.io/not-ready"}, (node.name, taints)
    for daemonset in cluster.dra_plugin_daemonsets():
        status = client.read("apps/v1", "DaemonSet", daemonset["metadata"]["name"], daemonset["metadata"]["namespace"])["status"]
        assert status["numberReady"] == status["desiredNumberScheduled"] > 0, status
