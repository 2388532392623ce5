"""Attack class "preempt another tenant" (issue 21; docs/threat-model.md, path P7), live on the
simulated cluster with dist/ applied and the real kube-scheduler preempting.

Another tenant's pods fill a GPU node's free GPUs (at no priority: what a tenant runs by default).
The attacker, a member of its own tenant's group, asks for more GPUs on that node than are left,
at a priority that would evict them: ``system-node-critical`` (what node agents run at) or
``ai-inference`` (the model servers' class, outside the inference namespace). The tenant-priority
policy refuses both, naming its rule; ``ai-training``, which the attacker's namespace lists, is
admitted (dry run). Negative control: with the policy's binding removed the attacker's
``ai-inference`` pod is admitted, the scheduler preempts a victim and binds the attacker to the
node."""

from __future__ import annotations

from typing import Any

import pytest

from ai_platform.components.gang_scheduling import INFERENCE_PRIORITY_CLASS
from ai_platform.components.tenant_priority import POLICY_NAME, RULE
from ai_platform.conventions import GPU_RESOURCE
from ai_platform.kubeclient import KubeClient
from ai_platform.profile import PoolManagement
from simulated_admission import Removed, admitted, admitted_dry, refused, tenant_identity, tenant_pod, wait_refused
from simulated_pods import wait_bound, wait_until
from testbed.simulated import SimulatedCluster
from testbed.simulated.nodes import SimulatedNode

pytestmark = [pytest.mark.simulated]
SHARES_THE_PROFILE_CLUSTER = True
"""The profile's shared cluster (tests/simulated_fixtures.py): every test cleans up what it made."""

BINDING = ("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBinding", POLICY_NAME)
HOSTNAME_LABEL = "kubernetes.io/hostname"


def _attacker_and_victim(cluster: SimulatedCluster) -> tuple[Any, Any]:
    """The attacker: a GPU tenant with a group, outside the inference namespace; the victim:
    another GPU tenant."""
    inference = cluster.profile.inference.namespace if cluster.profile.inference else None
    attacker = next(t for t in cluster.profile.tenant_namespaces if t.gpu_access and t.groups and t.name != inference)
    victim = next(t for t in cluster.profile.tenant_namespaces if t.gpu_access and t.name != attacker.name)
    return attacker, victim


def _free_gpus(client: KubeClient, node: str) -> int:
    allocatable = int(client.read("v1", "Node", node)["status"]["allocatable"].get(GPU_RESOURCE, 0))
    used = sum(int(c.get("resources", {}).get("limits", {}).get(GPU_RESOURCE, 0))
               for p in client.list("v1", "Pod") if p["spec"].get("nodeName") == node
               and (p.get("status") or {}).get("phase") not in ("Succeeded", "Failed")
               for c in p["spec"]["containers"])
    return allocatable - used


def _quota_free(client: KubeClient, namespace: str) -> int:
    key = f"requests.{GPU_RESOURCE}"
    (quota,) = [q for q in client.list("v1", "ResourceQuota", namespace) if key in q["spec"]["hard"]]
    status = wait_until(f"the quota of {namespace} reports usage", lambda: (
        q["status"] if key in ((q := client.read("v1", "ResourceQuota", quota["metadata"]["name"], namespace)).get("status") or {}).get("used", {})
        else None), 60)
    return int(status["hard"][key]) - int(status["used"][key])


def _pinned(namespace: str, node: SimulatedNode, gpus: int, priority_class: str | None = None) -> dict[str, Any]:
    pod = tenant_pod(namespace, node, gpus=gpus)
    pod["spec"]["nodeSelector"] = {HOSTNAME_LABEL: node.name}
    if priority_class:
        pod["spec"]["priorityClassName"] = priority_class
    return pod


def _full_node(cluster: SimulatedCluster, client: KubeClient, victim: str, created: list[dict[str, Any]]) -> tuple[SimulatedNode, int]:
    """A device-plugin GPU node whose free GPUs the victim's pods now hold (as many as its quota
    lets it; what is left stays free); returns the node and how many GPUs are left."""
    budget = _quota_free(client, victim)
    candidates = [(n, _free_gpus(client, n.name)) for n in cluster.nodes if n.pool is not None and n.pool.management is PoolManagement.DEVICE_PLUGIN]
    node, free = min(((n, f) for n, f in candidates if f > 0), key=lambda pair: pair[1])
    victims = min(free, budget)
    assert victims > 0, f"the victim {victim} has no GPU quota left ({budget}) for node {node.name} ({free} free)"
    for _ in range(victims):
        pod = _pinned(victim, node, 1)
        client.create(pod)
        created.append(pod)
    for pod in created:
        assert wait_bound(client, pod)["spec"]["nodeName"] == node.name
    return node, free - victims


@pytest.mark.parametrize("priority_class", ["system-node-critical", INFERENCE_PRIORITY_CLASS])
def test_a_tenant_cannot_name_a_class_that_outranks_others(cluster, client, priority_class):
    attacker, _ = _attacker_and_victim(cluster)
    node = next(n for n in cluster.nodes if n.pool is not None)
    with tenant_identity(cluster, client, "tenant", attacker) as identity:
        message = refused(identity.client, _pinned(attacker.name, node, 1, priority_class))
        assert f"[{RULE}]" in message, message
        admitted_dry(identity.client, _pinned(attacker.name, node, 1, "ai-training"), "the tenant's own class ai-training")


def test_without_the_policy_binding_the_attacker_preempts_another_tenant(cluster, client, created):
    """Live: the victim's pods hold the node's free GPUs; with the policy the attacker's
    ``ai-inference`` pod is refused and every victim stays; without the binding it is admitted,
    the scheduler preempts a victim and binds the attacker to the node."""
    attacker, victim = _attacker_and_victim(cluster)
    node, left = _full_node(cluster, client, victim.name, created)
    victims = list(created)
    wanted = left + 1
    assert wanted <= _quota_free(client, attacker.name), "the attacker's quota cannot ask for what preempting takes"
    attack = _pinned(attacker.name, node, wanted, INFERENCE_PRIORITY_CLASS)
    with tenant_identity(cluster, client, "tenant", attacker) as identity:
        assert f"[{RULE}]" in wait_refused(identity.client, attack)
        assert all(client.get(v).get("metadata", {}).get("deletionTimestamp") is None for v in victims)
        with Removed(client, cluster, *BINDING):
            admitted(identity.client, created, attack)
            bound = wait_bound(client, attack, timeout=90)
    assert bound["spec"]["nodeName"] == node.name

    def preempted() -> list[str]:
        names = {p["metadata"]["name"] for p in client.list("v1", "Pod", victim.name) if not p["metadata"].get("deletionTimestamp")}
        return [v["metadata"]["name"] for v in victims if v["metadata"]["name"] not in names]

    assert wait_until("a victim preempted", preempted, 30)
