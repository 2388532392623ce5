"""What every component is made of.

A component is one module of this package and, where it installs something upstream, one entry
of ``upstream.lock.yaml``. Its class says, when the platform is built for a profile:

- whether the profile deploys it (``enabled``) and the profile rules it owns (``rules``);
- its install (one :class:`Install`: a Helm chart, a kustomize configuration or plain upstream
  manifests, rendered at synth into a unit of their own) and its own objects (the cdk8s chart
  itself, one folder of ``dist/<profile>/``);
- the requirements it serves (``REQUIREMENTS``), its workloads (``workloads``: every Deployment
  and DaemonSet it runs, and where the DaemonSets run), the posture reasons of its rendered
  workloads (``POSTURE``, ``SETTLED``) and its live checks (``live_checks``).

Platform assembly, the conformance mapping, statements, posture, ``verify`` and the test bed's
operator registry derive from these declarations; nothing else lists components.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, ClassVar

import cdk8s
from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import (
    COMPONENT_LABEL,
    GPU_TAINT_EFFECT,
    GPU_TAINT_KEY,
    MANAGED_BY,
    MANAGED_BY_LABEL,
    NAME_LABEL,
    PART_OF,
    PART_OF_LABEL,
    VERSION_LABEL,
    Stage,
)
from ..live_checks import LiveCheck
from ..profile import Profile
from ..requirement import Requirement

PostureExemptions = Mapping[str, Mapping[str, str]]
"""``<Kind>/<name>`` of a rendered workload -> posture rule -> why it cannot follow it
(post-render annotation ``posture.ai-platform.dev/<rule>``, see posture.py). ``{release}`` in a
name stands for the install's release."""
PostureSettings = Mapping[str, Mapping[str, Any]]
"""``<Kind>/<name>`` of a rendered workload -> pod spec fields post-render sets where the chart
has no value for them (``automountServiceAccountToken``, ``securityContext``,
``containerSecurityContext``)."""
SecurityExemptions = Mapping[str, str]
"""``<Kind>/<name>`` of a rendered workload -> why it cannot run restricted (post-render
annotation ``ai-platform.dev/security-exemption``)."""


@dataclass(frozen=True)
class UpstreamFix:
    """A rendered object the pinned upstream version gets wrong, corrected in post-render until a
    pinned version fixes it. ``correct(obj, render, namespace)`` changes ``obj`` (``render``: every
    object of the install as upstream rendered it, to derive the right value from); it raises
    ``PlatformError`` when ``obj`` is not in the broken shape it was written for (a new pin fixed or
    changed it: re-check, then drop the fix). The object gets ``ai-platform.dev/upstream-fix``."""

    identity: str
    """``<Kind>/<name>`` of the rendered object (``{release}`` stands for the install's release)."""
    upstream: str
    """The upstream issue or pull request."""
    what: str
    """What is wrong, in a line."""
    correct: Callable[[dict[str, Any], Sequence[Mapping[str, Any]], str], None]


class InstallKind(StrEnum):
    HELM = "Helm"
    KUSTOMIZE = "kustomize"
    MANIFESTS = "upstream"
    """Pinned upstream files written into dist/ as they are (CRD bundles that need one owner)."""


@dataclass(frozen=True)
class Install:
    """Something upstream, pinned in ``upstream.lock.yaml`` (``component``), rendered at synth.

    A Helm chart or kustomize configuration renders into the unit ``<release>`` of ``stage``
    (its CRDs into ``<release>-crds`` of the CRDS stage, their one owner, never pruned); plain
    manifests into ``<component>-crds``. ``config`` is the chart's values or the kustomize
    overlay (images from the lock, patches); manifests take none.
    """

    kind: InstallKind
    component: str
    stage: Stage
    release: str = ""
    namespace: str | None = None
    config: Mapping[str, Any] = field(default_factory=dict)
    requirements: frozenset[Requirement] = frozenset()
    """Requirements this install serves when they are not its component's."""
    security_exemptions: SecurityExemptions = field(default_factory=dict)
    crds_owned_elsewhere: frozenset[str] = frozenset()
    """CRDs the chart bundles that another install owns: dropped from this render."""
    restricted_pods: tuple[str, ...] = ()
    """``<Kind>/<name>`` of workloads the chart gives no security context and has no value for,
    which run in a Pod Security ``restricted`` namespace: post-render adds the restricted one."""
    container_requests: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """``<Kind>/<name>/<container>`` -> resource requests, for containers whose chart has no
    value for them (post-render sets them where the container has none)."""
    posture: PostureExemptions = field(default_factory=dict)
    """The component's posture reasons for this install's workloads (applied where they exist)."""
    settled: PostureSettings = field(default_factory=dict)
    upstream_fixes: tuple[UpstreamFix, ...] = ()
    """Rendered objects the pinned version gets wrong, corrected with the upstream issue as reason."""

    @classmethod
    def helm(cls, component: str, release: str, namespace: str, stage: Stage, values: Mapping[str, Any], **more: Any) -> Install:
        return cls(InstallKind.HELM, component, stage, release, namespace, values, **more)

    @classmethod
    def kustomize(cls, component: str, release: str, namespace: str, stage: Stage, overlay: Mapping[str, Any], **more: Any) -> Install:
        return cls(InstallKind.KUSTOMIZE, component, stage, release, namespace, overlay, **more)

    @classmethod
    def manifests(cls, component: str, stage: Stage = Stage.CRDS, **more: Any) -> Install:
        return cls(InstallKind.MANIFESTS, component, stage, **more)

    @property
    def unit(self) -> str:
        """The folder of dist/<profile>/ its objects go to (its CRDs: ``<unit>-crds``)."""
        return f"{self.component}-crds" if self.kind is InstallKind.MANIFESTS else self.release


@dataclass(frozen=True)
class Workload:
    """A Deployment or DaemonSet a component runs (its own or rendered). A DaemonSet says where it
    runs: the simulated cluster checks that the real DaemonSet controller places it on exactly
    those nodes, and ``verify`` checks the GPU node agents are ready."""

    kind: str
    namespace: str
    name: str
    pools: frozenset[str] | None = None
    """DaemonSets: the node pools it runs on, or None for every node (system nodes included)."""

    @property
    def identity(self) -> str:
        return f"{self.kind}/{self.name}"


def deployment(namespace: str, name: str) -> Workload:
    return Workload("Deployment", namespace, name)


def daemonset(namespace: str, name: str, pools: Iterable[str] | None) -> Workload:
    return Workload("DaemonSet", namespace, name, None if pools is None else frozenset(pools))


@dataclass(frozen=True)
class ProfileProblem:
    """A profile rule a component owns, broken: the key path and what is allowed."""

    key: str
    message: str


class Component(cdk8s.Chart):
    """A component's own objects (one folder of ``dist/<profile>/``) and its declarations."""

    NAME: ClassVar[str]
    """Its folder in dist/<profile>/ (its own objects) and its name everywhere else."""
    LOCK: ClassVar[str | None] = None
    """Its entry in upstream.lock.yaml; None for the platform's own objects."""
    STAGE: ClassVar[Stage] = Stage.CONFIGURATION
    """When its own objects are synced (its install names its own stage)."""
    REQUIREMENTS: ClassVar[frozenset[Requirement]] = frozenset()
    PER_NAMESPACE_FOLDERS: ClassVar[bool] = False
    """Write namespaced objects under <folder>/<namespace>/ (components that repeat names per tenant)."""
    IMAGES: ClassVar[tuple[str, ...]] = ()
    """Lock components whose images its own objects run, besides ``LOCK``."""
    POSTURE: ClassVar[PostureExemptions] = {}
    """Posture rules its rendered workloads do not follow, with the reasons."""
    SETTLED: ClassVar[PostureSettings] = {}
    """Pod spec fields post-render settles on its rendered workloads."""

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        """Whether the profile deploys it."""
        return True

    @classmethod
    def rules(cls, profile: Profile) -> Iterable[ProfileProblem]:
        """The profile rules it owns, checked on every profile (deployed or not)."""
        return ()

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        """Every Deployment and DaemonSet it runs for the profile (held against the render by tests)."""
        return ()

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        """What a cluster with it installed shows (the statement prints them, ``verify`` runs them)."""
        return ()

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, self.NAME, disable_resource_name_hashes=True)
        self.profile = profile
        self.installs: list[Install] = []
        self.namespaces: dict[str, dict[str, str]] = {}
        """Namespaces its objects and installs live in, with the labels it needs on them (the
        platform's namespaces unit creates them)."""
        self.argo_ignore_differences: list[dict[str, Any]] = []
        """Fields a controller owns after sync (Argo CD ignoreDifferences entries)."""

    @property
    def components(self) -> tuple[str, ...]:
        """Lock components whose images or sources it deploys."""
        return tuple(dict.fromkeys([*([self.LOCK] if self.LOCK else []), *self.IMAGES]))

    def add_namespace(self, name: str, labels: Mapping[str, str] | None = None) -> str:
        self.namespaces.setdefault(name, {}).update(labels or {})
        return name

    def install(self, install: Install) -> Install:
        """Adds an install; its namespace is created by the platform with the others."""
        if install.namespace is not None:
            self.namespaces.setdefault(install.namespace, {})
        if install.kind is not InstallKind.MANIFESTS:
            install = replace(install, posture={**self.POSTURE, **install.posture}, settled={**self.SETTLED, **install.settled})
        self.installs.append(install)
        return install

    def requirements_of(self, install: Install | None = None) -> frozenset[Requirement]:
        """What an install (or, without one, its own objects) serves."""
        if install is not None and install.requirements:
            return install.requirements
        return self.REQUIREMENTS


def standard_labels(name: str, component: str, version: str | None = None) -> dict[str, str]:
    labels = {
        NAME_LABEL: name,
        COMPONENT_LABEL: component,
        PART_OF_LABEL: PART_OF,
        MANAGED_BY_LABEL: MANAGED_BY,
    }
    if version:
        labels[VERSION_LABEL] = version
    return labels


def custom_resource_metadata(
    name: str, component: str, namespace: str | None = None, **extra: Any
) -> cdk8s.ApiObjectMetadata:
    """Metadata for objects of imported (custom resource) classes, with the standard labels."""
    return cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=standard_labels(name, component), **extra)


def requests(cpu: str, memory: str) -> dict[str, dict[str, str]]:
    """Chart ``resources`` value with requests only (CPU limits are left to the scheduler)."""
    return {"requests": {"cpu": cpu, "memory": memory}}


RESTRICTED_POD: dict[str, object] = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
"""Pod securityContext of Pod Security ``restricted``, as a chart value."""
RESTRICTED_CONTAINER: dict[str, object] = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}
"""Container securityContext of Pod Security ``restricted``, as a chart value."""


def gpu_toleration() -> dict[str, str]:
    """The toleration of the GPU taint, as a chart value."""
    return {"key": GPU_TAINT_KEY, "operator": "Exists", "effect": GPU_TAINT_EFFECT}


def gpu_tolerations() -> list[k8s.Toleration]:
    """The toleration of the GPU taint, for the components' own pod specs."""
    return [k8s.Toleration(key=GPU_TAINT_KEY, operator="Exists", effect=GPU_TAINT_EFFECT)]
