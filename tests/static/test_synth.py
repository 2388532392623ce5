"""synth: deterministic output, committed dist/ is fresh, bad profiles leave dist/ untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from ai_platform.synth import render_profile, synth_profiles
from conftest import PROFILE_NAMES, ROOT, profile_data


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def drift(dist_profile: Path, rendered: dict[str, str]) -> list[str]:
    """Files that differ between a committed dist/<profile> and a fresh render."""
    committed = {p.relative_to(dist_profile).as_posix(): p.read_text() for p in dist_profile.rglob("*") if p.is_file()}
    return sorted(
        {path for path in committed.keys() | rendered.keys() if committed.get(path) != rendered.get(path)}
    )


def test_committed_dist_matches_a_fresh_synth(profile):
    stale = drift(ROOT / "dist" / profile.name, render_profile(profile))
    assert not stale, f"dist/{profile.name} is stale; run `python main.py synth --all`: {stale}"


def test_drift_check_detects_a_stale_file(tmp_path, profile):
    copy = tmp_path / profile.name
    shutil.copytree(ROOT / "dist" / profile.name, copy)
    victim = next(p for p in sorted(copy.rglob("*.yaml")) if p.name != "kustomization.yaml")
    victim.write_text(victim.read_text() + "# edited by hand\n")
    (copy / "leftover.yaml").write_text("{}\n")
    stale = drift(copy, render_profile(profile))
    assert victim.relative_to(copy).as_posix() in stale
    assert "leftover.yaml" in stale


def test_synth_is_deterministic(profile):
    assert render_profile(profile) == render_profile(profile)


def test_every_file_is_listed_by_its_folders_kustomization(profile):
    files = render_profile(profile)
    roots = sorted((p.rsplit("/", 1)[0] for p in files if p.endswith("/kustomization.yaml")), key=len, reverse=True)
    owned: dict[str, set[str]] = {root: set() for root in roots}
    for path in files:
        if path.endswith("/kustomization.yaml") or "/" not in path:
            continue  # top-level files (the image inventory) are not objects
        root = next(r for r in roots if path.startswith(r + "/"))
        owned[root].add(path[len(root) + 1 :])
    for root in roots:
        listed = set(yaml.safe_load(files[f"{root}/kustomization.yaml"])["resources"])
        assert listed == owned[root], root


def _run_synth(clusters: Path, dist: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "synth", "--all", "--clusters", str(clusters), "--dist", str(dist)],
        capture_output=True, text=True, env={**os.environ}, check=False,
    )


def test_broken_profile_fails_and_leaves_dist_unchanged(tmp_path):
    clusters = tmp_path / "clusters"
    clusters.mkdir()
    for name in PROFILE_NAMES:
        (clusters / f"{name}.yaml").write_text(yaml.safe_dump(profile_data(name)))
    dist = tmp_path / "dist"
    results = synth_profiles(clusters_dir=clusters, dist_dir=dist)
    assert {r.profile for r in results} == set(PROFILE_NAMES)
    before = tree_digest(dist)

    broken = profile_data("reference")
    broken["components"]["gangScheduler"] = "slurm"
    broken["nodePools"][0]["name"] = "rtx5090"
    (clusters / "reference.yaml").write_text(yaml.safe_dump(broken))
    done = _run_synth(clusters, dist)

    assert done.returncode != 0
    assert "reference.yaml: components.gangScheduler: 'slurm' is not allowed; allowed values: 'volcano' or 'kueue'" in done.stderr
    assert "Traceback" not in done.stderr
    assert tree_digest(dist) == before


def test_unknown_profile_name_is_an_error(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "synth", "--profile", "nope", "--dist", str(tmp_path / "dist")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 2
    assert "no profile 'nope'" in done.stderr and "reference" in done.stderr
    assert not (tmp_path / "dist").exists()
