"""Which real operators a profile's simulated cluster runs: every package of ``testbed/operators/``
that declares an ``OPERATOR`` (the component of the construct library whose workload it runs on
the host, its page and how it starts), discovered, never listed; a profile runs those whose
component it deploys (``enabled_components``: what platform assembly builds; never the profile's keys
again).

``main.py testbed --simulated PROFILE --operators`` starts them all, and so does the simulated test
level's shared cluster. Prometheus and prometheus-adapter declare no ``OPERATOR``: they need the API
server's aggregation layer and a route from dist/'s Service to the host, which only the metrics
behaviour module sets up (docs/simulated/metrics.md).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ai_platform.components.base import Component
from ai_platform.gobuild import GoProgram, Report
from ai_platform.platform import enabled_components
from ai_platform.profile import Profile
from ai_platform.upstream import UpstreamCache

import testbed.operators
from testbed.operators.host import HostOperator


@dataclass(frozen=True)
class Started:
    """What the simulated cluster needs for one operator: the host processes and any objects a
    real cloud would provide (the autoscaler's kwok provider reads node-group templates)."""

    operators: list[HostOperator]
    extra_documents: list[Any]


@dataclass(frozen=True)
class SimulatedOperator:
    component: type[Component]
    """The component whose workload this operator is (it runs when the profile deploys it)."""
    doc: str
    """Its page under docs/simulated/."""
    programs: Callable[[UpstreamCache], list[GoProgram]]
    """What it is built from (the test command builds these before the simulated level)."""
    start: Callable[[Profile, Sequence[Any], Report, UpstreamCache], Started]

    @property
    def name(self) -> str:
        assert self.component.LOCK is not None
        return self.component.LOCK


@functools.cache
def registry() -> tuple[SimulatedOperator, ...]:
    """Every declared operator, by package name."""
    found = []
    for info in sorted(pkgutil.iter_modules(testbed.operators.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"testbed.operators.{info.name}")
        entry = getattr(module, "OPERATOR", None)
        if entry is not None:
            found.append(entry)
    return tuple(found)


def operators_of(profile: Profile) -> list[SimulatedOperator]:
    """The operators whose component the profile deploys (what platform assembly builds)."""
    deployed = set(enabled_components(profile))
    return [entry for entry in registry() if entry.component in deployed]


def start_all(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache | None = None) -> Started:
    """Builds (cached) and prepares every operator of the profile's components."""
    return start(operators_of(profile), profile, docs, report, cache)


def operator_of(component: type[Component]) -> SimulatedOperator:
    """The declared operator of one component (a test module that runs only its own)."""
    found = [entry for entry in registry() if entry.component is component]
    if not found:
        raise LookupError(f"no package of testbed/operators/ declares an OPERATOR for {component.__name__}")
    return found[0]


def start(entries: Sequence[SimulatedOperator], profile: Profile, docs: Sequence[Any], report: Report,
          cache: UpstreamCache | None = None) -> Started:
    """Builds (cached) and prepares the given operators for the profile's dist/ objects."""
    cache = cache or UpstreamCache()
    operators: list[HostOperator] = []
    extra: list[Any] = []
    for entry in entries:
        report(f"{entry.name}: building or reusing its binary ({entry.doc})")
        started = entry.start(profile, docs, report, cache)
        operators += started.operators
        extra += started.extra_documents
    return Started(operators, extra)
