"""Every Deployment and DaemonSet of dist/ is declared by the component that deploys it, DaemonSets
with the node pools they are meant to run on (``Component.workloads``): ``verify`` checks these
workloads on a live cluster and the simulated cluster's placement test checks the real DaemonSet
controller against the declarations, so a declaration that drifts from the render fails here."""

from __future__ import annotations

import pytest

from conftest import PROFILE_NAMES, ROOT, built, dist_documents

WORKLOAD_KINDS = ("Deployment", "DaemonSet")


def declared(name: str) -> list[tuple[str, str, str, str]]:
    platform = built(name)
    return [(type(c).__name__, w.kind, w.namespace, w.name) for c, w in platform.workloads()]


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_every_workload_of_dist_is_declared_once_by_its_component(name: str) -> None:
    workloads = declared(name)
    keys = [(kind, namespace, workload) for _, kind, namespace, workload in workloads]
    assert len(keys) == len(set(keys)), f"a workload declared twice: {workloads}"
    in_dist = {(d.kind, d.namespace, d.name) for d in dist_documents(name) if d.kind in WORKLOAD_KINDS}
    assert set(keys) == in_dist, (
        f"undeclared: {sorted(in_dist - set(keys))}; declared but not in dist/: {sorted(set(keys) - in_dist)}")


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_each_workload_is_rendered_by_a_unit_of_the_component_that_declares_it(name: str) -> None:
    platform = built(name)
    where = {(d.kind, d.namespace, d.name): d.path.relative_to(ROOT / "dist" / name).parts[0]
             for d in dist_documents(name) if d.kind in WORKLOAD_KINDS}
    for component, workload in platform.workloads():
        own = {component.NAME} | {i.unit for i in component.installs}
        assert where[(workload.kind, workload.namespace, workload.name)] in own, (type(component).__name__, workload)


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_daemonsets_name_their_pools_and_the_pools_exist(name: str) -> None:
    pools = {p.name for p in built(name).profile.node_pools}
    for component, workload in built(name).workloads():
        if workload.kind == "DaemonSet":
            assert workload.pools is None or (workload.pools and workload.pools <= pools), (type(component).__name__, workload)
        else:
            assert workload.pools is None, workload
