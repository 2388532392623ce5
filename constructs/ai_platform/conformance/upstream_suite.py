"""``upstream-suite``: the kubernetes-sigs/ai-conformance Go test suite against a cluster.

The suite (``test/*.go`` with ``go.mod``/``go.sum`` at the commit pinned in upstream.lock.yaml,
component ``ai-conformance-suite``) is compiled once with ``go test -c ./test`` into
``.cache/go/ai-conformance-suite/<key>/suite.test`` (the one Go builder, keyed by the files' sha256, the flags and the Go version) and
run through ``go tool test2json`` against the given kubeconfig. Evidence, written into the
submission folder under ``upstream-suite/``:

  e2e.log        the suite's verbose output (what ``go test -v`` prints)
  results.json   the ``go test -json`` event stream, one JSON object per line (as the suite's
                 README produces it with ``go test -v ./test -json > results.json``)
  junit.xml      the events converted: one test case per test and subtest

The requirements a test covers (``COVERS``) link the three files in PRODUCT.yaml and get a
section in their ``evidence/<id>.md``. A run is only evidence of what it says: a failure,
including the suite's own ``ENVIRONMENT ERROR`` (e.g. no ResourceSlices), is reported as such.
"""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from ..errors import PlatformError
from ..gobuild import GoBinary, GoProgram, build
from ..requirement import Requirement
from ..upstream import UpstreamCache, lock

SUITE_COMPONENT = "ai-conformance-suite"
PACKAGE_DIR = "test"
EVIDENCE_DIR = "upstream-suite"
E2E_LOG = "e2e.log"
RESULTS_JSON = "results.json"
JUNIT_XML = "junit.xml"
ENVIRONMENT_ERROR = "ENVIRONMENT ERROR"
SECTION = "## Upstream conformance suite"

COVERS = {"TestSecureAcceleratorAccess": Requirement.SECURE_ACCELERATOR_ACCESS}
"""The requirement each upstream test proves (the table in the suite's test/README.md)."""


def suite_sources() -> dict[str, Any]:
    sources = lock().component(SUITE_COMPONENT).tool_sources()
    if not any(path.startswith(f"{PACKAGE_DIR}/") for path in sources) or "go.mod" not in sources:
        raise PlatformError(
            f"upstream.lock.yaml: component {SUITE_COMPONENT!r} must pin go.mod and {PACKAGE_DIR}/*.go "
            f"with role tool-source; have {sorted(sources)}"
        )
    return sources


def package_path(cache: UpstreamCache | None = None) -> str:
    """The import path of the test package, from the pinned go.mod."""
    go_mod = (cache or UpstreamCache()).cached(suite_sources()["go.mod"]).read_text(encoding="utf-8")
    match = re.search(r"^module\s+(\S+)", go_mod, re.MULTILINE)
    if match is None:
        raise PlatformError(f"the pinned go.mod of {SUITE_COMPONENT} names no module")
    return f"{match.group(1)}/{PACKAGE_DIR}"


def program() -> GoProgram:
    """The suite's test binary (``go test -c ./test`` of the pinned files)."""
    return GoProgram(name=SUITE_COMPONENT, title="the upstream AI conformance suite", binary="suite.test",
                     package=f"./{PACKAGE_DIR}", sources=suite_sources(), test=True, estimate="about 3 minutes on 2 cores")


def build_suite(cache: UpstreamCache | None = None) -> GoBinary:
    return build(program(), cache=cache)


@dataclass(frozen=True)
class TestOutcome:
    name: str
    """``TestX`` or ``TestX/Subtest``."""
    action: str
    """pass, fail or skip (``run`` when the stream ended before the test did)."""
    elapsed: float
    output: tuple[str, ...]


@dataclass(frozen=True)
class SuiteRun:
    returncode: int
    package: str
    events: tuple[dict[str, Any], ...]
    tests: tuple[TestOutcome, ...]
    stderr: str

    @property
    def environment_errors(self) -> tuple[str, ...]:
        return tuple(
            dict.fromkeys(line.strip() for t in self.tests for line in t.output if ENVIRONMENT_ERROR in line)
        )

    @property
    def passed(self) -> bool:
        return self.returncode == 0 and bool(self.tests) and all(t.action in ("pass", "skip") for t in self.tests)

    def covered(self) -> dict[str, list[TestOutcome]]:
        """Requirement id -> outcomes of the top-level tests (and their subtests) that cover it."""
        result: dict[str, list[TestOutcome]] = {}
        for test in self.tests:
            rid = COVERS.get(test.name.split("/", 1)[0])
            if rid is not None:
                result.setdefault(rid, []).append(test)
        return result


def parse_events(stream: str, returncode: int = 0, stderr: str = "") -> SuiteRun:
    events: list[dict[str, Any]] = []
    for line in stream.splitlines():
        if line.strip():
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError:
                events.append({"Action": "output", "Output": line + "\n"})
    order: list[str] = []
    state: dict[str, dict[str, Any]] = {}
    package = ""
    for event in events:
        package = event.get("Package", package)
        name = event.get("Test")
        if not name:
            continue
        entry = state.setdefault(name, {"action": "run", "elapsed": 0.0, "output": []})
        if name not in order:
            order.append(name)
        action = event.get("Action")
        if action == "output":
            entry["output"].append(event.get("Output", "").rstrip("\n"))
        elif action in ("pass", "fail", "skip"):
            entry["action"] = action
            entry["elapsed"] = float(event.get("Elapsed", 0.0))
    tests = tuple(TestOutcome(n, state[n]["action"], state[n]["elapsed"], tuple(state[n]["output"])) for n in order)
    return SuiteRun(returncode, package, tuple(events), tests, stderr)


def run_suite(
    kubeconfig: Path, accelerator_type: str = "nvidia", binary: Path | None = None, timeout_s: int = 1800,
    cache: UpstreamCache | None = None,
) -> SuiteRun:
    if not kubeconfig.is_file():
        raise PlatformError(f"--kubeconfig {kubeconfig}: no such file")
    binary = binary or build_suite(cache).path
    package = package_path(cache)
    command = [
        "go", "tool", "test2json", "-t", "-p", package, str(binary),
        "-test.v=test2json", f"-test.timeout={timeout_s}s",
        f"-kubeconfig={kubeconfig.resolve()}", f"-accelerator-type={accelerator_type}",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=timeout_s + 60, cwd=binary.parent)
    except subprocess.TimeoutExpired as exc:
        raise PlatformError(f"the upstream suite did not finish in {timeout_s + 60}s against {kubeconfig}") from exc
    return parse_events(done.stdout, done.returncode, done.stderr)


def e2e_log(run: SuiteRun) -> str:
    text = "".join(e.get("Output", "") for e in run.events if e.get("Action") == "output")
    return text + (f"\n--- stderr ---\n{run.stderr}" if run.stderr.strip() else "")


def junit_xml(run: SuiteRun) -> ET.ElementTree:
    suite = ET.Element(
        "testsuite",
        name=run.package or "upstream-suite",
        tests=str(len(run.tests)),
        failures=str(sum(t.action == "fail" for t in run.tests)),
        errors=str(sum(t.action == "run" for t in run.tests)),
        skipped=str(sum(t.action == "skip" for t in run.tests)),
        time=f"{sum(t.elapsed for t in run.tests if '/' not in t.name):.3f}",
    )
    for test in run.tests:
        case = ET.SubElement(suite, "testcase", classname=run.package, name=test.name, time=f"{test.elapsed:.3f}")
        text = "\n".join(test.output)
        environment = [line.strip() for line in test.output if ENVIRONMENT_ERROR in line]
        if test.action == "fail":
            ET.SubElement(case, "failure", message=environment[0] if environment else f"{test.name} failed").text = text
        elif test.action == "skip":
            ET.SubElement(case, "skipped", message=f"{test.name} skipped").text = text
        elif test.action == "run":
            ET.SubElement(case, "error", message=f"{test.name} did not finish").text = text
    if run.returncode != 0 and not any(t.action == "fail" for t in run.tests):
        case = ET.SubElement(suite, "testcase", classname=run.package, name="suite")
        ET.SubElement(case, "error", message=f"the suite exited with status {run.returncode}").text = run.stderr[-4000:]
        suite.set("errors", str(int(suite.get("errors", "0")) + 1))
        suite.set("tests", str(len(run.tests) + 1))
    root = ET.Element("testsuites")
    root.append(suite)
    return ET.ElementTree(root)


def write_evidence(run: SuiteRun, submission_dir: Path) -> Path:
    out = submission_dir / EVIDENCE_DIR
    out.mkdir(parents=True, exist_ok=True)
    (out / E2E_LOG).write_text(e2e_log(run), encoding="utf-8")
    (out / RESULTS_JSON).write_text("".join(json.dumps(e) + "\n" for e in run.events), encoding="utf-8")
    junit_xml(run).write(out / JUNIT_XML, encoding="utf-8", xml_declaration=True)
    return out


def read_evidence(submission_dir: Path) -> SuiteRun | None:
    """The suite run stored in a submission folder, if any."""
    results = submission_dir / EVIDENCE_DIR / RESULTS_JSON
    if not results.is_file():
        return None
    run = parse_events(results.read_text(encoding="utf-8"))
    return SuiteRun(0 if run.passed else 1, run.package, run.events, run.tests, "")


def links() -> list[str]:
    return [f"{EVIDENCE_DIR}/{name}" for name in (E2E_LOG, RESULTS_JSON, JUNIT_XML)]


def _section(rid: str, run: SuiteRun, commit: str) -> str:
    lines = [
        SECTION,
        "",
        f"kubernetes-sigs/ai-conformance `test/` at `{commit}`, run against the cluster of the kubeconfig given to "
        "`python main.py upstream-suite`. Files: " + ", ".join(f"`{link}`" for link in links()) + ".",
        "",
    ]
    for test in run.covered().get(rid, []):
        lines.append(f"- `{test.name}`: {test.action.upper()} ({test.elapsed:.1f}s)")
    for error in run.environment_errors:
        lines += ["", f"The suite could not test the platform in that cluster: `{error}`"]
    return "\n".join(lines) + "\n"


def attach(submission_dir: Path) -> list[str]:
    """Links a stored suite run into the submission's PRODUCT.yaml and evidence files of the
    requirements it covers; returns those ids. Idempotent."""
    run = read_evidence(submission_dir)
    product = submission_dir / "PRODUCT.yaml"
    if run is None or not product.is_file():
        return []
    covered = sorted(run.covered())
    text = product.read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    document = yaml.safe_load(text)
    for items in document["spec"].values():
        for item in items:
            if item["id"] in covered:
                item["evidence"] = [e for e in item["evidence"] if e not in links()] + links()
    product.write_text(header + yaml.safe_dump(document, sort_keys=False, width=1000, allow_unicode=True), encoding="utf-8")
    commit = urlparse(suite_sources()["go.mod"].url).path.split("/")[3]
    for rid in covered:
        evidence = submission_dir / "evidence" / f"{rid}.md"
        if evidence.is_file():
            body = evidence.read_text(encoding="utf-8").split(f"\n{SECTION}\n", 1)[0].rstrip("\n") + "\n"
            evidence.write_text(body + "\n" + _section(rid, run, commit), encoding="utf-8")
    return covered
