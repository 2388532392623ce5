"""The Gateway API Inference Extension: its CRDs (pinned upstream files, one owner) and, per model
version, an InferencePool with its endpoint picker (the ``inferencepool`` chart), which the model
routes of ``inference_services`` then send traffic through.

Refused by the profile check for now: the pinned Envoy Gateway routes to InferencePool backends only
through an extension server (Envoy AI Gateway) that the platform does not pin (found with the real
controller on the simulated cluster, docs/simulated/envoy-gateway.md). The rendering is kept and
tested on a profile forced past the check.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from constructs import Construct

from ..conventions import INSTANCE_LABEL, Stage
from ..posture import CHART_FILESYSTEM, IMAGE_USER
from ..profile import InferenceModel, ModelVersion, Profile
from ..requirement import Requirement
from .base import Component, Install, ProfileProblem

COMPONENT = "gateway-api-inference-extension"
POOL_GROUP = "inference.networking.k8s.io"
SERVER_PORT = 8000
"""The model servers' port (``inference_services``), which every pool targets."""


def server_name(model: InferenceModel, version: ModelVersion) -> str:
    """The model server of one version: its Deployment, Service and (with pools) InferencePool."""
    return f"{model.name}-{version.name}"


def inference_pool_values(model: InferenceModel, version: ModelVersion) -> dict[str, Any]:
    return {
        "inferencePool": {
            "modelServers": {"matchLabels": {INSTANCE_LABEL: server_name(model, version)}},
            "targetPorts": [{"number": SERVER_PORT}],
        },
        "provider": {"name": "none"},
    }


class InferenceExtension(Component):
    NAME = "inference-extension"
    LOCK = COMPONENT
    REQUIREMENTS = frozenset({Requirement.ADVANCED_INFERENCE_INGRESS})
    POSTURE = {"Deployment/{release}-epp": {"high-uid": IMAGE_USER, "read-only-root-filesystem": CHART_FILESYSTEM}}

    @classmethod
    def enabled(cls, profile: Profile) -> bool:
        return profile.components.inference_extension

    @classmethod
    def rules(cls, profile: Profile) -> Iterable[ProfileProblem]:
        if profile.components.inference_extension:
            yield ProfileProblem("components.inferenceExtension", (
                "components.inferenceExtension: true is refused: the platform's Gateway API implementation "
                "(the pinned Envoy Gateway) routes to InferencePool backends only through an extension server "
                "(Envoy AI Gateway) that the platform does not pin, so every request to a model route would get "
                "a 500 (allowed: false; routes then send model traffic to the model Services)"
            ))

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.install(Install.manifests(COMPONENT))
        if profile.inference is None:
            return
        for model in profile.inference.models:
            for version in model.versions:
                name = server_name(model, version)
                self.install(Install.helm(
                    COMPONENT, name, profile.inference.namespace, Stage.CONFIGURATION, inference_pool_values(model, version),
                    restricted_pods=(f"Deployment/{name}-epp",),
                ))
