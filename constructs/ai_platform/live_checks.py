"""Live checks: what a component says a running cluster shows when it is installed. One definition
serves twice: the conformance statement prints it as the ``kubectl`` command a reviewer can type,
and ``verify`` runs it as read-only API calls.

A check's outcome is ``pass``, ``fail``, ``needs-a-GPU-node`` (what it looks for appears only on GPU
nodes the cluster does not have) or ``not-applicable``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from .kubeclient import ApiError, KubeClient
from .requirement import Requirement

PASS, FAIL, NEEDS_GPU, NOT_APPLICABLE = "pass", "fail", "needs-a-GPU-node", "not-applicable"
Outcome = tuple[str, str]
"""(outcome, detail)."""


@dataclass(frozen=True)
class ApiResource:
    """A resource of the Kubernetes API, as both kubectl and the REST path name it."""

    group: str
    """API group; ``""`` for the core group."""
    version: str
    plural: str
    namespaced: bool = True
    short: str = ""
    """The name kubectl users type, where it is shorter than ``<plural>.<group>`` and unambiguous."""

    @property
    def kubectl_name(self) -> str:
        return self.short or (f"{self.plural}.{self.group}" if self.group else self.plural)

    def path(self, name: str | None = None, namespace: str | None = None) -> str:
        base = f"/apis/{self.group}/{self.version}" if self.group else f"/api/{self.version}"
        scope = f"/namespaces/{namespace}" if self.namespaced and namespace else ""
        return f"{base}{scope}/{self.plural}" + (f"/{name}" if name else "")

    def kubectl_get(self, name: str | None = None, namespace: str | None = None) -> str:
        where = f" -n {namespace}" if namespace else (" -A" if self.namespaced and not name else "")
        return f"kubectl get {self.kubectl_name}{' ' + name if name else ''}{where}"


CRDS = ApiResource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespaced=False, short="crd")
DEPLOYMENTS = ApiResource("apps", "v1", "deployments", short="deployment")
DAEMONSETS = ApiResource("apps", "v1", "daemonsets", short="daemonset")


class Probe(Protocol):
    def kubectl(self) -> str:
        """The command a reviewer types to see the same thing."""

    def run(self, client: KubeClient) -> Outcome:
        """The same question as read-only API calls."""


def _get_optional(client: KubeClient, path: str) -> Any | None:
    try:
        return client.get_path(path)
    except ApiError as exc:
        if exc.status == 404:
            return None
        raise


@dataclass(frozen=True)
class Served:
    """An API group version is served."""

    group_version: str

    def kubectl(self) -> str:
        return f"kubectl api-resources --api-group={self.group_version.split('/')[0]}"

    def run(self, client: KubeClient) -> Outcome:
        client.get_path(f"/apis/{self.group_version}")
        return PASS, "API group version present"


@dataclass(frozen=True)
class Present:
    """One object exists."""

    resource: ApiResource
    name: str
    namespace: str | None = None
    what: str = ""

    def kubectl(self) -> str:
        return self.resource.kubectl_get(self.name, self.namespace)

    def run(self, client: KubeClient) -> Outcome:
        client.get_path(self.resource.path(self.name, self.namespace))
        return PASS, f"{self.what or self.resource.plural} present"


def crd(name: str) -> Present:
    return Present(CRDS, name, what=f"CRD {name}")


@dataclass(frozen=True)
class Listed:
    """At least ``minimum`` objects of a resource, in every namespace. When there are fewer,
    ``fewer`` is the outcome (``needs-a-GPU-node`` where only GPU nodes would make them)."""

    resource: ApiResource
    what: str
    minimum: int = 1
    fewer: str = FAIL
    fewer_detail: str = ""

    def kubectl(self) -> str:
        return self.resource.kubectl_get()

    def run(self, client: KubeClient) -> Outcome:
        items = client.get_path(self.resource.path()).get("items", [])
        if len(items) >= self.minimum:
            return PASS, f"{len(items)} {self.what}"
        return self.fewer, self.fewer_detail or f"{len(items)} {self.what}"


@dataclass(frozen=True)
class FieldHolds:
    """A field of one object holds a value (a list field: contains it)."""

    resource: ApiResource
    name: str
    field: tuple[str, ...]
    value: str
    holds: str
    fails: str

    def kubectl(self) -> str:
        return f"{self.resource.kubectl_get(self.name)} -o jsonpath='{{.{'.'.join(self.field)}}}'"

    def run(self, client: KubeClient) -> Outcome:
        found: Any = client.get_path(self.resource.path(self.name))
        for key in self.field:
            found = (found or {}).get(key)
        present = self.value in found if isinstance(found, list) else found == self.value
        return (PASS, self.holds) if present else (FAIL, self.fails)


@dataclass(frozen=True)
class DeploymentAvailable:
    namespace: str
    name: str

    def kubectl(self) -> str:
        return f"kubectl -n {self.namespace} get deployment {self.name}"

    def run(self, client: KubeClient) -> Outcome:
        deployment = _get_optional(client, DEPLOYMENTS.path(self.name, self.namespace))
        if deployment is None:
            return FAIL, f"deployment {self.namespace}/{self.name} not installed"
        available = deployment.get("status", {}).get("availableReplicas", 0)
        return (PASS if available else FAIL), f"{self.namespace}/{self.name}: {available} available"


@dataclass(frozen=True)
class DaemonSetReadyOnGpuNodes:
    namespace: str
    name: str

    def kubectl(self) -> str:
        return f"kubectl -n {self.namespace} get daemonset {self.name}"

    def run(self, client: KubeClient) -> Outcome:
        daemonset = _get_optional(client, DAEMONSETS.path(self.name, self.namespace))
        if daemonset is None:
            return FAIL, f"daemonset {self.namespace}/{self.name} missing"
        status = daemonset.get("status", {})
        if not status.get("desiredNumberScheduled"):
            return NEEDS_GPU, f"{self.namespace}/{self.name} scheduled on no node (no GPU node)"
        ready = status.get("numberReady", 0)
        return (PASS if ready == status["desiredNumberScheduled"] else FAIL), f"{ready}/{status['desiredNumberScheduled']} ready"


@dataclass(frozen=True)
class LiveCheck:
    requirement: Requirement
    name: str
    probe: Probe
    expect: str
    """What the reviewer sees when it passes, in words (printed with the kubectl command)."""

    def run(self, client: KubeClient) -> Outcome:
        try:
            return self.probe.run(client)
        except ApiError as exc:
            return FAIL, str(exc)
