"""The air-gap mirror list: skopeo sync YAML of every image in each profile's inventory, and the
pinned chart, kustomize and CRD sources, from `python main.py mirror-list`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ai_platform.conventions import DIST_DIR, REPO_ROOT
from ai_platform.supply_chain.airgap import SKOPEO_FILE, SOURCES_FILE, inventory, referenced, skopeo_sync
from ai_platform.supply_chain.oci import Reference
from ai_platform.upstream import lock

PROFILES = ("reference", "cloud-burst")


@pytest.fixture(scope="module")
def mirror_lists(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("airgap")
    subprocess.run([sys.executable, "main.py", "mirror-list", "--out", str(out)], cwd=REPO_ROOT, check=True,
                   capture_output=True, text=True)
    return out


def normalized(image: str) -> str:
    ref = Reference.parse(image)
    return f"{ref.registry}/{ref.repository}:{ref.tag}" + (f"@{ref.digest}" if ref.digest else "")


@pytest.mark.parametrize("profile", PROFILES)
def test_mirror_list_covers_every_image_of_the_inventory(mirror_lists: Path, profile: str) -> None:
    document = yaml.safe_load((mirror_lists / profile / SKOPEO_FILE).read_text(encoding="utf-8"))
    copied = referenced(document)
    images = inventory(DIST_DIR / profile)
    assert len(images) > 20
    for image in images:
        ref = Reference.parse(image)
        assert f"{ref.registry}/{ref.repository}:{ref.tag}" in copied, image
        if ref.digest:
            assert f"{ref.registry}/{ref.repository}@{ref.digest}" in copied, image
    # Nothing else: the list is the inventory, grouped as skopeo wants it.
    assert {c for c in copied if "@" not in c} == {normalized(i).split("@")[0] for i in images}
    for registry, entry in document.items():
        assert set(entry) == {"images", "tls-verify"} and entry["tls-verify"] is True
        assert all(isinstance(items, list) and items for items in entry["images"].values())


def test_an_image_left_out_of_the_list_is_caught() -> None:
    images = inventory(DIST_DIR / "reference")
    partial = referenced(skopeo_sync(images[1:]))
    assert normalized(images[0]) not in partial


def test_digest_pins_are_mirrored_by_tag_and_digest() -> None:
    digest = "sha256:" + "ab" * 32
    document = skopeo_sync([f"docker.io/vllm/vllm-openai:v0.19.0@{digest}", "nvcr.io/nvidia/k8s-device-plugin:v0.19.3"])
    assert document["docker.io"]["images"]["vllm/vllm-openai"] == sorted(["v0.19.0", digest])
    assert document["nvcr.io"]["images"]["nvidia/k8s-device-plugin"] == ["v0.19.3"]


@pytest.mark.parametrize("profile", PROFILES)
def test_sources_list_every_pinned_chart_and_file(mirror_lists: Path, profile: str) -> None:
    sources = yaml.safe_load((mirror_lists / profile / SOURCES_FILE).read_text(encoding="utf-8"))
    assert {(t["repository"], t["ref"], t["path"], t["digest"]) for t in sources["trees"]} == {
        (t.repository, t.ref, t.path, t.digest) for t in lock().all_trees()
    }
    assert {(f["url"], f["sha256"]) for f in sources["files"]} == {(f.url, f.sha256) for f in lock().all_files()}
    assert all(not Path(f["mirror_path"]).is_absolute() for f in sources["files"])
