"""What every platform part shares: its chart, its deployment stage, its Helm installs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

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


@dataclass(frozen=True)
class HelmInstall:
    """An upstream chart, pinned in upstream.lock.yaml, installed with typed values."""

    release: str
    namespace: str
    component: str
    stage: Stage
    values: Mapping[str, Any] = field(default_factory=dict)
    skip_crds: bool = False
    """Leave the chart's bundled CRDs alone because another unit owns them."""


@dataclass(frozen=True)
class UpstreamManifestsInstall:
    """A folder of upstream manifests (``manifests`` in upstream.lock.yaml) synced from Git."""

    component: str
    stage: Stage


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
    """A cdk8s chart whose objects form one folder of ``dist/<profile>/``.

    ``namespaces`` lists the namespaces the part's objects live in; the namespaces part
    creates them. ``helm_installs`` are upstream charts the GitOps layer installs for it.
    """

    def __init__(self, scope: Construct, name: str, stage: Stage, *, per_namespace_folders: bool = False) -> None:
        super().__init__(scope, name, disable_resource_name_hashes=True)
        self.part_name = name
        self.stage = stage
        self.per_namespace_folders = per_namespace_folders
        """Write namespaced objects under <part>/<namespace>/ (parts that repeat names per tenant)."""
        self.helm_installs: list[HelmInstall] = []
        self.upstream_manifests: list[UpstreamManifestsInstall] = []
        self.argo_ignore_differences: list[dict[str, Any]] = []
        """Fields a controller owns after sync (Argo CD ignoreDifferences entries)."""
        self.namespaces: dict[str, dict[str, str]] = {}

    def add_namespace(self, name: str, labels: Mapping[str, str] | None = None) -> str:
        self.namespaces[name] = dict(labels or {})
        return name

    def add_upstream_manifests(self, component: str, stage: Stage) -> None:
        self.upstream_manifests.append(UpstreamManifestsInstall(component, stage))

    def add_helm_install(self, install: HelmInstall) -> None:
        self.namespaces.setdefault(install.namespace, {})
        self.helm_installs.append(install)
