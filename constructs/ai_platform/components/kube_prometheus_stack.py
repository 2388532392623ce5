"""Monitoring system: kube-prometheus-stack (pinned chart) with selectors that see every
ServiceMonitor, PodMonitor and PrometheusRule in every namespace.

A known way for GPU metrics to go silently unscraped: by default the chart's Prometheus
selects only monitors labelled ``release: <release name>``. The values here switch that
off (``*SelectorNilUsesHelmValues: false``) and select everything, and
``PrometheusSelection`` models the chart's behaviour so tests can prove each monitor of
the platform is picked up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from ..conventions import NAMESPACE_NAME_LABEL, PSA_ENFORCE, Stage
from ..posture import CHART_FILESYSTEM, NO_MEMORY_LIMIT, NODE_AGENT
from ..profile import Profile
from ..requirement import Requirement
from .base import Component, Install, Workload, daemonset, deployment, requests

COMPONENT = "prometheus-operator"
NAMESPACE = "monitoring"
RELEASE = "kube-prometheus-stack"
GRAFANA_ADMIN_SECRET = "grafana-admin"
"""Secret (keys admin-user, admin-password) in the monitoring namespace; not in dist/."""
MONITOR_KINDS = {"ServiceMonitor": "serviceMonitor", "PodMonitor": "podMonitor", "PrometheusRule": "rule"}


def _matches(selector: Mapping[str, Any], labels: Mapping[str, str]) -> bool:
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression["key"], expression["operator"], expression.get("values", [])
        if operator == "In" and labels.get(key) not in values:
            return False
        if operator == "NotIn" and labels.get(key) in values:
            return False
        if operator == "Exists" and key not in labels:
            return False
        if operator == "DoesNotExist" and key in labels:
            return False
    return True


@dataclass(frozen=True)
class PrometheusSelection:
    """Which monitors the chart's Prometheus picks, as the chart decides it from its values."""

    prometheus_spec: Mapping[str, Any] = field(default_factory=dict)

    def selects(self, kind: str, labels: Mapping[str, str], namespace_labels: Mapping[str, str]) -> bool:
        prefix = MONITOR_KINDS[kind]
        selector = self.prometheus_spec.get(f"{prefix}Selector")
        if not selector and self.prometheus_spec.get(f"{prefix}SelectorNilUsesHelmValues", True):
            selector = {"matchLabels": {"release": RELEASE}}
        namespace_selector = self.prometheus_spec.get(f"{prefix}NamespaceSelector")
        if namespace_selector is None:
            # The chart's default: only the Prometheus namespace.
            namespace_selector = {"matchLabels": {NAMESPACE_NAME_LABEL: NAMESPACE}}
        return _matches(selector or {}, labels) and _matches(namespace_selector, namespace_labels)


def prometheus_values(grafana: bool) -> dict[str, Any]:
    everything: dict[str, Any] = {}
    spec: dict[str, Any] = {"retention": "15d"}
    for prefix in MONITOR_KINDS.values():
        spec[f"{prefix}SelectorNilUsesHelmValues"] = False
        spec[f"{prefix}Selector"] = everything
        spec[f"{prefix}NamespaceSelector"] = everything
    return {
        "crds": {"enabled": True},
        # The operator's admission webhook gets its certificate from cert-manager rather than
        # from the chart's certgen hook Jobs (which patch objects behind GitOps' back).
        "prometheusOperator": {
            "admissionWebhooks": {"certManager": {"enabled": True}},
            "resources": requests("100m", "128Mi"),
        },
        "kube-state-metrics": {"resources": requests("50m", "128Mi")},
        "prometheus-node-exporter": {"resources": requests("50m", "64Mi")},
        "prometheus": {"prometheusSpec": spec},
        "alertmanager": {"enabled": True},
        "grafana": {
            "enabled": grafana,
            "resources": requests("100m", "256Mi"),
            # The admin credentials come from a Secret the cluster's operators create; without
            # it the chart would generate a random password into a Secret committed to Git.
            "admin": {"existingSecret": GRAFANA_ADMIN_SECRET},
            "sidecar": {
                "resources": requests("50m", "64Mi"),
                "dashboards": {"enabled": True, "label": "grafana_dashboard", "labelValue": "1", "searchNamespace": "ALL"},
            },
        },
    }


NODE_EXPORTER = f"{RELEASE}-prometheus-node-exporter"


class KubePrometheusStack(Component):
    NAME = "monitoring"
    LOCK = COMPONENT
    STAGE = Stage.OPERATORS
    REQUIREMENTS = frozenset({Requirement.AI_SERVICE_METRICS, Requirement.ACCELERATOR_METRICS})
    POSTURE = {
        f"Deployment/{RELEASE}-operator": {"memory-limits": NO_MEMORY_LIMIT},
        f"Deployment/{RELEASE}-kube-state-metrics": {"memory-limits": NO_MEMORY_LIMIT},
        f"DaemonSet/{NODE_EXPORTER}": {
            "host-namespaces": NODE_AGENT + "reports the node's own network and process metrics, so it runs in the "
            "host network and PID namespaces (the chart's defaults); it runs as nobody with a read-only root",
            "memory-limits": NO_MEMORY_LIMIT,
        },
        f"Deployment/{RELEASE}-grafana": {
            "probes": "Grafana has probes; its dashboard and datasource sidecars serve no health endpoint",
            "high-uid": "runs as UID 472, the Grafana image's user that the chart sets",
            "read-only-root-filesystem": CHART_FILESYSTEM,
            "memory-limits": NO_MEMORY_LIMIT,
            "secrets-as-files": "the chart hands Grafana its admin credentials as environment variables from its Secret",
        },
        f"ClusterRoleBinding/{RELEASE}-grafana-clusterrolebinding": {
            "rbac": "Grafana's sidecars read the dashboard and datasource ConfigMaps and Secrets of every namespace",
        },
        f"ClusterRole/{RELEASE}-operator": {
            "rbac": "the Prometheus Operator manages every kind of its own API group (monitoring.coreos.com)",
        },
    }
    SETTLED = {
        # node-exporter needs no capability and never escalates: the chart just does not say so.
        f"DaemonSet/{NODE_EXPORTER}": {
            "containerSecurityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}},
        },
    }

    @classmethod
    def workloads(cls, profile: Profile) -> tuple[Workload, ...]:
        grafana = (deployment(NAMESPACE, f"{RELEASE}-grafana"),) if profile.components.grafana else ()
        return (
            deployment(NAMESPACE, f"{RELEASE}-operator"),
            deployment(NAMESPACE, f"{RELEASE}-kube-state-metrics"),
            *grafana,
            # node-exporter tolerates every NoSchedule taint: host metrics of every node.
            daemonset(NAMESPACE, NODE_EXPORTER, None),
        )

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        # node-exporter needs the host network and PID namespace.
        self.add_namespace(NAMESPACE, {PSA_ENFORCE: "privileged"})
        self.values = prometheus_values(profile.components.grafana)
        self.install(
            Install.helm(
                COMPONENT, RELEASE, NAMESPACE, Stage.OPERATORS, self.values,
                security_exemptions={
                    f"DaemonSet/{NODE_EXPORTER}": (
                        "node agent: node-exporter reads host metrics through the host network, PID namespace "
                        "and a read-only host root mount"
                    ),
                },
            )
        )
