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

PROFILE_NAMES = ("reference", "cloud-burst")

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
    if missing:
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
def dist_documents(name: str):
    """The parsed objects of dist/<name> (cached; treat as read-only)."""
    from ai_platform.validation.documents import load_documents

    return load_documents(ROOT / "dist" / name)


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
    from ai_platform.apiserver import build_binary

    return build_binary(announce)


# Namespaces the GitOps tools themselves live in: installed before the platform is synced.
BOOTSTRAP_NAMESPACES = ("argocd", "flux-system")


def _install_crds(client: Any, cache: UpstreamCache) -> int:
    from ai_platform.validation.crd_schema import crd_documents

    names = []
    for pinned in lock().all_files():
        if pinned.role != "crd":
            continue
        for crd in crd_documents(cache.cached(pinned)):
            client.apply(crd)
            names.append(crd["metadata"]["name"])
    client.wait_established(names)
    return len(names)


@pytest.fixture(scope="session", params=PROFILE_NAMES)
def synced(request: pytest.FixtureRequest, upstream_cache: UpstreamCache, testbed_binary: Path,
           announce: Callable[[str], None]) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """A control plane with the pinned CRDs and one profile's dist/ applied (shared by the
    API server test modules; a module that needs one profile parametrizes it indirectly)."""
    from ai_platform.apiserver import ControlPlane
    from ai_platform.kubeclient import ApiError

    profile = request.param
    started = time.monotonic()
    announce(f"test bed: starting etcd + kube-apiserver, installing the pinned CRDs and applying dist/{profile} (about a minute)")
    with ControlPlane(testbed_binary) as plane, plane.client() as client:
        crds = _install_crds(client, upstream_cache)
        for name in BOOTSTRAP_NAMESPACES:
            client.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})
        docs = dist_documents(profile)
        namespaces, others = [d for d in docs if d.kind == "Namespace"], [d for d in docs if d.kind != "Namespace"]
        rejected = []
        for doc in namespaces:
            client.apply(doc.obj)
        for doc in others:
            try:
                client.apply(doc.obj, dry_run=True)
            except ApiError as exc:
                rejected.append(f"dry run {doc.where()}: {exc}")
        applied = {}
        if not rejected:
            for doc in others:
                try:
                    applied[(doc.api_version, doc.kind, doc.namespace, doc.name)] = client.apply(doc.obj)
                except ApiError as exc:
                    rejected.append(f"apply {doc.where()}: {exc}")
        announce(f"test bed: dist/{profile} applied in {time.monotonic() - started:.0f} s")
        yield profile, plane, {"crds": crds, "rejected": rejected, "applied": applied}
