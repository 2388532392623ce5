"""Builds the platform of one profile (no files written here): every component the profile
deploys (``components/``, discovered), the namespaces they and the tenants need, their installs
rendered, the deploy units and the GitOps charts.

The built platform is what every later step reads (render, conformance, statements, ``verify``):
one build per profile and command, and none of them reads ``dist/`` back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import cdk8s

from .charts.hydrate import RenderedUnit, hydrate
from .charts.rendering import Renderer
from .components import all_components
from .components.base import Component, Workload
from .gitops.argocd import ArgoCdApps, ArgoCdBootstrap
from .gitops.flux import FluxSources
from .gitops.units import DeployUnit, units_for
from .live_checks import LiveCheck
from .namespaces import Namespaces
from .profile import GitOpsTool, Profile


@dataclass
class BuiltPlatform:
    profile: Profile
    components: list[Component]
    """The components the profile deploys, the namespaces unit first."""
    units: list[DeployUnit]
    rendered: list[RenderedUnit]
    """Upstream installs rendered into objects (one folder each)."""
    gitops: dict[str, list[cdk8s.Chart]]
    """Folder under dist/<profile>/ -> the charts written there."""
    dist_path: str
    """dist/<profile> relative to the repository (where Argo CD and Flux find it)."""

    def unit(self, name: str) -> DeployUnit:
        return next(u for u in self.units if u.name == name)

    def component(self, kind: type[Component]) -> Component | None:
        return next((c for c in self.components if isinstance(c, kind)), None)

    def workloads(self) -> Iterator[tuple[Component, Workload]]:
        """Every Deployment and DaemonSet the platform runs, with the component that declares it."""
        for component in self.components:
            for workload in component.workloads(self.profile):
                yield component, workload

    def live_checks(self) -> Iterator[LiveCheck]:
        for component in self.components:
            yield from component.live_checks(self.profile)


def enabled_components(profile: Profile) -> list[type[Component]]:
    """The components the profile deploys, in discovery order."""
    return [component for component in all_components() if component.enabled(profile)]


def build_platform(profile: Profile, dist_path: str, renderer: Renderer | None = None) -> BuiltPlatform:
    """All objects of a profile; ``dist_path`` is dist/<profile> relative to the repository."""
    app = cdk8s.App()
    components: list[Component] = [component(app, profile) for component in enabled_components(profile)]
    tenants = {t.name for t in profile.tenant_namespaces}
    system_namespaces: dict[str, dict[str, str]] = {}
    for component in components:
        for name, labels in component.namespaces.items():
            if name not in tenants:  # a chart installed into a tenant namespace keeps it a tenant
                system_namespaces.setdefault(name, {}).update(labels)
    components.insert(0, Namespaces(app, profile, system_namespaces))

    rendered = hydrate(components, profile, renderer)
    units = units_for(components, rendered)
    gitops: dict[str, list[cdk8s.Chart]] = {}
    if profile.uses(GitOpsTool.ARGOCD):
        gitops["argocd/bootstrap"] = [ArgoCdBootstrap(app, profile, units, dist_path)]
        gitops["argocd/apps"] = [ArgoCdApps(app, profile, units, dist_path)]
    if profile.uses(GitOpsTool.FLUX):
        gitops["flux"] = [FluxSources(app, profile, units, dist_path)]
    return BuiltPlatform(profile, components, units, rendered, gitops, dist_path)
