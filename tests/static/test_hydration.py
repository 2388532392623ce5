"""Hydrated dist/: every upstream chart rendered from its pinned source at synth, one file
per object; what the rendering guarantees (no ignored values, one owner per CRD, the lock's
images) and the findings it fixed. That renders are deterministic and cached by content is shown
where helm and kustomize run: tests/tools/test_rendering.py."""

from __future__ import annotations

import pytest

from ai_platform.charts.hydrate import uninstall_hook
from ai_platform.charts.package import package_chart
from ai_platform.charts.rendering import HelmRender
from ai_platform.charts.values import ChartValues, check_values
from ai_platform.errors import PlatformError
from ai_platform.images import images_of
from ai_platform.components.nvidia_gpu_operator import OPERATOR_EXPORTER_LABELS
from ai_platform.upstream import lock, tree_digest
from conftest import PROFILE_NAMES, ROOT, built, dist_documents


def _gpu_operator_chart(upstream_cache, tmp_path) -> ChartValues:
    chart = lock().component("nvidia-gpu-operator").chart
    assert chart is not None
    return ChartValues.load(package_chart(chart, upstream_cache, tmp_path))


def test_no_rendered_chart_is_left_to_the_gitops_tools():
    """dist/ holds what every install deploys: no Helm sources or releases remain."""
    for profile_name in PROFILE_NAMES:
        kinds = {d.kind for d in dist_documents(profile_name)}
        assert not kinds & {"HelmRelease", "HelmRepository", "OCIRepository"}
        rendered = {u.name for u in built(profile_name).rendered}
        assert {"kube-prometheus-stack", "kube-prometheus-stack-crds", "cert-manager", "envoy-gateway"} <= rendered


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_dra_device_classes_are_deployed(profile_name):
    """Finding 1: the DRA driver chart refused to render, so no DeviceClass existed."""
    classes = {d.name: d for d in dist_documents(profile_name) if d.kind == "DeviceClass"}
    assert set(lock().component("nvidia-dra-driver-gpu").device_classes) <= set(classes)
    assert {d.path.parent.name for d in classes.values()} == {"nvidia-dra-driver-gpu"}


def test_one_service_monitor_scrapes_the_dcgm_exporter():
    """Finding 5: the GPU Operator creates its own DCGM ServiceMonitor at run time when the
    ClusterPolicy asks for it (the chart's default); it is off, so ours is the only one."""
    (policy,) = [d.obj for d in dist_documents("cloud-burst") if d.kind == "ClusterPolicy"]
    assert policy["spec"]["dcgmExporter"]["serviceMonitor"]["enabled"] is False
    monitors = [
        d for d in dist_documents("cloud-burst")
        if d.kind == "ServiceMonitor"
        and all(OPERATOR_EXPORTER_LABELS.get(k) == v for k, v in d.obj["spec"]["selector"].get("matchLabels", {}).items())
        and d.obj["spec"]["selector"].get("matchLabels")
    ]
    assert [m.path.parent.name for m in monitors] == ["nvidia-gpu-operator"]


def test_a_value_the_chart_does_not_have_fails_with_chart_and_key(upstream_cache, tmp_path):
    """Finding 6 (operator.defaultRuntime was removed from the chart) and any misspelling."""
    chart = _gpu_operator_chart(upstream_cache, tmp_path)
    with pytest.raises(PlatformError, match=r"chart gpu-operator: value\(s\) operator\.defaultRuntime "):
        check_values("gpu-operator", chart, {"operator": {"defaultRuntime": "containerd"}})
    with pytest.raises(PlatformError, match=r"dcgmExporter\.servceMonitor\.enabled"):
        check_values("gpu-operator", chart, {"dcgmExporter": {"servceMonitor": {"enabled": False}}})
    check_values("gpu-operator", chart, {"operator": {"upgradeCRD": False}, "daemonsets": {"labels": {"a": "b"}}})


def test_gpu_operator_deploys_the_images_of_the_lock():
    """Finding 7: the operand images come from the lock, not the chart's defaults."""
    (policy,) = [d.obj for d in dist_documents("cloud-burst") if d.kind == "ClusterPolicy"]
    images = set(images_of(policy))
    assert lock().component("nvidia-device-plugin").image("device-plugin") in images
    assert lock().component("dcgm-exporter").image("exporter") in images
    assert images <= {i for c in lock().components.values() for i in c.images.values()}


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_image_inventory_lists_every_image_and_only_pinned_ones(profile_name):
    inventory = (ROOT / "dist" / profile_name / "images.txt").read_text(encoding="utf-8").splitlines()
    listed = [line for line in inventory if line and not line.startswith("#")]
    found = {i for d in dist_documents(profile_name) for i in images_of(d.obj)}
    assert listed == sorted(found)
    assert found <= {i for c in lock().components.values() for i in c.images.values()}


@pytest.mark.parametrize("profile_name", PROFILE_NAMES)
def test_every_crd_has_one_owner_that_never_prunes(profile_name):
    docs = [d for d in dist_documents(profile_name) if d.kind == "CustomResourceDefinition"]
    names = [d.name for d in docs]
    assert len(names) == len(set(names))
    units = {u.name: u for u in built(profile_name).units}
    assert all(units[d.path.parent.name].owns_crds for d in docs)


def test_uninstall_hooks_are_not_deployed():
    assert uninstall_hook({"metadata": {"annotations": {"helm.sh/hook": "pre-delete"}}})
    assert not uninstall_hook({"metadata": {"annotations": {"helm.sh/hook": "pre-install,pre-delete"}}})
    for profile_name in PROFILE_NAMES:
        assert not [d for d in dist_documents(profile_name) if uninstall_hook(d.obj)]


def test_chart_sources_are_pinned_by_digest(upstream_cache):
    for source in lock().all_trees():
        assert tree_digest(upstream_cache.tree(source)) == source.digest


def test_tampered_chart_source_is_refused(upstream_cache, tmp_path):
    from ai_platform.errors import UpstreamError
    from ai_platform.upstream import UpstreamCache

    source = lock().component("kueue").chart.source  # type: ignore[union-attr]
    cache = UpstreamCache(tmp_path)
    cache.fetch_tree(source, upstream_cache.root)  # the verified cache serves as a mirror
    (cache.tree_path(source) / "values.yaml").write_text("tampered: true\n", encoding="utf-8")
    with pytest.raises(UpstreamError, match="digest"):
        cache.tree(source)


def test_missing_value_file_of_packaging_is_an_error(upstream_cache, tmp_path):
    render = HelmRender("envoy-gateway", "envoy-gateway", "envoy-gateway-system", {"crds": {"enabled": False}}, "1.34.2", ())
    assert render.chart.packaging.values_template == "values.tmpl.yaml"
    folder = package_chart(render.chart, upstream_cache, tmp_path)
    values = (folder / "values.yaml").read_text(encoding="utf-8")
    assert "${" not in values and lock().component("envoy-gateway").image("controller") in values


def test_synth_fetches_a_source_folder_that_pinned_files_already_started(upstream_cache, tmp_path, monkeypatch):
    """A fresh checkout synthesizes without ``fetch``: a chart folder whose CRD files were
    cached first (they lie inside it) is completed from the mirror, not refused."""
    from ai_platform.upstream import MIRROR_ENV, UpstreamCache

    monkeypatch.setenv(MIRROR_ENV, str(upstream_cache.root))  # the verified cache serves as a mirror
    envoy = lock().component("envoy-gateway")
    cache = UpstreamCache(tmp_path)
    for pinned in envoy.files:
        cache.ensure(pinned)
    assert envoy.chart is not None and cache.tree_path(envoy.chart.source).is_dir()
    assert tree_digest(cache.ensure_tree(envoy.chart.source)) == envoy.chart.source.digest
