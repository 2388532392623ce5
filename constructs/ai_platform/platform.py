"""Builds the parts and GitOps charts of one profile (no files written here)."""

from __future__ import annotations

from dataclasses import dataclass

import cdk8s

from .charts.hydrate import RenderedUnit, hydrate
from .charts.rendering import Renderer
from .gitops.argocd import ArgoCdApps, ArgoCdBootstrap
from .gitops.flux import FluxSources
from .gitops.units import DeployUnit, units_for
from .parts.accelerator_access_policy import AcceleratorAccessPolicyPart
from .parts.base import PlatformPart
from .parts.autoscaling import AutoscalingPart
from .parts.dynamic_resource_allocation import DynamicResourceAllocationPart
from .parts.gang_scheduling import GangSchedulingPart
from .parts.gpu_metrics import GpuMetricsPart
from .parts.inference_gateway import InferenceGatewayPart
from .parts.inference_services import InferenceServicesPart
from .parts.monitoring import MonitoringPart
from .parts.namespaces import NamespacesPart
from .parts.nvidia_device_plugin import NvidiaDevicePluginPart
from .parts.nvidia_gpu_operator import NvidiaGpuOperatorPart
from .parts.ray import RayPart
from .parts.service_metrics import ServiceMetricsPart
from .parts.tenant_guardrails import TenantGuardrailsPart
from .profile import GitOpsTool, Profile

@dataclass
class BuiltPlatform:
    profile: Profile
    parts: list[PlatformPart]
    units: list[DeployUnit]
    rendered: list[RenderedUnit]
    """Upstream installs rendered into objects (one folder each)."""
    gitops: dict[str, list[cdk8s.Chart]]
    """Folder under dist/<profile>/ -> the charts written there."""


PARTS: tuple[type[PlatformPart], ...] = (
    NvidiaGpuOperatorPart,
    NvidiaDevicePluginPart,
    DynamicResourceAllocationPart,
    AcceleratorAccessPolicyPart,
    TenantGuardrailsPart,
    MonitoringPart,
    GpuMetricsPart,
    ServiceMetricsPart,
    GangSchedulingPart,
    AutoscalingPart,
    RayPart,
    InferenceGatewayPart,
    InferenceServicesPart,
)
"""Every platform part, in build order; each says itself when a profile deploys it."""


def _platform_parts(app: cdk8s.App, profile: Profile) -> list[PlatformPart]:
    return [part(app, profile) for part in PARTS if part.enabled(profile)]


def build_platform(profile: Profile, dist_path: str, renderer: Renderer | None = None) -> BuiltPlatform:
    """All objects of a profile; ``dist_path`` is dist/<profile> relative to the repository."""
    app = cdk8s.App()
    parts = _platform_parts(app, profile)
    tenants = {t.name for t in profile.tenant_namespaces}
    system_namespaces: dict[str, dict[str, str]] = {}
    for part in parts:
        for name, labels in part.namespaces.items():
            if name not in tenants:  # a chart installed into a tenant namespace keeps it a tenant
                system_namespaces.setdefault(name, {}).update(labels)
    parts.insert(0, NamespacesPart(app, system_namespaces, profile.tenant_namespaces))

    rendered = hydrate(parts, profile, renderer)
    units = units_for(parts, rendered)
    gitops: dict[str, list[cdk8s.Chart]] = {}
    if profile.uses(GitOpsTool.ARGOCD):
        gitops["argocd/bootstrap"] = [ArgoCdBootstrap(app, profile, units, dist_path)]
        gitops["argocd/apps"] = [ArgoCdApps(app, profile, units, dist_path)]
    if profile.uses(GitOpsTool.FLUX):
        gitops["flux"] = [FluxSources(app, profile, units, dist_path)]
    return BuiltPlatform(profile, parts, units, rendered, gitops)
