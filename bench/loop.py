#!/usr/bin/env python3
"""The three figures of the test loop, measured as wholes and printed against their targets:

    static   the static level (``tests/run.py --levels static``): target under 60 s
    cached   the README's test command with every Go program already built: under 20 minutes
    fresh    ``.ci/run`` on a fresh clone with empty Go build and module caches (and empty pip
             and npm caches): under 60 minutes, so CI's 90 minutes keep a margin

    python bench/loop.py                 all three (the fresh figure takes most of an hour)
    python bench/loop.py static cached   some of them
    python bench/loop.py --runs 3 static the median of three runs

The static and cached figures start from what the loop has between two runs (the pinned files and
the renders in ``.cache``; for cached also every Go program), set up untimed first. Each figure is
the wall time of one process tree, from start to exit; a run that fails prints
its exit status and the figure is marked as failed. The fresh clone is made with ``git clone``
of this checkout's HEAD (commit what you measure) next to ``../shared``, in a temporary folder
removed afterwards (``--keep`` keeps it). Nothing here is a test: the figures are for people.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"


@dataclass(frozen=True)
class Figure:
    name: str
    what: str
    target_s: float


FIGURES = {
    "static": Figure("static", "static level (tests/run.py --levels static)", 60),
    "cached": Figure("cached", "full test run, Go programs cached (tests/run.py)", 20 * 60),
    "fresh": Figure("fresh", ".ci/run on a fresh clone, empty Go caches", 60 * 60),
}


def mirror() -> str:
    return os.environ.get("AI_PLATFORM_MIRROR") or str(ROOT.parent / "shared" / "upstream")


def timed(command: list[str], cwd: Path, env: dict[str, str], log: Path) -> tuple[float, int]:
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
    return time.monotonic() - started, done.returncode


def warm(env: dict[str, str]) -> None:
    """What the loop has between two runs (not timed): the pinned files and the renders in .cache."""
    snippet = "import sys; sys.path[:0] = ['tests']; from run import prepare; prepare(['static'])"
    subprocess.run([str(PYTHON), "-c", snippet], cwd=ROOT, env=env, check=True, capture_output=True)


def run_static(logs: Path, index: int) -> tuple[float, int]:
    env = {**os.environ, "AI_PLATFORM_MIRROR": mirror()}
    warm(env)
    return timed([str(PYTHON), "tests/run.py", "--levels", "static"], ROOT, env, logs / f"static-{index}.log")


def run_cached(logs: Path, index: int) -> tuple[float, int]:
    env = {**os.environ, "AI_PLATFORM_MIRROR": mirror()}
    from_scratch = [str(PYTHON), "-c", "import sys; sys.path[:0] = ['constructs', '.', 'tests']; from levels import programs_for, LEVELS; "
                    "from ai_platform.gobuild import build_all; build_all(programs_for(LEVELS))"]
    subprocess.run(from_scratch, cwd=ROOT, env=env, check=True)  # cached: every program built first (not timed)
    warm(env)
    return timed([str(PYTHON), "tests/run.py"], ROOT, env, logs / f"cached-{index}.log")


def run_fresh(logs: Path, index: int, keep: bool) -> tuple[float, int]:
    scratch = Path(tempfile.mkdtemp(prefix="loop-fresh-"))
    try:
        clone = scratch / "main"
        subprocess.run(["git", "clone", "--quiet", "--no-local", str(ROOT), str(clone)], check=True)
        caches = {name: scratch / name for name in ("gocache", "gomodcache", "pip", "npm", "tmp")}
        for folder in caches.values():
            folder.mkdir()
        env = {
            **os.environ,
            "AI_PLATFORM_MIRROR": mirror(),
            "GOCACHE": str(caches["gocache"]),
            "GOMODCACHE": str(caches["gomodcache"]),
            "GOFLAGS": "-modcacherw",  # so the module cache can be removed afterwards
            "PIP_CACHE_DIR": str(caches["pip"]),
            "npm_config_cache": str(caches["npm"]),
            "TMPDIR": str(caches["tmp"]),
        }
        return timed(["bash", ".ci/run"], clone, env, logs / f"fresh-{index}.log")
    finally:
        if keep:
            print(f"kept {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/loop.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("figures", nargs="*", choices=list(FIGURES), default=list(FIGURES), metavar="FIGURE",
                        help=f"any of {', '.join(FIGURES)} (default: all)")
    parser.add_argument("--runs", type=int, default=1, help="runs per figure; the median is printed")
    parser.add_argument("--keep", action="store_true", help="keep the fresh clone and its caches")
    parser.add_argument("--logs", default=str(ROOT / "build" / "bench"), help="where each run's output goes")
    args = parser.parse_args(argv)
    logs = Path(args.logs)
    logs.mkdir(parents=True, exist_ok=True)
    failed = False
    print(f"{'figure':<8} {'median':>8} {'runs':<24} {'target':>8}  verdict   what")
    for name in args.figures or list(FIGURES):
        figure = FIGURES[name]
        results = []
        for index in range(args.runs):
            if name == "static":
                results.append(run_static(logs, index))
            elif name == "cached":
                results.append(run_cached(logs, index))
            else:
                results.append(run_fresh(logs, index, args.keep))
        seconds = [s for s, _ in results]
        median = statistics.median(seconds)
        broken = [rc for _, rc in results if rc != 0]
        verdict = f"FAILED (exit {broken[0]})" if broken else ("ok" if median < figure.target_s else "OVER")
        failed |= bool(broken) or median >= figure.target_s
        shown = ", ".join(f"{s:.0f}" for s in seconds)
        print(f"{name:<8} {median:7.0f}s {shown:<24} {figure.target_s:7.0f}s  {verdict:<9} {figure.what} "
              f"(logs {logs.relative_to(ROOT) if logs.is_relative_to(ROOT) else logs}/{name}-*.log)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
