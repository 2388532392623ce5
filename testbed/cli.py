"""The test bed's commands, added to ``main.py`` (the construct library never imports this package):

    python main.py testbed [--build-only | --simulated PROFILE [--operators]]
    python main.py gpu-node bundle | evidence RESULTS
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from ai_platform.conventions import CLUSTERS_DIR, DIST_DIR


def _cmd_testbed(args: argparse.Namespace) -> int:
    from testbed.apiserver import ControlPlane, build_binary

    if args.operators and not args.simulated:
        print("main.py testbed: --operators needs --simulated PROFILE (the operators run against a simulated cluster)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    binary = build_binary()
    print(f"test bed binary {binary} ({time.perf_counter() - started:.1f}s)")
    if args.build_only or args.simulated:
        from testbed.kwok import build_kwok

        started = time.perf_counter()
        print(f"KWOK binary {build_kwok()} ({time.perf_counter() - started:.1f}s)")
    if args.build_only:
        return 0
    if args.simulated:
        from ai_platform.profiles import load_profile, profile_path
        from ai_platform.validation.documents import load_documents

        from testbed.operators.host import HostOperator
        from testbed.simulated import SimulatedCluster

        profile = load_profile(profile_path(args.simulated, Path(args.clusters)))
        dist_dir = Path(args.dist) / profile.name
        docs = load_documents(dist_dir)
        operators: list[HostOperator] = []
        if args.operators:
            from testbed.operators.registry import start_all

            prepared = start_all(profile, docs, lambda line: print(line, file=sys.stderr, flush=True))
            operators, docs = prepared.operators, [*docs, *prepared.extra_documents]
        print(f"starting the simulated cluster with dist/{profile.name}"
              f"{' and ' + ', '.join(o.name for o in operators) if operators else ''} (about a minute)", file=sys.stderr, flush=True)
        plane: ControlPlane = SimulatedCluster(binary, build_kwok(), profile, docs, operators=operators)
    else:
        print("starting etcd and kube-apiserver (a few seconds)", file=sys.stderr, flush=True)
        plane = ControlPlane(binary)
    with plane:
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


def _cmd_gpu_node(args: argparse.Namespace) -> int:
    from ai_platform.conformance import gpu_node_runs as results

    from testbed.gpu_node import bundle

    if args.action == "bundle":
        started = time.perf_counter()
        made = bundle.write_bundle(args.profile, args.node, args.chunk_mib)
        print(f"bundle {bundle.repo_relative(made.folder)} in {time.perf_counter() - started:.0f}s; "
              f"{made.archive.stat().st_size / 2**20:.1f} MiB packed in {len(made.parts)} part(s):")
        for part in made.parts:
            print(f"  {bundle.repo_relative(part)}")
        print("on the GPU host, as root: cat part-*/bundle.tar.xz.* | xz -d | tar -x --ignore-zeros && bash bundle/run.sh \"$PWD/bundle\" OUT")
        return 0
    from ai_platform.conformance.submission import BUILD_DIR
    from ai_platform.profiles import load_profile, profile_path

    profile = load_profile(profile_path(args.profile, Path(args.clusters)))
    run = results.read_run(Path(args.results))
    out = Path(args.out) if args.out else BUILD_DIR / profile.name / f"v{args.version or profile.kubernetes.version}"
    written = results.write_evidence(run, out)
    for test in run.suite.tests:
        print(f"{test.action.upper():<5} upstream {test.name} ({test.elapsed:.1f}s)")
    for case in run.cases:
        print(f"{'PASS' if case.passed else 'FAIL':<5} ours {case.name}")
    print(f"GPU node ({run.label}): {'passed' if run.passed else 'FAILED'}; evidence in {written}")
    return 0 if run.passed else 1


def register(sub: Any) -> None:
    """Adds ``testbed`` and ``gpu-node`` to the subcommands of ``main.py``."""
    testbed = sub.add_parser("testbed", help="start etcd + kube-apiserver on loopback until Ctrl-C (built from testbed/)")
    testbed.add_argument("--build-only", action="store_true", help="only build (or reuse) the binaries (test bed and KWOK)")
    testbed.add_argument("--simulated", metavar="PROFILE", help="run the simulated GPU cluster of a profile (scheduler, "
                         "controller-manager, KWOK nodes from its pools, its dist/ applied; docs/simulated-cluster.md)")
    testbed.add_argument("--operators", action="store_true", help="with --simulated: also run the real operators "
                         "dist/ deploys (Envoy Gateway, Volcano or Kueue, KubeRay, cluster-autoscaler) as host processes, built from "
                         "their pinned Go modules on first use (tens of minutes cold; docs/simulated-cluster.md)")
    testbed.add_argument("--clusters", default=str(CLUSTERS_DIR), help=argparse.SUPPRESS)
    testbed.add_argument("--dist", default=str(DIST_DIR), help=argparse.SUPPRESS)
    testbed.set_defaults(func=_cmd_testbed)

    gpu = sub.add_parser("gpu-node", help="a single-node cluster on a real GPU host: build its bundle, or turn its results into evidence")
    gpu.add_argument("action", choices=("bundle", "evidence"))
    gpu.add_argument("results", nargs="?", help="with evidence: the folder run.sh wrote (OUT)")
    gpu.add_argument("--profile", default="reference")
    gpu.add_argument("--node", default="gpu-node-0", help="with bundle: the node's name")
    gpu.add_argument("--chunk-mib", type=int, default=24, help="with bundle: largest part of the packed bundle (MiB)")
    gpu.add_argument("--version", help="with evidence: submission version (default: the profile's)")
    gpu.add_argument("--out", help="with evidence: submission folder (default: build/conformance/<profile>/v<version>)")
    gpu.add_argument("--clusters", default=str(CLUSTERS_DIR), help=argparse.SUPPRESS)
    gpu.set_defaults(func=_cmd_gpu_node)
