"""Deploy units: what a GitOps tool syncs. Every unit is one folder of ``dist/<profile>/``:
the folder of a component with objects of its own, or the rendered objects of one upstream install (its
CRDs in a unit of their own)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..charts.hydrate import RenderedUnit
from ..components.base import Component, Install
from ..conventions import Stage
from ..kinds import is_builtin
from ..requirement import Requirement


@dataclass(frozen=True)
class DeployUnit:
    name: str
    stage: Stage
    install: Install | None = None
    """What the unit's objects were rendered from (None: the component's own objects)."""
    has_custom_resources: bool = False
    """True when the unit applies custom resources whose CRD may arrive in the same sync."""
    ignore_differences: tuple[dict[str, Any], ...] = ()
    owns_crds: bool = False
    """The unit is the one owner of CRDs: it is never pruned (that would delete every object)."""
    requirements: frozenset[Requirement] = frozenset()
    """Conformance requirements the unit's objects serve (declared by its component or install)."""
    components: tuple[str, ...] = ()
    """Lock components whose images or sources the unit deploys."""


def _custom(objects: Iterable[dict[str, Any]]) -> bool:
    return any(not is_builtin(o["apiVersion"]) for o in objects)


def units_for(components: Iterable[Component], rendered: Sequence[RenderedUnit] = ()) -> list[DeployUnit]:
    """A unit per component folder that has objects and per rendered folder, in stage order."""
    units: list[DeployUnit] = []
    for component in components:
        if component.api_objects:
            custom = any(not is_builtin(o.api_version) for o in component.api_objects)
            units.append(
                DeployUnit(
                    component.NAME, component.STAGE, None, custom, ignore_differences=tuple(component.argo_ignore_differences),
                    requirements=component.requirements_of(), components=component.components,
                )
            )
    for unit in rendered:
        units.append(
            DeployUnit(
                unit.name,
                unit.stage,
                install=unit.source,
                has_custom_resources=_custom(unit.objects),
                owns_crds=unit.crds,
                requirements=unit.requirements,
                components=(unit.source.component,),
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
