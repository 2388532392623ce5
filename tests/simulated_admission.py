"""Admission on the simulated cluster, for the modules that attack it: tenant pods that Pod
Security ``restricted`` admits, the tenant identities (the platform's tenant Role through the
profile's group, and the built-in ``edit`` role many platform teams hand out), verdicts that wait
for the API server to load a change, and platform objects removed or relabelled for a negative
control."""

from __future__ import annotations

import copy
import itertools
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ai_platform.components.accelerator_access_policy import POLICY_NAME
from ai_platform.conventions import GPU_TAINT_KEY, NODE_POOL_LABEL
from ai_platform.kubeclient import ApiError, KubeClient
from ai_platform.profile import PoolManagement, TenantNamespace
from simulated_pods import IMAGE, wait_bound, wait_until
from testbed.simulated import SimulatedCluster
from testbed.simulated.nodes import SimulatedNode

_names = itertools.count()
BINDING = ("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBinding", POLICY_NAME)
POD_SECURITY_ENFORCE = "pod-security.kubernetes.io/enforce"
EDIT_ROLE = "edit"
"""The built-in aggregated ClusterRole: create pods, Deployments, ...; delete NetworkPolicies too."""


def gpu_tenant(cluster: SimulatedCluster) -> str:
    return next(t.name for t in cluster.profile.tenant_namespaces if t.gpu_access)


def grouped_tenant(cluster: SimulatedCluster, gpu_access: bool = True) -> TenantNamespace | None:
    """The first tenant namespace with a group bound to the tenant Role (and GPU access as asked)."""
    return next((t for t in cluster.profile.tenant_namespaces if t.groups and t.gpu_access is gpu_access), None)


def device_plugin_node(cluster: SimulatedCluster) -> SimulatedNode:
    """A GPU node whose GPUs the device plugin hands out (where a pod asks by resource name)."""
    return next(n for n in cluster.nodes if n.pool is not None and n.pool.management is PoolManagement.DEVICE_PLUGIN)


def tenant_pod(namespace: str, node: SimulatedNode | None, gpus: int = 0, tolerate: bool = True) -> dict[str, Any]:
    """A pod that Pod Security ``restricted`` admits, pinned to ``node``'s pool, tolerating the
    GPU taint, optionally asking for GPUs through the device plugin resource."""
    container: dict[str, Any] = {
        "name": "main", "image": IMAGE, "command": ["sleep", "infinity"],
        "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}},
        "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]}},
    }
    if gpus:
        container["resources"]["limits"] = {"nvidia.com/gpu": str(gpus)}
    spec: dict[str, Any] = {
        "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
        "containers": [container],
    }
    if tolerate:
        spec["tolerations"] = [{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}]
    if node is not None and node.pool is not None:
        spec["nodeSelector"] = {NODE_POOL_LABEL: node.pool.name}
    name = f"access-{next(_names)}"
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "namespace": namespace}, "spec": spec}


def renamed(pod: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``pod`` under a new name (each attempt creates a new pod)."""
    again = copy.deepcopy(pod)
    again["metadata"]["name"] = f"{pod['metadata']['name']}-{next(_names)}"
    return again


def refused(client: KubeClient, pod: dict[str, Any]) -> str:
    """The admission error for ``pod``; fails if the pod was admitted."""
    try:
        client.create(pod)
    except ApiError as exc:
        assert exc.status in (403, 422), exc
        return exc.message
    client.delete(pod)
    raise AssertionError(f"pod {pod['metadata']['name']} was admitted: {pod['spec']}")


def admitted(client: KubeClient, created: list[dict[str, Any]], pod: dict[str, Any], timeout: float = 30) -> None:
    """Creates ``pod``, retrying while an admission change propagates."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            client.create(pod)
            break
        except ApiError as exc:
            if time.monotonic() > deadline:
                raise AssertionError(f"still refused {timeout}s after the platform object was removed: {exc}") from exc
            time.sleep(0.5)
    created.append(pod)


def admitted_dry(client: KubeClient, pod: dict[str, Any], what: str, timeout: float = 30) -> None:
    """A server-side dry run admits ``pod``: every admission plugin runs (Pod Security, the
    quota, the policies), nothing is stored (retried while an admission change propagates)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            client.create(pod, dry_run=True)
            return
        except ApiError as exc:
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: still refused {timeout}s after the platform object was removed: {exc}") from exc
            time.sleep(0.5)


def admitted_and_bound(client: KubeClient, created: list[dict[str, Any]], pod: dict[str, Any], node: SimulatedNode,
                       timeout: float = 30, reader: KubeClient | None = None) -> dict[str, Any]:
    """Creates ``pod`` (retrying while an admission change propagates) and checks the scheduler
    binds it to ``node``'s pool (read with ``reader``, the admin client, when ``client`` is a tenant)."""
    admitted(client, created, pod, timeout)
    reader = reader or client
    bound = wait_bound(reader, pod)
    labels = reader.read("v1", "Node", bound["spec"]["nodeName"])["metadata"]["labels"]
    assert node.pool is not None and labels.get(NODE_POOL_LABEL) == node.pool.name, (bound["spec"]["nodeName"], labels)
    return bound


def wait_refused(client: KubeClient, pod: dict[str, Any], timeout: float = 30, naming: str | None = None) -> str:
    """Refusal once an admission change has propagated (the API server reloads policies,
    bindings and namespace labels asynchronously); with ``naming``, the first refusal that
    contains it (a refusal by Pod Security before a relabelled namespace has propagated is
    retried), else the last refusal once ``timeout`` has passed."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            message = refused(client, copy.deepcopy(pod))
        except AssertionError:
            if time.monotonic() > deadline:
                raise
        else:
            if naming is None or naming in message or time.monotonic() > deadline:
                return message
        time.sleep(0.5)


class Removed:
    """Removes a platform object from the live cluster for the duration of a ``with`` block and
    puts it back afterwards (as dist/ has it)."""

    def __init__(self, client: KubeClient, cluster: SimulatedCluster, api_version: str, kind: str, name: str,
                 namespace: str | None = None) -> None:
        self.client = client
        self.obj = next(d.obj for d in cluster.docs if (d.api_version, d.kind, d.name, d.namespace) == (api_version, kind, name, namespace))

    def __enter__(self) -> Removed:
        self.client.delete(self.obj)
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.apply(self.obj)


class Relabelled:
    """A namespace of dist/ with one label changed for the duration of a ``with`` block."""

    def __init__(self, client: KubeClient, cluster: SimulatedCluster, namespace: str, key: str, value: str) -> None:
        self.client = client
        self.obj = next(d.obj for d in cluster.docs if d.kind == "Namespace" and d.name == namespace)
        self.key, self.value = key, value

    def __enter__(self) -> Relabelled:
        changed = copy.deepcopy(self.obj)
        changed["metadata"]["labels"][self.key] = self.value
        self.client.apply(changed)
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.apply(self.obj)


@dataclass(frozen=True)
class Identity:
    """Who attacks: a client of that identity and what it is, for messages."""

    name: str
    client: KubeClient
    namespace: str


def _may_create_pods(client: KubeClient, namespace: str) -> bool:
    review = client.create({"apiVersion": "authorization.k8s.io/v1", "kind": "SelfSubjectAccessReview",
                            "spec": {"resourceAttributes": {"verb": "create", "resource": "pods", "namespace": namespace}}})
    return bool(review["status"].get("allowed"))


@contextmanager
def tenant_identity(cluster: SimulatedCluster, admin: KubeClient, kind: str, tenant: TenantNamespace) -> Iterator[Identity]:
    """``kind`` ``"tenant"``: a member of the tenant's first group (the platform's tenant Role
    of dist/); ``"edit"``: a user bound here to the built-in ``edit`` ClusterRole in the tenant's
    namespace (the binding is removed afterwards)."""
    number = next(_names)
    binding: dict[str, Any] | None = None
    if kind == "tenant":
        user, groups = f"attacker-{number}@example.com", (tenant.groups[0],)
    else:
        user, groups = f"editor-{number}@example.com", ()
        binding = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
                   "metadata": {"name": f"attack-editor-{number}", "namespace": tenant.name},
                   "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": EDIT_ROLE},
                   "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": user}]}
        admin.create(binding)
    client = cluster.user_client(f"{kind}-{number}", user, groups)
    try:
        wait_until(f"{user} may create pods in {tenant.name}", lambda: _may_create_pods(client, tenant.name), 30)
        yield Identity(f"{kind} {user}", client, tenant.name)
    finally:
        client.close()
        if binding is not None:
            admin.delete(binding)
