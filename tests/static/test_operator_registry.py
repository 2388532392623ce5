"""``testbed.operators.registry``: which real operators a profile's simulated cluster runs, chosen
by the components the built platform deploys, and ``main.py testbed --simulated PROFILE
--operators``, which starts them for a person to use."""

from __future__ import annotations

import subprocess
import sys

import pytest

from testbed.operators import registry as operators
from conftest import PROFILE_NAMES, ROOT, built, make_profile, profile_data

EXPECTED = {
    "reference": ["envoy-gateway", "kuberay", "volcano"],
    "cloud-burst": ["cluster-autoscaler", "envoy-gateway", "kuberay", "kueue"],
}
"""What each profile deploys: Volcano (reference) or Kueue (cloud-burst), KubeRay and Envoy Gateway
in both, the cluster-autoscaler only where the profile turns it on."""


@pytest.mark.parametrize("profile", PROFILE_NAMES)
def test_the_profile_runs_the_operators_of_the_components_it_deploys(profile: str):
    assert [entry.name for entry in operators.operators_of(built(profile).profile)] == EXPECTED[profile]


def test_every_operator_package_with_a_go_module_is_in_the_registry_or_says_why_not():
    """A package that builds an operator but declares no entry would silently never run; the two
    that do not (Prometheus and its adapter) are set up by the metrics module itself."""
    declared = {entry.name for entry in operators.registry()}
    packages = {p.parent.name for p in (ROOT / "testbed" / "operators").glob("*/go.mod")}
    assert len(declared) == len(packages) - 2 and {"prometheus", "prometheus_adapter"} <= packages
    for entry in operators.registry():
        assert (ROOT / entry.doc).is_file(), entry
        assert entry.programs(None), entry


def test_an_operator_whose_component_is_not_deployed_is_not_run():
    """Reference has no cluster autoscaler: turning it on (and giving it the settings it needs)
    runs the autoscaler's host operator too."""
    data = profile_data("reference")
    assert "cluster-autoscaler" not in [e.name for e in operators.operators_of(make_profile(data))]
    data = {**data, "components": {**data["components"], "clusterAutoscaler": "cluster-autoscaler"},
            "clusterAutoscaler": {"region": "eu-west-1", "nodeGroupPrefix": "reference"},
            "nodePools": [{**p, "minNodes": 1} for p in data["nodePools"]]}
    assert "cluster-autoscaler" in [e.name for e in operators.operators_of(make_profile(data))]


def test_operators_without_a_simulated_cluster_is_a_usage_error():
    done = subprocess.run([sys.executable, "main.py", "testbed", "--operators"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2
    assert "--operators needs --simulated PROFILE" in done.stderr
