"""Attack class "more devices than allocated" (issue 21; docs/threat-model.md, path P2), on the
simulated cluster with dist/ applied, as a member of the tenant's group and as an ``edit`` user.

A tenant with a legitimate one-GPU pod tries to make the NVIDIA container toolkit hand it more
than the device plugin allocated, through what the toolkit v1.19.1 reads from the container:
device variables (``NVIDIA_VISIBLE_DEVICES``; ``NVIDIA_GDS`` and the other gated devices, which
the toolkit adds whatever its envvar setting says), an ``envFrom`` prefix that spells them, a
forged device-list mount under ``/var/run/nvidia-container-devices`` (the device plugin's
hand-off), a CDI annotation. Every one passes Pod Security ``restricted``; the accelerator access
policy alone refuses each, naming its rule. The legitimate form (the device-neutral toolkit
variables, another envFrom prefix) is admitted and bound to a GPU node. Negative control: without
the policy's binding every attack is admitted (server-side dry run: every admission plugin runs,
the quota included, nothing is stored). What the runtime then hands out needs a real node: that
part is on the lent GPU machine's list (docs/threat-model.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ai_platform.components.accelerator_access_policy import CDI_ANNOTATION_PREFIX, DEVICE_LIST_MOUNT_ROOT
from simulated_admission import (BINDING, Removed, admitted_and_bound, admitted_dry, device_plugin_node, grouped_tenant, refused,
                                 tenant_identity, tenant_pod, wait_refused)
from testbed.simulated import SimulatedCluster

pytestmark = [pytest.mark.simulated]
SHARES_THE_PROFILE_CLUSTER = True
"""The profile's shared cluster (tests/simulated_fixtures.py): every test cleans up what it made."""

IDENTITIES = ("tenant", "edit")


def _env(name: str, value: str) -> Callable[[dict[str, Any]], None]:
    def change(pod: dict[str, Any]) -> None:
        pod["spec"]["containers"][0]["env"] = [{"name": name, "value": value}]
    return change


def _env_from_prefix(pod: dict[str, Any]) -> None:
    pod["spec"]["containers"][0]["envFrom"] = [{"prefix": "NVIDIA_", "configMapRef": {"name": "visible", "optional": True}}]


def _device_list_mount(pod: dict[str, Any]) -> None:
    pod["spec"]["volumes"] = [{"name": "list", "emptyDir": {}}]
    pod["spec"]["containers"][0]["volumeMounts"] = [{"name": "list", "mountPath": f"{DEVICE_LIST_MOUNT_ROOT}/all"}]


def _cdi_annotation(pod: dict[str, Any]) -> None:
    pod["metadata"]["annotations"] = {f"{CDI_ANNOTATION_PREFIX}all": "nvidia.com/gpu=all"}


ATTACKS: dict[str, tuple[str, Callable[[dict[str, Any]], None]]] = {
    "NVIDIA_VISIBLE_DEVICES=all": ("device-env", _env("NVIDIA_VISIBLE_DEVICES", "all")),
    "NVIDIA_GDS=enabled": ("device-env", _env("NVIDIA_GDS", "enabled")),
    "NVIDIA_IMEX_CHANNELS=0": ("device-env", _env("NVIDIA_IMEX_CHANNELS", "0")),
    "envFrom with the prefix NVIDIA_": ("device-env", _env_from_prefix),
    "a forged device-list mount": ("device-mounts", _device_list_mount),
    "a CDI annotation": ("cdi-annotations", _cdi_annotation),
}
"""Hand-offs a one-GPU pod forges -> the policy rule that refuses each."""


def attack_pod(cluster: SimulatedCluster, namespace: str, attack: str) -> dict[str, Any]:
    pod = tenant_pod(namespace, device_plugin_node(cluster), gpus=1)
    ATTACKS[attack][1](pod)
    return pod


@pytest.mark.parametrize("identity", IDENTITIES)
def test_every_forged_hand_off_is_refused_naming_its_rule(cluster, client, identity):
    tenant = grouped_tenant(cluster, True)
    with tenant_identity(cluster, client, identity, tenant) as attacker:
        for attack in sorted(ATTACKS):
            message = refused(attacker.client, attack_pod(cluster, tenant.name, attack))
            assert f"[{ATTACKS[attack][0]}]" in message, f"{attacker.name}, {attack}: {message}"


def test_the_sanctioned_form_is_admitted_and_bound(cluster, client, created):
    """One GPU through the device plugin, with the toolkit's device-neutral variables and an
    envFrom of another prefix, is admitted and bound to the GPU node."""
    tenant = grouped_tenant(cluster, True)
    node = device_plugin_node(cluster)
    pod = tenant_pod(tenant.name, node, gpus=1)
    container = pod["spec"]["containers"][0]
    container["env"] = [{"name": "NVIDIA_DRIVER_CAPABILITIES", "value": "compute,utility"},
                        {"name": "NVIDIA_REQUIRE_CUDA", "value": "cuda>=12.0"}]
    container["envFrom"] = [{"prefix": "APP_", "configMapRef": {"name": "settings", "optional": True}}]
    with tenant_identity(cluster, client, "tenant", tenant) as attacker:
        admitted_and_bound(attacker.client, created, pod, node, reader=client)


def test_without_the_policy_binding_every_forged_hand_off_is_admitted(cluster, client):
    """Negative control: the binding removed, each attack pod passes every admission plugin
    (Pod Security ``restricted``, the quota): only the policy stood in the way. Restored, refused."""
    tenant = grouped_tenant(cluster, True)
    with tenant_identity(cluster, client, "tenant", tenant) as attacker:
        with Removed(client, cluster, *BINDING):
            for attack in sorted(ATTACKS):
                pod = attack_pod(cluster, tenant.name, attack)
                admitted_dry(attacker.client, pod, attack)
        for attack in sorted(ATTACKS):
            assert f"[{ATTACKS[attack][0]}]" in wait_refused(attacker.client, attack_pod(cluster, tenant.name, attack))

