"""Shared fixtures. The upstream cache is filled from the offline mirror named by
``$AI_PLATFORM_MIRROR`` (the README's test command points it at ../shared/upstream)."""

from __future__ import annotations

import copy
import functools
import os
import sys
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
