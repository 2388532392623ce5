"""dra_support: the NVIDIA DRA driver on the DRA pools and claim templates that use the
resource.k8s.io/v1 request shape against the driver's DeviceClasses."""

from __future__ import annotations

from typing import Any

import cdk8s
import celpy
import pytest

from ai_platform.errors import ProfileError
from ai_platform.gpu_models import GPU_MODELS
from ai_platform.conventions import NODE_POOL_LABEL
from ai_platform.components.nvidia_dra_driver import NvidiaDraDriver
from ai_platform.platform import enabled_components
from ai_platform.profile import PoolManagement
from ai_platform.upstream import lock

from conftest import dist_documents, built, PROFILE_NAMES, make_profile, profile_data, installs_of

REQUIREMENT_ID = "dra_support"
DRIVER = lock().component("nvidia-dra-driver-gpu")


def _templates(profile: str) -> list[dict[str, Any]]:
    return [d.obj for d in dist_documents(profile) if d.kind == "ResourceClaimTemplate"]


def _dra_install(profile_name: str):
    platform = built(profile_name)
    (install,) = installs_of(platform, "nvidia-dra-driver-gpu")
    return install


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_driver_chart_runs_only_on_dra_pools(profile_name):
    profile = make_profile(profile_data(profile_name))
    install = _dra_install(profile_name)
    assert DRIVER.chart is not None and DRIVER.chart.version == "0.4.1"
    terms = install.config["kubeletPlugin"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    (term,) = terms
    (expression,) = term["matchExpressions"]
    assert expression["key"] == NODE_POOL_LABEL and expression["operator"] == "In"
    assert set(expression["values"]) == {p.name for p in profile.dra_pools}
    assert install.config["resources"]["gpus"]["enabled"] is True
    assert install.config["image"]["tag"] == "v0.4.1"


def test_driver_root_follows_gpu_enablement():
    assert _dra_install("reference").config["nvidiaDriverRoot"] == "/"
    assert _dra_install("cloud-burst").config["nvidiaDriverRoot"] == "/run/nvidia/driver"


def test_no_pool_is_managed_by_both_device_plugin_and_dra():
    for profile_name in PROFILE_NAMES:
        profile = make_profile(profile_data(profile_name))
        dra_pools = {p.name for p in profile.dra_pools}
        for doc in dist_documents(profile_name):
            if doc.kind == "DaemonSet" and doc.name.startswith("nvidia-device-plugin"):
                selected = doc.obj["spec"]["template"]["spec"]["nodeSelector"][NODE_POOL_LABEL]
                assert selected not in dra_pools


def test_a_pool_has_exactly_one_manager():
    data = profile_data("reference")
    data["nodePools"][0]["management"] = ["device-plugin", "dra"]
    with pytest.raises(ProfileError, match=r"nodePools\[0\]\.management"):
        make_profile(data)


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_every_template_uses_the_v1_shape_and_an_existing_device_class(profile_name):
    templates = _templates(profile_name)
    assert templates
    for template in templates:
        assert template["apiVersion"] == "resource.k8s.io/v1"
        for request in template["spec"]["spec"]["devices"]["requests"]:
            assert set(request) == {"name", "exactly"}, "v1 requests put the device class under exactly"
            assert request["exactly"]["deviceClassName"] in DRIVER.device_classes


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_templates_in_every_gpu_tenant_and_none_elsewhere(profile_name):
    profile = make_profile(profile_data(profile_name))
    by_namespace: dict[str, set[str]] = {}
    for template in _templates(profile_name):
        by_namespace.setdefault(template["metadata"]["namespace"], set()).add(template["metadata"]["name"])
    assert set(by_namespace) == {t.name for t in profile.tenant_namespaces if t.gpu_access}
    expected = {"gpu"} | {f"gpu-{p.gpu_model.value}" for p in profile.dra_pools}
    expected.add(f"gpus-{max(p.gpus_per_node for p in profile.dra_pools)}")
    for names in by_namespace.values():
        assert expected <= names


def _selects(expression: str, product_name: str) -> bool:
    env = celpy.Environment()
    device = {"driver": "gpu.nvidia.com", "attributes": {"gpu.nvidia.com": {"productName": product_name}}}
    return bool(env.program(env.compile(expression)).evaluate({"device": celpy.json_to_cel(device)}))


def test_model_selector_picks_that_model_only():
    template = next(t for t in _templates("reference") if t["metadata"]["name"] == "gpu-rtx-5090")
    (request,) = template["spec"]["spec"]["devices"]["requests"]
    (selector,) = request["exactly"]["selectors"]
    from ai_platform.gpu_models import GpuModel

    assert _selects(selector["cel"]["expression"], GPU_MODELS[GpuModel.RTX_5090].product_name)
    assert not _selects(selector["cel"]["expression"], GPU_MODELS[GpuModel.RTX_4090].product_name)


def test_multi_gpu_template_asks_for_a_whole_node_of_the_largest_dra_pool():
    template = next(t for t in _templates("cloud-burst") if t["metadata"]["name"].startswith("gpus-"))
    (request,) = template["spec"]["spec"]["devices"]["requests"]
    assert request["exactly"]["count"] == 8
    assert request["exactly"]["allocationMode"] == "ExactCount"


def test_no_dra_part_without_dra_pools():
    data = profile_data("reference")
    for pool in data["nodePools"]:
        pool["management"] = "device-plugin"
    profile = make_profile(data)
    assert NvidiaDraDriver not in enabled_components(profile)
    assert NvidiaDraDriver in enabled_components(make_profile(profile_data("reference")))


def test_claim_templates_unit(reference_data):
    profile = make_profile(reference_data)
    objects = cdk8s.Testing.synth(NvidiaDraDriver(cdk8s.Testing.app(), profile))
    pools = profile.pools_managed_by(PoolManagement.DRA)
    assert pools and all(o["kind"] == "ResourceClaimTemplate" for o in objects)
