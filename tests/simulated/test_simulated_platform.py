"""The whole rendered dist/ on the simulated cluster: every Deployment becomes available, every
DaemonSet runs on exactly the node pools its component declares (``Component.workloads``), and
``verify`` (the command, with the cluster's kubeconfig) passes every check.

Placement is decided by the objects of dist/ (node selectors, affinities, tolerations) and the
nodes made from the profile's pools (labels, the GPU taint); the real DaemonSet controller,
Deployment controller and kube-scheduler do the placing, KWOK runs the pods. What it cannot show:
pods actually starting (KWOK reports every bound pod Running) and the GPU Operator's own node
agents (the operator creates them from its ClusterPolicy at run time; it is not run here)."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from ai_platform.kubeclient import KubeClient
from ai_platform.components.base import Workload
from testbed.simulated import SimulatedCluster
from conftest import ROOT, built

pytestmark = [pytest.mark.simulated]
SHARES_THE_PROFILE_CLUSTER = True
"""The profile's shared cluster (tests/simulated_fixtures.py): every test cleans up what it made."""


def node_agents(cluster: SimulatedCluster) -> list[Workload]:
    return [workload for _, workload in built(cluster.profile.name).workloads() if workload.kind == "DaemonSet"]


def intended_nodes(cluster: SimulatedCluster, agent: Workload) -> set[str]:
    return {n.name for n in cluster.nodes if agent.pools is None or (n.pool is not None and n.pool.name in agent.pools)}


def daemonset(cluster: SimulatedCluster, agent: Workload) -> dict[str, Any]:
    return next(d.obj for d in cluster.docs if d.kind == "DaemonSet" and (d.namespace, d.name) == (agent.namespace, agent.name))


def unavailable_deployments(client: KubeClient, cluster: SimulatedCluster) -> list[str]:
    wanted = {(d.namespace, d.name) for d in cluster.docs if d.kind == "Deployment"}
    missing = []
    for deployment in client.list("apps/v1", "Deployment"):
        meta, status = deployment["metadata"], deployment.get("status") or {}
        if (meta["namespace"], meta["name"]) not in wanted:
            continue
        replicas = deployment["spec"].get("replicas", 1)
        if status.get("observedGeneration") != meta["generation"] or status.get("availableReplicas", 0) < replicas:
            missing.append(f"{meta['namespace']}/{meta['name']}: {status.get('availableReplicas', 0)}/{replicas} available")
        wanted.discard((meta["namespace"], meta["name"]))
    return missing + [f"{ns}/{name}: not created" for ns, name in sorted(wanted)]


def pending_reasons(client: KubeClient) -> list[str]:
    reasons = []
    for pod in client.list("v1", "Pod"):
        if not pod["spec"].get("nodeName"):
            conditions = (pod.get("status") or {}).get("conditions") or []
            reasons += [f"{pod['metadata']['namespace']}/{pod['metadata']['name']}: {c.get('message')}" for c in conditions
                        if c["type"] == "PodScheduled"]
    return reasons


def test_every_deployment_of_dist_becomes_available(cluster, client):
    """Every Deployment of dist/ (operators, gateways, model servers) gets all its replicas
    scheduled and available: their node selectors and tolerations fit the profile's nodes,
    the model store claim is bound, and no quota or admission policy blocks their pods."""
    deadline = time.monotonic() + 180
    while (missing := unavailable_deployments(client, cluster)) and time.monotonic() < deadline:
        time.sleep(2)
    assert missing == [], "\n".join(missing + pending_reasons(client))


def test_every_node_agent_runs_on_exactly_its_pools(cluster, client):
    """Device plugin per device-plugin pool, the DRA kubelet plugin on DRA pools only, the DCGM
    exporter on every GPU node, node-level monitoring on every node: as each part declares."""
    agents = node_agents(cluster)
    assert agents, "the profile deploys no DaemonSet"
    for agent in agents:
        placed = cluster._daemonset_nodes(client, daemonset(cluster, agent), timeout=120)
        assert placed == intended_nodes(cluster, agent), (agent, sorted(placed))


def test_a_node_agent_without_its_pool_selector_runs_elsewhere(cluster, client):
    """The negative of the placement check: a pool agent whose node selection is removed from
    its dist/ object spreads to nodes it must not run on, and the check sees it."""
    agent = next((a for a in node_agents(cluster) if a.pools is not None
                  and intended_nodes(cluster, a) != {n.name for n in cluster.nodes if n.pool is not None}), None)
    if agent is None:
        pytest.skip("every pool agent of this profile runs on every GPU pool")
    original = daemonset(cluster, agent)
    broken = copy.deepcopy(original)
    spec = broken["spec"]["template"]["spec"]
    spec.pop("nodeSelector", None)
    spec.pop("affinity", None)
    try:
        client.apply(broken)
        placed = cluster._daemonset_nodes(client, broken, timeout=120)
        assert placed != intended_nodes(cluster, agent) and placed > intended_nodes(cluster, agent), sorted(placed)
    finally:
        client.apply(original)
    assert cluster._daemonset_nodes(client, original, timeout=120) == intended_nodes(cluster, agent)


def test_verify_passes_every_check_on_the_simulated_cluster(cluster, tmp_path):
    """``main.py verify`` with the cluster's kubeconfig: every check passes (none needs a real
    GPU here: the simulated GPU nodes publish devices and run the node agents), except the
    requirements the profile declares not applicable. Exit code 0."""
    deadline = time.monotonic() + 120
    with cluster.client() as client:
        while unavailable_deployments(client, cluster) and time.monotonic() < deadline:
            time.sleep(2)
    report = tmp_path / "verify.xml"
    done = subprocess.run(
        [sys.executable, "main.py", "verify", "--profile", cluster.profile.name, "--kubeconfig", str(cluster.kubeconfig()),
         "--junit", str(report)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, "KUBECONFIG": ""},
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    cases = ET.parse(report).getroot().findall("testcase")
    not_passed = {(c.get("classname"), c.get("name")): (c[0].tag, c[0].get("message")) for c in cases if len(c)}
    not_applicable = {requirement for (requirement, _), (tag, message) in not_passed.items()
                      if tag == "skipped" and str(message).startswith("not-applicable")}
    assert set(not_passed) == {key for key in not_passed if key[0] in not_applicable}, not_passed
    assert len(cases) - len(not_passed) >= 20, done.stdout
    assert ("cluster_autoscaling" in not_applicable) == (cluster.profile.components.cluster_autoscaler.value == "none")
