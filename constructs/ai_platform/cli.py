"""Command line of the project (``python main.py <command>``)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .conventions import CLUSTERS_DIR, DIST_DIR, LOCK_FILE
from .errors import EXIT_UNREACHABLE, EXIT_USAGE, ClusterUnreachableError, PlatformError


def _cmd_fetch(args: argparse.Namespace) -> int:
    from .upstream import fetch_all, resolve_mirror

    mirror = resolve_mirror(args.mirror)
    counts = fetch_all(mirror)
    total = sum(counts.values())
    print(
        f"fetched {total} pinned files, sha256 verified "
        f"({counts['cached']} already cached, {counts['mirror']} from mirror, {counts['network']} from network)"
    )
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from .typed_imports import run_imports

    written = run_imports()
    for group, count in written.items():
        print(f"imports: {group} ({count} CRD{'s' if count > 1 else ''})")
    return 0


def _cmd_synth(args: argparse.Namespace) -> int:
    from .synth import synth_profiles

    started = time.perf_counter()
    results = synth_profiles(
        names=None if args.all else [args.profile],
        clusters_dir=Path(args.clusters),
        dist_dir=Path(args.dist),
    )
    for result in results:
        print(f"synthesized {result.profile} -> {result.path} ({result.object_count} objects, {result.file_count} files)")
    print(f"done in {time.perf_counter() - started:.1f}s")
    return 0


def _cmd_pin_images(args: argparse.Namespace) -> int:
    from .supply_chain.oci import RegistryClient
    from .supply_chain.pin import pin_images

    try:
        changes = pin_images(Path(args.lock), RegistryClient(), update=args.update)
    except PlatformError as error:
        print(f"pin-images: {error}", file=sys.stderr)
        return 1
    for change in changes:
        print(f"pinned {change}")
    print(f"{len(changes)} image(s) pinned; run `python main.py synth --all` to deploy them by digest")
    return 0


def _cmd_mirror_list(args: argparse.Namespace) -> int:
    from .supply_chain.airgap import write_mirror_lists

    for path in write_mirror_lists(Path(args.dist), Path(args.out)):
        print(f"wrote {path}")
    return 0


def _cmd_posture_report(args: argparse.Namespace) -> int:
    from .supply_chain.scanner import write_reports

    for path in write_reports(Path(args.dist)):
        print(f"wrote {path}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validation.runner import validate_dist

    report = validate_dist(Path(args.dist), profiles=None if args.profile is None else [args.profile])
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else 1


def _cmd_conformance(args: argparse.Namespace) -> int:
    from .conformance.submission import versions_from, write_submissions
    from .platform import build_platform
    from .profiles import load_profile, profile_path, profile_paths

    clusters = Path(args.clusters)
    paths = profile_paths(clusters) if args.all else [profile_path(args.profile, clusters)]
    jobs = []
    for path in paths:
        profile = load_profile(path)
        built = build_platform(profile, f"dist/{profile.name}")
        versions = versions_from(profile) if args.all_versions else [args.version or profile.kubernetes.version]
        jobs += [(built, version) for version in versions]
    results = Path(args.test_results) if args.test_results else None
    if results is not None:
        print(f"test results from {results} (each requirement's static and behaviour test modules must be in it)", file=sys.stderr, flush=True)
    elif not args.skip_tests:
        print("running the requirement test modules with pytest for the JUnit results, the simulated-cluster behaviour "
              "tests included (minutes; --test-results reuses a run)", file=sys.stderr, flush=True)
    for written in write_submissions(jobs, run_tests=not args.skip_tests, test_results=results):
        print(f"wrote {written}")
    return 0


def _cmd_statement(args: argparse.Namespace) -> int:
    from .conformance.statement import render_statement, statement_path
    from .conventions import REPO_ROOT
    from .platform import build_platform
    from .profiles import load_profile, profile_paths

    for path in profile_paths(Path(args.clusters)):
        profile = load_profile(path)
        target = REPO_ROOT / statement_path(profile)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_statement(build_platform(profile, f"dist/{profile.name}")), encoding="utf-8")
        print(f"wrote {target.relative_to(REPO_ROOT)}")
    return 0


def _cmd_check_submission(args: argparse.Namespace) -> int:
    failed = 0
    for product in args.product:
        failed += _check_one_submission(Path(product), args.strict)
    return 1 if failed else 0


def _check_one_submission(product: Path, strict: bool) -> int:
    from .conformance.submission_check import check_submission
    from .conformance.validator import MAIN_SOURCE, source_commit

    report = check_submission(product, strict=strict)
    own = report.own
    print(f"== {product}")
    print(f"our check: {'ok' if own.ok else f'{len(own.errors)} error(s)'}, {len(own.warnings)} warning(s)")
    for warning in own.warnings:
        print(f"  warning: {warning}")
    for error in own.errors:
        print(f"  error: {error}")
    run = report.validator
    print(f"CNCF validator ({MAIN_SOURCE} of cncf/k8s-ai-conformance@{source_commit()[:12]}, exit status {run.returncode}), verbatim (its network look-ups answered offline, listed below):")
    for line in run.stdout.splitlines():
        print(f"  | {line}")
    for finding in report.faq_allowed:
        print(
            f"  known, FAQ-allowed N/A: {finding!r} (the program FAQ allows N/A with a justification on a MUST item; "
            f"the CNCF repository's CI will reject it{'; --strict makes it an error' if not strict else ''})"
        )
    for finding in report.validator_errors:
        print(f"  error (CNCF validator): {finding}")
    if run.not_checked:
        print(f"  not checked offline ({len(run.not_checked)}; answered on the machine, not passed):")
        for entry in run.not_checked:
            print(f"    - {entry}")
    verdict = "ok" if report.ok else "REJECTED"
    print(
        f"{product}: {verdict}: our check {len(own.errors)} error(s); CNCF validator {len(report.validator_errors)} error(s), "
        f"{len(report.faq_allowed)} FAQ-allowed N/A, {len(run.not_checked)} look-up(s) not checked offline"
    )
    return 0 if report.ok else 1


def _cmd_verify(args: argparse.Namespace) -> int:
    from .kubeclient import connect
    from .kubeconfig import select, single_file_kubeconfig
    from .platform import build_platform
    from .profiles import load_profile, profile_path
    from .verify import FAIL, Verifier, write_junit

    profile = load_profile(profile_path(args.profile, Path(args.clusters)))
    kubeconfig = select(args.kubeconfig, args.context)
    built = build_platform(profile, f"dist/{profile.name}")
    with connect(kubeconfig) as client:
        print(f"connected to {kubeconfig.server} as {client.user} ({kubeconfig.where})")
        results = Verifier(client, built).run()
    width = max(len(r.requirement) for r in results)
    for result in results:
        print(f"{result.requirement:<{width}}  {result.outcome:<16}  {result.name}: {result.detail}")
    if args.junit:
        write_junit(results, Path(args.junit))
    failed = sum(r.outcome == FAIL for r in results)
    print(f"{len(results)} checks, {failed} failed")
    suite_status = 0
    if args.upstream_suite:
        with tempfile.TemporaryDirectory(prefix="ai-platform-suite-") as work:
            single = single_file_kubeconfig(kubeconfig, Path(work))
            suite_status = _run_upstream_suite(single, profile.name, args.version or profile.kubernetes.version, args.out, args.accelerator_type)
    return 1 if failed or suite_status else 0


def _cmd_upstream_suite(args: argparse.Namespace) -> int:
    from .profiles import load_profile, profile_path

    profile = load_profile(profile_path(args.profile, Path(args.clusters)))
    return _run_upstream_suite(Path(args.kubeconfig), profile.name, args.version or profile.kubernetes.version, args.out, args.accelerator_type)


def _run_upstream_suite(kubeconfig: Path, profile_name: str, version: str, out_dir: str | None, accelerator_type: str) -> int:
    from .conformance import upstream_suite
    from .conformance.submission import BUILD_DIR

    out = Path(out_dir) if out_dir else BUILD_DIR / profile_name / f"v{version}"
    started = time.perf_counter()
    binary = upstream_suite.build_suite()
    print(f"upstream suite binary {binary.path} ({'built' if binary.built else 'cached'}, {time.perf_counter() - started:.1f}s)")
    run = upstream_suite.run_suite(kubeconfig, accelerator_type=accelerator_type, binary=binary.path)
    evidence = upstream_suite.write_evidence(run, out)
    for test in run.tests:
        print(f"{test.action.upper():<5} {test.name} ({test.elapsed:.1f}s)")
    for error in run.environment_errors:
        print(f"environment error (the cluster cannot run the suite; nothing about the platform was tested): {error}")
    linked = upstream_suite.attach(out)
    print(f"evidence: {', '.join(str(evidence / name) for name in (upstream_suite.E2E_LOG, upstream_suite.RESULTS_JSON, upstream_suite.JUNIT_XML))}")
    if linked:
        print(f"linked into {out / 'PRODUCT.yaml'} for {', '.join(linked)}")
    else:
        print(f"no PRODUCT.yaml in {out} to link (run `main.py conformance` for it; it links these files)")
    print(f"upstream suite: {'passed' if run.passed else 'FAILED'} (exit status {run.returncode})")
    return 0 if run.passed else 1


def _add_cluster_options(parser: argparse.ArgumentParser) -> None:
    """The options of every command that talks to a cluster, as kubectl has them."""
    parser.add_argument("--kubeconfig", metavar="FILE",
                        help="kubeconfig file (default: $KUBECONFIG, files separated by ':', merged; else ~/.kube/config)")
    parser.add_argument("--context", metavar="NAME", help="kubeconfig context to use (default: the current context)")


CommandSet = Callable[[Any], None]
"""Adds subcommands to the parser (``main.py`` adds the test bed's, which the library never imports)."""


def build_parser(extensions: Sequence[CommandSet] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    fetch = sub.add_parser("fetch", help="fetch pinned upstream files into .cache/upstream (sha256 verified)")
    fetch.add_argument("--mirror", help="offline mirror directory laid out like the URLs (or $AI_PLATFORM_MIRROR)")
    fetch.set_defaults(func=_cmd_fetch)

    imp = sub.add_parser("import", help="regenerate imports/ from the cached CRDs listed in cdk8s.yaml")
    imp.set_defaults(func=_cmd_import)

    synth = sub.add_parser("synth", help="synthesize profiles into dist/<profile>/")
    which = synth.add_mutually_exclusive_group()
    which.add_argument("--profile", default="reference", help="profile name in clusters/ (default: reference)")
    which.add_argument("--all", action="store_true", help="every profile in clusters/")
    synth.add_argument("--clusters", default=str(CLUSTERS_DIR), help=argparse.SUPPRESS)
    synth.add_argument("--dist", default=str(DIST_DIR), help=argparse.SUPPRESS)
    synth.set_defaults(func=_cmd_synth)

    pin = sub.add_parser("pin-images", help="resolve the digest of every image in upstream.lock.yaml (online) and pin it")
    pin.add_argument("--update", action="store_true", help="re-pin images whose tag now points at another digest")
    pin.add_argument("--lock", default=str(LOCK_FILE), help=argparse.SUPPRESS)
    pin.set_defaults(func=_cmd_pin_images)

    mirror = sub.add_parser("mirror-list", help="air-gap mirror lists (skopeo sync YAML + pinned sources) per profile")
    mirror.add_argument("--out", default="build/airgap", help="output folder (default: build/airgap)")
    mirror.add_argument("--dist", default=str(DIST_DIR), help=argparse.SUPPRESS)
    mirror.set_defaults(func=_cmd_mirror_list)

    report = sub.add_parser("posture-report", help="run the policy scanner on dist/ and regenerate docs/security-posture/<profile>.md")
    report.add_argument("--dist", default=str(DIST_DIR), help=argparse.SUPPRESS)
    report.set_defaults(func=_cmd_posture_report)

    validate = sub.add_parser("validate", help="validate every object in dist/")
    validate.add_argument("--profile", help="only this profile (default: all in dist/)")
    validate.add_argument("--dist", default=str(DIST_DIR), help=argparse.SUPPRESS)
    validate.set_defaults(func=_cmd_validate)

    conformance = sub.add_parser("conformance", help="PRODUCT.yaml, evidence and test results in build/conformance/")
    profiles = conformance.add_mutually_exclusive_group()
    profiles.add_argument("--profile", default="reference")
    profiles.add_argument("--all", action="store_true", help="every profile in clusters/")
    versions = conformance.add_mutually_exclusive_group()
    versions.add_argument("--version", help="checklist version, e.g. 1.35 (default: the profile's Kubernetes version)")
    versions.add_argument("--all-versions", action="store_true", help="the profile's version and every later pinned checklist")
    conformance.add_argument("--skip-tests", action="store_true", help="do not run the requirement tests (no JUnit/results)")
    conformance.add_argument("--test-results", metavar="JUNIT", help="reuse the JUnit report of a pytest run that covered every "
                             "requirement test module (the README's test command writes build/test-results/junit.xml)")
    conformance.add_argument("--clusters", default=str(CLUSTERS_DIR), help=argparse.SUPPRESS)
    conformance.set_defaults(func=_cmd_conformance)

    statement = sub.add_parser("conformance-statement", help="regenerate docs/conformance/<profile>-v<version>.md")
    statement.add_argument("--clusters", default=str(CLUSTERS_DIR), help=argparse.SUPPRESS)
    statement.set_defaults(func=_cmd_statement)

    verify = sub.add_parser(
        "verify", help="read-only checks of a live cluster, per conformance requirement",
        description="Read-only checks of a live cluster, per conformance requirement. Exit status: 0 every check "
                    "passed, 1 a check failed, 2 bad usage (options, profile, kubeconfig or context), "
                    "3 the cluster cannot be reached or refuses the credentials.",
    )
    _add_cluster_options(verify)
    verify.add_argument("--profile", default="reference")
    verify.add_argument("--junit", help="write a JUnit report here")
    verify.add_argument("--clusters", default=str(CLUSTERS_DIR), help=argparse.SUPPRESS)
    verify.add_argument("--upstream-suite", action="store_true",
                        help="also run the kubernetes-sigs/ai-conformance Go suite; evidence into the submission folder")
    verify.add_argument("--version", help="with --upstream-suite: submission version (default: the profile's)")
    verify.add_argument("--accelerator-type", default="nvidia", help="with --upstream-suite: the suite's -accelerator-type")
    verify.add_argument("--out", help="with --upstream-suite: submission folder (default: build/conformance/<profile>/v<version>)")
    verify.set_defaults(func=_cmd_verify)

    suite = sub.add_parser("upstream-suite", help="run the kubernetes-sigs/ai-conformance Go test suite against a cluster; evidence into the submission")
    suite.add_argument("--kubeconfig", required=True)
    suite.add_argument("--profile", default="reference")
    suite.add_argument("--version", help="submission version whose folder gets the evidence (default: the profile's)")
    suite.add_argument("--accelerator-type", default="nvidia", help="the suite's -accelerator-type (default: nvidia)")
    suite.add_argument("--out", help="submission folder (default: build/conformance/<profile>/v<version>)")
    suite.add_argument("--clusters", default=str(CLUSTERS_DIR), help=argparse.SUPPRESS)
    suite.set_defaults(func=_cmd_upstream_suite)

    check = sub.add_parser("check-submission", help="our check + the official CNCF validator (built from the pinned source) on a PRODUCT.yaml")
    check.add_argument("product", nargs="+", help="path(s) to PRODUCT.yaml, each in a v<x.y>/ folder")
    check.add_argument("--strict", action="store_true", help="fail on the FAQ-allowed N/A of a MUST item too, as the CNCF repository's CI does")
    check.set_defaults(func=_cmd_check_submission)
    for extend in extensions:
        extend(sub)
    return parser


def main(argv: list[str] | None = None, extensions: Sequence[CommandSet] = ()) -> int:
    args = build_parser(extensions).parse_args(argv)
    try:
        return int(args.func(args))
    except ClusterUnreachableError as exc:
        print(f"error: cluster unreachable: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except PlatformError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
