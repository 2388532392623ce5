"""Argo CD: an AppProject, a root app-of-apps Application, and one Application per unit.

Layout under ``dist/<profile>/argocd/``:
  bootstrap/  AppProject, root Application and the argocd-cm health check for
              Applications (apply once, server-side)
  apps/       one Application per deploy unit, ordered by sync waves (the root app syncs it)

Every unit is a folder of this repository (charts are rendered into dist/ at synth), so the
project allows this repository alone and every Application is a directory source.
"""

from __future__ import annotations

from collections.abc import Sequence

import cdk8s
from cdk8s_plus_34 import k8s

from constructs import Construct
from imports.io import argoproj as argo

from ..components.base import custom_resource_metadata
from ..conventions import MANAGED_BY_LABEL, NAME_LABEL, PART_OF_LABEL
from ..profile import Profile
from .units import DeployUnit

NAMESPACE = "argocd"
IN_CLUSTER = "https://kubernetes.default.svc"
SYNC_WAVE = "argocd.argoproj.io/sync-wave"
RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io"

# Argo CD has no built-in health for Application resources, so an app-of-apps would not
# wait for one wave to be healthy before the next. This Lua check reports a child
# Application's own health status to its parent.
APPLICATION_HEALTH_LUA = """\
local health = { status = "Progressing", message = "waiting for the application to report health" }
if obj.status ~= nil and obj.status.health ~= nil and obj.status.health.status ~= nil then
  health.status = obj.status.health.status
  health.message = obj.status.health.message or ""
end
return health
"""


def sync_policy(unit: DeployUnit | None) -> argo.ApplicationSpecSyncPolicy:
    options = ["ServerSideApply=true", "CreateNamespace=false", "PruneLast=true"]
    if unit is not None and unit.ignore_differences:
        options.append("RespectIgnoreDifferences=true")
    if unit is not None and unit.has_custom_resources:
        options.append("SkipDryRunOnMissingResource=true")
    return argo.ApplicationSpecSyncPolicy(
        # A unit that owns CRDs never prunes: deleting a CRD deletes every object of its kind.
        automated=argo.ApplicationSpecSyncPolicyAutomated(prune=not owns_crds(unit), self_heal=True),
        sync_options=options,
        retry=argo.ApplicationSpecSyncPolicyRetry(
            limit=10,
            backoff=argo.ApplicationSpecSyncPolicyRetryBackoff(duration="10s", factor=2, max_duration="5m"),
        ),
    )


def owns_crds(unit: DeployUnit | None) -> bool:
    return unit is not None and unit.owns_crds


class ArgoCdBootstrap(cdk8s.Chart):
    def __init__(self, scope: Construct, profile: Profile, units: Sequence[DeployUnit], dist_path: str) -> None:
        super().__init__(scope, "argocd-bootstrap", disable_resource_name_hashes=True)
        project = profile.name
        argo.AppProject(
            self,
            "project",
            metadata=custom_resource_metadata(project, "argocd-project", NAMESPACE),
            spec=argo.AppProjectSpec(
                description=f"AI platform, profile {profile.name}",
                source_repos=[profile.gitops.repo_url],
                destinations=[argo.AppProjectSpecDestinations(server=IN_CLUSTER, namespace="*")],
                cluster_resource_whitelist=[argo.AppProjectSpecClusterResourceWhitelist(group="*", kind="*")],
            ),
        )
        root = f"{profile.name}-root"
        argo.Application(
            self,
            "root",
            metadata=custom_resource_metadata(root, "argocd-root-application", NAMESPACE),
            spec=argo.ApplicationSpec(
                project=project,
                destination=argo.ApplicationSpecDestination(server=IN_CLUSTER, namespace=NAMESPACE),
                source=argo.ApplicationSpecSource(
                    repo_url=profile.gitops.repo_url,
                    target_revision=profile.gitops.revision,
                    path=f"{dist_path}/argocd/apps",
                ),
                sync_policy=sync_policy(None),
            ),
        )
        k8s.KubeConfigMap(
            self,
            "argocd-cm",
            metadata=k8s.ObjectMeta(
                name="argocd-cm",
                namespace=NAMESPACE,
                labels={
                    NAME_LABEL: "argocd-cm",
                    PART_OF_LABEL: "argocd",
                    MANAGED_BY_LABEL: "cdk8s",
                },
            ),
            data={"resource.customizations.health.argoproj.io_Application": APPLICATION_HEALTH_LUA},
        )


class ArgoCdApps(cdk8s.Chart):
    def __init__(self, scope: Construct, profile: Profile, units: Sequence[DeployUnit], dist_path: str) -> None:
        super().__init__(scope, "argocd-apps", disable_resource_name_hashes=True)
        for unit in units:
            name = f"{profile.name}-{unit.name}"
            argo.Application(
                self,
                unit.name,
                metadata=custom_resource_metadata(
                    name,
                    "argocd-application",
                    NAMESPACE,
                    annotations={SYNC_WAVE: str(int(unit.stage))},
                    finalizers=[RESOURCES_FINALIZER],
                ),
                spec=argo.ApplicationSpec(
                    project=profile.name,
                    destination=argo.ApplicationSpecDestination(server=IN_CLUSTER),
                    source=self._source(profile, unit, dist_path),
                    sync_policy=sync_policy(unit),
                    ignore_differences=[
                        argo.ApplicationSpecIgnoreDifferences(
                            group=entry["group"], kind=entry["kind"], jq_path_expressions=entry["jqPathExpressions"]
                        )
                        for entry in unit.ignore_differences
                    ]
                    or None,
                ),
            )

    @staticmethod
    def _source(profile: Profile, unit: DeployUnit, dist_path: str) -> argo.ApplicationSpecSource:
        return argo.ApplicationSpecSource(
            repo_url=profile.gitops.repo_url,
            target_revision=profile.gitops.revision,
            path=f"{dist_path}/{unit.name}",
        )
