"""Which real operators a profile's simulated cluster runs: one entry per operator, turned on by
the dist/ unit that deploys it (data flows from dist/, never from the profile's keys again).

``main.py testbed --simulated PROFILE --operators`` starts them all; each behaviour test module
starts only the one it tests. Prometheus and prometheus-adapter are not in the registry: they
need the API server's aggregation layer and a route from dist/'s Service to the host, which only
``tests/test_simulated_pod_autoscaling.py`` sets up (docs/simulated/metrics.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ai_platform.profile import Profile
from ai_platform.upstream import UpstreamCache

from testbed.operators.host import HostOperator

Report = Callable[[str], None]


@dataclass(frozen=True)
class Started:
    """What the simulated cluster needs for one operator: the host processes and any objects a
    real cloud would provide (the autoscaler's kwok provider reads node-group templates)."""

    operators: list[HostOperator]
    extra_documents: list[Any]


@dataclass(frozen=True)
class SimulatedOperator:
    name: str
    unit: str
    """Folder of dist/<profile>/ that deploys it: the operator runs when the folder exists."""
    doc: str
    """Its page under docs/simulated/."""
    start: Callable[[Profile, Sequence[Any], Report, UpstreamCache], Started]


def _volcano(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    from testbed.operators.volcano import build_volcano, volcano_operators

    return Started(volcano_operators(docs, build_volcano(report, cache)), [])


def _kueue(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    from testbed.operators.kueue import build_kueue, kueue_operator

    return Started([kueue_operator(build_kueue(report), docs)], [])


def _kuberay(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    from testbed.operators.kuberay import build_kuberay, kuberay_operator

    return Started([kuberay_operator(build_kuberay(report, cache), docs)], [])


def _autoscaler(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    from testbed.operators.cluster_autoscaler import autoscaler_operator, build_autoscaler, provider_documents

    return Started([autoscaler_operator(build_autoscaler(report, cache), docs)], list(provider_documents(profile, docs)))


def _envoy_gateway(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    from testbed.operators.envoy_gateway import build_envoy_gateway, certgen_documents, envoy_gateway_operator

    binary = build_envoy_gateway(report)
    secrets = certgen_documents(binary, docs)
    return Started([envoy_gateway_operator(binary, [*docs, *secrets])], list(secrets))


REGISTRY: tuple[SimulatedOperator, ...] = (
    SimulatedOperator("volcano", "volcano", "docs/simulated/volcano.md", _volcano),
    SimulatedOperator("kueue", "kueue", "docs/simulated/kueue.md", _kueue),
    SimulatedOperator("kuberay", "kuberay-operator", "docs/simulated/kuberay.md", _kuberay),
    SimulatedOperator("cluster-autoscaler", "cluster-autoscaler", "docs/simulated/autoscaler.md", _autoscaler),
    SimulatedOperator("envoy-gateway", "envoy-gateway", "docs/simulated/envoy-gateway.md", _envoy_gateway),
)


def operators_of(dist_dir: Path) -> list[SimulatedOperator]:
    """The registry entries whose dist/ unit the profile deploys."""
    return [entry for entry in REGISTRY if (dist_dir / entry.unit).is_dir()]


def start_all(profile: Profile, dist_dir: Path, docs: Sequence[Any], report: Report,
              cache: UpstreamCache | None = None) -> Started:
    """Builds (cached) and prepares every operator of the profile's dist/."""
    cache = cache or UpstreamCache()
    operators: list[HostOperator] = []
    extra: list[Any] = []
    for entry in operators_of(dist_dir):
        report(f"{entry.name}: building or reusing its binary ({entry.doc})")
        started = entry.start(profile, docs, report, cache)
        operators += started.operators
        extra += started.extra_documents
    return Started(operators, extra)
