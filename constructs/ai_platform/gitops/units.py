"""Deploy units: what a GitOps tool syncs, one per part folder and one per Helm release."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from dataclasses import dataclass

from ..kinds import is_builtin
from ..parts.base import HelmInstall, PlatformPart, Stage, UpstreamManifestsInstall


@dataclass(frozen=True)
class DeployUnit:
    name: str
    stage: Stage
    helm: HelmInstall | None = None
    has_custom_resources: bool = False
    """True when the unit applies custom resources whose CRD may arrive in the same sync."""
    upstream: UpstreamManifestsInstall | None = None
    ignore_differences: tuple[dict[str, Any], ...] = ()


def units_for(parts: Iterable[PlatformPart]) -> list[DeployUnit]:
    """A unit per part folder that has objects, and one per Helm release, in stage order."""
    units: list[DeployUnit] = []
    for part in parts:
        if part.api_objects:
            custom = any(not is_builtin(o.api_version) for o in part.api_objects)
            units.append(
                DeployUnit(part.part_name, part.stage, None, custom, ignore_differences=tuple(part.argo_ignore_differences))
            )
        for install in part.helm_installs:
            units.append(DeployUnit(f"helm-{install.release}", install.stage, install))
        for manifests in part.upstream_manifests:
            units.append(DeployUnit(f"upstream-{manifests.component}", manifests.stage, upstream=manifests))
    return sorted(units, key=lambda u: (u.stage, u.name))


def dependencies(unit: DeployUnit, units: Sequence[DeployUnit]) -> list[DeployUnit]:
    """The units of the latest earlier stage that has any: what must be ready first."""
    earlier = [u.stage for u in units if u.stage < unit.stage]
    if not earlier:
        return []
    previous = max(earlier)
    return [u for u in units if u.stage == previous]
