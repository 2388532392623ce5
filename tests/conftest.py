"""Shared fixtures, and the levels (``levels.py``: one folder each, run in order, each level's time
printed, Go programs built ahead of time). The upstream cache is filled from the offline mirror
named by ``$AI_PLATFORM_MIRROR`` (the README's test command points it at ../shared/upstream)."""

from __future__ import annotations

import contextlib
import copy
import functools
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "constructs"), str(ROOT)]
os.environ.setdefault("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20,21")

PROFILE_NAMES = tuple(p.stem for p in sorted((ROOT / "clusters").glob("*.yaml"), key=lambda p: (p.stem != "reference", p.stem)))
"""Every profile in clusters/ (the reference profile first; defined before the
fixture modules below, which read it)."""

from ai_platform.profile import Profile  # noqa: E402
from ai_platform.profiles import load_profile, parse_profile  # noqa: E402
from ai_platform.upstream import MIRROR_ENV, UpstreamCache, fetch_all, lock, resolve_mirror  # noqa: E402
from simulated_fixtures import client, cluster, created, start_cluster  # noqa: E402,F401 - the simulated level's shared fixtures
from levels import (  # noqa: E402,F401 - the level hooks, registered by being names of this conftest
    level_of,
    pytest_addoption,
    pytest_collection_modifyitems,
    pytest_configure,
    pytest_runtest_logreport,
    pytest_runtest_logstart,
    pytest_sessionfinish,
    pytest_terminal_summary,
    start_prebuild,
)

# Checks of verify that the API of the test bed answers (no operators or GPU nodes needed).
API_LEVEL_CHECKS = [
    ("dra_support", "resource.k8s.io/v1 served"), ("dra_support", "claim templates"),
    ("secure_accelerator_access", "admission policy"), ("secure_accelerator_access", "policy binding denies"),
    ("ai_inference", "Gateway API CRDs"), ("ai_inference", "GatewayClass envoy"), ("ai_inference", "HTTPRoutes"),
    ("robust_controller", "Ray CRDs"), ("ai_service_metrics", "PodMonitors"), ("ai_service_metrics", "PrometheusRules"),
    ("pod_autoscaling", "HPAs"), ("accelerator_metrics", "DCGM ServiceMonitor"),
]


def pytest_sessionstart(session: pytest.Session) -> None:
    """One line instead of an error per test when the pinned files can be had from nowhere."""
    cache = UpstreamCache()
    missing = [f for f in lock().all_files() if not cache.path_for(f).is_file()]
    if missing and not os.environ.get(MIRROR_ENV):
        pytest.exit(f"{len(missing)} pinned upstream files are not in {cache.root}: set {MIRROR_ENV} to the offline mirror "
                    f"(the README's test command: {MIRROR_ENV}=../shared/upstream), or run `python main.py fetch` online", 2)


@pytest.fixture(scope="session", autouse=True)
def upstream_cache() -> UpstreamCache:
    """Every pinned file, verified, in .cache/upstream (from the mirror when one is set)."""
    cache = UpstreamCache()
    missing = [f for f in lock().all_files() if not cache.path_for(f).is_file()]
    missing_trees = [t for t in lock().all_trees() if not cache.tree_path(t).is_dir()]
    if missing or missing_trees:
        fetch_all(resolve_mirror(None), cache)
    return cache


@pytest.fixture(scope="session", autouse=True)
def _prebuild(request: pytest.FixtureRequest, upstream_cache: UpstreamCache, announce: Callable[[str], None]) -> None:
    """The Go programs of the selected levels, building in the background from the first test on."""
    start_prebuild(request.config, upstream_cache, announce)


@pytest.fixture(scope="session")
def prepared_renders(upstream_cache: UpstreamCache) -> None:
    """What the static level reads, rendered now (the render cache serves it afterwards): every
    profile's platform and the profile forced past the Inference Extension check."""
    for name in PROFILE_NAMES:
        built(name)
    forced_extension_documents()


@pytest.fixture(autouse=True)
def _static_level_runs_no_tools(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The static level builds nothing with Go and runs no render tool: a test that would is in the
    wrong folder (its render comes from the session's prepare step, its binary from a later level)."""
    if level_of(request.node) != "static":
        return
    request.getfixturevalue("prepared_renders")
    from ai_platform import gobuild
    from ai_platform.charts.rendering import Renderer

    real_cache, real_build = gobuild.GO_CACHE, gobuild._build

    def no_go_build(program, target, *args):
        if target.is_relative_to(real_cache):
            raise AssertionError(f"a static test built {program.title} with Go: it belongs to a later level")
        return real_build(program, target, *args)

    def no_tool(self, request):
        raise AssertionError(f"a static test ran a render tool for {request.component}: not in the render cache")

    monkeypatch.setattr(gobuild, "_build", no_go_build)
    monkeypatch.setattr(Renderer, "_helm", no_tool)
    monkeypatch.setattr(Renderer, "_kustomize", no_tool)


def profile_data(name: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / "clusters" / f"{name}.yaml").read_text(encoding="utf-8"))


@pytest.fixture(params=PROFILE_NAMES)
def profile(request: pytest.FixtureRequest) -> Profile:
    return load_profile(ROOT / "clusters" / f"{request.param}.yaml")


@pytest.fixture
def reference_data() -> dict[str, Any]:
    return copy.deepcopy(profile_data("reference"))


def make_profile(data: dict[str, Any]) -> Profile:
    return parse_profile(data, "test-profile.yaml")


@functools.cache
def built(name: str):
    """The built platform of a committed profile (cached: building takes about a second)."""
    from ai_platform.platform import build_platform

    return build_platform(make_profile(profile_data(name)), f"dist/{name}")


def installs_of(platform: Any, component: str, kind: str = "Helm") -> list[Any]:
    """The installs (``InstallKind`` value ``kind``) of a lock component that rendered a unit of
    the built platform (its CRD unit not counted)."""
    return [u.install for u in platform.units
            if u.install is not None and u.install.kind.value == kind and u.install.component == component and not u.owns_crds]


@functools.cache
def forced_extension_profile() -> Profile:
    """The reference profile with ``inferenceExtension`` on, past the profile check (model_copy does
    not validate): what the platform would render if a gateway that serves InferencePools were pinned."""
    profile = make_profile(profile_data("reference"))
    return profile.model_copy(update={"components": profile.components.model_copy(update={"inference_extension": True})})


@functools.cache
def forced_extension_documents() -> tuple[dict[str, Any], ...]:
    """The objects the forced profile renders into dist/ (cached; treat as read-only)."""
    from ai_platform.platform import build_platform
    from ai_platform.render import deployed_objects

    platform = build_platform(forced_extension_profile(), "dist/reference")
    objects = [o for _, _, folder in deployed_objects(platform) for o in folder]
    objects += [o for charts in platform.gitops.values() for chart in charts for o in chart.to_json()]
    return tuple(objects)


@functools.cache
def dist_documents(name: str):
    """The parsed objects of dist/<name> (cached; treat as read-only)."""
    from ai_platform.validation.documents import load_documents

    return load_documents(ROOT / "dist" / name)


@functools.cache
def own_documents(name: str):
    """The objects of dist/<name> that our parts build (not the rendered upstream ones)."""
    from ai_platform.conventions import MANAGED_BY

    return [d for d in dist_documents(name) if d.obj["metadata"].get("labels", {}).get("app.kubernetes.io/managed-by") == MANAGED_BY]


@pytest.fixture(autouse=True)
def _evidence_level(request: pytest.FixtureRequest, record_property: Callable[[str, object], None]) -> None:
    """Every test case's evidence level (static, api-server, simulated-cluster) in the JUnit
    report, from its markers: the conformance submission reports requirements by level."""
    from ai_platform.conformance.levels import level_of

    record_property("level", level_of(m.name for m in request.node.iter_markers()))


@pytest.fixture(scope="session")
def announce(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Tells the user about a long step, on the terminal even while output is captured."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    reporter = request.config.pluginmanager.getplugin("terminalreporter")

    def say(message: str) -> None:
        with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
            if reporter is not None:
                reporter.write_line(message)
            else:
                print(message, file=sys.stderr, flush=True)

    return say


@pytest.fixture(scope="session")
def testbed_binary(announce: Callable[[str], None]) -> Path:
    """The API server test bed binary; a first build (minutes) reports its progress."""
    from testbed.apiserver import build_binary

    return build_binary(announce)


@pytest.fixture(scope="session")
def kwok_binary(announce: Callable[[str], None]) -> Path:
    """The KWOK binary (testbed/kwok/, its own module graph); a first build reports progress."""
    from testbed.kwok import build_kwok

    return build_kwok(announce)


@pytest.fixture(scope="session", params=PROFILE_NAMES)
def synced(request: pytest.FixtureRequest, upstream_cache: UpstreamCache, testbed_binary: Path,
           announce: Callable[[str], None]) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """A control plane with one profile's dist/ applied, rendered charts included (shared by
    the API server test modules; a module that needs one profile parametrizes it indirectly).

    Order: CRDs; namespaces; everything else (dry run, then for real, then once more to
    record what a second apply changes); webhook configurations last, since their backends
    cannot run here and nothing they intercept is written after them. They are then removed
    again so that the tests see only the API server's own admission."""
    from testbed.apiserver import ControlPlane
    from testbed.sync import sync

    profile = request.param
    started = time.monotonic()
    docs = dist_documents(profile)
    announce(f"test bed: starting etcd + kube-apiserver, applying the {len(docs)} objects of dist/{profile} (about a minute)")
    with ControlPlane(testbed_binary) as plane, plane.client() as api:
        state = sync(api, upstream_cache, docs)
        state["seconds"] = seconds = time.monotonic() - started
        announce(f"test bed: dist/{profile} applied in {seconds:.0f} s")
        yield profile, plane, state
