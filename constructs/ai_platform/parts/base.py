"""What every platform part shares: its chart, its deployment stage, its Helm installs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, ClassVar

import cdk8s
from constructs import Construct

PART_OF = "ai-platform"
MANAGED_BY = "cdk8s"
NODE_POOL_LABEL = "ai-platform.dev/node-pool"
SECURITY_EXEMPTION_ANNOTATION = "ai-platform.dev/security-exemption"
"""Set on a workload that cannot run with the restricted securityContext, with the reason."""


class Stage(IntEnum):
    """Deployment order; Argo CD sync waves and Flux dependsOn follow it."""

    NAMESPACES = 0
    CRDS = 1
    OPERATORS = 2
    CONFIGURATION = 3
    WORKLOADS = 4


PostureExemptions = Mapping[str, Mapping[str, str]]
"""``<Kind>/<name>`` of a rendered workload -> posture rule -> why it cannot follow it
(post-render annotation ``posture.ai-platform.dev/<rule>``, see posture.py)."""
PostureSettings = Mapping[str, Mapping[str, Any]]
"""``<Kind>/<name>`` of a rendered workload -> pod spec fields post-render sets where the
chart has no value for them (``automountServiceAccountToken``, ``securityContext``)."""

SecurityExemptions = Mapping[str, str]
"""``<Kind>/<name>`` of a rendered workload -> why it cannot run restricted (post-render
annotation ``ai-platform.dev/security-exemption``)."""


@dataclass(frozen=True)
class HelmInstall:
    """An upstream chart, pinned in upstream.lock.yaml, rendered at synth with typed values.

    Its CRDs go to a unit ``<release>-crds`` of the CRDS stage (one owner, never pruned);
    everything else to the unit ``<release>`` of ``stage``.
    """

    release: str
    namespace: str
    component: str
    stage: Stage
    values: Mapping[str, Any] = field(default_factory=dict)
    requirements: tuple[str, ...] = ()
    """Conformance requirement ids this install serves (empty: those of its part)."""
    security_exemptions: SecurityExemptions = field(default_factory=dict)
    crds_owned_elsewhere: frozenset[str] = frozenset()
    """CRDs the chart bundles that another install owns: dropped from this render."""
    restricted_pods: tuple[str, ...] = ()
    """``<Kind>/<name>`` of workloads the chart gives no security context and has no value for,
    which run in a Pod Security ``restricted`` namespace: post-render adds the restricted one."""
    container_requests: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """``<Kind>/<name>/<container>`` -> resource requests, for containers whose chart has no
    value for them (post-render sets them where the container has none)."""
    posture_exemptions: PostureExemptions = field(default_factory=dict)
    posture_settings: PostureSettings = field(default_factory=dict)


@dataclass(frozen=True)
class KustomizeInstall:
    """An upstream kustomize configuration (``kustomize`` in upstream.lock.yaml), rendered at
    synth with an overlay of ours (images from the lock, patches)."""

    release: str
    namespace: str
    component: str
    stage: Stage
    overlay: Mapping[str, Any] = field(default_factory=dict)
    requirements: tuple[str, ...] = ()
    """Conformance requirement ids this install serves (empty: those of its part)."""
    security_exemptions: SecurityExemptions = field(default_factory=dict)
    posture_exemptions: PostureExemptions = field(default_factory=dict)
    posture_settings: PostureSettings = field(default_factory=dict)


@dataclass(frozen=True)
class UpstreamManifestsInstall:
    """The pinned files of a folder of upstream manifests (``manifests`` in upstream.lock.yaml),
    written into dist/ as they are (CRD bundles that need exactly one owner)."""

    component: str
    stage: Stage
    requirements: tuple[str, ...] = ()
    """Conformance requirement ids this install serves (empty: those of its part)."""


@dataclass(frozen=True)
class NodeAgent:
    """A DaemonSet of the part and the node pools it is meant to run on: the simulated cluster
    checks that the real DaemonSet controller places it on exactly those nodes."""

    namespace: str
    name: str
    pools: frozenset[str] | None
    """Pool names, or None for every node (system nodes included)."""


def standard_labels(name: str, component: str, version: str | None = None) -> dict[str, str]:
    labels = {
        "app.kubernetes.io/name": name,
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/part-of": PART_OF,
        "app.kubernetes.io/managed-by": MANAGED_BY,
    }
    if version:
        labels["app.kubernetes.io/version"] = version
    return labels


def custom_resource_metadata(
    name: str, component: str, namespace: str | None = None, **extra: Any
) -> cdk8s.ApiObjectMetadata:
    """Metadata for objects of imported (custom resource) classes, with the standard labels."""
    return cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=standard_labels(name, component), **extra)


class PlatformPart(cdk8s.Chart):
    REQUIREMENTS: ClassVar[tuple[str, ...]] = ()
    """Conformance requirement ids the part's own objects serve (and, unless they name their
    own, its installs): the conformance mapping, statements and ``verify`` derive from it."""
    COMPONENTS: ClassVar[tuple[str, ...]] = ()
    """Lock components whose images the part's own objects run (installs name theirs)."""

    """A cdk8s chart whose objects form one folder of ``dist/<profile>/``.

    ``namespaces`` lists the namespaces the part's objects live in; the namespaces part
    creates them. ``helm_installs`` and ``kustomize_installs`` are upstream configurations
    rendered at synth into units of their own (see ``charts/hydrate.py``).
    """

    def __init__(self, scope: Construct, name: str, stage: Stage, *, per_namespace_folders: bool = False) -> None:
        super().__init__(scope, name, disable_resource_name_hashes=True)
        self.part_name = name
        self.stage = stage
        self.per_namespace_folders = per_namespace_folders
        """Write namespaced objects under <part>/<namespace>/ (parts that repeat names per tenant)."""
        self.helm_installs: list[HelmInstall] = []
        self.kustomize_installs: list[KustomizeInstall] = []
        self.upstream_manifests: list[UpstreamManifestsInstall] = []
        self.argo_ignore_differences: list[dict[str, Any]] = []
        """Fields a controller owns after sync (Argo CD ignoreDifferences entries)."""
        self.namespaces: dict[str, dict[str, str]] = {}
        self.components: tuple[str, ...] = self.COMPONENTS
        self.node_agents: list[NodeAgent] = []
        """Every DaemonSet the part deploys (its own or rendered) and where it should run."""

    @classmethod
    def enabled(cls, profile: Any) -> bool:
        """Whether the profile deploys this part (the registry in platform.py asks)."""
        return True

    def requirements_of(self, install: Any | None = None) -> tuple[str, ...]:
        return (getattr(install, "requirements", ()) or self.REQUIREMENTS) if install is not None else self.REQUIREMENTS

    def add_namespace(self, name: str, labels: Mapping[str, str] | None = None) -> str:
        self.namespaces[name] = dict(labels or {})
        return name

    def add_node_agent(self, namespace: str, name: str, pools: frozenset[str] | None) -> None:
        self.node_agents.append(NodeAgent(namespace, name, pools))

    def add_upstream_manifests(self, component: str, stage: Stage, requirements: tuple[str, ...] = ()) -> None:
        self.upstream_manifests.append(UpstreamManifestsInstall(component, stage, requirements))

    def add_helm_install(self, install: HelmInstall) -> None:
        self.namespaces.setdefault(install.namespace, {})
        self.helm_installs.append(install)

    def add_kustomize_install(self, install: KustomizeInstall) -> None:
        self.namespaces.setdefault(install.namespace, {})
        self.kustomize_installs.append(install)


def requests(cpu: str, memory: str) -> dict[str, dict[str, str]]:
    """Chart ``resources`` value with requests only (CPU limits are left to the scheduler)."""
    return {"requests": {"cpu": cpu, "memory": memory}}


RESTRICTED_POD: dict[str, object] = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
"""Pod securityContext of Pod Security ``restricted``, as a chart value."""
RESTRICTED_CONTAINER: dict[str, object] = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}
"""Container securityContext of Pod Security ``restricted``, as a chart value."""
