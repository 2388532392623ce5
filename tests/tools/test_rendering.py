"""Renders with the pinned tools (helm, kustomize), from an empty render cache: the same inputs give
the same objects (no generated passwords or certificates), and a second render runs no tool."""

from __future__ import annotations

import json

import pytest

from ai_platform.charts.hydrate import hydrate
from ai_platform.charts.rendering import Renderer
from conftest import PROFILE_NAMES, built, make_profile, profile_data


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_rendering_is_deterministic_and_cached_by_content(profile_name, upstream_cache, tmp_path):
    """Two renders from an empty cache give the same objects (no generated passwords or
    certificates); a second synth runs no tool."""
    profile = make_profile(profile_data(profile_name))
    components = built(profile_name).components
    first = Renderer(cache_dir=tmp_path / "one")
    second = Renderer(cache_dir=tmp_path / "two")
    units_one = hydrate(components, profile, first)
    units_two = hydrate(components, profile, second)
    assert first.runs > 0 and second.runs == first.runs
    assert json.dumps([u.objects for u in units_one]) == json.dumps([u.objects for u in units_two])
    warm = Renderer(cache_dir=tmp_path / "one")
    hydrate(components, profile, warm)
    assert warm.runs == 0
