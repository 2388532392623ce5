"""The benchmark's generated profiles stay valid as the profile model evolves."""

from __future__ import annotations

import importlib.util

from ai_platform.profiles import load_profile
from conftest import ROOT


def test_benchmark_generates_valid_profiles(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_synth_validate", ROOT / "bench" / "synth_validate.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.generated_profiles(4, tmp_path)
    profiles = [load_profile(path) for path in sorted(tmp_path.glob("*.yaml"))]
    assert [p.name for p in profiles] == ["gen-000", "gen-001", "gen-002", "gen-003"]
