"""Every DaemonSet of dist/ is declared by the part that deploys it, with the node pools it is
meant to run on (``PlatformPart.node_agents``): the simulated cluster's placement test checks
the real DaemonSet controller against these declarations."""

from __future__ import annotations

import pytest

from conftest import PROFILE_NAMES, built, dist_documents


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_every_daemonset_of_dist_is_a_declared_node_agent(name: str) -> None:
    declared = [(a.namespace, a.name) for part in built(name).parts for a in part.node_agents]
    assert len(declared) == len(set(declared)), f"a node agent declared twice: {declared}"
    in_dist = {(d.namespace, d.name) for d in dist_documents(name) if d.kind == "DaemonSet"}
    assert set(declared) == in_dist, (
        f"undeclared DaemonSets: {sorted(in_dist - set(declared))}; declared but not in dist/: {sorted(set(declared) - in_dist)}")


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_node_agent_pools_exist(name: str) -> None:
    pools = {p.name for p in built(name).profile.node_pools}
    for part in built(name).parts:
        for agent in part.node_agents:
            assert agent.pools is None or (agent.pools and agent.pools <= pools), (part.part_name, agent)
