"""Pinned upstream sources: checksums are verified, the mirror and the lock agree."""

from __future__ import annotations

import shutil

import pytest
import yaml

from ai_platform.errors import UpstreamError
from ai_platform.typed_imports import configured_import_urls, crds_by_group, module_dir_for_group
from ai_platform.upstream import UpstreamCache, lock, resolve_mirror
from ai_platform.validation.crd_schema import crd_documents
from conftest import ROOT

PINNED_VERSIONS = {
    "kuberay": "v1.7.0", "volcano": "v1.15.1", "kueue": "v0.19.2", "gateway-api": "v1.6.1",
    "gateway-api-inference-extension": "v1.5.0", "prometheus-operator": "v0.93.0", "argo-cd": "v3.5.1",
    "flux-source-controller": "v1.9.1", "flux-kustomize-controller": "v1.9.4", "flux-helm-controller": "v1.6.3",
    "nvidia-dra-driver-gpu": "v0.4.1", "nvidia-gpu-operator": "v26.7.0", "envoy-gateway": "v1.9.0",
}


def test_lock_pins_the_required_versions():
    for name, version in PINNED_VERSIONS.items():
        component = lock().component(name)
        assert component.version == version, name
        for pinned in component.files:
            assert f"/{version}/" in pinned.url, pinned.url


def test_every_image_is_pinned_to_a_tag():
    from ai_platform.validation.hygiene import image_problem

    for name, component in lock().components.items():
        for image in component.images.values():
            assert image_problem(image) is None, f"{name}: {image}"


def test_every_crd_file_holds_crds(upstream_cache):
    for pinned in lock().all_files():
        if pinned.role == "crd":
            docs = crd_documents(upstream_cache.cached(pinned))
            assert docs and all(d["kind"] == "CustomResourceDefinition" for d in docs), pinned.url


def test_fetch_from_mirror_verifies_checksum(tmp_path):
    pinned = lock().component("gateway-api").files[0]
    mirror = tmp_path / "mirror"
    source = UpstreamCache().cached(pinned)
    (mirror / pinned.relative_path).parent.mkdir(parents=True)
    shutil.copyfile(source, mirror / pinned.relative_path)
    cache = UpstreamCache(tmp_path / "cache")
    path, how = cache.fetch(pinned, mirror)
    assert how == "mirror" and path.read_bytes() == source.read_bytes()
    assert cache.fetch(pinned, mirror)[1] == "cached"

    (mirror / pinned.relative_path).write_text("tampered: true\n")
    fresh = UpstreamCache(tmp_path / "cache2")
    with pytest.raises(UpstreamError, match="does not match the pinned"):
        fresh.fetch(pinned, mirror)
    assert not fresh.path_for(pinned).exists()


def test_tampered_cache_is_refused(tmp_path):
    pinned = lock().component("gateway-api").files[0]
    cache = UpstreamCache(tmp_path)
    cache.path_for(pinned).parent.mkdir(parents=True)
    cache.path_for(pinned).write_text("kind: Tampered\n")
    with pytest.raises(UpstreamError, match="lock pins"):
        cache.cached(pinned)


def test_missing_mirror_file_and_bad_mirror_dir(tmp_path):
    pinned = lock().component("kueue").files[0]
    with pytest.raises(UpstreamError, match="not found in mirror"):
        UpstreamCache(tmp_path / "cache").fetch(pinned, tmp_path)
    with pytest.raises(UpstreamError, match="not a directory"):
        resolve_mirror(tmp_path / "nope")


def test_cdk8s_imports_are_pinned_and_generated(upstream_cache):
    urls = configured_import_urls()
    for url in urls:
        lock().file_by_url(url)
    groups = crds_by_group(urls, upstream_cache)
    assert {"argoproj.io", "source.toolkit.fluxcd.io", "kustomize.toolkit.fluxcd.io", "helm.toolkit.fluxcd.io"} <= set(groups)
    for group in groups:
        module = module_dir_for_group(group)
        assert module is not None and (module / "__init__.py").is_file(), group


def test_cdk8s_output_is_not_dist():
    config = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())
    assert config["output"] != "dist", "cdk8s synth empties its output folder; dist/ must be swapped atomically"
