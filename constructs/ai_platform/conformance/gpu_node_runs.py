"""What a GPU node run brings back (``testbed/gpu_node/run.sh`` OUT folder), read and turned into
conformance evidence of the submission.

The folder holds ``nvidia-smi-L.txt``, ``suite.out`` (the upstream suite's ``-test.v=test2json``
output), ``cases.tsv`` (our cases: name, PASS|FAIL, detail), ``summary.txt``, ``resources.txt`` and
``logs.tar.xz``. ``suite.out`` is converted with ``go tool test2json`` into the suite's
``results.json`` event stream (kept next to it as ``results.json`` so reading needs no Go).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..conventions import GPU_NODE_RUNS_DIR, REPO_ROOT
from ..errors import PlatformError
from ..requirement import Requirement
from . import upstream_suite

NVIDIA_SMI = "nvidia-smi-L.txt"
SUITE_OUT = "suite.out"
RESULTS_JSON = "results.json"
CASES = "cases.tsv"
SUMMARY = "summary.txt"
RUN_INFO = "run.json"
"""Written by us when the results are stored: date, machine, device tool calls."""
EVIDENCE_DIR = "gpu-node"
SECTION = "## Real GPU node"
REQUIREMENTS = (Requirement.DRA_SUPPORT, Requirement.SECURE_ACCELERATOR_ACCESS)
"""What a run shows on real hardware: the DRA driver publishing the real GPU, the scheduler
allocating it to our claim template and the driver preparing it for the container (dra_support);
what containers with and without a claim see, and the admission policy (secure_accelerator_access,
also the upstream suite's requirement)."""
PROFILE = "reference"
"""The profile whose dist/ objects the GPU node runs (``bundle.write_bundle``'s default)."""
RECORDED_RUNS = GPU_NODE_RUNS_DIR
"""Committed results of runs on lent GPU machines, one folder per run (``<date>-<card>-run<n>``)."""
_RUN_FOLDER = re.compile(r"^(\d{4}-\d{2}-\d{2})-.+-run(\d+)$")
_GPU_LINE = re.compile(r"^GPU (\d+): (.+?) \(UUID: (GPU-[0-9a-f-]+)\)\s*$")


@dataclass(frozen=True)
class Gpu:
    index: int
    model: str
    uuid: str


@dataclass(frozen=True)
class Case:
    name: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class NodeRun:
    folder: Path
    gpus: tuple[Gpu, ...]
    suite: upstream_suite.SuiteRun
    cases: tuple[Case, ...]
    info: dict[str, object]

    @property
    def passed(self) -> bool:
        return self.suite.passed and bool(self.cases) and all(c.passed for c in self.cases)

    @property
    def label(self) -> str:
        models = sorted({g.model for g in self.gpus})
        return f"{len(self.gpus)}x {' + '.join(models)}" if models else "no GPU"


def parse_gpus(text: str) -> tuple[Gpu, ...]:
    gpus = []
    for line in text.splitlines():
        match = _GPU_LINE.match(line.strip())
        if match:
            gpus.append(Gpu(int(match.group(1)), match.group(2), match.group(3)))
    return tuple(gpus)


def parse_cases(text: str) -> tuple[Case, ...]:
    cases = []
    for line in text.splitlines():
        if not line.strip():
            continue
        name, outcome, *rest = line.split("\t")
        if outcome not in ("PASS", "FAIL"):
            raise PlatformError(f"cases.tsv: outcome {outcome!r} of {name!r} is neither PASS nor FAIL")
        cases.append(Case(name, outcome == "PASS", rest[0] if rest else ""))
    return tuple(cases)


def convert_suite_output(folder: Path, package: str | None = None) -> Path:
    """``results.json`` from ``suite.out`` through ``go tool test2json -t -p PACKAGE``."""
    target = folder / RESULTS_JSON
    if target.is_file():
        return target
    source = folder / SUITE_OUT
    if not source.is_file():
        raise PlatformError(f"{folder}: no {SUITE_OUT} (did the suite run?)")
    package = package or upstream_suite.package_path()
    with source.open("rb") as stdin:
        done = subprocess.run(["go", "tool", "test2json", "-t", "-p", package], stdin=stdin, capture_output=True, check=False)
    if done.returncode != 0 or not done.stdout:
        raise PlatformError(f"go tool test2json failed on {source}: {done.stderr.decode()[-2000:]}")
    target.write_bytes(done.stdout)
    return target


def read_run(folder: Path) -> NodeRun:
    for name in (NVIDIA_SMI, CASES):
        if not (folder / name).is_file():
            raise PlatformError(f"{folder}: no {name}")
    stream = convert_suite_output(folder).read_text(encoding="utf-8")
    suite = upstream_suite.parse_events(stream)
    suite = upstream_suite.SuiteRun(0 if suite.passed else 1, suite.package, suite.events, suite.tests, "")
    info_file = folder / RUN_INFO
    info = json.loads(info_file.read_text(encoding="utf-8")) if info_file.is_file() else {}
    return NodeRun(folder, parse_gpus((folder / NVIDIA_SMI).read_text(encoding="utf-8")), suite,
                   parse_cases((folder / CASES).read_text(encoding="utf-8")), info)


def statement(run: NodeRun) -> str:
    """What the run proved on hardware, for the evidence file."""
    date = run.info.get("date", "unknown date")
    lines = [
        SECTION,
        "",
        f"Run on {run.label} ({', '.join(g.uuid for g in run.gpus)}) on {date}: a single-node Kubernetes v1.34.2 "
        "(control plane, kubelet, containerd v2.2.9 + runc v1.3.7, the NVIDIA DRA driver v0.4.1 kubelet plugin "
        "publishing the real GPU) with this profile's DeviceClasses, claim templates, quotas and accelerator access policy. "
        "Files: " + ", ".join(f"`{EVIDENCE_DIR}/{name}`" for name in (NVIDIA_SMI, CASES, SUMMARY)) + ".",
        "",
    ]
    for test in run.suite.tests:
        if test.name.split("/", 1)[0] in upstream_suite.COVERS:
            lines.append(f"- upstream `{test.name}`: {test.action.upper()} ({test.elapsed:.1f}s)")
    for case in run.cases:
        lines.append(f"- ours `{case.name}`: {'PASS' if case.passed else 'FAIL'}")
    lines += ["", f"Overall on real hardware: {'PASSED' if run.passed else 'FAILED'}."]
    if run.info.get("note"):
        lines += ["", f"Note recorded with the run: {run.info['note']}"]
    return "\n".join(lines) + "\n"


def write_evidence(run: NodeRun, submission_dir: Path) -> Path:
    """The upstream suite's files (``upstream-suite/``, linked in PRODUCT.yaml as the suite's
    own command links them), ours under ``gpu-node/``, and a section in the requirement's evidence."""
    upstream_suite.write_evidence(run.suite, submission_dir)
    upstream_suite.attach(submission_dir)
    out = submission_dir / EVIDENCE_DIR
    out.mkdir(parents=True, exist_ok=True)
    for name in (NVIDIA_SMI, CASES, SUMMARY, RUN_INFO):
        if (run.folder / name).is_file():
            shutil.copy2(run.folder / name, out / name)
    (out / "README.md").write_text(statement(run), encoding="utf-8")
    for requirement in REQUIREMENTS:
        evidence = submission_dir / "evidence" / f"{requirement}.md"
        if evidence.is_file():
            body = evidence.read_text(encoding="utf-8").split(f"\n{SECTION}\n", 1)[0].rstrip("\n") + "\n"
            evidence.write_text(body + "\n" + statement(run), encoding="utf-8")
    return out


def run_order(path: Path) -> tuple[str, int]:
    """Sort key of a run folder ``<date>-<card>-run<n>``: date, then run number (the card sits
    between them, so plain name order would put a later run on another card first)."""
    match = _RUN_FOLDER.match(path.name)
    if not match:
        raise PlatformError(f"{path}: a recorded run's folder is named <date>-<card>-run<n>, e.g. 2026-11-28-h100-run1")
    return match.group(1), int(match.group(2))


def recorded_runs(folder: Path = RECORDED_RUNS) -> list[NodeRun]:
    """Every committed run, oldest first."""
    if not folder.is_dir():
        return []
    return [read_run(path) for path in sorted((p for p in folder.iterdir() if p.is_dir()), key=run_order)]


def latest_per_card(runs: list[NodeRun]) -> list[NodeRun]:
    """The latest run on each GPU model, in run order: what the statement reports, so an older
    card's result is not hidden by a later run on another one."""
    latest = {run.label: run for run in runs}
    return [run for run in runs if latest[run.label] is run]


def summary_line(run: NodeRun) -> str:
    """One line for the conformance statement: card, date, upstream suite and our cases."""
    passed = sum(c.passed for c in run.cases)
    failed = [c.name for c in run.cases if not c.passed]
    suite = ", ".join(f"`{t.name}` {t.action.upper()}" for t in run.suite.tests if "/" not in t.name) or "did not run"
    where = run.folder.relative_to(REPO_ROOT).as_posix() if run.folder.is_relative_to(REPO_ROOT) else run.folder.name
    return (f"{run.label}, {run.info.get('date', 'unknown date')} (`{where}/`): upstream suite {suite}; our cases "
            f"{passed} of {len(run.cases)} pass" + (f" (failed: {', '.join(failed)}; see the run's note)" if failed else ""))
