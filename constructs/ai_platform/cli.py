"""Command line of the project (``python main.py <command>``)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .errors import EXIT_UNREACHABLE, EXIT_USAGE, ClusterUnreachableError, PlatformError
from .paths import CLUSTERS_DIR, DIST_DIR


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


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validation.runner import validate_dist

    report = validate_dist(Path(args.dist), profiles=None if args.profile is None else [args.profile])
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else 1


def _cmd_conformance(args: argparse.Namespace) -> int:
    from .conformance.submission import write_submission
    from .profile import load_profile, profile_path

    profile = load_profile(profile_path(args.profile, Path(args.clusters)))
    version = args.version or profile.kubernetes.version
    if not args.skip_tests:
        print("running the requirement test modules with pytest for the JUnit results (about 30 s)", file=sys.stderr, flush=True)
    path = write_submission(profile, version, run_tests=not args.skip_tests)
    print(f"wrote {path}")
    return 0


def _cmd_statement(args: argparse.Namespace) -> int:
    from .conformance.statement import render_statement, statement_path
    from .paths import REPO_ROOT
    from .profile import load_profile, profile_paths

    for path in profile_paths(Path(args.clusters)):
        profile = load_profile(path)
        target = REPO_ROOT / statement_path(profile)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_statement(profile), encoding="utf-8")
        print(f"wrote {target.relative_to(REPO_ROOT)}")
    return 0


def _cmd_check_submission(args: argparse.Namespace) -> int:
    from .conformance.check import check_file

    report = check_file(Path(args.product))
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"{args.product}: {'ok' if report.ok else f'{len(report.errors)} error(s)'}, {len(report.warnings)} warning(s)")
    return 0 if report.ok else 1


def _cmd_testbed(args: argparse.Namespace) -> int:
    from .apiserver import ControlPlane, build_binary

    started = time.perf_counter()
    binary = build_binary()
    print(f"test bed binary {binary} ({time.perf_counter() - started:.1f}s)")
    if args.build_only:
        return 0
    print("starting etcd and kube-apiserver (a few seconds)", file=sys.stderr, flush=True)
    with ControlPlane(binary) as plane:
        print(f"kube-apiserver ready at {plane.server}")
        print(f"kubeconfig (token): {plane.kubeconfig()}")
        print(f"kubeconfig (client certificate): {plane.client_cert_kubeconfig()}")
        print("press Ctrl-C to stop")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("stopping")
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from .kubeclient import connect
    from .kubeconfig import select
    from .profile import load_profile, profile_path
    from .verify import FAIL, Verifier, write_junit

    profile = load_profile(profile_path(args.profile, Path(args.clusters)))
    kubeconfig = select(args.kubeconfig, args.context)
    with connect(kubeconfig) as client:
        print(f"connected to {kubeconfig.server} as {client.user} ({kubeconfig.where})")
        results = Verifier(client, profile).run()
    width = max(len(r.requirement) for r in results)
    for result in results:
        print(f"{result.requirement:<{width}}  {result.outcome:<16}  {result.name}: {result.detail}")
    if args.junit:
        write_junit(results, Path(args.junit))
    failed = sum(r.outcome == FAIL for r in results)
    print(f"{len(results)} checks, {failed} failed")
    return 1 if failed else 0


def _add_cluster_options(parser: argparse.ArgumentParser) -> None:
    """The options of every command that talks to a cluster, as kubectl has them."""
    parser.add_argument("--kubeconfig", metavar="FILE",
                        help="kubeconfig file (default: $KUBECONFIG, files separated by ':', merged; else ~/.kube/config)")
    parser.add_argument("--context", metavar="NAME", help="kubeconfig context to use (default: the current context)")


def build_parser() -> argparse.ArgumentParser:
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

    validate = sub.add_parser("validate", help="validate every object in dist/")
    validate.add_argument("--profile", help="only this profile (default: all in dist/)")
    validate.add_argument("--dist", default=str(DIST_DIR), help=argparse.SUPPRESS)
    validate.set_defaults(func=_cmd_validate)

    conformance = sub.add_parser("conformance", help="PRODUCT.yaml, evidence and test results in build/conformance/")
    conformance.add_argument("--profile", default="reference")
    conformance.add_argument("--version", help="checklist version, e.g. 1.35 (default: the profile's Kubernetes version)")
    conformance.add_argument("--skip-tests", action="store_true", help="do not run the requirement tests (no JUnit/results)")
    conformance.add_argument("--clusters", default=str(CLUSTERS_DIR), help=argparse.SUPPRESS)
    conformance.set_defaults(func=_cmd_conformance)

    statement = sub.add_parser("conformance-statement", help="regenerate docs/conformance/<profile>-v<version>.md")
    statement.add_argument("--clusters", default=str(CLUSTERS_DIR), help=argparse.SUPPRESS)
    statement.set_defaults(func=_cmd_statement)

    testbed = sub.add_parser("testbed", help="start etcd + kube-apiserver on loopback until Ctrl-C (built from testbed/)")
    testbed.add_argument("--build-only", action="store_true", help="only build (or reuse) the binary")
    testbed.set_defaults(func=_cmd_testbed)

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
    verify.set_defaults(func=_cmd_verify)

    check = sub.add_parser("check-submission", help="check a PRODUCT.yaml offline, as the CNCF validator does")
    check.add_argument("product", help="path to PRODUCT.yaml")
    check.set_defaults(func=_cmd_check_submission)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ClusterUnreachableError as exc:
        print(f"error: cluster unreachable: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except PlatformError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
