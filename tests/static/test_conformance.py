"""Conformance evidence: catalogue from the pinned checklists, mapping completeness,
truthful status, PRODUCT.yaml and the submission check, and the committed statement."""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path

import pytest
import yaml

from ai_platform.conformance.catalogue import all_requirement_ids, available_versions, checklist
from ai_platform.conformance.check import check_document, check_file
from ai_platform.conformance.requirements import implementing_units, IMPLEMENTATIONS, NOT_APPLICABLE
from ai_platform.conformance.statement import render_statement, statement_path
from ai_platform.conformance.submission import collect_evidence, write_submission
from conftest import PROFILE_NAMES, ROOT, built, make_profile, profile_data


def test_catalogue_comes_from_the_pinned_checklists():
    assert available_versions() == ["1.33", "1.34", "1.35", "1.36", "1.37"]
    v134 = checklist("1.34")
    assert [r.level for r in v134.requirements].count("MUST") == 9
    assert set(v134.ids) == {
        "dra_support", "ai_inference", "gang_scheduling", "cluster_autoscaling", "pod_autoscaling",
        "accelerator_metrics", "ai_service_metrics", "secure_accelerator_access", "robust_controller",
    }
    assert "raw.githubusercontent.com/cncf/k8s-ai-conformance/" in v134.source_url
    assert checklist("1.33").requirement("dra_support").level == "SHOULD"


def test_every_catalogue_id_is_mapped():
    assert all_requirement_ids() <= set(IMPLEMENTATIONS)
    assert set(IMPLEMENTATIONS) <= all_requirement_ids(), "the mapping names an id no checklist knows"


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_each_id_of_the_profile_version_has_constructs_and_a_test(profile_name):
    profile = make_profile(profile_data(profile_name))
    evidence = collect_evidence(built(profile_name))
    for rid in checklist(profile.kubernetes.version).ids:
        impl = IMPLEMENTATIONS[rid]
        assert impl.test_module and (ROOT / impl.test_module).is_file(), f"{rid}: no test module"
        if evidence[rid].status.status == NOT_APPLICABLE:
            # The condition does not apply to this profile; the construct still exists and is
            # exercised by another profile.
            assert any(implementing_units(built(name).units, rid) for name in PROFILE_NAMES), f"{rid}: no profile deploys its construct"
        else:
            assert evidence[rid].units, f"{rid}: no implementing part deployed in {profile_name}"


def test_requirements_come_from_the_parts_that_declare_them():
    """The mapping repeats no unit names: a unit serves a requirement because its part (or
    install) says so, and every declared id is a known requirement."""
    for name in PROFILE_NAMES:
        for unit in built(name).units:
            assert set(unit.requirements) <= set(IMPLEMENTATIONS), unit.name
    units = {u.name: u for u in built("cloud-burst").units}
    assert implementing_units(list(units.values()), "cluster_autoscaling") == (units["cluster-autoscaler"],)
    assert "pod_autoscaling" in units["prometheus-adapter"].requirements


def _declared_ids() -> dict[str, str]:
    declared = {}
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "REQUIREMENT_ID" for t in node.targets):
                declared[path.relative_to(ROOT).as_posix()] = node.value.value  # type: ignore[attr-defined]
    return declared


def test_test_modules_name_known_ids_and_match_the_mapping():
    declared = _declared_ids()
    assert set(declared.values()) <= all_requirement_ids()
    for rid, impl in IMPLEMENTATIONS.items():
        if impl.test_module:
            assert declared.get(impl.test_module) == rid, impl.test_module


def test_status_follows_the_profile():
    reference = collect_evidence(built("reference"))
    burst = collect_evidence(built("cloud-burst"))
    assert reference["cluster_autoscaling"].status.status == NOT_APPLICABLE
    assert "condition does not apply" in reference["cluster_autoscaling"].status.notes
    assert burst["cluster_autoscaling"].status.status == "Implemented"
    assert reference["driver_runtime_management"].status.status == "Partially Implemented"
    assert burst["driver_runtime_management"].status.status == "Implemented"
    for evidence in (reference, burst):
        assert evidence["advanced_inference_ingress"].status.status == "Not Implemented"
        assert "Envoy AI Gateway" in evidence["advanced_inference_ingress"].status.notes
    assert reference["virtualized_accelerator"].status.status == "Not Implemented"


@pytest.fixture(scope="module")
def submissions(tmp_path_factory) -> dict[str, Path]:
    out = {}
    for name in PROFILE_NAMES:
        out[name] = write_submission(built(name), "1.34", tmp_path_factory.mktemp(name), run_tests=False)
    return out


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_generated_product_passes_the_check(submissions, profile_name):
    report = check_file(submissions[profile_name])
    assert report.ok, report.errors
    document = yaml.safe_load(submissions[profile_name].read_text())
    template = checklist("1.34").template
    # The template's keys in its order; k8sConformanceUrl, which the CNCF validator requires for
    # every version, goes last where the template does not list it.
    assert list(document["metadata"]) == [*template["metadata"], "k8sConformanceUrl"]
    assert document["metadata"]["k8sConformanceUrl"].endswith("/v1.34/ai-conformance-" + f"{profile_name}-platform")
    for category, items in template["spec"].items():
        assert [i["id"] for i in document["spec"][category]] == [i["id"] for i in items]
        for item in document["spec"][category]:
            assert set(item) == {"id", "description", "level", "status", "evidence", "notes"}
            assert (submissions[profile_name].parent / f"evidence/{item['id']}.md").is_file()


def test_na_on_must_is_a_warning_not_an_error(submissions):
    report = check_file(submissions["reference"])
    assert any("cluster_autoscaling" in w and "validator rejects" in w for w in report.warnings)


def _doc(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def _item(document: dict, rid: str) -> dict:
    return next(i for items in document["spec"].values() for i in items if i["id"] == rid)


def test_check_catches_a_changed_description(submissions):
    document = _doc(submissions["reference"])
    _item(document, "gang_scheduling")["description"] = "Anything goes."
    assert any("gang_scheduling.description: changed" in e for e in check_document(document, submissions["reference"].parent).errors)


def test_check_catches_a_missing_id(submissions):
    document = _doc(submissions["reference"])
    document["spec"]["observability"] = [i for i in document["spec"]["observability"] if i["id"] != "ai_service_metrics"]
    assert any("ai_service_metrics: missing" in e for e in check_document(document, submissions["reference"].parent).errors)


def test_check_catches_a_placeholder_in_metadata(submissions):
    document = _doc(submissions["reference"])
    document["metadata"]["vendorName"] = "[Vendor Name]"
    assert any("metadata.vendorName: still the template placeholder" in e for e in check_document(document, submissions["reference"].parent).errors)


def test_check_catches_a_missing_evidence_file(submissions, tmp_path):
    document = _doc(submissions["reference"])
    errors = check_document(document, tmp_path).errors  # an empty folder: no evidence files
    assert any("evidence/dra_support.md" in e and "does not exist" in e for e in errors)


def test_check_catches_bad_status_and_na_without_notes(submissions):
    document = _doc(submissions["reference"])
    _item(document, "ai_inference")["status"] = "Done"
    _item(document, "cluster_autoscaling")["notes"] = ""
    errors = check_document(document, submissions["reference"].parent).errors
    assert any("ai_inference.status" in e for e in errors)
    assert any("cluster_autoscaling.notes: N/A needs a justification" in e for e in errors)


@pytest.mark.parametrize("version", ["1.33", "1.35", "1.36", "1.37"])
def test_other_versions_on_request(tmp_path, version):
    path = write_submission(built("reference"), version, tmp_path, run_tests=False)
    assert check_file(path).errors == []
    metadata = yaml.safe_load(path.read_text())["metadata"]
    # The Kubernetes conformance of the same version as the AI submission.
    assert metadata["k8sConformanceUrl"] == f"https://github.com/cncf/k8s-conformance/tree/main/v{version}/ai-conformance-reference-platform"


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (None, "metadata.k8sConformanceUrl: missing"),
        ("[URL to k8s-conformance submission]", "metadata.k8sConformanceUrl: still the template placeholder"),
        ("https://github.com/cncf/k8s-conformance/tree/dev/v1.34/x", "metadata.k8sConformanceUrl: 'https://github.com/cncf/k8s-conformance/tree/dev/v1.34/x' is not of the form"),
        ("https://github.com/cncf/k8s-conformance/tree/main/v1.33/x", "is not the Kubernetes conformance of v1.34"),
    ],
)
def test_check_requires_the_k8s_conformance_url_for_every_version(submissions, value, error):
    document = _doc(submissions["cloud-burst"])
    if value is None:
        del document["metadata"]["k8sConformanceUrl"]
    else:
        document["metadata"]["k8sConformanceUrl"] = value
    errors = check_document(document, submissions["cloud-burst"].parent).errors
    assert len(errors) == 1 and error in errors[0], errors


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_committed_statement_is_current_and_covers_every_requirement(profile_name):
    profile = make_profile(profile_data(profile_name))
    path = ROOT / statement_path(profile)
    rendered = render_statement(built(profile_name))
    assert path.read_text() == rendered, f"{path} is stale; run `python main.py conformance-statement`"
    for rid in checklist(profile.kubernetes.version).ids:
        assert f"### {rid}" in rendered
    assert checklist("1.34").requirement("ai_inference").description not in rendered, "the statement uses our own words"


def test_statement_evidence_points_at_real_tests_and_objects():
    rendered = (ROOT / "docs/conformance/reference-v1.34.md").read_text()
    for impl in (IMPLEMENTATIONS[rid] for rid in checklist("1.34").ids):
        assert f"`{impl.test_module}`" in rendered
    for name in ("accelerator-access-policy", "gang-scheduling", "gpu-metrics", "inference-services"):
        assert (ROOT / "dist/reference" / name / "kustomization.yaml").is_file()
        assert f"`{name}`" in rendered


def test_copy_of_template_is_untouched():
    before = copy.deepcopy(checklist("1.34").template)
    write_submission(built("reference"), "1.34", Path(__import__("tempfile").mkdtemp()), run_tests=False)
    assert checklist("1.34").template == before


def _fake_junit(path: Path, modules: dict[str, tuple[int, int]]) -> Path:
    """A pytest-style JUnit report: per module (passed, failed) test cases, each with the
    evidence level conftest records (simulated-cluster for tests/simulated/)."""
    cases = []
    for module, (passed, failed) in modules.items():
        classname = module.removesuffix(".py").replace("/", ".")
        level = "simulated-cluster" if "/test_simulated_" in module else "static"
        props = f'<properties><property name="level" value="{level}" /></properties>'
        cases += [f'<testcase classname="{classname}" name="test_ok_{i}">{props}</testcase>' for i in range(passed)]
        cases += [f'<testcase classname="{classname}" name="test_bad_{i}">{props}<failure message="x" /></testcase>' for i in range(failed)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<testsuites><testsuite name="pytest" tests="{len(cases)}">{"".join(cases)}</testsuite></testsuites>')
    return path


def test_one_test_run_serves_every_submission(tmp_path, monkeypatch):
    from ai_platform.conformance import submission

    every = sorted(set().union(*(submission.version_modules(v) for v in ("1.34", "1.37"))))
    runs: list[list[str]] = []

    def fake_run(modules, junit):
        runs.append(list(modules))
        counts = {m: (2, 1 if m == "tests/static/test_gang_scheduling.py" else 0) for m in modules}
        _fake_junit(junit, counts)
        return submission.TestRun.from_junit(junit)

    monkeypatch.setattr(submission, "run_requirement_tests", fake_run)
    monkeypatch.setattr(submission, "BUILD_DIR", tmp_path)
    jobs = [(built(name), v) for name in PROFILE_NAMES for v in ("1.34", "1.37")]
    written = submission.write_submissions(jobs)
    assert runs == [every], "the requirement tests run once, for the union of the versions' modules"
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        f"{name}/v{v}/PRODUCT.yaml" for name in PROFILE_NAMES for v in ("1.34", "1.37")
    ]
    import xml.etree.ElementTree as ET

    for path in written:
        version = path.parent.name.removeprefix("v")
        junit = ET.parse(path.parent / "results/junit.xml").getroot()
        modules = {c.get("classname").replace(".", "/") + ".py" for c in junit.iter("testcase")}
        assert modules == submission.version_modules(version), "each submission gets its version's JUnit subset"
        suite = junit.find("testsuite")
        assert int(suite.get("tests")) == 2 * len(modules) + 1 and suite.get("failures") == "1"
        # A failing proving test downgrades the requirement in every submission that reuses the run.
        assert _item(_doc(path), "gang_scheduling")["status"] == "Partially Implemented"
    assert "dra_support" not in checklist("1.37").ids and "tests/static/test_dra_support.py" not in submission.version_modules("1.37")


def test_a_reused_run_must_cover_the_version(tmp_path):
    from ai_platform.conformance import submission
    from ai_platform.errors import PlatformError

    junit = _fake_junit(tmp_path / "junit.xml", {"tests/static/test_ai_inference.py": (1, 0)})
    partial = submission.TestRun(junit, {"tests/static/test_ai_inference.py": {"passed": 1, "failed": 0, "skipped": 0}})
    with pytest.raises(PlatformError, match="did not run .*tests/static/test_accelerator_metrics.py"):
        write_submission(built("reference"), "1.34", tmp_path / "v1.34", test_run=partial)


def test_all_versions_start_at_the_profile_version():
    from ai_platform.conformance.submission import versions_from

    assert versions_from(make_profile(profile_data("reference"))) == ["1.34", "1.35", "1.36", "1.37"]
    data = profile_data("cloud-burst")
    data["kubernetes"]["version"] = "1.36"
    assert versions_from(make_profile(data)) == ["1.36", "1.37"]


def test_a_failing_behaviour_test_downgrades_the_requirement(tmp_path):
    """A requirement is Implemented only while its behaviour tests on the simulated cluster pass
    too; the evidence and results.json report each module with its level."""
    from ai_platform.conformance import submission
    from ai_platform.conformance.requirements import IMPLEMENTATIONS

    modules = submission.version_modules("1.34")
    behaviour = IMPLEMENTATIONS["dra_support"].behaviour_modules
    assert behaviour and set(behaviour) <= modules
    junit = _fake_junit(tmp_path / "junit.xml", {m: (2, 1 if m in behaviour else 0) for m in sorted(modules)})
    run = submission.TestRun.from_junit(junit)
    assert run.levels[behaviour[0]] == "simulated-cluster" and run.levels["tests/static/test_dra_support.py"] == "static"
    product = write_submission(built("reference"), "1.34", tmp_path / "v1.34", test_run=run)
    item = _item(_doc(product), "dra_support")
    assert item["status"] == "Partially Implemented" and behaviour[0] in item["notes"]
    results = json.loads((product.parent / "results/results.json").read_text())["requirements"]
    assert results["dra_support"]["level"] == "simulated-cluster"
    assert results["dra_support"]["tests"][behaviour[0]] == {"passed": 2, "failed": 1, "skipped": 0, "level": "simulated-cluster"}
    assert results["ai_inference"]["status"] == "Implemented" and results["ai_inference"]["level"] == "simulated-cluster"
    evidence = (product.parent / "evidence/dra_support.md").read_text()
    assert f"`{behaviour[0]}` (level `simulated-cluster`" in evidence and "Not shown without a real GPU node" in evidence


def test_a_report_without_evidence_levels_is_refused(tmp_path):
    """A JUnit report that records no level for a behaviour module (not written through
    tests/conftest.py) cannot claim simulated-cluster evidence."""
    from ai_platform.conformance import submission
    from ai_platform.errors import PlatformError

    modules = sorted(submission.version_modules("1.34"))
    junit = _fake_junit(tmp_path / "junit.xml", {m: (1, 0) for m in modules})
    junit.write_text(junit.read_text().replace('value="simulated-cluster"', 'value="static"'))
    with pytest.raises(PlatformError, match="no simulated-cluster level"):
        write_submission(built("reference"), "1.34", tmp_path / "v1.34", test_run=submission.TestRun.from_junit(junit))
