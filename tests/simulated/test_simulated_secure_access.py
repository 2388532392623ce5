"""secure_accelerator_access on the simulated cluster, following KAR 0049: a workload reaches
a GPU only through the device plugin or DRA. KAR 0049's plan probes ``/dev/nvidia*`` inside
containers on a real node (that part needs real hardware: docs/gpu-node.md); what the
simulated cluster shows is the cluster side, with the real API server admission chain, the real
scheduler and the platform's dist/ applied to GPU nodes made from the profile's pools:

* a pod that requests no GPU never lands on a GPU node unless it tolerates the GPU taint;
* every way around the device plugin and DRA that the accelerator access policy covers
  (device-selection variables, device and driver host paths, privileged containers, device
  capabilities, GPUs from namespaces without GPU access) is refused at admission in the real
  tenant namespaces, so no such pod is ever bound to a GPU node;
* a tenant cannot hold more GPUs than its quota.

Each case is also run with the platform object that guarantees it removed (the policy binding,
the tenant's Pod Security level, the quota, the node taint) and then fails: the pod is admitted
and bound to the GPU node."""

from __future__ import annotations

import copy
import itertools
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ai_platform.conventions import GPU_TAINT_KEY
from ai_platform.kubeclient import ApiError, KubeClient
from testbed.simulated import SimulatedCluster
from testbed.simulated.nodes import SimulatedNode
from simulated_admission import (BINDING, POD_SECURITY_ENFORCE, Relabelled, Removed, admitted_and_bound, device_plugin_node,
                                 gpu_tenant, refused, tenant_pod, wait_refused)
from simulated_pods import delete_and_wait, wait_bound, wait_unschedulable

pytestmark = [pytest.mark.simulated]
SHARES_THE_PROFILE_CLUSTER = True
"""The profile's shared cluster (tests/simulated_fixtures.py): every test cleans up what it made."""

_names = itertools.count()


@pytest.fixture
def created(client: KubeClient) -> Iterator[list[dict[str, Any]]]:
    objects: list[dict[str, Any]] = []
    yield objects
    delete_and_wait(client, [o for o in objects if o["kind"] == "Pod"])
    for obj in objects:
        if obj["kind"] != "Pod":
            try:
                client.delete(obj)
            except ApiError as exc:
                if exc.status != 404:
                    raise


def _env(pod: dict[str, Any]) -> None:
    pod["spec"]["containers"][0]["env"] = [{"name": "NVIDIA_VISIBLE_DEVICES", "value": "all"}]


def _host_device(pod: dict[str, Any]) -> None:
    pod["spec"]["volumes"] = [{"name": "dev", "hostPath": {"path": "/dev/nvidia0"}}]
    pod["spec"]["containers"][0]["volumeMounts"] = [{"name": "dev", "mountPath": "/dev/nvidia0"}]


def _driver_libraries(pod: dict[str, Any]) -> None:
    pod["spec"]["volumes"] = [{"name": "driver", "hostPath": {"path": "/run/nvidia/driver"}}]
    pod["spec"]["containers"][0]["volumeMounts"] = [{"name": "driver", "mountPath": "/driver", "readOnly": True}]


def _privileged(pod: dict[str, Any]) -> None:
    pod["spec"]["containers"][0]["securityContext"] = {"privileged": True}


def _capability(pod: dict[str, Any]) -> None:
    pod["spec"]["containers"][0]["securityContext"]["capabilities"] = {"drop": ["ALL"], "add": ["SYS_ADMIN"]}


BYPASSES: dict[str, tuple[str, Callable[[dict[str, Any]], None]]] = {
    "NVIDIA_VISIBLE_DEVICES=all without a GPU request": ("device-env", _env),
    "hostPath /dev/nvidia0": ("host-devices", _host_device),
    "hostPath of the driver root": ("host-devices", _driver_libraries),
    "privileged container": ("privileged", _privileged),
    "SYS_ADMIN capability": ("capabilities", _capability),
}
"""Ways to a GPU around the device plugin and DRA (no GPU request) -> the policy rule that
refuses each."""


def bypass_pod(cluster: SimulatedCluster, name: str, namespace: str | None = None) -> dict[str, Any]:
    pod = tenant_pod(namespace or gpu_tenant(cluster), device_plugin_node(cluster))
    BYPASSES[name][1](pod)
    return pod


# a pod without a GPU request


def test_a_pod_without_toleration_never_lands_on_a_gpu_node(cluster, client, created):
    """Pinned to a GPU pool without tolerating the GPU taint, a pod stays Pending with the
    scheduler's reason; unpinned, it lands on a node without GPUs."""
    node = device_plugin_node(cluster)
    pinned = tenant_pod(gpu_tenant(cluster), node, tolerate=False)
    created.append(client.create(pinned))
    assert "untolerated taint" in wait_unschedulable(client, pinned)
    free = tenant_pod(gpu_tenant(cluster), None, tolerate=False)
    created.append(client.create(free))
    assert cluster.node(wait_bound(client, free)["spec"]["nodeName"]).pool is None


def test_without_the_gpu_taint_such_a_pod_lands_on_the_gpu_node(cluster, client, created):
    """Negative: on a GPU node of the same pool that lacks the taint the pools carry, the same
    pod is bound: the taint is what keeps non-GPU work off GPU nodes."""
    node = device_plugin_node(cluster)
    untainted = SimulatedNode(f"{node.pool.name}-untainted", node.pool)
    spec = untainted.node()
    spec["spec"]["taints"] = [t for t in spec["spec"].get("taints") or [] if t["key"] != GPU_TAINT_KEY]
    client.create(spec)
    try:
        pod = tenant_pod(gpu_tenant(cluster), node, tolerate=False)
        created.append(client.create(pod))
        assert wait_bound(client, pod, timeout=90)["spec"]["nodeName"] == untainted.name
    finally:
        delete_and_wait(client, created)
        created.clear()
        client.delete(spec)


# ways around the device plugin and DRA


@pytest.mark.parametrize("bypass", sorted(BYPASSES))
def test_every_bypass_is_refused_in_a_gpu_tenant(cluster, client, bypass):
    """In the real tenant namespace (Pod Security ``restricted``, the policy bound), each pod is
    refused at admission, so it never reaches a GPU node; the message names the layer."""
    message = refused(client, bypass_pod(cluster, bypass))
    assert f"[{BYPASSES[bypass][0]}]" in message or "violates PodSecurity" in message, message


def test_device_selection_variables_are_refused_by_the_policy_alone(cluster, client, created):
    """``NVIDIA_VISIBLE_DEVICES`` passes Pod Security ``restricted``: only the accelerator access
    policy stops it. Negative: with the policy binding removed the pod is admitted and bound to
    the GPU node, where the NVIDIA runtime would hand it every GPU."""
    pod = bypass_pod(cluster, "NVIDIA_VISIBLE_DEVICES=all without a GPU request")
    assert "[device-env]" in refused(client, copy.deepcopy(pod))
    with Removed(client, cluster, *BINDING):
        admitted_and_bound(client, created, copy.deepcopy(pod), device_plugin_node(cluster))
    again = copy.deepcopy(pod)
    again["metadata"]["name"] += "-again"
    assert "[device-env]" in wait_refused(client, again)


@pytest.mark.parametrize("bypass", ["hostPath /dev/nvidia0", "hostPath of the driver root", "privileged container", "SYS_ADMIN capability"])
def test_host_level_bypasses_are_refused_by_the_policy_where_pod_security_allows_them(cluster, client, created, bypass):
    """Device host paths, privileged containers and device capabilities are refused twice in a
    tenant: by Pod Security ``restricted`` and by the policy. With the tenant's Pod Security
    level lowered to ``privileged`` the policy alone still refuses them; with the binding removed
    too, the pod is admitted and bound to the GPU node (the negative)."""
    tenant = gpu_tenant(cluster)
    pod = bypass_pod(cluster, bypass, tenant)
    with Relabelled(client, cluster, tenant, POD_SECURITY_ENFORCE, "privileged"):
        assert f"[{BYPASSES[bypass][0]}]" in wait_refused(client, pod, naming=f"[{BYPASSES[bypass][0]}]")
        with Removed(client, cluster, *BINDING):
            admitted_and_bound(client, created, copy.deepcopy(pod), device_plugin_node(cluster))


def test_gpus_only_from_namespaces_with_gpu_access(cluster, client, created):
    """A namespace without the GPU access label (made here, as a user could) cannot ask for a
    GPU; negative: without the policy binding the same pod is admitted and bound."""
    namespace = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": f"no-gpu-access-{next(_names)}"}}
    client.create(namespace)
    created.append(namespace)
    deadline = time.monotonic() + 30
    while not client.list("v1", "ServiceAccount", namespace["metadata"]["name"]):  # made by the controller-manager
        assert time.monotonic() < deadline, "no default ServiceAccount in the new namespace"
        time.sleep(0.3)
    node = device_plugin_node(cluster)
    pod = tenant_pod(namespace["metadata"]["name"], node, gpus=1)
    assert "[gpu-namespace]" in wait_refused(client, pod)
    with Removed(client, cluster, *BINDING):
        admitted_and_bound(client, created, copy.deepcopy(pod), node)


# quotas


def test_a_tenant_cannot_hold_more_gpus_than_its_quota(cluster, client, created):
    """Device-plugin GPUs up to the tenant's quota are admitted (what the platform's own
    workloads there already use counts: the model servers of dist/); one more is refused by the
    ResourceQuota of dist/. Negative: without the quota the extra pod is admitted."""
    tenant = next(t for t in cluster.profile.tenant_namespaces if t.gpu_access)
    quota_name = next(d.name for d in cluster.docs if d.kind == "ResourceQuota" and d.namespace == tenant.name)
    key = "requests.nvidia.com/gpu"
    deadline = time.monotonic() + 60
    while key not in ((status := client.read("v1", "ResourceQuota", quota_name, tenant.name).get("status") or {}).get("used") or {}):
        assert time.monotonic() < deadline, f"the quota controller never reported usage: {status}"
        time.sleep(0.5)
    assert int(status["hard"][key]) == tenant.effective_gpu_quota
    free = tenant.effective_gpu_quota - int(status["used"][key])
    assert free > 0, status
    node = device_plugin_node(cluster)
    for _ in range(free):
        pod = tenant_pod(tenant.name, node, gpus=1)
        client.create(pod)
        created.append(pod)
    extra = tenant_pod(tenant.name, node, gpus=1)
    message = refused(client, copy.deepcopy(extra))
    assert "exceeded quota" in message, message
    with Removed(client, cluster, "v1", "ResourceQuota", quota_name, tenant.name):
        deadline = time.monotonic() + 30
        while True:
            try:
                client.create(extra)
                created.append(extra)
                break
            except ApiError as exc:
                assert time.monotonic() < deadline, exc
                time.sleep(0.5)
