"""The fixtures every simulated-cluster module shares (registered by tests/conftest.py), declared once:

- ``start_cluster(profile, *components)``: a profile's simulated cluster with its dist/ applied and
  the host operators of the given components, taken from the operator registry
  (``testbed/operators/registry.py``: how each is built and started), with progress on the terminal;
- ``cluster``: the profile's **shared** cluster, one per profile per run (session scope,
  parametrized by profile, so pytest runs every test of one profile before the next profile's
  cluster starts). It runs no host operators; a module uses it by defining no ``cluster`` of its own
  and saying ``SHARES_THE_PROFILE_CLUSTER = True`` (the test command then keeps the module's tests of
  a profile in that profile's shard). Its tests clean up what they make (``created``: deleted,
  waited for, quota settled) and put back what they break;
- ``client`` of the module's cluster, and ``created``.

Modules that run operators start a cluster of their own (``start_cluster`` with their component):
their operators act on every object of the cluster and the modules reshape it for them (KubeRay
turns dist/'s RayCluster into pods; the autoscaler adds a node for a pending pod a node group
could hold, which another module's negative control keeps pending on purpose; the Volcano module
scales dist/'s GPU Deployments to zero; the Kueue module deletes dist/'s queued RayClusters, which
would block Kueue's admission with no KubeRay to run them)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ContextManager

import pytest

from ai_platform.components.base import Component
from ai_platform.kubeclient import KubeClient
from ai_platform.upstream import UpstreamCache
from conftest import PROFILE_NAMES
from levels import SHARED_CLUSTER_MARK
from testbed.operators.registry import operator_of, start
from testbed.simulated import SimulatedCluster

StartCluster = Callable[..., ContextManager[SimulatedCluster]]


@pytest.fixture(scope="session")
def start_cluster(upstream_cache: UpstreamCache, testbed_binary: Path, kwok_binary: Path,
                  announce: Callable[[str], None]) -> StartCluster:
    """``start_cluster(profile, *components, aggregation=False)``: a context manager of the profile's
    simulated cluster with dist/ applied and the given components' host operators running."""
    from conftest import dist_documents, make_profile, profile_data

    @contextlib.contextmanager
    def started(name: str, *components: type[Component], aggregation: bool = False) -> Iterator[SimulatedCluster]:
        profile = make_profile(profile_data(name))
        docs = list(dist_documents(name))
        entries = [operator_of(component) for component in components]
        what = ", ".join(entry.name for entry in entries) or "no host operators"
        began = time.monotonic()
        announce(f"simulated cluster for {name}: control plane, scheduler, controller-manager, KWOK, dist/{name} and {what}")
        operators = start(entries, profile, docs, announce, upstream_cache)
        with SimulatedCluster(testbed_binary, kwok_binary, profile, [*docs, *operators.extra_documents], upstream_cache,
                              operators=operators.operators, aggregation=aggregation) as sim:
            announce(f"simulated cluster for {name} ({what}) ready in {time.monotonic() - began:.0f} s")
            yield sim

    return started


@pytest.fixture(scope="session", params=PROFILE_NAMES)
def cluster(request: pytest.FixtureRequest, start_cluster: StartCluster) -> Iterator[SimulatedCluster]:
    """The profile's shared simulated cluster (no host operators); a module that needs a subset of
    the profiles parametrizes it indirectly with ``scope="session"``."""
    with start_cluster(request.param) as sim:
        yield sim


@pytest.fixture
def client(cluster: Any) -> Iterator[KubeClient]:
    """A client of the module's ``cluster``."""
    with cluster.client() as client:
        yield client


@pytest.fixture
def created(client: KubeClient) -> Iterator[list[dict[str, Any]]]:
    """Objects a test creates; deleted afterwards and waited for, quota settled, so tests do not
    share GPUs, devices or quota."""
    objects: list[dict[str, Any]] = []
    yield objects
    from simulated_pods import delete_and_wait

    delete_and_wait(client, objects)


def check_shared_cluster_users(items: list[pytest.Item]) -> None:
    """A module on the shared ``cluster`` must say so (else the test command would split its tests
    from the other users of the profile's cluster and start that cluster in several shards), and a
    module that says so must use it."""
    problems = set()
    for item in items:
        module = getattr(item, "module", None)
        info = getattr(item, "_fixtureinfo", None)
        if module is None or info is None or "cluster" not in info.name2fixturedefs:
            continue
        func = info.name2fixturedefs["cluster"][-1].func
        shared = (func.__module__, func.__name__) == (__name__, "cluster")
        says = getattr(module, "SHARES_THE_PROFILE_CLUSTER", False) is True
        if shared != says:
            problems.add(f"{module.__name__}: " + (f"uses the shared cluster; add `{SHARED_CLUSTER_MARK}`" if shared
                                                    else "says SHARES_THE_PROFILE_CLUSTER but defines its own `cluster`"))
    if problems:
        raise pytest.UsageError("\n".join(sorted(problems)))
