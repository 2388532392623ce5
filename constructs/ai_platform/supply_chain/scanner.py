"""The third-party policy scanner run on dist/: checkov (Bridgecrew/Prisma Cloud, Apache-2.0),
its Kubernetes framework, at the version ``tools/checkov/requirements.txt`` pins (with every
dependency), installed from PyPI into its own virtual environment under ``.cache/checkov/``.

checkov reads skip annotations on each object (``checkov.io/skip<n>: <check>=<reason>``) and
reports those checks as skipped with the reason; posture.py writes them from the exemptions
each object records. ``scan`` returns passed, failed and skipped checks; the acceptance is no
failed check. ``write_reports`` renders the policy report of each profile into
docs/posture/<profile>.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import venv
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..conventions import CACHE_DIR, REPO_ROOT
from ..errors import PlatformError
from ..posture import RULES, evaluate
from ..validation.documents import load_documents

REQUIREMENTS = REPO_ROOT / "tools" / "checkov" / "requirements.txt"
REPORTS_DIR = REPO_ROOT / "docs" / "posture"
CRD_FOLDERS = r".*-crds/.*"
"""Folders of CRDs only: checkov has no check for them, and they are megabytes of YAML."""


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def version() -> str:
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        if line.lower().startswith("checkov=="):
            return line.split("==", 1)[1].strip()
    raise PlatformError(f"{REQUIREMENTS}: no checkov== line")


def installed(report: Any = _to_stderr) -> Path:
    """The checkov executable of the pinned install (created once per requirements file)."""
    key = hashlib.sha256(REQUIREMENTS.read_bytes() + sys.version.split()[0].encode()).hexdigest()[:16]
    root = CACHE_DIR / "checkov" / key
    executable = root / "venv" / "bin" / "checkov"
    if executable.is_file():
        return executable
    report(f"installing checkov {version()} from PyPI into {root.relative_to(REPO_ROOT)}/ (first time: about 3 minutes)")
    started = time.monotonic()
    shutil.rmtree(root, ignore_errors=True)  # a half-done install (no executable yet)
    # In place: a virtual environment records its own path in its scripts.
    venv.EnvBuilder(with_pip=True).create(root / "venv")
    done = subprocess.run(
        [str(root / "venv" / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-input", "-r", str(REQUIREMENTS)],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0 or not executable.is_file():
        shutil.rmtree(root, ignore_errors=True)
        raise PlatformError(f"installing checkov failed:\n{done.stderr[-3000:]}")
    report(f"installed checkov in {(time.monotonic() - started) / 60:.1f} min")
    return executable


@dataclass(frozen=True)
class Result:
    check_id: str
    check_name: str
    resource: str
    """``<Kind>.<namespace>.<name>`` as checkov names it."""
    file: str
    verdict: str
    """passed, failed or skipped."""
    reason: str = ""


@dataclass(frozen=True)
class Scan:
    profile: str
    version: str
    results: tuple[Result, ...]

    def of(self, verdict: str) -> list[Result]:
        return [r for r in self.results if r.verdict == verdict]


def scan(profile_dir: Path, executable: Path | None = None) -> Scan:
    """checkov's Kubernetes checks on one profile folder of dist/ (offline: ``--skip-download``)."""
    executable = executable or installed()
    env = {**os.environ, "BC_SKIP_MAPPING": "TRUE"}
    done = subprocess.run(
        [str(executable), "--directory", ".", "--framework", "kubernetes", "--skip-download",
         "--skip-path", CRD_FOLDERS, "--output", "json", "--compact", "--soft-fail"],
        capture_output=True, text=True, check=False, env=env, cwd=profile_dir,
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise PlatformError(f"checkov failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return parse(done.stdout, profile_dir.name)


def parse(output: str, profile: str) -> Scan:
    """checkov's JSON output (``--output json --compact``) as a Scan."""
    parsed = json.loads(output)
    reports = parsed if isinstance(parsed, list) else [parsed]
    results: list[Result] = []
    for report in reports:
        checks = report.get("results") or {}
        for key, verdict in (("passed_checks", "passed"), ("failed_checks", "failed"), ("skipped_checks", "skipped")):
            for check in checks.get(key, []):
                outcome = check.get("check_result") or {}
                results.append(Result(
                    check["check_id"], check.get("check_name", ""), check.get("resource", ""),
                    check.get("file_path", "").lstrip("/"), verdict, str(outcome.get("suppress_comment") or ""),
                ))
    results.sort(key=lambda r: (r.check_id, r.resource, r.verdict))
    return Scan(profile, version(), tuple(results))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def report_markdown(result: Scan, documents: list[dict[str, Any]]) -> str:
    """The policy report of one profile: the scanner's counts per check, every exemption with its
    reason and resources, every failure, and our own posture rules per workload."""
    lines = [
        f"# Policy report: {result.profile}",
        "",
        f"Generated by `python main.py posture-report` from `dist/{result.profile}/` with checkov {result.version} "
        "(Kubernetes framework; see [../security-posture.md](../security-posture.md)). Do not edit.",
        "",
    ]
    counts = Counter(r.verdict for r in result.results)
    lines += [
        f"checkov: **{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} exempted** "
        f"(each exemption with the reason recorded on the object).",
        "",
        "| check | name | passed | failed | exempted |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    by_check: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for r in result.results:
        by_check[r.check_id][r.verdict] += 1
        names[r.check_id] = r.check_name
    for check in sorted(by_check, key=lambda c: (c.split("_")[0], int(c.rsplit("_", 1)[1]))):
        c = by_check[check]
        lines.append(f"| {check} | {_cell(names[check])} | {c['passed']} | {c['failed']} | {c['skipped']} |")
    failed = result.of("failed")
    lines += ["", "## Failed", ""]
    lines += [f"- {r.check_id} {r.resource} (`{r.file}`)" for r in failed] or ["None."]
    lines += ["", "## Exempted, with the reason recorded on each object", ""]
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in result.of("skipped"):
        grouped[(r.check_id, r.reason)].append(r.resource)
    for (check, reason), resources in sorted(grouped.items()):
        lines.append(f"- **{check}** ({len(resources)}): {_cell(reason)}")
        lines.append(f"  - {', '.join(sorted(resources))}")
    lines += ["", "## Platform posture rules per workload", "",
              "| workload | " + " | ".join(rule.name for rule in RULES) + " |",
              "| --- | " + " | ".join("---" for _ in RULES) + " |"]
    mark = {"passed": "pass", "failed": "**FAIL**", "exempted": "exempt"}
    for obj in documents:
        findings = evaluate(obj)
        if findings:
            meta = obj["metadata"]
            name = f"{obj['kind']} {meta.get('namespace', '')}/{meta['name']}"
            lines.append(f"| {name} | " + " | ".join(mark[f.verdict] for f in findings) + " |")
    return "\n".join(lines) + "\n"


def profile_documents(profile_dir: Path) -> list[dict[str, Any]]:
    docs = [d.obj for d in load_documents(profile_dir)]
    return sorted(docs, key=lambda o: (o.get("kind", ""), o["metadata"].get("namespace", ""), o["metadata"]["name"]))


def write_reports(dist_dir: Path, out_dir: Path = REPORTS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    executable = installed()
    for profile in sorted(p for p in dist_dir.iterdir() if (p / "images.txt").is_file()):
        path = out_dir / f"{profile.name}.md"
        path.write_text(report_markdown(scan(profile, executable), profile_documents(profile)), encoding="utf-8")
        written.append(path)
    return written
