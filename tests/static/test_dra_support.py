"""dra_support: the NVIDIA DRA driver on the DRA pools and claim templates that use the
resource.k8s.io/v1 request shape against the driver's DeviceClasses."""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import Any

import cdk8s
import celpy
import pytest

from ai_platform.errors import ProfileError
from ai_platform.gpu_models import GPU_MODELS
from ai_platform.conventions import NODE_POOL_LABEL
from ai_platform.components.base import Install
from ai_platform.components.nvidia_dra_driver import (
    NAMESPACE,
    RESOURCE_SLICE_POLICY,
    RESOURCE_SLICE_POLICY_FIX,
    RESTRICTED_USER_CONDITION,
    NvidiaDraDriver,
    kubelet_plugin_account,
    service_account_user,
)
from ai_platform.conventions import UPSTREAM_FIX_ANNOTATION, Stage
from ai_platform.errors import PlatformError
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


# The chart's ResourceSlice policy (kubernetes-sigs/dra-driver-nvidia-gpu#1317), corrected in post-render

DRA_PROFILE_NAMES = [n for n in PROFILE_NAMES if make_profile(profile_data(n)).dra_pools]
_USER = re.compile(r'^request\.userInfo\.username == "([^"]+)"$')


def _resource_slice_policy_parts(objects: list[dict[str, Any]]) -> tuple[dict[str, Any], str, str, set[str]]:
    """The policy, the user its match condition restricts, the user the kubelet plugin runs as,
    and the users of every ServiceAccount of the objects."""
    policy = next(o for o in objects if o["kind"] == "ValidatingAdmissionPolicy" and o["metadata"]["name"] == RESOURCE_SLICE_POLICY)
    [condition] = [c for c in policy["spec"]["matchConditions"] if c["name"] == RESTRICTED_USER_CONDITION]
    match = _USER.match(condition["expression"])
    assert match, condition["expression"]
    plugin = service_account_user(NAMESPACE, kubelet_plugin_account(objects))
    accounts = {service_account_user(o["metadata"].get("namespace", NAMESPACE), o["metadata"]["name"])
                for o in objects if o["kind"] == "ServiceAccount"}
    return policy, match.group(1), plugin, accounts


def _driver_objects(platform: Any) -> list[dict[str, Any]]:
    return [o for unit in platform.rendered if unit.source.component == "nvidia-dra-driver-gpu" for o in unit.objects]


@pytest.mark.parametrize("profile_name", DRA_PROFILE_NAMES)
def test_the_resource_slice_policy_restricts_the_account_the_kubelet_plugin_runs_as(profile_name):
    """dist/'s policy keeps the user the kubelet plugin DaemonSet runs as to its own node's
    ResourceSlices (the simulated DRA module shows the refusal), and says which upstream issue
    it corrects."""
    policy, restricted, plugin, accounts = _resource_slice_policy_parts([d.obj for d in dist_documents(profile_name)])
    assert restricted == plugin and restricted in accounts, (restricted, plugin)
    assert policy["metadata"]["annotations"][UPSTREAM_FIX_ANNOTATION].startswith(RESOURCE_SLICE_POLICY_FIX.upstream)


@pytest.mark.parametrize("profile_name", DRA_PROFILE_NAMES)
def test_the_charts_own_policy_restricts_an_account_nothing_runs_as(profile_name, monkeypatch):
    """The negative control: without the correction the policy as the pinned chart renders it
    matches a ServiceAccount that no object of dist/ defines, so it guards nothing."""
    from ai_platform.charts import hydrate
    from ai_platform.platform import build_platform

    real = hydrate.post_render
    monkeypatch.setattr(hydrate, "post_render", lambda objects, install, scopes: real(objects, replace(install, upstream_fixes=()), scopes))
    platform = build_platform(make_profile(profile_data(profile_name)), f"dist/{profile_name}")
    _, restricted, plugin, accounts = _resource_slice_policy_parts(_driver_objects(platform))
    assert restricted != plugin and restricted not in accounts, (restricted, plugin)


def test_an_upstream_fix_that_no_longer_applies_stops_the_render():
    """A pinned chart that fixed the policy (or changed it) fails the correction with what to
    do; a fix for an object the render lacks is stale."""
    objects = [copy.deepcopy(d.obj) for d in dist_documents(DRA_PROFILE_NAMES[0])]
    policy = next(o for o in objects if o["kind"] == "ValidatingAdmissionPolicy" and o["metadata"]["name"] == RESOURCE_SLICE_POLICY)
    with pytest.raises(PlatformError, match="already names the kubelet plugin's account .*drop this upstream fix"):
        RESOURCE_SLICE_POLICY_FIX.correct(policy, objects, NAMESPACE)
    [condition] = [c for c in policy["spec"]["matchConditions"] if c["name"] == RESTRICTED_USER_CONDITION]
    condition["expression"] = 'request.userInfo.username.startsWith("system:serviceaccount:")'
    with pytest.raises(PlatformError, match="not the shape this fix was written for"):
        RESOURCE_SLICE_POLICY_FIX.correct(policy, objects, NAMESPACE)
    from ai_platform.charts.hydrate import post_render

    install = Install.helm("nvidia-dra-driver-gpu", "nvidia-dra-driver-gpu", NAMESPACE, Stage.OPERATORS, {},
                           upstream_fixes=(RESOURCE_SLICE_POLICY_FIX,))
    with pytest.raises(PlatformError, match=r"'upstream fixes': \['ValidatingAdmissionPolicy/resourceslices-policy-dra-driver-nvidia-gpu'\]"):
        post_render([], install, {})
