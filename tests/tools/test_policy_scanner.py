"""The third-party policy scanner (checkov, pinned in tools/checkov/requirements.txt) on dist/:
no failed check for either profile, every skipped check carries the reason the object records,
and the committed policy reports in docs/posture/ are what a fresh scan writes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from ai_platform.conventions import DIST_DIR
from ai_platform.posture import EXEMPTION_PREFIX, SCANNER_SKIP_PREFIX, exemptions_of
from ai_platform.supply_chain.scanner import REPORTS_DIR, Scan, installed, profile_documents, report_markdown, scan

pytestmark = [pytest.mark.scanner]
PROFILES = ("reference", "cloud-burst")


@pytest.fixture(scope="module")
def checkov(announce: Callable[[str], None]) -> Path:
    return installed(announce)


@pytest.fixture(scope="module", params=PROFILES)
def scanned(request: pytest.FixtureRequest, checkov: Path) -> Scan:
    return scan(DIST_DIR / request.param, checkov)


def test_no_check_fails_without_a_recorded_reason(scanned: Scan) -> None:
    assert len(scanned.of("passed")) > 1000
    assert [(r.check_id, r.resource) for r in scanned.of("failed")] == []


def test_every_skip_is_the_reason_recorded_on_the_object(scanned: Scan) -> None:
    reasons: dict[str, set[str]] = {}
    for obj in profile_documents(DIST_DIR / scanned.profile):
        meta = obj["metadata"]
        key = f"{obj['kind']}.{meta.get('namespace', 'default')}.{meta['name']}"
        reasons[key] = set(exemptions_of(obj).values())
    skipped = scanned.of("skipped")
    assert len(skipped) > 50
    for result in skipped:
        owner = next((k for k in reasons if result.resource == k or result.resource.startswith(f"Pod.{k.split('.', 1)[1]}.")), None)
        assert owner is not None, result.resource
        assert result.reason in reasons[owner], (result.check_id, result.resource, result.reason)


def test_the_policy_report_in_the_docs_is_current(scanned: Scan) -> None:
    committed = (REPORTS_DIR / f"{scanned.profile}.md").read_text(encoding="utf-8")
    assert committed == report_markdown(scanned, profile_documents(DIST_DIR / scanned.profile)), (
        "run `python main.py posture-report` and commit docs/posture/"
    )


def test_without_the_recorded_reasons_the_scanner_fails_the_node_agent(checkov: Path, tmp_path: Path) -> None:
    """The negative case: the DCGM exporter's exemptions (and the platform policy) stripped."""
    target = tmp_path / "reference" / "gpu-metrics"
    shutil.copytree(DIST_DIR / "reference" / "gpu-metrics", target)
    path = target / "daemonset-dcgm-exporter.yaml"
    obj = yaml.safe_load(path.read_text(encoding="utf-8"))
    annotations = obj["metadata"]["annotations"]
    for key in [k for k in annotations if k.startswith((EXEMPTION_PREFIX, SCANNER_SKIP_PREFIX))]:
        del annotations[key]
    path.write_text(yaml.safe_dump(obj), encoding="utf-8")
    failed = {r.check_id for r in scan(target.parent, checkov).of("failed")}
    # Root with SYS_ADMIN, CPU limits, digests: each now a failure with no reason.
    assert {"CKV_K8S_23", "CKV_K8S_39", "CKV_K8S_11", "CKV_K8S_43"} <= failed
