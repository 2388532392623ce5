"""Flux: a GitRepository for this repository, chart sources, HelmReleases and Kustomizations.

Layout under ``dist/<profile>/flux/``:
  (top)                GitRepository, HelmRepository / OCIRepository per chart source and
                       one Kustomization per deploy unit (``kubectl apply -k`` it once)
  releases/<release>/  the HelmRelease of one upstream chart

Flux orders Kustomizations only by other Kustomizations, so every HelmRelease is wrapped
in a Kustomization with ``wait: true`` and the stages chain through ``dependsOn``.
"""

from __future__ import annotations

from collections.abc import Sequence

import cdk8s
from constructs import Construct

from imports.io.fluxcd.toolkit import helm as flux_helm
from imports.io.fluxcd.toolkit import kustomize as flux_kustomize
from imports.io.fluxcd.toolkit import source as flux_source

from ..parts.base import custom_resource_metadata
from ..profile import Profile
from ..upstream import HelmChart, lock
from .units import DeployUnit, dependencies

NAMESPACE = "flux-system"
HELM_CHART_MEDIA_TYPE = "application/vnd.cncf.helm.chart.content.v1.tar+gzip"


def _repo_slug(host_and_path: str) -> str:
    host = host_and_path.split("/")[0]
    labels = [part for part in host.split(".") if part not in ("www", "io", "com", "org", "github")]
    return "-".join(labels) or host.replace(".", "-")


def upstream_source_name(unit: DeployUnit) -> str:
    assert unit.upstream is not None
    return f"upstream-{unit.upstream.component}"


def source_name(chart: HelmChart) -> str:
    """HelmRepository names follow the repository host; OCIRepository names the chart."""
    return f"oci-{chart.name}" if chart.is_oci else _repo_slug(chart.repository.split("://", 1)[1])


class FluxSources(cdk8s.Chart):
    """GitRepository and chart sources, plus one Kustomization per deploy unit."""

    def __init__(self, scope: Construct, profile: Profile, units: Sequence[DeployUnit], dist_path: str) -> None:
        super().__init__(scope, "flux", disable_resource_name_hashes=True)
        repo_name = "ai-platform"
        flux_source.GitRepository(
            self,
            "git",
            metadata=custom_resource_metadata(repo_name, "flux-source", NAMESPACE),
            spec=flux_source.GitRepositorySpec(
                url=profile.gitops.repo_url,
                interval="5m",
                ref=flux_source.GitRepositorySpecRef(branch=profile.gitops.revision),
                ignore="/*\n!/dist/" + profile.name + "/\n",
            ),
        )
        charts = {}
        for unit in units:
            if unit.helm is not None:
                chart = lock().component(unit.helm.component).chart
                assert chart is not None, f"{unit.helm.component} has no chart in upstream.lock.yaml"
                charts[source_name(chart)] = chart
        for name, chart in sorted(charts.items()):
            self._chart_source(name, chart)
        for unit in units:
            if unit.upstream is not None:
                self._git_source(unit)
        for unit in units:
            source = repo_name
            if unit.upstream is not None:
                manifests = lock().component(unit.upstream.component).manifests
                assert manifests is not None
                path, source = manifests.path, upstream_source_name(unit)
            elif unit.helm is not None:
                path = f"{dist_path}/flux/releases/{unit.helm.release}"
            else:
                path = f"{dist_path}/{unit.name}"
            name = f"{profile.name}-{unit.name}"
            flux_kustomize.Kustomization(
                self,
                f"ks-{unit.name}",
                metadata=custom_resource_metadata(name, "flux-kustomization", NAMESPACE),
                spec=flux_kustomize.KustomizationSpec(
                    interval="10m",
                    retry_interval="1m",
                    timeout="10m",
                    prune=unit.upstream is None,  # CRD owners never prune (it would delete every object)
                    wait=True,
                    path=f"./{path}",
                    source_ref=flux_kustomize.KustomizationSpecSourceRef(
                        kind=flux_kustomize.KustomizationSpecSourceRefKind.GIT_REPOSITORY, name=source
                    ),
                    depends_on=[
                        flux_kustomize.KustomizationSpecDependsOn(name=f"{profile.name}-{dep.name}")
                        for dep in dependencies(unit, units)
                    ]
                    or None,
                ),
            )

    def _git_source(self, unit: DeployUnit) -> None:
        assert unit.upstream is not None
        manifests = lock().component(unit.upstream.component).manifests
        assert manifests is not None
        name = upstream_source_name(unit)
        flux_source.GitRepository(
            self,
            name,
            metadata=custom_resource_metadata(name, "flux-source", NAMESPACE),
            spec=flux_source.GitRepositorySpec(
                url=manifests.repository,
                interval="1h",
                ref=flux_source.GitRepositorySpecRef(tag=manifests.ref),
                ignore=f"/*\n!/{manifests.path}/\n",
            ),
        )

    def _chart_source(self, name: str, chart: HelmChart) -> None:
        metadata = custom_resource_metadata(name, "flux-source", NAMESPACE)
        if chart.is_oci:
            flux_source.OciRepository(
                self,
                name,
                metadata=metadata,
                spec=flux_source.OciRepositorySpec(
                    url=f"{chart.repository.rstrip('/')}/{chart.name}",
                    interval="1h",
                    ref=flux_source.OciRepositorySpecRef(tag=chart.version),
                    layer_selector=flux_source.OciRepositorySpecLayerSelector(
                        media_type=HELM_CHART_MEDIA_TYPE,
                        operation=flux_source.OciRepositorySpecLayerSelectorOperation.COPY,
                    ),
                ),
            )
        else:
            flux_source.HelmRepository(
                self,
                name,
                metadata=metadata,
                spec=flux_source.HelmRepositorySpec(url=chart.repository, interval="1h"),
            )


class FluxRelease(cdk8s.Chart):
    """The HelmRelease of one upstream chart (its own folder, wrapped by a Kustomization)."""

    def __init__(self, scope: Construct, unit: DeployUnit) -> None:
        assert unit.helm is not None
        super().__init__(scope, f"flux-release-{unit.helm.release}", disable_resource_name_hashes=True)
        install = unit.helm
        chart = lock().component(install.component).chart
        assert chart is not None
        crds_policy = (
            flux_helm.HelmReleaseSpecInstallCrds.SKIP if install.skip_crds else flux_helm.HelmReleaseSpecInstallCrds.CREATE_REPLACE
        )
        upgrade_crds = (
            flux_helm.HelmReleaseSpecUpgradeCrds.SKIP if install.skip_crds else flux_helm.HelmReleaseSpecUpgradeCrds.CREATE_REPLACE
        )
        if chart.is_oci:
            chart_kwargs = {
                "chart_ref": flux_helm.HelmReleaseSpecChartRef(
                    kind=flux_helm.HelmReleaseSpecChartRefKind.OCI_REPOSITORY,
                    name=source_name(chart),
                    namespace=NAMESPACE,
                )
            }
        else:
            chart_kwargs = {
                "chart": flux_helm.HelmReleaseSpecChart(
                    spec=flux_helm.HelmReleaseSpecChartSpec(
                        chart=chart.name,
                        version=chart.version,
                        source_ref=flux_helm.HelmReleaseSpecChartSpecSourceRef(
                            kind=flux_helm.HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY,
                            name=source_name(chart),
                            namespace=NAMESPACE,
                        ),
                    )
                )
            }
        flux_helm.HelmRelease(
            self,
            "release",
            metadata=custom_resource_metadata(install.release, "flux-helmrelease", NAMESPACE),
            spec=flux_helm.HelmReleaseSpec(
                interval="30m",
                release_name=install.release,
                target_namespace=install.namespace,
                storage_namespace=install.namespace,
                install=flux_helm.HelmReleaseSpecInstall(
                    crds=crds_policy,
                    remediation=flux_helm.HelmReleaseSpecInstallRemediation(retries=3),
                ),
                upgrade=flux_helm.HelmReleaseSpecUpgrade(
                    crds=upgrade_crds,
                    remediation=flux_helm.HelmReleaseSpecUpgradeRemediation(retries=3),
                ),
                values=dict(install.values) or None,
                **chart_kwargs,
            ),
        )
