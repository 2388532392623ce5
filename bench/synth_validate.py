#!/usr/bin/env python3
"""Benchmark: synth + validate for the reference profile and for 1, 10 and 50 generated profiles.

Prints wall time per stage and the peak resident memory of this process. Run it after
``python main.py fetch`` (validation reads the pinned CRDs from the cache):

    .venv/bin/python bench/synth_validate.py
"""

from __future__ import annotations

import copy
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "constructs"), str(ROOT)]
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20,21")
os.environ.setdefault("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1")

from ai_platform.synth import synth_profiles  # noqa: E402
from ai_platform.validation.runner import validate_dist  # noqa: E402


def generated_profiles(count: int, folder: Path) -> None:
    base = yaml.safe_load((ROOT / "clusters" / "reference.yaml").read_text())
    alt = yaml.safe_load((ROOT / "clusters" / "cloud-burst.yaml").read_text())
    for i in range(count):
        data = copy.deepcopy(base if i % 2 == 0 else alt)
        data["name"] = f"gen-{i:03d}"
        data["tenantNamespaces"] = [{"name": f"team-{i}-{t}", "gpuQuota": 2} for t in range(3)]
        if data.get("inference"):
            data["inference"]["namespace"] = f"team-{i}-0"
        if data.get("ray"):
            data["ray"]["namespace"] = f"team-{i}-1"
        (folder / f"gen-{i:03d}.yaml").write_text(yaml.safe_dump(data))


def run(label: str, clusters: Path) -> None:
    with tempfile.TemporaryDirectory() as dist_dir:
        dist = Path(dist_dir) / "dist"
        started = time.perf_counter()
        results = synth_profiles(clusters_dir=clusters, dist_dir=dist)
        synth_s = time.perf_counter() - started
        started = time.perf_counter()
        report = validate_dist(dist, clusters_dir=clusters)
        validate_s = time.perf_counter() - started
    objects = sum(r.object_count for r in results)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = "valid" if report.ok else f"{len(report.problems)} problems"
    print(
        f"{label:<22} profiles={len(results):>3} objects={objects:>5} synth={synth_s:7.2f}s "
        f"validate={validate_s:7.2f}s total={synth_s + validate_s:7.2f}s peak_rss={peak_mib:7.1f}MiB {status}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        reference = Path(tmp) / "reference"
        reference.mkdir()
        (reference / "reference.yaml").write_text((ROOT / "clusters" / "reference.yaml").read_text())
        run("reference", reference)
        for count in (1, 10, 50):
            folder = Path(tmp) / f"gen{count}"
            folder.mkdir()
            generated_profiles(count, folder)
            run(f"generated x{count}", folder)


if __name__ == "__main__":
    main()
