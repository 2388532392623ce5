"""Evidence levels: how deep a test goes to prove a requirement. A test's level follows from
its pytest markers (``tests/conftest.py`` records it on every JUnit test case as the property
``level``); the submission reports each requirement's tests by level."""

from __future__ import annotations

from collections.abc import Iterable

STATIC = "static"
API_SERVER = "api-server"
SIMULATED = "simulated-cluster"
REAL_GPU = "real-gpu"
LEVELS = (STATIC, API_SERVER, SIMULATED, REAL_GPU)
"""Shallowest first."""

DESCRIPTIONS = {
    STATIC: "the objects of dist/, their schemas, CEL and PromQL, without a cluster",
    API_SERVER: "dist/ applied to a real kube-apiserver v1.34.2 (test bed: admission, CRD validation)",
    SIMULATED: "behaviour on the simulated GPU cluster: the real scheduler, controllers and operators "
    "on KWOK GPU nodes made from the profile's pools (docs/simulated-cluster.md)",
    REAL_GPU: "a real GPU node (docs/gpu-node.md)",
}

_MARKERS = (("simulated", SIMULATED), ("apiserver", API_SERVER))
"""pytest marker -> level, deepest first."""


def level_of(markers: Iterable[str]) -> str:
    names = set(markers)
    return next((level for marker, level in _MARKERS if marker in names), STATIC)


def deepest(levels: Iterable[str]) -> str:
    return max(levels, key=LEVELS.index, default=STATIC)
