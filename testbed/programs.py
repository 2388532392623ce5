"""Every Go program a test level needs, so that the test command builds each one once, before the
level that runs it, with bounded parallelism (the one Go builder, ``ai_platform.gobuild``).

Only the GPU node's programs are not listed: they are built by ``main.py gpu-node bundle`` for a
lent GPU host, and the test of the one the tests link (runc with seccomp) builds it itself when
this machine can.
"""

from __future__ import annotations

from ai_platform.charts.gotools import HELM, KUSTOMIZE
from ai_platform.conformance import upstream_suite, validator
from ai_platform.gobuild import GoProgram

from testbed import apiserver, kwok, registry
from testbed.operators import prometheus_adapter
from testbed.operators.registry import registry as operators


def synth_tools() -> list[GoProgram]:
    """What synth renders with (needed by every level that renders, built by synth itself too)."""
    return [HELM.program(), KUSTOMIZE.program()]


def api_server() -> list[GoProgram]:
    return [apiserver.PROGRAM, upstream_suite.program()]


def simulated() -> list[GoProgram]:
    """The simulated cluster and every operator it runs: the registry's (each declares what it is
    built from) and the metrics module's Prometheus and adapter. The test bed's binary comes first:
    the operators share much of its Kubernetes module graph in Go's build cache."""
    return [
        apiserver.PROGRAM, kwok.PROGRAM, *(program for entry in operators() for program in entry.programs(None)),
        prometheus_adapter.prometheus_program(), prometheus_adapter.adapter_program(),
    ]


def tools() -> list[GoProgram]:
    return [validator.program(), registry.PROGRAM]


def everything() -> list[GoProgram]:
    seen: dict[str, GoProgram] = {}
    for program in [*synth_tools(), *api_server(), *simulated(), *tools()]:
        seen.setdefault(program.name, program)
    return list(seen.values())
