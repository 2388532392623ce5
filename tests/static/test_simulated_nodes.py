"""The simulated cluster's nodes from the profiles' pools (no cluster needed): labels,
taint and capacity as the platform's workloads select them, and ResourceSlices that the
DeviceClass and claim template selectors of dist/ match, as the scheduler evaluates them."""

from __future__ import annotations

from typing import Any

import celpy
import pytest

from ai_platform.gpu_models import GPU_MODELS

from ai_platform.conventions import GPU_PRODUCT_LABEL, GPU_TAINT_KEY
from ai_platform.conventions import NODE_POOL_LABEL
from ai_platform.profile import PoolManagement
from testbed.simulated.nodes import SYSTEM_NODE, simulated_nodes
from conftest import PROFILE_NAMES, dist_documents, make_profile, profile_data


def _cel_device(slice_: dict[str, Any], device: dict[str, Any]) -> Any:
    """A device as CEL sees it in a DeviceClass or claim selector: attributes and capacity
    under the driver's domain, values unwrapped."""
    driver = slice_["spec"]["driver"]
    attributes = {name: next(iter(value.values())) for name, value in device["attributes"].items()}
    capacity = {name: value["value"] for name, value in device["capacity"].items()}
    return celpy.json_to_cel({"driver": driver, "attributes": {driver: attributes}, "capacity": {driver: capacity}})


def _matches(expression: str, device: Any) -> bool:
    env = celpy.Environment()
    return bool(env.program(env.compile(expression)).evaluate({"device": device}))


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_nodes_follow_the_pools(name):
    profile = make_profile(profile_data(name))
    nodes = simulated_nodes(profile)
    assert nodes[0].name == SYSTEM_NODE and nodes[0].resource_slice() is None
    assert "taints" not in nodes[0].node()["spec"]
    for pool in profile.node_pools:
        mine = [n for n in nodes if n.pool == pool]
        assert len(mine) == max(pool.min_nodes, 1)
        for node in mine:
            obj = node.node()
            labels = obj["metadata"]["labels"]
            assert labels[NODE_POOL_LABEL] == pool.name
            assert labels[GPU_PRODUCT_LABEL] == GPU_MODELS[pool.gpu_model].product_label
            assert obj["metadata"]["annotations"] == {"kwok.x-k8s.io/node": "fake"}
            assert [t["key"] for t in obj["spec"]["taints"]] == [GPU_TAINT_KEY]
            gpus = obj["status"]["allocatable"].get("nvidia.com/gpu")
            if pool.management is PoolManagement.DRA:
                assert gpus is None
            else:
                assert gpus == str(pool.gpus_per_node * pool.sharing.time_slicing_replicas)


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_slices_match_the_device_class_and_model_templates_of_dist(name):
    profile = make_profile(profile_data(name))
    docs = dist_documents(name)
    device_class = next(d.obj for d in docs if d.kind == "DeviceClass" and d.name == "gpu.nvidia.com")
    class_cel = [s["cel"]["expression"] for s in device_class["spec"]["selectors"]]
    model_templates = {d.name: d.obj for d in docs if d.kind == "ResourceClaimTemplate" and d.name.startswith("gpu-")}
    for node in simulated_nodes(profile):
        slice_ = node.resource_slice()
        if slice_ is None:
            continue
        assert slice_["spec"]["nodeName"] == slice_["spec"]["pool"]["name"] == node.name
        devices = slice_["spec"]["devices"]
        assert len(devices) == node.pool.gpus_per_node
        assert len({d["attributes"]["uuid"]["string"] for d in devices}) == len(devices)
        for device in devices:
            cel_device = _cel_device(slice_, device)
            assert all(_matches(e, cel_device) for e in class_cel)
            for template_name, template in model_templates.items():
                selectors = template["spec"]["spec"]["devices"]["requests"][0]["exactly"]["selectors"]
                matched = all(_matches(s["cel"]["expression"], cel_device) for s in selectors)
                assert matched == (template_name == f"gpu-{node.pool.gpu_model.value}"), (template_name, node.name)
    mig_class = next(d.obj for d in docs if d.kind == "DeviceClass" and d.name == "mig.nvidia.com")
    some = next(n.resource_slice() for n in simulated_nodes(profile) if n.pool is not None)
    assert not all(_matches(s["cel"]["expression"], _cel_device(some, some["spec"]["devices"][0])) for s in mig_class["spec"]["selectors"])
