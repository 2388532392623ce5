"""Argo CD and Flux output: ordering, sync options, sources, one owner per file."""

from __future__ import annotations

import yaml

from ai_platform.gitops.units import dependencies
from ai_platform.conventions import Stage
from ai_platform.platform import build_platform
from ai_platform.synth import render_profile
from conftest import ROOT, make_profile, profile_data


def _objects(files: dict[str, str], folder: str) -> list[dict]:
    return [
        yaml.safe_load(content)
        for path, content in files.items()
        if path.startswith(folder + "/") and not path.endswith("kustomization.yaml")
    ]


def test_argocd_waves_follow_stages_and_cover_every_unit(profile):
    platform = build_platform(profile, f"dist/{profile.name}")
    files = render_profile(profile)
    apps = {a["metadata"]["name"]: a for a in _objects(files, "argocd/apps")}
    assert set(apps) == {f"{profile.name}-{u.name}" for u in platform.units}
    for unit in platform.units:
        app = apps[f"{profile.name}-{unit.name}"]
        assert app["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == str(int(unit.stage))
        options = app["spec"]["syncPolicy"]["syncOptions"]
        assert "ServerSideApply=true" in options
        assert ("SkipDryRunOnMissingResource=true" in options) == unit.has_custom_resources
        assert app["spec"]["syncPolicy"]["retry"]["backoff"]["factor"] == 2
        prunes = app["spec"]["syncPolicy"]["automated"]["prune"]
        # Every unit is a folder of this repository: charts are rendered into dist/.
        assert app["spec"]["source"]["repoURL"] == profile.gitops.repo_url
        assert app["spec"]["source"]["path"] == f"dist/{profile.name}/{unit.name}"
        assert "chart" not in app["spec"]["source"] and "helm" not in app["spec"]["source"]
        assert (ROOT / "dist" / profile.name / unit.name / "kustomization.yaml").is_file()
        assert prunes is not unit.owns_crds, "a CRD owner must never prune; everything else does"


def test_no_helm_or_external_sources_remain(profile):
    """Nothing GitOps syncs comes from a Helm repository or another Git repository."""
    files = render_profile(profile)
    kinds = {o["kind"] for folder in ("argocd/bootstrap", "argocd/apps", "flux") for o in _objects(files, folder)}
    assert not kinds & {"HelmRelease", "HelmRepository", "OCIRepository", "Secret"}
    project = [o for o in _objects(files, "argocd/bootstrap") if o["kind"] == "AppProject"]
    assert all(p["spec"]["sourceRepos"] == [profile.gitops.repo_url] for p in project)
    repositories = [o for o in _objects(files, "flux") if o["kind"] == "GitRepository"]
    assert [r["spec"]["url"] for r in repositories] in ([], [profile.gitops.repo_url])


def test_argocd_root_app_and_application_health_check(profile):
    files = render_profile(profile)
    bootstrap = {o["kind"]: o for o in _objects(files, "argocd/bootstrap")}
    root = bootstrap["Application"]
    assert root["spec"]["source"]["path"] == f"dist/{profile.name}/argocd/apps"
    assert bootstrap["AppProject"]["metadata"]["name"] == root["spec"]["project"]
    lua = bootstrap["ConfigMap"]["data"]["resource.customizations.health.argoproj.io_Application"]
    assert "obj.status.health.status" in lua


def test_flux_kustomizations_chain_stages_and_wait():
    profile = make_profile(profile_data("cloud-burst"))
    platform = build_platform(profile, "dist/cloud-burst")
    files = render_profile(profile)
    kustomizations = {k["metadata"]["name"]: k for k in _objects(files, "flux") if k["kind"] == "Kustomization"}
    assert set(kustomizations) == {f"cloud-burst-{u.name}" for u in platform.units}
    for unit in platform.units:
        ks = kustomizations[f"cloud-burst-{unit.name}"]["spec"]
        assert ks["wait"] is True and ks["prune"] is (not unit.owns_crds)
        assert ks["path"] == f"./dist/cloud-burst/{unit.name}"
        expected = {f"cloud-burst-{d.name}" for d in dependencies(unit, platform.units)}
        assert {d["name"] for d in ks.get("dependsOn", [])} == expected
    operator_waits_for = {d["name"] for d in kustomizations["cloud-burst-gpu-operator"]["spec"]["dependsOn"]}
    crd_owners = {f"cloud-burst-{u.name}" for u in platform.units if u.stage == Stage.CRDS}
    assert crd_owners and operator_waits_for == crd_owners


def test_gitops_style_follows_the_profile():
    reference = render_profile(make_profile(profile_data("reference")))
    assert not any(p.startswith("flux/") for p in reference)
    assert any(p.startswith("argocd/apps/") for p in reference)
    both = render_profile(make_profile(profile_data("cloud-burst")))
    assert any(p.startswith("flux/") for p in both) and any(p.startswith("argocd/") for p in both)
