"""``go build`` of a test-bed program with progress: says what it builds and how long that
takes, reports every ``progress_every`` seconds, and caches the binary at ``target`` (a
path keyed by the caller, e.g. by a hash of the module's go.mod/go.sum and sources)."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import PlatformError
from .paths import REPO_ROOT


@dataclass(frozen=True)
class GoBuild:
    """One binary: ``go build -v -trimpath [-ldflags ...] [-tags ...] -o target package`` in ``module``."""

    title: str
    """What is built, in messages ("the API server test bed")."""
    short: str
    """Its name in progress lines ("test bed")."""
    module: Path
    package: str
    target: Path
    estimate: str
    ldflags: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()
    """Extra environment of ``go build`` (e.g. ``("CGO_ENABLED", "0")``)."""
    tags: tuple[str, ...] = ()
    """Build tags (``-tags a,b``), e.g. the one cloud provider of a cluster-autoscaler build; part of
    what the caller's cache key must cover."""


def go_build(build: GoBuild, report: Callable[[str], None], progress_every: float) -> Path:
    target = build.target
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    shown = target.parent.relative_to(REPO_ROOT) if target.is_relative_to(REPO_ROOT) else target.parent
    report(f"building {build.title} from Go modules ({build.estimate}; cached afterwards in {shown}/)")
    partial = target.with_name(target.name + ".partial")
    started = time.monotonic()
    flags = ["-ldflags", " ".join(build.ldflags)] if build.ldflags else []
    flags += ["-tags", ",".join(build.tags)] if build.tags else []
    process = subprocess.Popen(
        ["go", "build", "-v", "-trimpath", *flags, "-o", str(partial), build.package],
        cwd=build.module, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, **dict(build.env)} if build.env else None,
    )
    tail: deque[str] = deque(maxlen=40)
    counts = {"packages": 0, "downloads": 0}

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            tail.append(line.rstrip())
            counts["downloads" if line.startswith("go: downloading") else "packages"] += 1

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while True:
        try:
            process.wait(timeout=progress_every)
            break
        except subprocess.TimeoutExpired:
            elapsed = time.monotonic() - started
            report(f"  {build.short} build: {elapsed / 60:.1f} min, {counts['packages']} packages compiled, "
                   f"{counts['downloads']} modules downloaded; last: {tail[-1] if tail else '-'}")
    reader.join(timeout=5)
    if process.returncode != 0:
        partial.unlink(missing_ok=True)
        where = build.module.relative_to(REPO_ROOT) if build.module.is_relative_to(REPO_ROOT) else build.module
        raise PlatformError(f"building the {build.short} failed (go build in {where}/):\n" + "\n".join(tail))
    partial.replace(target)
    report(f"built {build.title} in {(time.monotonic() - started) / 60:.1f} min: {shown}/{target.name}")
    return target
