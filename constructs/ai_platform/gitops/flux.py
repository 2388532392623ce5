"""Flux: a GitRepository for this repository and one Kustomization per deploy unit.

Layout under ``dist/<profile>/flux/``: the GitRepository and the Kustomizations
(``kubectl apply -k`` it once). Every unit is a folder of this repository (charts are
rendered into dist/ at synth), so Flux needs no Helm or OCI sources and no HelmRelease.
Kustomizations wait for their objects to become ready, and the stages chain through
``dependsOn``.
"""

from __future__ import annotations

from collections.abc import Sequence

import cdk8s

from constructs import Construct
from imports.io.fluxcd.toolkit import kustomize as flux_kustomize
from imports.io.fluxcd.toolkit import source as flux_source

from ..components.base import custom_resource_metadata
from ..profile import Profile
from .units import DeployUnit, dependencies

NAMESPACE = "flux-system"
REPOSITORY = "ai-platform"


class FluxSources(cdk8s.Chart):
    """The GitRepository of this repository, plus one Kustomization per deploy unit."""

    def __init__(self, scope: Construct, profile: Profile, units: Sequence[DeployUnit], dist_path: str) -> None:
        super().__init__(scope, "flux", disable_resource_name_hashes=True)
        flux_source.GitRepository(
            self,
            "git",
            metadata=custom_resource_metadata(REPOSITORY, "flux-source", NAMESPACE),
            spec=flux_source.GitRepositorySpec(
                url=profile.gitops.repo_url,
                interval="5m",
                ref=flux_source.GitRepositorySpecRef(branch=profile.gitops.revision),
                ignore="/*\n!/dist/" + profile.name + "/\n",
            ),
        )
        for unit in units:
            name = f"{profile.name}-{unit.name}"
            flux_kustomize.Kustomization(
                self,
                f"ks-{unit.name}",
                metadata=custom_resource_metadata(name, "flux-kustomization", NAMESPACE),
                spec=flux_kustomize.KustomizationSpec(
                    interval="10m",
                    retry_interval="1m",
                    timeout="10m",
                    prune=not unit.owns_crds,  # CRD owners never prune (it would delete every object)
                    wait=True,
                    path=f"./{dist_path}/{unit.name}",
                    source_ref=flux_kustomize.KustomizationSpecSourceRef(
                        kind=flux_kustomize.KustomizationSpecSourceRefKind.GIT_REPOSITORY, name=REPOSITORY
                    ),
                    depends_on=[
                        flux_kustomize.KustomizationSpecDependsOn(name=f"{profile.name}-{dep.name}")
                        for dep in dependencies(unit, units)
                    ]
                    or None,
                ),
            )
