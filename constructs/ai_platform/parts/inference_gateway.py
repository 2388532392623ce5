"""Gateway API for inference traffic: one owner for each CRD bundle, Envoy Gateway, and the
shared GatewayClass and Gateway.

CRD ownership: the Gateway API standard-channel CRDs (with their safe-upgrades admission
policy), the Envoy Gateway CRDs and (when enabled) the Inference Extension CRDs are each
written from their pinned upstream files into a unit of their own. The Envoy Gateway chart
bundles Gateway API CRDs and the same safe-upgrades policy in its ``crds`` subchart; that
subchart is switched off (``crds.enabled: false``, the chart's switch; ``--skip-crds``
would not cover the policy, which is a template) so that every object has one owner.
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from imports.io.k8s.networking import gateway as gw

from ..profile import Profile
from ..upstream import lock
from .base import HelmInstall, PlatformPart, Stage, custom_resource_metadata, requests
from .namespaces import TENANT_LABEL

ENVOY_GATEWAY = "envoy-gateway"
ENVOY_GATEWAY_NAMESPACE = "envoy-gateway-system"
GATEWAY_CLASS = "envoy"
GATEWAY_CONTROLLER = "gateway.envoyproxy.io/gatewayclass-controller"
GATEWAY_NAME = "inference-gateway"
GATEWAY_NAMESPACE = "inference-gateway"
HTTP_LISTENER = "http"


def envoy_gateway_values() -> dict[str, Any]:
    """No bundled CRDs (see above); the data-plane and rate-limit images the controller
    deploys are pinned in the lock rather than left to the chart's defaults."""
    envoy = lock().component(ENVOY_GATEWAY)
    return {
        "crds": {"enabled": False},
        "certgen": {"job": {"resources": requests("50m", "64Mi")}},
        "global": {"images": {"envoyProxy": {"image": envoy.image("proxy")}, "ratelimit": {"image": envoy.image("ratelimit")}}},
    }


class InferenceGatewayPart(PlatformPart):
    REQUIREMENTS = ("ai_inference",)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, "inference-gateway", Stage.CONFIGURATION)
        self.add_upstream_manifests("gateway-api", Stage.CRDS)
        self.add_upstream_manifests(ENVOY_GATEWAY, Stage.CRDS)
        if profile.components.inference_extension:
            self.add_upstream_manifests("gateway-api-inference-extension", Stage.CRDS, ("advanced_inference_ingress",))
        self.add_namespace(ENVOY_GATEWAY_NAMESPACE)
        self.add_namespace(GATEWAY_NAMESPACE)
        self.add_helm_install(
            HelmInstall(
                release=ENVOY_GATEWAY,
                namespace=ENVOY_GATEWAY_NAMESPACE,
                component=ENVOY_GATEWAY,
                stage=Stage.OPERATORS,
                values=envoy_gateway_values(),
            )
        )
        gw.GatewayClass(
            self,
            "class",
            metadata=custom_resource_metadata(GATEWAY_CLASS, "gateway-class"),
            spec=gw.GatewayClassSpec(controller_name=GATEWAY_CONTROLLER),
        )
        gw.Gateway(
            self,
            "gateway",
            metadata=custom_resource_metadata(GATEWAY_NAME, "gateway", GATEWAY_NAMESPACE),
            spec=gw.GatewaySpec(
                gateway_class_name=GATEWAY_CLASS,
                listeners=[
                    gw.GatewaySpecListeners(
                        name=HTTP_LISTENER,
                        port=80,
                        protocol="HTTP",
                        allowed_routes=gw.GatewaySpecListenersAllowedRoutes(
                            namespaces=gw.GatewaySpecListenersAllowedRoutesNamespaces(
                                from_=gw.GatewaySpecListenersAllowedRoutesNamespacesFrom.SELECTOR,
                                selector=gw.GatewaySpecListenersAllowedRoutesNamespacesSelector(
                                    match_labels={TENANT_LABEL: "true"}
                                ),
                            )
                        ),
                    )
                ],
            ),
        )


