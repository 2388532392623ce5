"""The one Go builder: every program the project builds from a pinned Go module graph (helm and
kustomize for synth, the CNCF validator and the upstream suite, the test beds and operators of
``testbed/``) is a :class:`GoProgram`, built with the machine's Go into
``.cache/go/<name>/<key>/<binary>``.

The key covers everything the build reads: the module's ``go.mod``, ``go.sum`` and Go files (or
the pinned source files copied from the verified cache, and our overlays on them), whatever else a
``replace`` points at (``inputs``), the package, the flags, the build environment and the Go
version. A program whose key is unchanged is never rebuilt; anything that would change the binary
changes the key.

A build says what it builds and roughly how long it takes, reports its progress every 30 s
(packages compiled, modules downloaded, the last line of ``go build -v``) and, when it fails, the
tail of Go's output. :func:`build_all` builds several with bounded parallelism (one Go build
already uses every core; two at a time overlap one's linking and downloads with the other's
compiling).
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .conventions import CACHE_DIR, REPO_ROOT
from .errors import PlatformError
from .upstream import PinnedFile, UpstreamCache

GO_CACHE = CACHE_DIR / "go"
PROGRESS_EVERY = 30.0
STRIP = ("-s", "-w")
"""No symbol table, no DWARF: nothing here debugs these binaries, and linking without DWARF is
much faster for the large ones (kube-apiserver, Envoy Gateway)."""

Report = Callable[[str], None]


def to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@functools.cache
def go_version() -> str:
    """``go env GOVERSION``; a clear error when Go is not usable."""
    try:
        done = subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise PlatformError(f"building the pinned Go programs needs Go, which is not usable here: {exc}") from None
    return done.stdout.strip()


@dataclass(frozen=True)
class GoProgram:
    """One binary built from a pinned Go module graph: ``go build`` (or ``go test -c``) of
    ``package`` in ``module``, or in a folder made of pinned ``sources`` and our ``overlays``."""

    name: str
    """Its folder under ``.cache/go/`` and, unless ``binary`` says otherwise, the binary's name."""
    title: str
    """What is built, in messages ("the API server test bed")."""
    package: str
    module: Path | None = None
    """Our module folder (``go.mod``, ``go.sum``, any Go files of ours)."""
    sources: Mapping[str, PinnedFile] = field(default_factory=dict)
    """Instead of ``module``: upstream files (path in their repository -> pin), copied from the
    verified cache into the build folder in their upstream layout."""
    overlays: Mapping[str, Path] = field(default_factory=dict)
    """Our files laid over ``sources`` (path in the build folder -> our file)."""
    binary: str = ""
    ldflags: tuple[str, ...] = STRIP
    tags: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()
    """Extra environment of the build (e.g. ``("CGO_ENABLED", "0")``)."""
    test: bool = False
    """A test binary (``go test -c``) instead of a command."""
    inputs: tuple[str, ...] = ()
    """What else the build reads, as digests (e.g. the pinned source tree a ``replace`` points at)."""
    estimate: str = "a few minutes on 2 cores"
    """How long a first build takes, said before it starts."""
    prepare: Callable[[], None] | None = field(default=None, compare=False)
    """Run before a build (e.g. fetch the pinned source tree a ``replace`` points at)."""

    @property
    def binary_name(self) -> str:
        return self.binary or self.name

    def key(self) -> str:
        digest = hashlib.sha256()

        def add(label: str, value: str | bytes) -> None:
            digest.update(label.encode() + b"\0" + (value if isinstance(value, bytes) else value.encode()) + b"\n")

        add("go", go_version())
        add("package", self.package)
        add("flags", repr((self.ldflags, self.tags, sorted(self.env), self.test)))
        if self.module is not None:
            for path in sorted(self.module.iterdir()):
                if path.name in ("go.mod", "go.sum") or path.suffix == ".go":
                    add(f"module {path.name}", path.read_bytes())
        for path, pinned in sorted(self.sources.items()):
            add(f"source {path}", pinned.sha256)
        for path, local in sorted(self.overlays.items()):
            add(f"overlay {path}", local.read_bytes())
        for value in self.inputs:
            add("input", value)
        return digest.hexdigest()[:16]

    def target(self) -> Path:
        return GO_CACHE / self.name / self.key() / self.binary_name

    def is_built(self) -> bool:
        return self.target().is_file()


@dataclass(frozen=True)
class GoBinary:
    path: Path
    built: bool
    """False when the cached binary was reused."""


def _shown(path: Path) -> Path:
    return path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path


def _build_folder(program: GoProgram, key_dir: Path, cache: UpstreamCache) -> Path:
    if program.module is not None:
        return program.module
    src = key_dir / "src"
    shutil.rmtree(src, ignore_errors=True)
    for path, pinned in program.sources.items():
        target = src / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cache.cached(pinned), target)
    for path, local in program.overlays.items():
        shutil.copyfile(local, src / path)
    return src


def build(program: GoProgram, report: Report = to_stderr, cache: UpstreamCache | None = None,
          progress_every: float = PROGRESS_EVERY) -> GoBinary:
    """The program's binary, built once per key. Builds of the same key wait for each other (a
    lock file next to the binary), so a build started ahead of time is never repeated."""
    target = program.target()
    if target.is_file():
        return GoBinary(target, built=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / ".build.lock", "w") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        if target.is_file():
            return GoBinary(target, built=False)
        return _build(program, target, report, cache, progress_every)


def _build(program: GoProgram, target: Path, report: Report, cache: UpstreamCache | None, progress_every: float) -> GoBinary:
    if program.prepare is not None:
        program.prepare()
    key_dir = target.parent
    folder = _build_folder(program, key_dir, cache or UpstreamCache())
    report(f"building {program.title} from Go modules (first time: {program.estimate}; cached afterwards in {_shown(key_dir)}/)")
    partial = target.with_name(target.name + ".partial")
    flags = ["-ldflags", " ".join(program.ldflags)] if program.ldflags else []
    flags += ["-tags", ",".join(program.tags)] if program.tags else []
    command = ["go", "test", "-c"] if program.test else ["go", "build"]
    env = {**os.environ, **dict(program.env)}
    # go.sum as pinned (no edits); no VCS stamp (the module sits inside this repository's tree)
    env["GOFLAGS"] = f"{os.environ.get('GOFLAGS', '')} -mod=readonly -buildvcs=false".strip()
    started = time.monotonic()
    process = subprocess.Popen(
        [*command, "-v", "-trimpath", *flags, "-o", str(partial), program.package],
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
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
            report(f"  {program.name} build: {elapsed / 60:.1f} min, {counts['packages']} packages compiled, "
                   f"{counts['downloads']} modules downloaded; last: {tail[-1] if tail else '-'}")
    reader.join(timeout=5)
    if process.returncode != 0:
        partial.unlink(missing_ok=True)
        raise PlatformError(f"building {program.title} failed (go {command[1]} in {_shown(folder)}/):\n" + "\n".join(tail))
    partial.replace(target)
    report(f"built {program.title} in {(time.monotonic() - started) / 60:.1f} min: {_shown(target)}")
    return GoBinary(target, built=True)


def build_all(programs: Iterable[GoProgram], report: Report = to_stderr, jobs: int = 2,
              cache: UpstreamCache | None = None) -> dict[str, GoBinary]:
    """Every program not built yet, at most ``jobs`` at a time; by name. The first failure is
    raised after the builds already running have ended."""
    unique = {p.name: p for p in programs}
    cache = cache or UpstreamCache()
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {name: pool.submit(build, program, report, cache) for name, program in unique.items()}
        return {name: future.result() for name, future in futures.items()}
