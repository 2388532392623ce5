"""Shared fixtures. The upstream cache is filled from the offline mirror named by
``$AI_PLATFORM_MIRROR`` (the README's test command points it at ../shared/upstream)."""

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

from ai_platform.profile import Profile, load_profile, parse_profile  # noqa: E402
from ai_platform.upstream import UpstreamCache, fetch_all, lock, resolve_mirror  # noqa: E402

PROFILE_NAMES = tuple(p.stem for p in sorted((ROOT / "clusters").glob("*.yaml"), key=lambda p: (p.stem != "reference", p.stem)))
"""Every profile in clusters/ (the reference profile first)."""

# Checks of verify that the API of the test bed answers (no operators or GPU nodes needed).
API_LEVEL_CHECKS = [
    ("dra_support", "resource.k8s.io/v1 served"), ("dra_support", "claim templates"),
    ("secure_accelerator_access", "admission policy"), ("secure_accelerator_access", "policy binding denies"),
    ("ai_inference", "Gateway API CRDs"), ("ai_inference", "GatewayClass envoy"), ("ai_inference", "HTTPRoutes"),
    ("robust_controller", "Ray CRDs"), ("ai_service_metrics", "PodMonitors"), ("ai_service_metrics", "PrometheusRules"),
    ("pod_autoscaling", "HPAs"), ("accelerator_metrics", "DCGM ServiceMonitor"),
]


@pytest.fixture(scope="session", autouse=True)
def upstream_cache() -> UpstreamCache:
    """Every pinned file, verified, in .cache/upstream (from the mirror when one is set)."""
    cache = UpstreamCache()
    missing = [f for f in lock().all_files() if not cache.path_for(f).is_file()]
    missing_trees = [t for t in lock().all_trees() if not cache.tree_path(t).is_dir()]
    if missing or missing_trees:
        fetch_all(resolve_mirror(None), cache)
    return cache


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


@functools.cache
def forced_extension_profile() -> Profile:
    """The reference profile with ``inferenceExtension`` on, past the profile check (model_copy does
    not validate): what the platform would render if a gateway that serves InferencePools were pinned."""
    profile = make_profile(profile_data("reference"))
    return profile.model_copy(update={"components": profile.components.model_copy(update={"inference_extension": True})})


@functools.cache
def forced_extension_documents() -> tuple[dict[str, Any], ...]:
    """The objects the forced profile renders (cached; treat as read-only)."""
    from ai_platform.synth import render_profile

    files = render_profile(forced_extension_profile())
    return tuple(doc for path, text in files.items() if path.endswith(".yaml") for doc in yaml.safe_load_all(text)
                 if isinstance(doc, dict) and doc.get("kind"))


@functools.cache
def dist_documents(name: str):
    """The parsed objects of dist/<name> (cached; treat as read-only)."""
    from ai_platform.validation.documents import load_documents

    return load_documents(ROOT / "dist" / name)


@functools.cache
def own_documents(name: str):
    """The objects of dist/<name> that our parts build (not the rendered upstream ones)."""
    from ai_platform.parts.base import MANAGED_BY

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
    with ControlPlane(testbed_binary) as plane, plane.client() as client:
        state = sync(client, upstream_cache, docs)
        state["seconds"] = seconds = time.monotonic() - started
        announce(f"test bed: dist/{profile} applied in {seconds:.0f} s")
        yield profile, plane, state
