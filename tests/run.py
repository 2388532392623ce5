#!/usr/bin/env python3
"""The test command: every level in order (``tests/levels.py``), each in parallel shards, with each
level's time printed.

    python tests/run.py                      every level: static, apiserver, simulated, tools, gpu_node
    python tests/run.py --levels static      the quick loop (under a minute)
    python tests/run.py -- -k dra            extra pytest arguments for every shard

What it does, in order:

1. prepare: the pinned upstream files (from ``$AI_PLATFORM_MIRROR``) and the renders the static
   level reads, once, before any shard starts;
2. builds every Go program the selected levels need that is not cached, in the background, at most
   two at a time (``testbed/programs.py``), in level order, while the earlier levels run;
3. per level: waits for the level's programs, splits its tests into shards by file (and by profile
   where a test is parametrized by one: each shard starts only the clusters of its profiles; the
   modules on a profile's shared cluster form one group, so it starts once), balanced by the
   durations in ``tests/durations.json``, and runs the shards as parallel pytest processes
   (logs in ``build/test-results/<level>-<n>.log``);
4. merges the shards' JUnit reports into ``build/test-results/junit.xml`` (what
   ``main.py conformance --test-results`` reads) and prints the time of each level.

Exit status: 0 when every shard passed, 1 otherwise (2: bad usage or nothing to set up from).
``--update-durations`` writes the measured durations back to ``tests/durations.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path[:0] = [str(ROOT / "constructs"), str(ROOT), str(TESTS)]
os.environ.setdefault("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20,21")

from levels import BUILD_JOBS, LEVELS, SHARED_CLUSTER_MARK, programs_for  # noqa: E402

RESULTS = ROOT / "build" / "test-results"
DURATIONS = TESTS / "durations.json"
SHARDS = {"static": 2, "apiserver": 2, "simulated": 3, "tools": 2, "gpu_node": 1}
"""Parallel pytest processes per level on a 2-core machine: the static level is CPU-bound (two);
the cluster levels mostly wait on controllers, so three simulated clusters share the two cores."""
DEFAULT_SECONDS = {"static": 0.3, "apiserver": 6.0, "simulated": 25.0, "tools": 15.0, "gpu_node": 3.0}
"""Per test, for groups ``tests/durations.json`` does not know yet."""
PROFILES = tuple(sorted(p.stem for p in (ROOT / "clusters").glob("*.yaml")))
OWN_NETWORK = {"simulated"}
"""Levels whose shards each get a network namespace of their own: the host operators serve on fixed
ports (KubeRay's webhook on :9443, Envoy Gateway's health probe on :8081), which two simulated
clusters on one host cannot share. Inside, loopback is up and carries a non-loopback address with
a default route (EndpointSlices refuse loopback addresses; the metrics module routes a Service to
the host through one). Nothing there reaches the network: every Go program is built beforehand."""
NAMESPACE_ADDRESS = "10.200.0.1"
HEARTBEAT = 60.0


def say(message: str) -> None:
    print(message, flush=True)


# --- grouping and shards -------------------------------------------------------------------


SPLIT_MARK = "SHARD_BY_PARAMETERS = True"
"""A module that says so (its module fixture starts one cluster per parameter set, e.g. the
autoscaler's platform / broken / no-DRA variants) is grouped by each test's whole parameter id."""


SHARED_GROUP = "shared cluster"
"""The group of every test on a profile's shared cluster: ``shared cluster[<profile>]``."""


def _says(path: str, mark: str, seen: dict[tuple[str, str], bool] = {}) -> bool:  # noqa: B006 - a cache
    if (path, mark) not in seen:
        file = ROOT / path
        seen[path, mark] = file.is_file() and mark in file.read_text(encoding="utf-8")
    return seen[path, mark]


def group_of(nodeid: str) -> str:
    """``<file>`` or ``<file>[<profile>]`` for a test parametrized by a profile (its clusters),
    ``<file>[<parameters>]`` in a module that shards by parameters, or ``shared cluster[<profile>]``
    for a module on the profile's shared cluster (one shard starts it once for all those modules)."""
    path, _, rest = nodeid.partition("::")
    params = rest[rest.index("[") + 1:-1] if "[" in rest else ""
    profiles = [p for p in PROFILES if p in params]
    if len(profiles) != 1:
        return path
    if _says(path, SHARED_CLUSTER_MARK):
        return f"{SHARED_GROUP}[{profiles[0]}]"
    if _says(path, SPLIT_MARK):
        return f"{path}[{params}]"
    return f"{path}[{profiles[0]}]"


def level_of_group(group: str) -> str:
    """The level a group of ``group_of`` belongs to (its folder; the shared clusters are simulated)."""
    return "simulated" if group.startswith(SHARED_GROUP) else Path(group).parts[1]


def plan(nodeids: list[str], level: str, shards: int, durations: dict[str, float]) -> list[list[str]]:
    """Groups spread over ``shards`` by their expected time, the longest first (LPT)."""
    groups: dict[str, list[str]] = {}
    for nodeid in nodeids:
        groups.setdefault(group_of(nodeid), []).append(nodeid)
    cost = {g: durations.get(g, DEFAULT_SECONDS[level] * len(ids)) for g, ids in groups.items()}
    bins: list[tuple[float, list[str]]] = [(0.0, []) for _ in range(min(shards, len(groups)) or 1)]
    for group in sorted(groups, key=lambda g: (-cost[g], g)):
        index = min(range(len(bins)), key=lambda i: bins[i][0])
        total, ids = bins[index]
        bins[index] = (total + cost[group], ids + groups[group])
    return [ids for _, ids in bins if ids]


def collect(level: str, extra: list[str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-o", "addopts=", str(TESTS / level), *extra],
        cwd=ROOT, capture_output=True, text=True,
    )
    ids = [line.strip() for line in done.stdout.splitlines() if "::" in line and not line.startswith(" ")]
    if done.returncode not in (0, 5):
        say(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"collecting {level} failed (exit {done.returncode})")
    return ids


# --- running -----------------------------------------------------------------------------


@dataclass
class Shard:
    level: str
    index: int
    nodeids: list[str]
    junit: Path = field(init=False)
    log: Path = field(init=False)
    returncode: int | None = None
    seconds: float = 0.0

    def __post_init__(self) -> None:
        self.junit = RESULTS / f"{self.level}-{self.index}.xml"
        self.log = RESULTS / f"{self.level}-{self.index}.log"

    def run(self, extra: list[str]) -> None:
        selection = RESULTS / f"{self.level}-{self.index}.ids"
        selection.write_text("\n".join(self.nodeids) + "\n", encoding="utf-8")
        started = time.monotonic()
        command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--junitxml={self.junit}",
                   f"--select-from={selection}", str(TESTS / self.level), *extra]
        if self.level in OWN_NETWORK:
            command = in_own_network(command)
        with self.log.open("w", encoding="utf-8") as log:
            done = subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        self.returncode, self.seconds = done.returncode, time.monotonic() - started

    def counts(self) -> dict[str, int]:
        return tally(self.junit)

    def summary(self) -> str:
        log = self.log.read_text(encoding="utf-8", errors="replace").splitlines()
        last = next((line for line in reversed(log) if re.search(r"\d+ (passed|failed|error)", line)), log[-1] if log else "")
        return last.strip("= ")


def in_own_network(command: list[str]) -> list[str]:
    """``command`` in a network namespace of its own (``unshare``; a user namespace too when not root)."""
    setup = (f"ip link set lo up && ip addr add {NAMESPACE_ADDRESS}/32 dev lo && "
             f"ip route add default dev lo src {NAMESPACE_ADDRESS} && exec \"$@\"")
    user = [] if os.geteuid() == 0 else ["--map-root-user"]
    return ["unshare", "--net", *user, "sh", "-c", setup, "own-network", *command]


def tally(junit: Path) -> dict[str, int]:
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    if not junit.is_file():
        return counts
    for case in ET.parse(junit).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            counts["failed"] += 1
        elif case.find("skipped") is not None:
            counts["skipped"] += 1
        else:
            counts["passed"] += 1
    return counts


def merge(junits: list[Path], target: Path) -> None:
    """One JUnit report of every shard's test cases (each keeps its evidence-level property)."""
    root = ET.Element("testsuites")
    for junit in junits:
        if junit.is_file():
            tree = ET.parse(junit).getroot()
            root.extend(tree.iter("testsuite") if tree.tag == "testsuites" else [tree])
    target.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)


def measured(junits: list[Path]) -> dict[str, float]:
    """Seconds per group from JUnit reports (classname + name back to a node id)."""
    seconds: dict[str, float] = {}
    for junit in junits:
        if not junit.is_file():
            continue
        for case in ET.parse(junit).getroot().iter("testcase"):
            nodeid = case.get("classname", "").replace(".", "/") + ".py::" + case.get("name", "")
            group = group_of(nodeid)
            seconds[group] = seconds.get(group, 0.0) + float(case.get("time") or 0)
    return {g: round(s, 1) for g, s in sorted(seconds.items())}


# --- Go builds ---------------------------------------------------------------------------


class Builds:
    """Every program the selected levels need, built in the background, two at a time."""

    def __init__(self, levels: list[str]) -> None:
        from ai_platform.gobuild import build

        self.futures: dict[str, Future[Any]] = {}
        self.finished = 0.0
        wanted = programs_for(tuple(levels))
        missing = [p for p in wanted if not p.is_built()]
        self.started = time.monotonic()
        self.pool = ThreadPoolExecutor(max_workers=BUILD_JOBS)
        if missing:
            say(f"== go builds: {len(missing)} of {len(wanted)} programs to build, {BUILD_JOBS} at a time, in the background: "
                f"{', '.join(p.name for p in missing)}")
        for program in missing:
            future = self.pool.submit(build, program, lambda m: say(f"   {m}"))
            future.add_done_callback(lambda _: setattr(self, "finished", time.monotonic()))
            self.futures[program.name] = future

    def wait(self, level: str) -> None:
        names = [p.name for p in programs_for((level,)) if p.name in self.futures]
        pending = [n for n in names if not self.futures[n].done()]
        last = time.monotonic()
        while pending:
            if time.monotonic() - last >= HEARTBEAT:
                say(f"   level {level} waits for its builds: {', '.join(pending)}")
                last = time.monotonic()
            time.sleep(1)
            pending = [n for n in names if not self.futures[n].done()]
        for name in names:
            self.futures[name].result()  # a failed build fails here, with Go's output

    def close(self) -> float:
        """Seconds from the first build's start to the last one's end."""
        self.pool.shutdown(wait=True)
        return (self.finished or self.started) - self.started


# --- main --------------------------------------------------------------------------------


def prepare(levels: list[str]) -> None:
    """The pinned files, verified, and the renders the static level reads (once for all shards)."""
    from ai_platform.upstream import MIRROR_ENV, UpstreamCache, fetch_all, lock, resolve_mirror

    cache = UpstreamCache()
    missing = [f for f in lock().all_files() if not cache.path_for(f).is_file()]
    trees = [t for t in lock().all_trees() if not cache.tree_path(t).is_dir()]
    if (missing or trees) and not os.environ.get(MIRROR_ENV):
        raise SystemExit(f"{len(missing)} pinned upstream files are not in {cache.root}: set {MIRROR_ENV} to the offline "
                         f"mirror ({MIRROR_ENV}=../shared/upstream), or run `python main.py fetch` online")
    if missing or trees:
        fetch_all(resolve_mirror(None), cache)
    if "static" in levels:
        import conftest

        for name in PROFILES:
            conftest.built(name)
        conftest.forced_extension_documents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tests/run.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", default=",".join(LEVELS), help=f"comma-separated, in this order: {','.join(LEVELS)}")
    parser.add_argument("--update-durations", action="store_true", help="write the measured durations to tests/durations.json")
    parser.add_argument("pytest_args", nargs="*", help="after --: passed to every shard")
    args = parser.parse_args(argv)
    levels = [level for level in LEVELS if level in args.levels.split(",")]
    unknown = set(args.levels.split(",")) - set(LEVELS)
    if unknown:
        parser.error(f"unknown level(s) {', '.join(sorted(unknown))}; allowed: {', '.join(LEVELS)}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    durations: dict[str, float] = json.loads(DURATIONS.read_text(encoding="utf-8")) if DURATIONS.is_file() else {}
    started = time.monotonic()
    say("== prepare: pinned files and the renders the static level reads")
    prepare(levels)
    say(f"== prepare: {time.monotonic() - started:.0f} s")
    builds = Builds(levels)
    times: dict[str, tuple[float, dict[str, int], int]] = {}
    shards_run: list[Shard] = []
    for level in levels:
        builds.wait(level)
        nodeids = collect(level, args.pytest_args)
        if not nodeids:
            say(f"== level {level}: no tests selected")
            continue
        shards = [Shard(level, i, ids) for i, ids in enumerate(plan(nodeids, level, SHARDS[level], durations))]
        say(f"== level {level}: {len(nodeids)} tests in {len(shards)} shard(s)")
        level_started = time.monotonic()
        threads = [threading.Thread(target=s.run, args=(args.pytest_args,)) for s in shards]
        for thread in threads:
            thread.start()
        last = time.monotonic()
        while any(t.is_alive() for t in threads):
            time.sleep(1)
            if time.monotonic() - last >= HEARTBEAT:
                running = [f"{s.level}-{s.index}" for s, t in zip(shards, threads) if t.is_alive()]
                say(f"   level {level}: {time.monotonic() - level_started:.0f} s, running {', '.join(running)}")
                last = time.monotonic()
        for shard in shards:
            say(f"   {level}-{shard.index}: {shard.seconds:.0f} s, {shard.summary()} (log {shard.log.relative_to(ROOT)})")
        counts: dict[str, int] = {}
        for shard in shards:
            for key, value in shard.counts().items():
                counts[key] = counts.get(key, 0) + value
        failed = sum(1 for s in shards if s.returncode not in (0, 5))
        times[level] = (time.monotonic() - level_started, counts, failed)
        say(f"== level {level}: {times[level][0]:.0f} s ({', '.join(f'{n} {k}' for k, n in counts.items())})")
        shards_run += shards
    build_seconds = builds.close()
    junits = [s.junit for s in shards_run]
    merge(junits, RESULTS / "junit.xml")
    if args.update_durations:
        # the levels that ran are measured anew (their stale groups dropped); the others are kept
        kept = {group: seconds for group, seconds in durations.items() if level_of_group(group) not in levels}
        DURATIONS.write_text(json.dumps({**kept, **measured(junits)}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    say("== time per level")
    for level, (seconds, counts, failed) in times.items():
        say(f"   {level:<10} {seconds:6.0f} s  {', '.join(f'{n} {k}' for k, n in counts.items())}"
            + (f"  ({failed} shard(s) failed)" if failed else ""))
    if builds.futures:
        say(f"   {'go builds':<10} {build_seconds:6.0f} s  ({len(builds.futures)} built in the background)")
    say(f"   {'total':<10} {time.monotonic() - started:6.0f} s")
    failing = [s for s in shards_run if s.returncode not in (0, 5)]
    for shard in failing:
        say(f"== {shard.level}-{shard.index} failed (exit {shard.returncode}); the end of {shard.log.relative_to(ROOT)}:")
        say("\n".join(shard.log.read_text(encoding="utf-8", errors="replace").splitlines()[-60:]))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
