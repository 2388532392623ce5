"""Envoy Gateway, the platform's Gateway API implementation for inference traffic, and the shared
GatewayClass and Gateway (its own objects, in ``inference-gateway``).

CRD ownership: the Envoy Gateway CRDs are written from their pinned upstream files into a unit of
their own, as the Gateway API CRDs are (``gateway_api``). The chart bundles Gateway API CRDs and the
same safe-upgrades policy in its ``crds`` subchart; that subchart is switched off
(``crds.enabled: false``, the chart's switch; ``--skip-crds`` would not cover the policy, which is
a template) so that every object has one owner.
"""

from __future__ import annotations

from typing import Any

from constructs import Construct
from imports.io.k8s.networking import gateway as gw

from ..conventions import TENANT_LABEL, Stage
from ..live_checks import ApiResource, Listed, LiveCheck, Present
from ..posture import JOB, NO_MEMORY_LIMIT
from ..profile import Profile
from ..requirement import Requirement
from ..upstream import lock
from .base import Component, Install, Workload, custom_resource_metadata, deployment, requests

ENVOY_GATEWAY = "envoy-gateway"
NAMESPACE = "envoy-gateway-system"
CONTROLLER = deployment(NAMESPACE, ENVOY_GATEWAY)
CERTGEN_JOB = "envoy-gateway-gateway-helm-certgen"
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


GATEWAY_CLASSES = ApiResource("gateway.networking.k8s.io", "v1", "gatewayclasses", namespaced=False)
GATEWAYS = ApiResource("gateway.networking.k8s.io", "v1", "gateways")


class EnvoyGateway(Component):
    NAME = "inference-gateway"
    LOCK = ENVOY_GATEWAY
    REQUIREMENTS = frozenset({Requirement.AI_INFERENCE})
    POSTURE = {
        f"Job/{CERTGEN_JOB}": {"probes": JOB, "memory-limits": NO_MEMORY_LIMIT},
        f"ClusterRole/{CERTGEN_JOB}:{NAMESPACE}": {
            "rbac": "certgen patches the webhook configuration whose serving certificate it generates",
        },
        f"RoleBinding/{CERTGEN_JOB}": {
            "rbac": "binds certgen to the Secrets of its own namespace, where it writes the gateway's certificates",
        },
    }

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        return (CONTROLLER,)

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        inference = Requirement.AI_INFERENCE
        return (
            LiveCheck(inference, f"GatewayClass {GATEWAY_CLASS}", Present(GATEWAY_CLASSES, GATEWAY_CLASS, what="GatewayClass"),
                      "Accepted by Envoy Gateway"),
            LiveCheck(inference, "Gateway", Listed(GATEWAYS, "Gateways"), f"{GATEWAY_NAMESPACE}/{GATEWAY_NAME}, Programmed"),
        )

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.install(Install.manifests(ENVOY_GATEWAY))
        self.add_namespace(NAMESPACE)
        self.add_namespace(GATEWAY_NAMESPACE)
        self.install(Install.helm(ENVOY_GATEWAY, ENVOY_GATEWAY, NAMESPACE, Stage.OPERATORS, envoy_gateway_values()))
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
