"""The official CNCF submission validator (scripts/validate.go of cncf/k8s-ai-conformance at the
pinned commit), built with Go from the verified cache together with cncf-validator/offline.go:
it accepts what we generate (the reference profile only with the FAQ-allowed N/A),
``check-submission`` fails whenever it rejects a submission, and its network look-ups are reported
as not checked offline, never as passed. Tests marked ``validator`` run the real binary."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml

from ai_platform.cli import main
from ai_platform.conformance import submission_check
from ai_platform.conformance.check import CheckReport
from ai_platform.conformance.submission import write_submission
from ai_platform.conformance.submission_check import check_submission, classify
from ai_platform import gobuild
from ai_platform.platform import build_platform
from ai_platform.conformance.validator import ValidatorRun, build_validator, parse_output, program, tool_sources
from conftest import PROFILE_NAMES, make_profile, profile_data, built

VERSIONS = ("1.34", "1.35", "1.36", "1.37")
FAQ_FINDING = "Requirement 'cluster_autoscaling' is MUST level but status is 'N/A'. It must be 'Implemented'."


def _write(root: Path, profile_name: str, version: str, data: dict | None = None) -> Path:
    # The validator takes the version from a v<x.y>/ folder in the product's path.
    out = root / profile_name / f"v{version}"
    platform = build_platform(make_profile(data), f"dist/{profile_name}") if data else built(profile_name)
    return write_submission(platform, version, out, run_tests=False)


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> dict[tuple[str, str], Path]:
    root = tmp_path_factory.mktemp("submissions")
    return {(name, version): _write(root, name, version) for name in PROFILE_NAMES for version in VERSIONS}


def _rewrite(product: Path, target_root: Path, edit) -> Path:
    """A copy of a generated submission (same v<x.y>/ folder name) with ``edit`` applied to PRODUCT.yaml."""
    target = target_root / product.parent.parent.name / product.parent.name
    shutil.copytree(product.parent, target)
    document = yaml.safe_load(product.read_text())
    edit(document)
    (target / "PRODUCT.yaml").write_text(yaml.safe_dump(document, sort_keys=False, width=1000))
    return target / "PRODUCT.yaml"


def _item(document: dict, rid: str) -> dict:
    return next(i for items in document["spec"].values() for i in items if i["id"] == rid)


@pytest.mark.validator
@pytest.mark.parametrize("version", VERSIONS)
def test_validator_accepts_cloud_burst(generated, version):
    report = check_submission(generated[("cloud-burst", version)])
    assert report.validator.accepted, report.validator.stdout
    assert report.validator.errors == () and report.faq_allowed == ()
    assert report.ok and check_submission(generated[("cloud-burst", version)], strict=True).ok


@pytest.mark.validator
@pytest.mark.parametrize("version", VERSIONS)
def test_validator_reports_only_the_faq_allowed_na_for_reference(generated, version):
    report = check_submission(generated[("reference", version)])
    assert report.validator.returncode == 1
    assert report.validator.errors == (FAQ_FINDING,), report.validator.stdout
    assert report.faq_allowed == (FAQ_FINDING,) and report.validator_errors == ()
    assert report.ok, "the program FAQ allows N/A with a justification on a MUST item"
    assert any("cluster_autoscaling" in w for w in report.own.warnings), "our warning stays"
    assert not check_submission(generated[("reference", version)], strict=True).ok


@pytest.mark.validator
def test_a_profile_without_dra_passes_our_check_but_not_the_validator(tmp_path):
    """Not Implemented on a MUST item is a valid status for our check; the validator rejects it."""
    data = copy.deepcopy(profile_data("cloud-burst"))
    data["components"]["dra"] = False
    # One GPU model: Kueue quotas across several device-plugin models are refused by the profile.
    data["nodePools"] = [pool for pool in data["nodePools"] if pool["management"] == "device-plugin"]
    product = _write(tmp_path, "cloud-burst", "1.34", data)
    report = check_submission(product)
    assert report.own.ok, report.own.errors
    assert report.validator_errors == ("Requirement 'dra_support' is MUST level but status is 'Not Implemented'. It must be 'Implemented'.",)
    assert not report.ok
    assert main(["check-submission", str(product)]) == 1


@pytest.mark.validator
def test_the_faq_exception_hides_no_other_finding(generated, tmp_path):
    product = _rewrite(generated[("reference", "1.34")], tmp_path, lambda d: _item(d, "gang_scheduling").update(status="Partially Implemented"))
    report = check_submission(product)
    assert report.own.ok
    assert report.faq_allowed == (FAQ_FINDING,)
    assert report.validator_errors == ("Requirement 'gang_scheduling' is MUST level but status is 'Partially Implemented'. It must be 'Implemented'.",)
    assert not report.ok


def _drop_url(document: dict) -> None:
    del document["metadata"]["k8sConformanceUrl"]


def _bad_url(document: dict) -> None:
    document["metadata"]["k8sConformanceUrl"] = "https://example.com/conformance"


def _bad_status(document: dict) -> None:
    _item(document, "ai_inference")["status"] = "Done"


def _drop_requirement(document: dict) -> None:
    document["spec"]["observability"] = [i for i in document["spec"]["observability"] if i["id"] != "ai_service_metrics"]


def _missing_evidence(document: dict) -> None:
    _item(document, "ai_inference")["evidence"] = ["evidence/nowhere.md"]


@pytest.mark.validator
@pytest.mark.parametrize(
    ("edit", "finding"),
    [
        (_drop_url, "Missing metadata field: k8sConformanceUrl (or k8s_conformance_url)"),
        (_bad_url, "Invalid k8sConformanceUrl format: https://example.com/conformance. Expected format: https://github.com/cncf/k8s-conformance/tree/master/v{version}/{product}"),
        (_bad_status, "Invalid status 'Done' for 'ai_inference'. Must be one of"),
        (_drop_requirement, "Missing requirement 'ai_service_metrics' in category 'observability'"),
        (_missing_evidence, "Invalid evidence file for 'ai_inference': evidence/nowhere.md (not found at"),
    ],
    ids=["no-k8s-conformance-url", "bad-k8s-conformance-url", "bad-status", "missing-requirement", "missing-evidence-file"],
)
def test_check_submission_fails_whenever_the_validator_fails(generated, tmp_path, monkeypatch, edit, finding):
    """With our own check switched off, the validator alone must fail check-submission."""
    product = _rewrite(generated[("cloud-burst", "1.34")], tmp_path, edit)
    monkeypatch.setattr(submission_check, "check_document", lambda document, base_dir: CheckReport())
    report = check_submission(product)
    assert report.own.ok
    assert any(f.startswith(finding) for f in report.validator_errors), report.validator.stdout
    assert not report.ok
    assert main(["check-submission", str(product)]) == 1


@pytest.mark.validator
def test_our_check_agrees_on_the_k8s_conformance_url(generated, tmp_path):
    product = _rewrite(generated[("cloud-burst", "1.35")], tmp_path, _drop_url)
    report = check_submission(product)
    assert "metadata.k8sConformanceUrl: missing" in report.own.errors
    assert report.validator_errors == ("Missing metadata field: k8sConformanceUrl (or k8s_conformance_url)",)


@pytest.mark.validator
def test_network_lookups_are_not_checked_offline_never_passed(generated, tmp_path, capsys):
    # A loopback port nothing listens on: a real request would fail and the validator would reject
    # the link; answered offline, it is accepted by the validator and listed as not checked.
    closed = "http://127.0.0.1:9/unreachable-evidence"

    def edit(document: dict) -> None:
        document["metadata"]["vendorName"] = "Certainly Not A CNCF Member Inc."
        _item(document, "ai_inference")["evidence"].append(closed)

    product = _rewrite(generated[("cloud-burst", "1.34")], tmp_path, edit)
    report = check_submission(product)
    assert report.ok and report.validator.accepted
    assert f"url {closed}" in report.validator.not_checked
    assert any(e.startswith('membership vendorName "Certainly Not A CNCF Member Inc."') for e in report.validator.not_checked)
    document = yaml.safe_load(product.read_text())
    urls = {v for v in document["metadata"].values() if str(v).startswith("http")}
    urls |= {e for items in document["spec"].values() for i in items for e in i["evidence"] if e.startswith("http")}
    assert {f"url {u}" for u in urls} <= set(report.validator.not_checked)
    assert main(["check-submission", str(product)]) == 0
    out = capsys.readouterr().out
    assert "  | Validation successful!" in out, "the validator's output is shown verbatim"
    assert f"not checked offline ({len(report.validator.not_checked)}; answered on the machine, not passed)" in out
    assert f"    - url {closed}" in out


@pytest.mark.validator
def test_a_path_without_a_version_folder_is_rejected_by_the_validator(generated, tmp_path):
    target = tmp_path / "flat"
    shutil.copytree(generated[("cloud-burst", "1.34")].parent, target)
    report = check_submission(target / "PRODUCT.yaml")
    assert report.own.ok
    assert report.validator_errors == (f"Error: Could not determine version from path {(target / 'PRODUCT.yaml').resolve()}",)
    assert not report.ok


@pytest.mark.validator
def test_the_binary_is_cached_by_source_digest_and_go_version(monkeypatch):
    first = build_validator()
    again = build_validator()
    assert again.path == first.path and not again.built
    assert first.path.parent.name == program().key()
    monkeypatch.setattr(gobuild, "go_version", lambda: "go1.0")
    assert program().key() != first.path.parent.name
    assert set(tool_sources()) == {"go.mod", "go.sum", "scripts/validate.go"}


def test_output_without_findings_but_a_failure_is_an_error():
    run = parse_output(2, "", "panic: runtime error\n")
    assert run.errors == ("validator exited with status 2: panic: runtime error",) and not run.accepted
    run = parse_output(0, "Fetching CNCF member list from landscape...\n", "")
    assert run.errors and not run.accepted, "success needs the validator's own 'Validation successful!'"
    run = parse_output(1, "Error: Schema not found at docs/AIConformance-1.99.yaml\n", "NOT-CHECKED-OFFLINE url https://x\n")
    assert run.errors == ("Error: Schema not found at docs/AIConformance-1.99.yaml",) and run.not_checked == ("url https://x",)


def test_only_na_with_notes_on_a_must_item_is_faq_allowed():
    document = {"spec": {"s": [
        {"id": "cluster_autoscaling", "status": "N/A", "notes": "no autoscaler"},
        {"id": "gang_scheduling", "status": "N/A", "notes": " "},
    ]}}
    findings = (
        FAQ_FINDING,
        "Requirement 'gang_scheduling' is MUST level but status is 'N/A'. It must be 'Implemented'.",
        "Requirement 'pod_autoscaling' is MUST level but status is 'N/A'. It must be 'Implemented'.",
        FAQ_FINDING + " (and more)",
    )
    failing, allowed = classify(ValidatorRun(1, "", "", findings, ()), document)
    assert allowed == (FAQ_FINDING,)
    assert failing == findings[1:]
