"""Builds an upstream Go tool from source files pinned in upstream.lock.yaml (role ``tool-source``).

The files are copied from the verified cache into ``<root>/<key>/src`` in their upstream layout
(plus any overlay of ours), built with the Go on the machine (dependencies from the Go module
proxy, checked against the pinned go.sum), and the binary is kept as ``<root>/<key>/<name>``. The
key is a digest of every file's sha256 and of ``go env GOVERSION``, so a changed pin, overlay or
Go rebuilds it and an unchanged one reuses it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from ..errors import PlatformError
from ..gocmd import go_version
from ..upstream import PinnedFile, UpstreamCache, lock, sha256_of


def tool_sources(component: str) -> dict[str, PinnedFile]:
    """The component's pinned tool-source files by path inside the upstream repository."""
    files = {}
    for pinned in lock().component(component).files:
        if pinned.role == "tool-source":
            # raw GitHub URL: /<owner>/<repo>/<commit>/<path>
            files["/".join(urlparse(pinned.url).path.split("/")[4:])] = pinned
    return files


def source_commit(pinned: PinnedFile) -> str:
    return urlparse(pinned.url).path.split("/")[3]


def build_key(sources: dict[str, PinnedFile], overlays: dict[str, Path], go: str) -> str:
    digest = hashlib.sha256()
    for path, pinned in sorted(sources.items()):
        digest.update(f"{path}\0{pinned.sha256}\n".encode())
    for path, local in sorted(overlays.items()):
        digest.update(f"overlay {path}\0{sha256_of(local)}\n".encode())
    digest.update(f"go\0{go}\n".encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class GoBinary:
    path: Path
    built: bool
    """False when the cached binary was reused."""


def build_tool(
    sources: dict[str, PinnedFile],
    go_args: list[str],
    root: Path,
    name: str,
    overlays: dict[str, Path] | None = None,
    cache: UpstreamCache | None = None,
) -> GoBinary:
    """Builds once per key: ``go <subcommand> -o <binary> <flags and packages>`` in the source tree,
    ``go_args`` being the subcommand (``build``, ``test``) followed by its flags and packages."""
    cache = cache or UpstreamCache()
    overlays = overlays or {}
    key_dir = root / build_key(sources, overlays, go_version())
    binary = key_dir / name
    if binary.is_file():
        return GoBinary(binary, built=False)
    src = key_dir / "src"
    shutil.rmtree(src, ignore_errors=True)
    for path, pinned in sources.items():
        target = src / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cache.cached(pinned), target)
    for path, local in overlays.items():
        shutil.copyfile(local, src / path)
    partial = key_dir / f"{name}.part"
    done = subprocess.run(
        ["go", go_args[0], "-o", str(partial), *go_args[1:]],
        cwd=src, capture_output=True, text=True, check=False,
        # go.sum as pinned (no edits); no VCS stamp (the build dir sits inside this repository's tree)
        env={**os.environ, "GOFLAGS": f"{os.environ.get('GOFLAGS', '')} -mod=readonly -buildvcs=false".strip()},
    )
    if done.returncode != 0:
        raise PlatformError(f"`go {' '.join(go_args)}` in {src} failed:\n{done.stderr[-4000:]}")
    os.replace(partial, binary)
    return GoBinary(binary, built=True)
