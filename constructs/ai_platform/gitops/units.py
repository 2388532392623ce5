"""Deploy units: what a GitOps tool syncs. Every unit is one folder of ``dist/<profile>/``:
the folder of a part with objects, or the rendered objects of one upstream install (its
CRDs in a unit of their own)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..charts.hydrate import RenderedUnit
from ..kinds import is_builtin
from ..parts.base import HelmInstall, KustomizeInstall, PlatformPart, Stage, UpstreamManifestsInstall


@dataclass(frozen=True)
class DeployUnit:
    name: str
    stage: Stage
    helm: HelmInstall | None = None
    """The chart this unit's objects were rendered from (not set on its CRD unit)."""
    has_custom_resources: bool = False
    """True when the unit applies custom resources whose CRD may arrive in the same sync."""
    upstream: UpstreamManifestsInstall | None = None
    ignore_differences: tuple[dict[str, Any], ...] = ()
    kustomize: KustomizeInstall | None = None
    owns_crds: bool = False
    """The unit is the one owner of CRDs: it is never pruned (that would delete every object)."""
    requirements: tuple[str, ...] = ()
    """Conformance requirement ids the unit's objects serve (declared by its part or install)."""
    components: tuple[str, ...] = ()
    """Lock components whose images or sources the unit deploys."""


def _custom(objects: Iterable[dict[str, Any]]) -> bool:
    return any(not is_builtin(o["apiVersion"]) for o in objects)


def units_for(parts: Iterable[PlatformPart], rendered: Sequence[RenderedUnit] = ()) -> list[DeployUnit]:
    """A unit per part folder that has objects and per rendered folder, in stage order."""
    units: list[DeployUnit] = []
    for part in parts:
        if part.api_objects:
            custom = any(not is_builtin(o.api_version) for o in part.api_objects)
            units.append(
                DeployUnit(
                    part.part_name, part.stage, None, custom, ignore_differences=tuple(part.argo_ignore_differences),
                    requirements=part.requirements_of(), components=part.components,
                )
            )
    for unit in rendered:
        source = unit.source
        units.append(
            DeployUnit(
                unit.name,
                unit.stage,
                helm=source if isinstance(source, HelmInstall) and not unit.crds else None,
                has_custom_resources=_custom(unit.objects),
                upstream=source if isinstance(source, UpstreamManifestsInstall) else None,
                kustomize=source if isinstance(source, KustomizeInstall) and not unit.crds else None,
                owns_crds=unit.crds,
                requirements=unit.requirements,
                components=(source.component,),
            )
        )
    return sorted(units, key=lambda u: (u.stage, u.name))


def dependencies(unit: DeployUnit, units: Sequence[DeployUnit]) -> list[DeployUnit]:
    """The units of the latest earlier stage that has any: what must be ready first."""
    earlier = [u.stage for u in units if u.stage < unit.stage]
    if not earlier:
        return []
    previous = max(earlier)
    return [u for u in units if u.stage == previous]
