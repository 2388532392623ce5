"""Attack class "a GPU node without a GPU request" (issue 21; docs/threat-model.md, path P1), on
the simulated cluster with dist/ applied, as a tenant would try it: a member of the tenant's
group (the platform's tenant Role) and a user with the built-in ``edit`` role.

A pod that asks for no GPU can still land on a GPU node, where what it sees depends only on
the node's toolkit setting and the image's own ``NVIDIA_VISIBLE_DEVICES=all``: through the
NVIDIA RuntimeClass (on reference it adds the GPU toleration and node selector itself), through a
toleration of the GPU taint or of every taint, or by naming the node (``spec.nodeName`` skips the
scheduler and its taint check). The accelerator access policy refuses each, naming its rule
(``gpu-runtime-class``, ``gpu-toleration``, ``node-name``), in every tenant namespace with a group,
GPU access or not. The legitimate forms are admitted and placed: a GPU pod with the runtime class
and the toleration on a GPU node, a CPU pod on a node without GPUs. Negative control: with the
policy's binding removed each attack is admitted and the pod lands on (is bound to, or runs on)
the GPU node."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from ai_platform.conventions import GPU_TAINT_KEY, NVIDIA_RUNTIME_CLASS
from ai_platform.kubeclient import KubeClient
from simulated_admission import (BINDING, Removed, admitted, admitted_and_bound, device_plugin_node, grouped_tenant,
                                 refused, renamed, tenant_identity, tenant_pod, wait_refused)
from simulated_pods import wait_bound, wait_until
from testbed.simulated import SimulatedCluster
from testbed.simulated.nodes import SimulatedNode

pytestmark = [pytest.mark.simulated]
SHARES_THE_PROFILE_CLUSTER = True
"""The profile's shared cluster (tests/simulated_fixtures.py): every test cleans up what it made."""

IDENTITIES = ("tenant", "edit")


def _runtime_class_tolerates(client: KubeClient) -> bool:
    live = client.read("node.k8s.io/v1", "RuntimeClass", NVIDIA_RUNTIME_CLASS)
    return any(t.get("key") == GPU_TAINT_KEY for t in (live.get("scheduling") or {}).get("tolerations") or [])


def _runtime_class(pod: dict[str, Any], client: KubeClient, node: SimulatedNode) -> None:
    """The NVIDIA runtime class; where the RuntimeClass itself does not tolerate the GPU taint
    (the GPU Operator's, cloud-burst) the pod adds the toleration it would need."""
    pod["spec"]["runtimeClassName"] = NVIDIA_RUNTIME_CLASS
    if _runtime_class_tolerates(client):
        pod["spec"].pop("tolerations", None)


def _gpu_toleration(pod: dict[str, Any], client: KubeClient, node: SimulatedNode) -> None:
    pod["spec"]["tolerations"] = [{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}]


def _every_taint(pod: dict[str, Any], client: KubeClient, node: SimulatedNode) -> None:
    pod["spec"]["tolerations"] = [{"operator": "Exists"}]


def _node_name(pod: dict[str, Any], client: KubeClient, node: SimulatedNode) -> None:
    pod["spec"].pop("tolerations", None)
    pod["spec"].pop("nodeSelector", None)
    pod["spec"]["nodeName"] = node.name


ATTACKS: dict[str, tuple[str, Callable[[dict[str, Any], KubeClient, SimulatedNode], None]]] = {
    "the NVIDIA runtime class": ("gpu-runtime-class", _runtime_class),
    "a toleration of the GPU taint": ("gpu-toleration", _gpu_toleration),
    "a toleration of every taint": ("gpu-toleration", _every_taint),
    "spec.nodeName of a GPU node": ("node-name", _node_name),
}
"""Ways onto a GPU node without a GPU request -> the policy rule that refuses each."""


def attack_pod(cluster: SimulatedCluster, admin: KubeClient, namespace: str, attack: str) -> dict[str, Any]:
    node = device_plugin_node(cluster)
    pod = tenant_pod(namespace, node, gpus=0, tolerate=True)
    ATTACKS[attack][1](pod, admin, node)
    return pod


def _tenants(cluster: SimulatedCluster) -> list[Any]:
    """Every tenant namespace with a group: with GPU access, and without (reference's web-apps)."""
    return [t for t in (grouped_tenant(cluster, True), grouped_tenant(cluster, False)) if t is not None]


@pytest.mark.parametrize("identity", IDENTITIES)
@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_the_attack_is_refused_naming_its_rule(cluster, client, identity, attack):
    for tenant in _tenants(cluster):
        with tenant_identity(cluster, client, identity, tenant) as attacker:
            message = refused(attacker.client, attack_pod(cluster, client, tenant.name, attack))
            assert f"[{ATTACKS[attack][0]}]" in message, f"{attacker.name}: {message}"


@pytest.mark.parametrize("identity", IDENTITIES)
def test_the_sanctioned_forms_are_admitted_and_placed(cluster, client, created, identity):
    """A GPU pod with the runtime class and the toleration is bound to a GPU node; a CPU pod
    without either is bound to a node without GPUs."""
    tenant = grouped_tenant(cluster, True)
    node = device_plugin_node(cluster)
    with tenant_identity(cluster, client, identity, tenant) as attacker:
        gpu = tenant_pod(tenant.name, node, gpus=1)
        gpu["spec"]["runtimeClassName"] = NVIDIA_RUNTIME_CLASS
        admitted_and_bound(attacker.client, created, gpu, node, reader=client)
        cpu = tenant_pod(tenant.name, None, tolerate=False)
        admitted(attacker.client, created, cpu)
        assert cluster.node(wait_bound(client, cpu)["spec"]["nodeName"]).pool is None


def test_without_the_policy_binding_every_attack_reaches_a_gpu_node(cluster, client, created):
    """Negative control: the binding removed, each attack pod of a tenant is admitted and lands
    on the GPU node (bound by the scheduler; with ``nodeName``, run there by the node without the
    scheduler). Restored, the attacks are refused again."""
    tenant = grouped_tenant(cluster, True)
    node = device_plugin_node(cluster)
    with tenant_identity(cluster, client, "tenant", tenant) as attacker, Removed(client, cluster, *BINDING):
        for attack in sorted(ATTACKS):
            pod = attack_pod(cluster, client, tenant.name, attack)
            if attack == "spec.nodeName of a GPU node":
                admitted(attacker.client, created, pod)
                running = wait_until(f"{attack}: the pod runs on {node.name}", lambda: (
                    live if (live := client.get(pod)).get("status", {}).get("phase") == "Running" else None), 60)
                assert running["spec"]["nodeName"] == node.name
            else:
                admitted_and_bound(attacker.client, created, pod, node, reader=client)
    with tenant_identity(cluster, client, "tenant", tenant) as attacker:
        for attack in sorted(ATTACKS):
            again = renamed(attack_pod(cluster, client, tenant.name, attack))
            assert f"[{ATTACKS[attack][0]}]" in wait_refused(attacker.client, copy.deepcopy(again))
