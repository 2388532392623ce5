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
def dist_documents(name: str):
    """The parsed objects of dist/<name> (cached; treat as read-only)."""
    from ai_platform.validation.documents import load_documents

    return load_documents(ROOT / "dist" / name)


@functools.cache
def own_documents(name: str):
    """The objects of dist/<name> that our parts build (not the rendered upstream ones)."""
    from ai_platform.parts.base import MANAGED_BY

    return [d for d in dist_documents(name) if d.obj["metadata"].get("labels", {}).get("app.kubernetes.io/managed-by") == MANAGED_BY]


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


WEBHOOK_KINDS = ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")


def _install_crds(client: Any, cache: UpstreamCache, docs: Any) -> int:
    """The CRDs of dist/ (what the platform installs), then the pinned CRDs of what it does
    not install (the GitOps tools' own: Argo CD, Flux)."""
    from ai_platform.validation.crd_schema import crd_documents

    crds = [d.obj for d in docs if d.kind == "CustomResourceDefinition"]
    owned = {c["metadata"]["name"] for c in crds}
    for pinned in lock().all_files():
        if pinned.role == "crd":
            crds.extend(c for c in crd_documents(cache.cached(pinned)) if c["metadata"]["name"] not in owned)
    for crd in crds:
        client.apply(crd)
    client.wait_established([c["metadata"]["name"] for c in crds])
    return len(crds)


def _ordered(docs):
    """Namespaces; then everything but CRDs (installed first) and webhook configurations,
    whose backends cannot run here (they go last, after everything they would intercept)."""
    namespaces = [d for d in docs if d.kind == "Namespace"]
    webhooks = [d for d in docs if d.kind in WEBHOOK_KINDS]
    others = [d for d in docs if d.kind not in ("Namespace", "CustomResourceDefinition", *WEBHOOK_KINDS)]
    return namespaces, others, webhooks


def _key(doc):
    return (doc.api_version, doc.kind, doc.namespace, doc.name)


def _content(obj: dict) -> dict:
    """An object without the bookkeeping the server may rewrite on any write, and without
    the status that the server's own controllers write (e.g. an APIService's availability)."""
    obj = copy.deepcopy(obj)
    obj["metadata"].pop("resourceVersion", None)
    obj.pop("status", None)
    obj["metadata"]["managedFields"] = [
        {k: v for k, v in entry.items() if k != "time"}
        for entry in obj["metadata"].get("managedFields", [])
        if entry.get("subresource") != "status"
    ]
    return obj


def _apply_all(client: Any, docs: Any, rejected: list[str], applied: dict[Any, Any]) -> None:
    from ai_platform.kubeclient import ApiError

    for doc in docs:
        try:
            client.apply(doc.obj, dry_run=True)
        except ApiError as exc:
            rejected.append(f"dry run {doc.where()}: {exc}")
    if rejected:
        return
    for doc in docs:
        try:
            applied[_key(doc)] = client.apply(doc.obj)
        except ApiError as exc:
            rejected.append(f"apply {doc.where()}: {exc}")


def _reapply(client, docs, applied) -> list[str]:
    """What a second apply changes: content, generation or field managers."""
    changed = []
    for doc in docs:
        before = applied[_key(doc)]
        after = client.apply(doc.obj)
        managers = {e["manager"] for e in after["metadata"].get("managedFields", []) if e.get("subresource") != "status"}
        if _content(after) != _content(before) or managers != {"ai-platform"}:
            changed.append(f"{doc.where()}: managers {sorted(managers)}")
    return changed



@pytest.fixture(scope="session", params=PROFILE_NAMES)
def synced(request: pytest.FixtureRequest, upstream_cache: UpstreamCache, testbed_binary: Path,
           announce: Callable[[str], None]) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """A control plane with one profile's dist/ applied, rendered charts included (shared by
    the API server test modules; a module that needs one profile parametrizes it indirectly).

    Order: CRDs; namespaces; everything else (dry run, then for real, then once more to
    record what a second apply changes); webhook configurations last, since their backends
    cannot run here and nothing they intercept is written after them. They are then removed
    again so that the tests see only the API server's own admission."""
    from ai_platform.apiserver import ControlPlane

    profile = request.param
    started = time.monotonic()
    docs = dist_documents(profile)
    announce(f"test bed: starting etcd + kube-apiserver, applying the {len(docs)} objects of dist/{profile} (about a minute)")
    with ControlPlane(testbed_binary) as plane, plane.client() as client:
        crds = _install_crds(client, upstream_cache, docs)
        for name in BOOTSTRAP_NAMESPACES:
            client.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})
        namespaces, others, webhooks = _ordered(docs)
        rejected: list[str] = []
        applied: dict[Any, Any] = {}
        for doc in namespaces:
            applied[_key(doc)] = client.apply(doc.obj)
        _apply_all(client, others, rejected, applied)
        changed = [] if rejected else _reapply(client, others, applied)
        if not rejected:
            _apply_all(client, webhooks, rejected, applied)
            changed += [] if rejected else _reapply(client, webhooks, applied)
            for doc in webhooks:
                client.delete(doc.obj)
        seconds = time.monotonic() - started
        announce(f"test bed: dist/{profile} applied in {seconds:.0f} s")
        state = {"crds": crds, "rejected": rejected, "applied": applied, "changed": changed,
                 "webhooks": len(webhooks), "seconds": seconds}
        yield profile, plane, state
