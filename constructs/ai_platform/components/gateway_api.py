"""The Gateway API standard-channel CRDs, with their safe-upgrades admission policy, written from
their pinned upstream files into a unit of their own (their one owner: the Envoy Gateway chart's
bundled copy is switched off, see ``envoy_gateway``)."""

from __future__ import annotations

from constructs import Construct

from ..live_checks import LiveCheck, crd
from ..profile import Profile
from ..requirement import Requirement
from .base import Component, Install

COMPONENT = "gateway-api"
GROUP = "gateway.networking.k8s.io"


class GatewayApi(Component):
    NAME = COMPONENT
    LOCK = COMPONENT
    REQUIREMENTS = frozenset({Requirement.AI_INFERENCE})

    @classmethod
    def live_checks(cls, profile: Profile) -> tuple[LiveCheck, ...]:
        return (LiveCheck(Requirement.AI_INFERENCE, "Gateway API CRDs", crd(f"httproutes.{GROUP}"), "present (standard channel)"),)

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        self.install(Install.manifests(COMPONENT))
