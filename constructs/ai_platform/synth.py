"""``synth``: profiles -> ``dist/<profile>/``, all or nothing.

Every requested profile is loaded and rendered in memory first; a bad profile stops the
run before any file is touched. Each profile is then written to a staging folder beside
``dist/<profile>`` and swapped in with renames, so ``dist/`` never holds a half-written
profile.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .conventions import CLUSTERS_DIR, DIST_DIR, REPO_ROOT
from .platform import build_platform
from .profile import Profile
from .profiles import load_profile, profile_path, profile_paths
from .render import render_platform


@dataclass(frozen=True)
class SynthResult:
    profile: str
    path: Path
    file_count: int
    object_count: int


def dist_path_in_repo(dist_dir: Path, profile: str) -> str:
    """The path Argo CD / Flux use inside the Git repository (always dist/<profile>)."""
    try:
        return (dist_dir.resolve() / profile).relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return f"dist/{profile}"


def render_profile(profile: Profile, dist_dir: Path = DIST_DIR) -> dict[str, str]:
    return render_platform(build_platform(profile, dist_path_in_repo(dist_dir, profile.name)))


def _swap_in(files: dict[str, str], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))
    try:
        for relative, content in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        retired = None
        if target.exists():
            retired = target.parent / f".{target.name}.retired-{os.getpid()}"
            os.replace(target, retired)
        try:
            os.replace(staging, target)
        except OSError:
            if retired is not None:
                os.replace(retired, target)
            raise
        if retired is not None:
            shutil.rmtree(retired)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_cdk8s_outdir(rendered: dict[str, dict[str, str]]) -> None:
    """Under ``cdk8s synth``, also leave one manifest per profile in its scratch outdir."""
    outdir = os.environ.get("CDK8S_OUTDIR")
    if not outdir:
        return
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, files in rendered.items():
        docs = [content for path, content in files.items() if not path.endswith("kustomization.yaml")]
        (out / f"{name}.k8s.yaml").write_text("---\n".join(docs), encoding="utf-8")


def synth_profiles(
    names: list[str] | None = None,
    clusters_dir: Path = CLUSTERS_DIR,
    dist_dir: Path = DIST_DIR,
) -> list[SynthResult]:
    paths = profile_paths(clusters_dir) if names is None else [profile_path(n, clusters_dir) for n in names]
    profiles = [load_profile(path) for path in paths]
    rendered = {profile.name: render_profile(profile, dist_dir) for profile in profiles}
    results = []
    for name, files in rendered.items():
        target = dist_dir / name
        _swap_in(files, target)
        objects = sum(1 for path in files if "/" in path and not path.endswith("kustomization.yaml"))
        results.append(SynthResult(name, target, len(files), objects))
    _write_cdk8s_outdir(rendered)
    return results
