"""Pods and waits for the simulated-cluster tests: admissible tenant pods
(Pod Security ``restricted``, the accelerator admission policy) that ask for GPUs through
ResourceClaims, and what the scheduler and the DRA allocator made of them."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from ai_platform.conventions import GPU_RESOURCE, GPU_TAINT_KEY
from ai_platform.kubeclient import ApiError, KubeClient

IMAGE = "nvcr.io/nvidia/cuda:12.9.1-base-ubuntu24.04"
T = TypeVar("T")


def wait_until(what: str, probe: Callable[[], T | None], timeout: float = 90, every: float = 0.5,
               detail: Callable[[], str] | None = None) -> T:
    """``probe()`` once it returns something; on timeout fails with ``what`` and ``detail()``
    (a module adds its operator's last log lines)."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not after {timeout:.0f}s" + (f"\n{detail()}" if detail else ""))
        time.sleep(every)


def claim_pod(name: str, namespace: str, template: str | None = None, claim: str | None = None,
              node_selector: dict[str, str] | None = None) -> dict[str, Any]:
    """A restricted pod with one container that uses one claim: from a template (a claim per
    pod) or an existing ResourceClaim; it tolerates the GPU taint as the examples do."""
    source = {"resourceClaimTemplateName": template} if template else {"resourceClaimName": claim}
    spec: dict[str, Any] = {
        "resourceClaims": [{"name": "gpu", **source}],
        "tolerations": [{"key": GPU_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}],
        "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
        "containers": [{
            "name": "main",
            "image": IMAGE,
            "command": ["sleep", "infinity"],
            "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "claims": [{"name": "gpu"}]},
            "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                "capabilities": {"drop": ["ALL"]}},
        }],
    }
    if node_selector:
        spec["nodeSelector"] = node_selector
    return {"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": name, "namespace": namespace, "labels": {"app.kubernetes.io/name": name}}, "spec": spec}


def _condition(pod: dict[str, Any], kind: str) -> dict[str, Any] | None:
    return next((c for c in (pod.get("status") or {}).get("conditions") or [] if c["type"] == kind), None)


def wait_bound(client: KubeClient, pod: dict[str, Any], timeout: float = 60) -> dict[str, Any]:
    """The pod once the scheduler bound it; fails with the scheduler's reason otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        live = client.get(pod)
        if live["spec"].get("nodeName"):
            return live
        if time.monotonic() > deadline:
            raise AssertionError(f"pod {pod['metadata']['name']} not scheduled after {timeout}s: {_condition(live, 'PodScheduled')}")
        time.sleep(0.3)


def wait_unschedulable(client: KubeClient, pod: dict[str, Any], timeout: float = 60) -> str:
    """The scheduler's message once it marked the pod unschedulable; fails if it was bound."""
    deadline = time.monotonic() + timeout
    while True:
        live = client.get(pod)
        assert not live["spec"].get("nodeName"), f"pod {pod['metadata']['name']} was bound to {live['spec']['nodeName']}"
        scheduled = _condition(live, "PodScheduled")
        if scheduled and scheduled["status"] == "False" and scheduled.get("reason") == "Unschedulable":
            return str(scheduled.get("message", ""))
        if time.monotonic() > deadline:
            raise AssertionError(f"pod {pod['metadata']['name']} not marked unschedulable after {timeout}s: {scheduled}")
        time.sleep(0.3)


def allocation(client: KubeClient, pod: dict[str, Any]) -> list[dict[str, Any]]:
    """The device results of the pod's (only) ResourceClaim: driver, pool, device, request."""
    live = client.get(pod)
    statuses = (live.get("status") or {}).get("resourceClaimStatuses") or []
    names = [s["resourceClaimName"] for s in statuses if s.get("resourceClaimName")]
    if not names:
        names = [c["resourceClaimName"] for c in live["spec"]["resourceClaims"] if c.get("resourceClaimName")]
    assert len(names) == 1, f"pod {pod['metadata']['name']}: claims {names}"
    claim = client.read("resource.k8s.io/v1", "ResourceClaim", names[0], pod["metadata"]["namespace"])
    return list(((claim.get("status") or {}).get("allocation") or {}).get("devices", {}).get("results") or [])


def wait_gone(client: KubeClient, obj: dict[str, Any], deadline: float, every: float = 0.3) -> None:
    """Returns once ``obj`` is gone (404); fails at ``deadline`` (``time.monotonic()``)."""
    while True:
        try:
            client.get(obj)
        except ApiError as exc:
            if exc.status == 404:
                return
            raise
        if time.monotonic() > deadline:
            raise AssertionError(f"{obj['kind']} {obj['metadata']['name']} not gone after the wait")
        time.sleep(every)


def delete_and_wait(client: KubeClient, objects: list[dict[str, Any]], timeout: float = 60) -> None:
    """Deletes the objects (pods first: their generated claims go with them) and waits until
    they and the claims generated for the pods are gone, so their devices are free again."""
    claims: list[dict[str, Any]] = []
    for obj in objects:
        if obj["kind"] == "Pod":
            try:
                live = client.get(obj)
            except ApiError:
                continue
            for status in (live.get("status") or {}).get("resourceClaimStatuses") or []:
                if status.get("resourceClaimName"):
                    claims.append({"apiVersion": "resource.k8s.io/v1", "kind": "ResourceClaim",
                                   "metadata": {"name": status["resourceClaimName"], "namespace": obj["metadata"]["namespace"]}})
    for obj in objects:
        try:
            client.delete(obj)
        except ApiError as exc:
            if exc.status != 404:
                raise
    deadline = time.monotonic() + timeout
    for obj in [*objects, *claims]:
        wait_gone(client, obj, deadline)
    settle(client, {o["metadata"]["namespace"] for o in objects if o["metadata"].get("namespace")}, timeout)


GPU_REQUEST = f"requests.{GPU_RESOURCE}"
DEVICE_QUOTA_SUFFIX = ".deviceclass.resource.k8s.io/devices"


def gpu_usage(client: KubeClient, namespace: str) -> dict[str, int]:
    """What the namespace's live objects use of its GPU quota keys, as the quota controller counts
    it: GPUs requested by pods that have not ended, devices requested by its ResourceClaims."""
    used: dict[str, int] = {GPU_REQUEST: 0}
    for pod in client.list("v1", "Pod", namespace):
        if (pod.get("status") or {}).get("phase") in ("Succeeded", "Failed"):
            continue
        containers = sum(int((c.get("resources") or {}).get("requests", {}).get(GPU_RESOURCE, 0)) for c in pod["spec"]["containers"])
        init = max([int((c.get("resources") or {}).get("requests", {}).get(GPU_RESOURCE, 0)) for c in pod["spec"].get("initContainers") or []] or [0])
        used[GPU_REQUEST] += max(containers, init)
    for claim in client.list("resource.k8s.io/v1", "ResourceClaim", namespace):
        for request in claim["spec"].get("devices", {}).get("requests") or []:
            exactly = request.get("exactly") or {}
            key = f"{exactly.get('deviceClassName')}{DEVICE_QUOTA_SUFFIX}"
            used[key] = used.get(key, 0) + int(exactly.get("count", 1))
    return used


def settle(client: KubeClient, namespaces: set[str], timeout: float = 60) -> None:
    """Waits until the quota controller has caught up with the namespaces' live objects: every GPU
    key of every ResourceQuota there says what the objects use (it lags a deletion by seconds, and
    the next test's admission would see the old usage)."""
    deadline = time.monotonic() + timeout
    for namespace in sorted(namespaces):
        while True:
            usage = gpu_usage(client, namespace)
            behind = {}
            for quota in client.list("v1", "ResourceQuota", namespace):
                used = (quota.get("status") or {}).get("used") or {}
                for key, value in used.items():
                    if key == GPU_REQUEST or key.endswith(DEVICE_QUOTA_SUFFIX):
                        if int(value) != usage.get(key, 0):
                            behind[f"{quota['metadata']['name']} {key}"] = (value, usage.get(key, 0))
            if not behind:
                break
            if time.monotonic() > deadline:
                raise AssertionError(f"quota usage in {namespace} did not catch up after {timeout}s: {behind} (recorded, live)")
            time.sleep(0.5)
