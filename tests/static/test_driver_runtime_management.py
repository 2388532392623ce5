"""driver_runtime_management: with the GPU Operator, driver and container toolkit are
installed by the operator and verified on each node by its validator; the device plugin
refuses to start on a node whose driver does not initialise."""

from __future__ import annotations

import yaml


from ai_platform.upstream import lock

from conftest import built, dist_documents, own_documents, installs_of

REQUIREMENT_ID = "driver_runtime_management"


def _operator_values() -> dict:
    platform = built("cloud-burst")
    (install,) = installs_of(platform, "nvidia-gpu-operator")
    return dict(install.config)


def test_operator_manages_driver_and_toolkit_with_validation():
    values = _operator_values()
    assert values["driver"]["enabled"] is True
    assert values["toolkit"]["enabled"] is True
    assert values["validator"]["plugin"]["env"]
    # Finding 6: the chart dropped operator.defaultRuntime (the runtime is detected).
    assert "defaultRuntime" not in values["operator"]


def test_operator_chart_and_crds_are_pinned():
    component = lock().component("nvidia-gpu-operator")
    assert component.chart is not None and component.chart.version == component.version == "v26.7.0"
    assert any(f.url.endswith("nvidia.com_clusterpolicies.yaml") for f in component.files)
    docs = {(d.kind, d.name): d for d in dist_documents("cloud-burst")}
    operator = docs[("Deployment", "gpu-operator")].obj
    assert operator["spec"]["template"]["spec"]["containers"][0]["image"] == component.image("operator")
    assert docs[("CustomResourceDefinition", "clusterpolicies.nvidia.com")].path.parent.name == "gpu-operator-crds"
    assert docs[("ClusterPolicy", "cluster-policy")].path.parent.name == "gpu-operator"


def test_device_plugin_fails_fast_without_a_working_driver():
    for doc in own_documents("reference"):
        if doc.kind == "ConfigMap" and "config.yaml" in doc.obj.get("data", {}):
            assert yaml.safe_load(doc.obj["data"]["config.yaml"])["flags"]["failOnInitError"] is True
