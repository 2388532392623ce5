"""cluster_autoscaling: when the profile enables it, the Cluster Autoscaler scales the GPU
node groups of exactly the profile's pools; without it, the requirement's condition does
not apply."""

from __future__ import annotations

import pytest

from ai_platform.errors import ProfileError
from ai_platform.components.cluster_autoscaler import DRA_FLAG, DRA_READ_RULES, node_group_template
from conftest import built, make_profile, profile_data, installs_of

REQUIREMENT_ID = "cluster_autoscaling"


def _installs(profile_name: str, component: str):
    return installs_of(built(profile_name), component)


def test_node_groups_match_the_gpu_pools():
    profile = make_profile(profile_data("cloud-burst"))
    (install,) = _installs("cloud-burst", "cluster-autoscaler")
    groups = {g["name"]: g for g in install.config["autoscalingGroups"]}
    assert set(groups) == {f"cloud-burst-{p.name}" for p in profile.node_pools}
    for pool in profile.node_pools:
        group = groups[f"cloud-burst-{pool.name}"]
        assert (group["minSize"], group["maxSize"]) == (pool.min_nodes, pool.max_nodes)
    assert install.config["image"]["tag"] == "v1.34.2"
    assert install.config["extraArgs"]["scale-down-enabled"] is True


def test_node_group_templates_advertise_gpu_labels_taints_and_capacity():
    profile = make_profile(profile_data("cloud-burst"))
    templates = node_group_template(profile)
    capacity = "k8s.io/cluster-autoscaler/node-template/resources/nvidia.com/gpu"
    for pool in profile.node_pools:
        tags = templates[f"cloud-burst-{pool.name}"]
        assert tags["k8s.io/cluster-autoscaler/node-template/taint/nvidia.com/gpu"] == "present:NoSchedule"
        assert "k8s.io/cluster-autoscaler/node-template/label/nvidia.com/gpu.product" in tags
    # What a node really offers: 4 L40S time-sliced 4 ways; the H100 DRA pool offers no
    # nvidia.com/gpu at all (its GPUs are claimed through DRA).
    assert templates["cloud-burst-l40s"][capacity] == "16"
    assert capacity not in templates["cloud-burst-h100"]


def test_no_autoscaler_in_the_reference_profile():
    assert _installs("reference", "cluster-autoscaler") == []


def test_autoscaler_settings_and_component_go_together():
    data = profile_data("reference")
    data["components"]["clusterAutoscaler"] = "cluster-autoscaler"
    with pytest.raises(ProfileError, match="both set, or neither"):
        make_profile(data)


def test_dra_pools_turn_the_autoscalers_dra_logic_on_with_read_access():
    """With a DRA pool, the autoscaler gets the DRA flag and list/watch on the resource.k8s.io
    kinds its DRA informers read (claims, slices, device classes); nothing else is added."""
    (install,) = _installs("cloud-burst", "cluster-autoscaler")
    assert install.config["extraArgs"][DRA_FLAG] is True
    rules = install.config["rbac"]["additionalRules"]
    assert rules == [{"apiGroups": ["resource.k8s.io"], "resources": ["resourceclaims", "resourceslices", "deviceclasses"],
                      "verbs": ["list", "watch"]}] == [dict(r) for r in DRA_READ_RULES]


def test_without_dra_pools_the_autoscaler_has_no_dra_settings():
    data = profile_data("cloud-burst")
    data["nodePools"] = [p for p in data["nodePools"] if p["management"] != "dra"]
    data["components"]["dra"] = False
    from ai_platform.components.cluster_autoscaler import cluster_autoscaler_values

    values = cluster_autoscaler_values(make_profile(data))
    assert DRA_FLAG not in values["extraArgs"] and "rbac" not in values
