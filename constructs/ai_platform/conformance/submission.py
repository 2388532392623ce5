"""``conformance``: PRODUCT.yaml, evidence files and test results for a profile and version.

Output (not committed; it carries the upstream requirement texts):

  build/conformance/<profile>/v<version>/
    PRODUCT.yaml              the official template, metadata and status/evidence/notes filled
    evidence/<id>.md          what is deployed for the requirement, the tests, live checks
    results/junit.xml         the requirement test modules run with pytest (hybrid verification)
    results/results.json      pass/fail per requirement id, from the JUnit report
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from ..components.base import InstallKind
from ..conventions import REPO_ROOT
from ..errors import PlatformError
from ..gitops.units import DeployUnit
from ..live_checks import LiveCheck
from ..platform import BuiltPlatform
from ..profile import Profile
from ..render import unit_files
from ..requirement import Requirement
from ..upstream import lock
from . import gpu_node_runs as gpu_results
from . import upstream_suite
from .catalogue import Checklist, available_versions, checklist
from .levels import DESCRIPTIONS, SIMULATED, STATIC, deepest
from .requirements import IMPLEMENTATIONS, IMPLEMENTED, PARTIAL, RequirementImplementation, Status, implementing_units

BUILD_DIR = REPO_ROOT / "build" / "conformance"
JUNIT = "results/junit.xml"
RESULTS = "results/results.json"


def web_url(profile: Profile, path: str) -> str:
    """A browsable link to a file of this repository at the profile's revision."""
    base = profile.gitops.repo_url.removesuffix(".git")
    return f"{base}/blob/{profile.gitops.revision}/{path}"


def metadata_for(profile: Profile, template_metadata: dict[str, Any], version: str) -> dict[str, Any]:
    meta = profile.metadata
    values = {
        "kubernetesVersion": f"v{version}",
        "platformName": meta.platform_name,
        "platformVersion": meta.platform_version,
        "vendorName": meta.vendor_name,
        "websiteUrl": meta.website_url,
        "repoUrl": profile.gitops.repo_url.removesuffix(".git"),
        "documentationUrl": meta.documentation_url,
        "productLogoUrl": meta.product_logo_url,
        "description": meta.description,
        "contactEmailAddress": meta.contact_email_address,
        "k8sConformanceUrl": k8s_conformance_url(meta.k8s_conformance_url, version),
    }
    # Keep the template's keys and order; a key the profile cannot fill keeps its placeholder
    # (the submission check reports it). The CNCF validator requires k8sConformanceUrl for every
    # version, also where the template does not list it (v1.34, v1.36, v1.37): it goes last.
    metadata = {key: values.get(key) or placeholder for key, placeholder in template_metadata.items()}
    metadata.setdefault("k8sConformanceUrl", values["k8sConformanceUrl"])
    return metadata


def k8s_conformance_url(url: str, version: str) -> str:
    """The profile's Kubernetes conformance URL for a checklist version: the product's
    submission in the ``v<version>`` folder of cncf/k8s-conformance (the AI submission of a
    version rests on the Kubernetes conformance of the same version)."""
    return re.sub(r"/v\d+\.\d+/", f"/v{version}/", url, count=1)


@dataclass(frozen=True)
class RequirementEvidence:
    implementation: RequirementImplementation
    status: Status
    units: tuple[DeployUnit, ...]
    files: tuple[str, ...]
    live_checks: tuple[LiveCheck, ...] = ()
    """What the components that serve it say a live cluster shows (``verify`` runs them)."""


def collect_evidence(built: BuiltPlatform) -> dict[Requirement, RequirementEvidence]:
    """Per requirement: its units, their object files, its live checks and its status (from the
    built platform, never from dist/ read back)."""
    checks = list(built.live_checks())
    evidence = {}
    for rid, impl in IMPLEMENTATIONS.items():
        present = implementing_units(built.units, rid)
        files = tuple(sorted(f"{built.dist_path}/{f}" for u in present for f in unit_files(built, u.name)))
        evidence[rid] = RequirementEvidence(impl, impl.decide(built.profile), present, files,
                                            tuple(c for c in checks if c.requirement == rid))
    return evidence


def _unit_line(unit: DeployUnit, profile: Profile) -> str:
    folder = f"`dist/{profile.name}/{unit.name}/` (stage {unit.stage.name.lower()})"
    install = unit.install
    if unit.owns_crds and (install is None or install.kind is not InstallKind.MANIFESTS):
        return f"- {folder}: CRDs of {', '.join(unit.components)} (one owner, never pruned)"
    if install is None:
        return f"- {folder}"
    pinned = lock().component(install.component)
    if install.kind is InstallKind.HELM:
        chart = pinned.chart
        assert chart is not None
        return f"- {folder}: Helm chart `{chart.name}` {chart.version} rendered from {chart.source.describe()}, release `{install.release}` in `{install.namespace}`"
    if install.kind is InstallKind.KUSTOMIZE:
        config = pinned.kustomize
        assert config is not None
        return f"- {folder}: kustomize `{config.entry}` rendered from {config.source.describe()}"
    manifests = pinned.manifests
    assert manifests is not None
    return f"- {folder}: `{manifests.path}` at `{manifests.ref}` of {manifests.repository} (pinned files, one owner)"


def evidence_markdown(profile: Profile, version: str, rid: str, ev: RequirementEvidence, run: TestRun | None = None) -> str:
    impl = ev.implementation
    lines = [f"# {rid}: {ev.status.status}", "", f"Profile `{profile.name}`, Kubernetes v{version}.", "", impl.summary, ""]
    if ev.status.notes:
        lines += [f"Notes: {ev.status.notes}", ""]
    lines += ["## Deployed", ""]
    lines += [_unit_line(u, profile) for u in ev.units] or ["- nothing (see notes)"]
    if ev.files:
        lines += ["", "Objects:", ""] + [f"- `{f}`" for f in ev.files]
    shown = sorted({c for u in ev.units for c in u.components})
    if shown:
        lines += ["", "Pinned versions:", ""]
        for name in shown:
            c = lock().component(name)
            lines.append(f"- {name}: {c.version}" + (f" ({', '.join(c.images.values())})" if c.images else ""))
    lines += ["", "## Tests", ""]
    if impl.modules:
        lines += [f"Results in `{JUNIT}` (each test case carries its evidence level as the property `level`).", ""]
        for module in impl.modules:
            level = (run.levels.get(module) if run else None) or (SIMULATED if module in impl.behaviour_modules else STATIC)
            tally = (run.counts.get(module) if run else None) or {}
            shown = f", {tally['passed']} passed, {tally['failed']} failed, {tally['skipped']} skipped" if tally else ""
            lines += [f"`{module}` (level `{level}`: {DESCRIPTIONS[level]}{shown}):", ""]
            lines += [f"- `{t}`" for t in test_ids(module)] + [""]
        deepest_level = deepest((run.levels.get(m, STATIC) for m in impl.modules) if run else
                                (SIMULATED if impl.behaviour_modules else STATIC,))
        lines += [f"Deepest level: `{deepest_level}`."]
        if impl.needs_real_gpu:
            lines += ["", f"Not shown without a real GPU node: {impl.needs_real_gpu}."]
    else:
        lines += ["- none (not implemented)"]
    if ev.live_checks or impl.by_hand:
        lines += ["", "## Reproduce on a live cluster", ""]
        lines += [f"- `{c.probe.kubectl()}`: expect {c.expect} (`verify` checks it: {c.name})" for c in ev.live_checks]
        lines += [f"- `{c.command}`: expect {c.expected}" for c in impl.by_hand]
    if impl.docs:
        lines += ["", "## Documentation", ""] + [f"- {web_url(profile, d)}" for d in impl.docs]
    return "\n".join(lines) + "\n"


def test_ids(module: str | None) -> list[str]:
    """The test functions of a requirement module, named as pytest names them."""
    if module is None:
        return []
    import ast

    tree = ast.parse((REPO_ROOT / module).read_text(encoding="utf-8"))
    return [f"{module}::{node.name}" for node in tree.body if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")]


@dataclass(frozen=True)
class TestRun:
    """One pytest run of requirement test modules: its JUnit report, pass/fail per module and
    each module's evidence level (the deepest level its test cases recorded)."""

    junit: Path
    counts: dict[str, dict[str, int]]
    levels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_junit(cls, junit: Path) -> TestRun:
        """Reads a pytest JUnit report (the README's test command writes one, see pyproject.toml)."""
        if not junit.is_file():
            raise PlatformError(f"{junit}: no JUnit report (run the tests first: the README's test command writes it)")
        counts: dict[str, dict[str, int]] = {}
        levels: dict[str, set[str]] = {}
        for case in ET.parse(junit).getroot().iter("testcase"):
            outcome = "failed" if case.find("failure") is not None or case.find("error") is not None else (
                "skipped" if case.find("skipped") is not None else "passed"
            )
            module = _module_of(case)
            counts.setdefault(module, {"passed": 0, "failed": 0, "skipped": 0})[outcome] += 1
            recorded = [p.get("value", STATIC) for p in case.iter("property") if p.get("name") == "level"]
            levels.setdefault(module, set()).update(recorded or [STATIC])
        return cls(junit, counts, {module: deepest(found) for module, found in levels.items()})


def _module_of(case: ET.Element) -> str:
    return case.get("classname", "").replace(".", "/") + ".py"


def run_requirement_tests(modules: list[str], junit: Path) -> TestRun:
    """Runs the requirement test modules with pytest (JUnit to ``junit``); counts per module."""
    junit.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *modules],
        cwd=REPO_ROOT, check=False, capture_output=True, text=True,
    )
    run = TestRun.from_junit(junit)
    missing = sorted(set(modules) - set(run.counts))
    if missing:
        raise PlatformError(f"the requirement tests wrote no results for {', '.join(missing)} (see {junit})")
    return run


def write_junit_subset(run: TestRun, modules: set[str], target: Path) -> None:
    """The run's JUnit report restricted to ``modules`` (a version's requirement tests)."""
    tree = ET.parse(run.junit)
    for suite in tree.getroot().iter("testsuite"):
        for case in [c for c in suite.findall("testcase") if _module_of(c) not in modules]:
            suite.remove(case)
        cases = suite.findall("testcase")
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(c.find("failure") is not None for c in cases)))
        suite.set("errors", str(sum(c.find("error") is not None for c in cases)))
        suite.set("skipped", str(sum(c.find("skipped") is not None for c in cases)))
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def product_document(profile: Profile, cl: Checklist, evidence: dict[str, RequirementEvidence], with_results: bool) -> dict[str, Any]:
    document = copy.deepcopy(cl.template)
    document["metadata"] = metadata_for(profile, cl.template["metadata"], cl.version)
    for items in document["spec"].values():
        for item in items:
            ev = evidence[item["id"]]
            links = [f"evidence/{item['id']}.md"]
            if ev.implementation.test_module and with_results:
                links += [f"{JUNIT}", RESULTS]
            links += [web_url(profile, d) for d in ev.implementation.docs]
            item["status"] = ev.status.status
            item["evidence"] = links
            item["notes"] = ev.status.notes
    return document


def version_modules(version: str) -> set[str]:
    """The requirement test modules of a checklist version."""
    return {m for rid in checklist(version).ids for m in IMPLEMENTATIONS[rid].modules}


def write_submission(
    built: BuiltPlatform, version: str, out_dir: Path | None = None, run_tests: bool = True, test_run: TestRun | None = None
) -> Path:
    """Writes one submission of a built platform. With ``run_tests``, the version's requirement
    tests run now, unless ``test_run`` (a run that covered them) is given: its results are reused."""
    profile = built.profile
    cl = checklist(version)
    out = out_dir or BUILD_DIR / profile.name / f"v{version}"
    out.mkdir(parents=True, exist_ok=True)
    evidence = collect_evidence(built)
    unknown = [rid for rid in cl.ids if rid not in evidence]
    if unknown:
        raise KeyError(f"checklist v{version} has ids the platform does not map: {unknown}")
    (out / "evidence").mkdir(exist_ok=True)
    if run_tests:
        modules = version_modules(version)
        if test_run is None:
            test_run = run_requirement_tests(sorted(modules), out / JUNIT)
        elif not_run := sorted(modules - set(test_run.counts)):
            raise PlatformError(f"the reused test run {test_run.junit} did not run {', '.join(not_run)}")
        unlevelled = sorted(m for rid in cl.ids for m in IMPLEMENTATIONS[rid].behaviour_modules
                            if m in test_run.counts and test_run.levels.get(m) != SIMULATED)
        if unlevelled:
            raise PlatformError(f"{test_run.junit}: no simulated-cluster level recorded for {', '.join(unlevelled)} "
                                "(run them with the project's pytest configuration: tests/conftest.py records each test's level)")
        if test_run.junit != out / JUNIT:
            write_junit_subset(test_run, modules, out / JUNIT)
        counts = test_run.counts
        for rid in cl.ids:
            ev = evidence[rid]
            failing = [f"{counts[m]['failed']} of {sum(counts[m].values())} tests in {m}" for m in ev.implementation.modules
                       if counts.get(m, {}).get("failed")]
            if failing and ev.status.status == IMPLEMENTED:
                # A requirement counts as met only while every test that proves it passes, its
                # behaviour tests on the simulated cluster included.
                evidence[rid] = replace(ev, status=Status(PARTIAL, f"{'; '.join(failing)} fail. {ev.status.notes}".strip()))
        results = {
            rid: {
                "status": evidence[rid].status.status,
                "level": deepest(test_run.levels.get(m, STATIC) for m in evidence[rid].implementation.modules),
                "tests": {m: {**counts.get(m, {}), "level": test_run.levels.get(m, STATIC)} for m in evidence[rid].implementation.modules},
            }
            for rid in cl.ids
        }
        (out / RESULTS).write_text(json.dumps({"profile": profile.name, "kubernetesVersion": f"v{version}", "requirements": results}, indent=2) + "\n", encoding="utf-8")
    for rid in cl.ids:
        (out / "evidence" / f"{rid}.md").write_text(
            evidence_markdown(profile, version, rid, evidence[rid], test_run if run_tests else None), encoding="utf-8"
        )
    document = product_document(profile, cl, evidence, with_results=run_tests)
    header = f"# Generated by `python main.py conformance --profile {profile.name} --version {version}` from {cl.source_url}\n"
    (out / "PRODUCT.yaml").write_text(header + yaml.safe_dump(document, sort_keys=False, width=1000, allow_unicode=True), encoding="utf-8")
    upstream_suite.attach(out)  # an earlier `upstream-suite` run in this folder stays linked
    if profile.name == gpu_results.PROFILE and version == profile.kubernetes.version:
        # The latest committed run on a real GPU node (it ran this profile's dist/ on the
        # profile's Kubernetes version): its upstream suite files and our cases are evidence.
        if runs := gpu_results.recorded_runs():
            gpu_results.write_evidence(runs[-1], out)
    return out / "PRODUCT.yaml"


def versions_from(profile: Profile) -> list[str]:
    """The profile's Kubernetes version and every later pinned checklist version."""
    start = tuple(int(p) for p in profile.kubernetes.version.split("."))
    return [v for v in available_versions() if tuple(int(p) for p in v.split(".")) >= start]


def write_submissions(jobs: list[tuple[BuiltPlatform, str]], run_tests: bool = True, test_results: Path | None = None) -> list[Path]:
    """Several submissions; the requirement tests (profile-independent: each module covers every
    profile) run once, for the union of the versions' modules, and each submission gets the
    JUnit subset of its version. With ``test_results`` (a JUnit report of a pytest run that
    covered them, e.g. the README's test command) nothing is run again."""
    test_run = None
    if test_results is not None:
        test_run = TestRun.from_junit(test_results)
    elif run_tests:
        modules = sorted(set().union(*(version_modules(v) for _, v in jobs)))
        test_run = run_requirement_tests(modules, BUILD_DIR / "requirement-tests" / "junit.xml")
    return [write_submission(built, version, run_tests=run_tests or test_run is not None, test_run=test_run) for built, version in jobs]
