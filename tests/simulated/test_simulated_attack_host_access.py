"""Attack class "the host, where Pod Security is not restricted" (issue 21; docs/threat-model.md,
path P3), on the simulated cluster with dist/ applied, as a member of the tenant's group and as an
``edit`` user.

Every tenant namespace of dist/ enforces Pod Security ``restricted``, which already refuses host
paths, capabilities and host namespaces. Platform teams lower it per namespace (here: the tenant
namespace relabelled ``privileged`` by an admin; the tenant itself cannot, shown first). The
accelerator access policy must then stand alone, and the ways around a prefix list are its
test: unnormalised path spellings the kubelet resolves (``/dev//nvidia0``), the other spelling of
a symlinked folder (``/run/cdi`` for ``/var/run/cdi``, ``/lib`` for ``/usr/lib``), GPU sysfs, the
device-list mount made from ``/dev/null``, capabilities in lower case (the runtime upper-cases
them), the node's PID, IPC and network namespaces. Each is refused naming its rule; a harmless
host path and capability are admitted. Negative control: without the policy's binding each is
admitted. The system-namespace exemption holds only for the label value ``true``: a namespace
labelled ``ai-platform.dev/system=false`` is guarded; relabelled ``true``, the same pod is
admitted."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ai_platform.components.accelerator_access_policy import DEVICE_LIST_MOUNT_ROOT, SYSTEM_LABEL_VALUE
from ai_platform.conventions import SYSTEM_NAMESPACE_LABEL
from ai_platform.kubeclient import ApiError, KubeClient
from simulated_admission import (BINDING, POD_SECURITY_ENFORCE, Relabelled, Removed, admitted_dry, grouped_tenant,
                                 refused, tenant_identity, tenant_pod, wait_refused)
from simulated_pods import wait_until
from testbed.simulated import SimulatedCluster

pytestmark = [pytest.mark.simulated]
SHARES_THE_PROFILE_CLUSTER = True
"""The profile's shared cluster (tests/simulated_fixtures.py): every test cleans up what it made."""

IDENTITIES = ("tenant", "edit")
_names = itertools.count()


def _host_path(path: str, mount: str = "/host") -> Callable[[dict[str, Any]], None]:
    def change(pod: dict[str, Any]) -> None:
        pod["spec"]["volumes"] = [{"name": "host", "hostPath": {"path": path}}]
        pod["spec"]["containers"][0]["volumeMounts"] = [{"name": "host", "mountPath": mount}]
    return change


def _capability(name: str) -> Callable[[dict[str, Any]], None]:
    def change(pod: dict[str, Any]) -> None:
        pod["spec"]["containers"][0]["securityContext"]["capabilities"] = {"drop": ["ALL"], "add": [name]}
    return change


def _host_namespace(field: str) -> Callable[[dict[str, Any]], None]:
    def change(pod: dict[str, Any]) -> None:
        pod["spec"][field] = True
    return change


ATTACKS: dict[str, tuple[str, Callable[[dict[str, Any]], None]]] = {
    "hostPath /dev//nvidia0": ("host-path-spelling", _host_path("/dev//nvidia0")),
    "hostPath /dev/./nvidiactl": ("host-path-spelling", _host_path("/dev/./nvidiactl")),
    "hostPath /run/cdi": ("host-devices", _host_path("/run/cdi")),
    "hostPath /lib/x86_64-linux-gnu": ("host-devices", _host_path("/lib/x86_64-linux-gnu")),
    "hostPath /sys": ("host-devices", _host_path("/sys")),
    "/dev/null as a device-list mount": ("device-mounts", _host_path("/dev/null", f"{DEVICE_LIST_MOUNT_ROOT}/all")),
    "capability sys_admin": ("capabilities", _capability("sys_admin")),
    "capability cap_sys_rawio": ("capabilities", _capability("cap_sys_rawio")),
    "hostPID": ("host-namespaces", _host_namespace("hostPID")),
    "hostIPC": ("host-namespaces", _host_namespace("hostIPC")),
    "hostNetwork": ("host-namespaces", _host_namespace("hostNetwork")),
}
"""Host access a pod without a GPU request asks for -> the policy rule that refuses each."""
SANCTIONED: dict[str, Callable[[dict[str, Any]], None]] = {
    "hostPath /data/datasets": _host_path("/data/datasets"),
    "capability NET_BIND_SERVICE": _capability("NET_BIND_SERVICE"),
}


def attack_pod(namespace: str, attack: str) -> dict[str, Any]:
    pod = tenant_pod(namespace, None, tolerate=False)
    ATTACKS[attack][1](pod)
    return pod


@pytest.fixture
def privileged_tenant(cluster: SimulatedCluster, client: KubeClient) -> Iterator[str]:
    """The GPU tenant's namespace with Pod Security lowered to ``privileged`` by an admin."""
    tenant = grouped_tenant(cluster, True)
    assert tenant is not None
    with Relabelled(client, cluster, tenant.name, POD_SECURITY_ENFORCE, "privileged"):
        probe = attack_pod(tenant.name, "hostPID")
        wait_refused(client, probe, naming="[host-namespaces]")  # the relabelled namespace has propagated
        yield tenant.name


def test_a_tenant_cannot_lower_its_own_pod_security(cluster, client):
    """The premise of the class: lowering Pod Security takes an admin. As the tenant Role and as
    ``edit`` the relabel is forbidden by RBAC."""
    tenant = grouped_tenant(cluster, True)
    namespace = next(d.obj for d in cluster.docs if d.kind == "Namespace" and d.name == tenant.name)
    for identity in IDENTITIES:
        with tenant_identity(cluster, client, identity, tenant) as attacker:
            lowered = copy.deepcopy(namespace)
            lowered["metadata"]["labels"][POD_SECURITY_ENFORCE] = "privileged"
            with pytest.raises(ApiError) as refusal:
                attacker.client.apply(lowered, dry_run=True)
            assert refusal.value.status == 403, refusal.value


@pytest.mark.parametrize("identity", IDENTITIES)
def test_every_host_path_is_refused_naming_its_rule(cluster, client, privileged_tenant, identity):
    tenant = grouped_tenant(cluster, True)
    with tenant_identity(cluster, client, identity, tenant) as attacker:
        for attack in sorted(ATTACKS):
            message = refused(attacker.client, attack_pod(privileged_tenant, attack))
            assert f"[{ATTACKS[attack][0]}]" in message, f"{attacker.name}, {attack}: {message}"
        for name, change in SANCTIONED.items():
            pod = tenant_pod(privileged_tenant, None, tolerate=False)
            change(pod)
            admitted_dry(attacker.client, pod, name)


def test_without_the_policy_binding_every_host_path_is_admitted(cluster, client, privileged_tenant):
    """Negative control: Pod Security lowered and the binding removed, each attack is admitted."""
    tenant = grouped_tenant(cluster, True)
    with tenant_identity(cluster, client, "tenant", tenant) as attacker, Removed(client, cluster, *BINDING):
        for attack in sorted(ATTACKS):
            admitted_dry(attacker.client, attack_pod(privileged_tenant, attack), attack)


def _namespace(client: KubeClient, system_label: str) -> dict[str, Any]:
    namespace = {"apiVersion": "v1", "kind": "Namespace", "metadata": {
        "name": f"system-label-{next(_names)}",
        "labels": {SYSTEM_NAMESPACE_LABEL: system_label, POD_SECURITY_ENFORCE: "privileged"}}}
    client.create(namespace)
    wait_until("the namespace's default ServiceAccount (made by the controller-manager)",
               lambda: client.list("v1", "ServiceAccount", namespace["metadata"]["name"]), 30)
    return namespace


def test_the_system_exemption_needs_the_label_value_true(cluster, client):
    """A namespace labelled ``ai-platform.dev/system=false`` is guarded like a tenant: a pod with
    a device host path is refused there. Negative control: the label set to ``true`` (what the
    platform's own system namespaces carry), the same pod is admitted."""
    namespace = _namespace(client, "false")
    try:
        pod = tenant_pod(namespace["metadata"]["name"], None, tolerate=False)
        _host_path("/dev/nvidia0")(pod)
        assert "[host-devices]" in wait_refused(client, pod)
        relabelled = copy.deepcopy(namespace)
        relabelled["metadata"]["labels"][SYSTEM_NAMESPACE_LABEL] = SYSTEM_LABEL_VALUE
        client.apply(relabelled)
        admitted_dry(client, pod, "a device host path in a namespace labelled system=true")
    finally:
        client.delete(namespace)
