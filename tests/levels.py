"""Tests by level, one folder each, run in this order by the README's test command:

    static     tests/static/     the objects of dist/, the library's code; no Go build, no process
                                 of ours (the session's prepare step renders what they read)
    apiserver  tests/apiserver/  dist/ applied to a real kube-apiserver (the test bed)
    simulated  tests/simulated/  behaviour on the simulated GPU cluster with the real operators
    tools      tests/tools/      the CNCF validator, the policy scanner, the OCI registry, the
                                 pinned render tools from an empty cache
    gpu_node   tests/gpu_node/   the GPU-node bundle and the runs recorded on real GPUs

Every Go program a selected level needs is built once, ahead of time, by a background thread with
bounded parallelism while the earlier levels run (``testbed/programs.py``); a fixture that needs a
binary waits for its build (builds of one key wait for each other). Each level's time is printed
when it ends, a progress line at least every 30 s during builds, and a table at the end.

``python -m pytest tests/static`` is the quick loop (under a minute).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
LEVELS = ("static", "apiserver", "simulated", "tools", "gpu_node")
MARKERS = {"apiserver": "apiserver", "simulated": "simulated"}
"""Folder -> the pytest marker its tests carry (``-m "not simulated"`` still selects levels)."""

SHARED_CLUSTER_MARK = "SHARES_THE_PROFILE_CLUSTER = True"
"""What a simulated module on the profile's shared ``cluster`` says (tests/simulated_fixtures.py
checks it at collection; tests/run.py keeps such tests of one profile in one shard)."""


def level_of(item: pytest.Item) -> str:
    try:
        folder = Path(str(item.path)).resolve().relative_to(TESTS).parts[0]
    except ValueError:
        return "static"
    return folder if folder in LEVELS else "static"


@dataclass
class LevelClock:
    """When each level started and ended, and its outcomes."""

    started: dict[str, float] = field(default_factory=dict)
    ended: dict[str, float] = field(default_factory=dict)
    outcomes: dict[str, dict[str, int]] = field(default_factory=dict)
    current: str | None = None


CLOCK = LevelClock()
_items_level: dict[str, str] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--select-from", metavar="FILE", help="run only the node ids listed in FILE (one a line; tests/run.py's shards)")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Levels in order (a stable sort keeps pytest's grouping by fixture within a level); each
    item gets its folder's marker; with ``--select-from`` only the listed node ids stay."""
    listed = config.getoption("--select-from")
    if listed:
        wanted = set(Path(listed).read_text(encoding="utf-8").splitlines())
        kept = [item for item in items if item.nodeid in wanted]
        config.hook.pytest_deselected(items=[item for item in items if item.nodeid not in wanted])
        items[:] = kept
    for item in items:
        level = level_of(item)
        _items_level[item.nodeid] = level
        marker = MARKERS.get(level)
        if marker is not None and not item.get_closest_marker(marker):
            item.add_marker(getattr(pytest.mark, marker))
    items.sort(key=lambda item: LEVELS.index(_items_level[item.nodeid]))
    from simulated_fixtures import check_shared_cluster_users

    check_shared_cluster_users(items)
    config.stash[SELECTED_LEVELS] = tuple(dict.fromkeys(_items_level[i.nodeid] for i in items))


SELECTED_LEVELS = pytest.StashKey[tuple[str, ...]]()


def _say(config: pytest.Config, message: str) -> None:
    reporter = config.pluginmanager.getplugin("terminalreporter")
    capture = config.pluginmanager.getplugin("capturemanager")
    if reporter is None:
        print(message, flush=True)
        return
    if capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(message)
    else:
        reporter.write_line(message)


def _end_level(config: pytest.Config, level: str) -> None:
    CLOCK.ended[level] = time.monotonic()
    counts = CLOCK.outcomes.get(level, {})
    shown = ", ".join(f"{n} {what}" for what, n in sorted(counts.items()))
    _say(config, f"== level {level}: {CLOCK.ended[level] - CLOCK.started[level]:.0f} s ({shown or 'no tests'})")


def pytest_runtest_logstart(nodeid: str, location: tuple[str, int | None, str]) -> None:
    level = _items_level.get(nodeid, "static")
    if level != CLOCK.current:
        config = _CONFIG[0]
        if CLOCK.current is not None:
            _end_level(config, CLOCK.current)
        CLOCK.current = level
        CLOCK.started[level] = time.monotonic()
        _say(config, f"== level {level}")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        level = _items_level.get(report.nodeid, "static")
        outcome = "error" if report.when == "setup" and report.failed else report.outcome
        counts = CLOCK.outcomes.setdefault(level, {})
        counts[outcome] = counts.get(outcome, 0) + 1


_CONFIG: list[pytest.Config] = []


def pytest_configure(config: pytest.Config) -> None:
    _CONFIG[:] = [config]


def pytest_sessionfinish(session: pytest.Session) -> None:
    if CLOCK.current is not None and CLOCK.current not in CLOCK.ended:
        _end_level(session.config, CLOCK.current)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not CLOCK.started:
        return
    terminalreporter.write_sep("=", "time per level")
    for level in LEVELS:
        if level in CLOCK.started:
            seconds = CLOCK.ended.get(level, time.monotonic()) - CLOCK.started[level]
            counts = CLOCK.outcomes.get(level, {})
            terminalreporter.write_line(f"{level:<10} {seconds:7.0f} s  " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    if PREBUILD.started is not None:
        took = (PREBUILD.finished or time.monotonic()) - PREBUILD.started
        terminalreporter.write_line(f"{'go builds':<10} {took:7.0f} s  (in the background, {PREBUILD.built} built, "
                                    f"{PREBUILD.cached} cached)")


# --- Go programs, built ahead of time ------------------------------------------------------


@dataclass
class Prebuild:
    started: float | None = None
    finished: float | None = None
    built: int = 0
    cached: int = 0
    future: Future[None] | None = None


PREBUILD = Prebuild()
BUILD_JOBS = 2
"""Two builds at a time: one Go build already uses both cores while it compiles; a second overlaps
its linking and module downloads. More only adds memory pressure on a 2-core machine."""


def programs_for(levels: tuple[str, ...]) -> list[Any]:
    from testbed import programs

    wanted: list[Any] = []
    if "apiserver" in levels or "simulated" in levels:
        wanted += programs.api_server()
    if "simulated" in levels:
        wanted += programs.simulated()
    if "tools" in levels:
        wanted += programs.synth_tools() + programs.tools()
    unique: dict[str, Any] = {}
    for program in wanted:
        unique.setdefault(program.name, program)
    return list(unique.values())


def start_prebuild(config: pytest.Config, cache: Any, report: Callable[[str], None]) -> None:
    """Builds, in a background thread, every program the selected levels need that is not cached."""
    if PREBUILD.future is not None:
        return
    from ai_platform.gobuild import build_all

    levels = config.stash.get(SELECTED_LEVELS, ())
    wanted = programs_for(levels)
    missing = [p for p in wanted if not p.is_built()]
    PREBUILD.cached = len(wanted) - len(missing)
    future: Future[None] = Future()
    PREBUILD.future = future
    if not missing:
        future.set_result(None)
        return
    PREBUILD.started = time.monotonic()
    report(f"go builds: {len(missing)} program(s) to build for the {', '.join(levels)} level(s), "
           f"{BUILD_JOBS} at a time, in the background ({', '.join(p.name for p in missing)})")

    def run() -> None:
        try:
            build_all(missing, report, jobs=BUILD_JOBS, cache=cache)
            PREBUILD.built = len(missing)
            future.set_result(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the fixtures that wait for it
            future.set_exception(exc)
        finally:
            PREBUILD.finished = time.monotonic()
            report(f"go builds: done in {(PREBUILD.finished - (PREBUILD.started or PREBUILD.finished)) / 60:.1f} min")

    threading.Thread(target=run, name="go-prebuild", daemon=True).start()
