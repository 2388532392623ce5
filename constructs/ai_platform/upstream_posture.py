"""Posture of the rendered upstream workloads: what post-render settles where a chart has no
value for it, and each rule a rendered object does not follow with the reason, per lock
component (``{release}`` stands for the install's release name). Post-render writes the reasons
as ``posture.ai-platform.dev/<rule>`` annotations (posture.py), and synth adds the scanner's
skip annotations with the same text. An entry that matches no rendered object is an error.
"""

from __future__ import annotations

from collections.abc import Mapping

IMAGE_USER = (
    "runs as the non-root user its image defines (runAsNonRoot is enforced by the kubelet), not a UID above "
    "10000; the chart sets none and the platform keeps the image's user rather than guess one its files may not allow"
)
NO_MEMORY_LIMIT = (
    "upstream controller with the CPU and memory requests of its chart values; no memory limit until its "
    "peak use on a production cluster is measured, since a limit set too low OOM-kills the controller"
)
NO_PROBE = (
    "the chart defines no probe for this container and has no value to add one; the platform does not "
    "invent a health endpoint the upstream image does not document"
)
JOB = "a run-to-completion Job: liveness and readiness probes have no meaning for it"
CHART_FILESYSTEM = (
    "the chart sets no read-only root filesystem and the image's writable paths are not documented; "
    "a read-only root would break it at run time, where nothing here can test it"
)
NODE_AGENT = "node agent: "

POSTURE: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    "cert-manager": {
        "Deployment/cert-manager": {"probes": NO_PROBE, "high-uid": IMAGE_USER, "memory-limits": NO_MEMORY_LIMIT},
        "Deployment/cert-manager-cainjector": {"probes": NO_PROBE, "high-uid": IMAGE_USER, "memory-limits": NO_MEMORY_LIMIT},
        "Deployment/cert-manager-webhook": {"high-uid": IMAGE_USER, "memory-limits": NO_MEMORY_LIMIT},
        "ClusterRole/cert-manager-cainjector": {
            "rbac": "the cainjector writes CA bundles into webhook configurations, CRDs and API services: that is its job",
        },
    },
    "envoy-gateway": {
        "Job/envoy-gateway-gateway-helm-certgen": {"probes": JOB, "memory-limits": NO_MEMORY_LIMIT},
        "ClusterRole/envoy-gateway-gateway-helm-certgen:envoy-gateway-system": {
            "rbac": "certgen patches the webhook configuration whose serving certificate it generates",
        },
        "RoleBinding/envoy-gateway-gateway-helm-certgen": {
            "rbac": "binds certgen to the Secrets of its own namespace, where it writes the gateway's certificates",
        },
    },
    "prometheus-operator": {
        "Deployment/kube-prometheus-stack-operator": {"memory-limits": NO_MEMORY_LIMIT},
        "Deployment/kube-prometheus-stack-kube-state-metrics": {"memory-limits": NO_MEMORY_LIMIT},
        "DaemonSet/kube-prometheus-stack-prometheus-node-exporter": {
            "host-namespaces": NODE_AGENT + "reports the node's own network and process metrics, so it runs in the "
            "host network and PID namespaces (the chart's defaults); it runs as nobody with a read-only root",
            "memory-limits": NO_MEMORY_LIMIT,
        },
        "Deployment/kube-prometheus-stack-grafana": {
            "probes": "Grafana has probes; its dashboard and datasource sidecars serve no health endpoint",
            "high-uid": "runs as UID 472, the Grafana image's user that the chart sets",
            "read-only-root-filesystem": CHART_FILESYSTEM,
            "memory-limits": NO_MEMORY_LIMIT,
            "secrets-as-files": "the chart hands Grafana its admin credentials as environment variables from its Secret",
        },
        "ClusterRoleBinding/kube-prometheus-stack-grafana-clusterrolebinding": {
            "rbac": "Grafana's sidecars read the dashboard and datasource ConfigMaps and Secrets of every namespace",
        },
        "ClusterRole/kube-prometheus-stack-operator": {
            "rbac": "the Prometheus Operator manages every kind of its own API group (monitoring.coreos.com)",
        },
    },
    "prometheus-adapter": {
        "Deployment/prometheus-adapter": {"memory-limits": NO_MEMORY_LIMIT},
        "ClusterRole/prometheus-adapter-server-resources": {
            "rbac": "lets clients read every resource of the custom metrics API the adapter serves: a wildcard by design",
        },
        "ClusterRoleBinding/prometheus-adapter-hpa-controller": {
            "rbac": "binds the HPA controller to the adapter's custom metrics resources (the wildcard role above)",
        },
    },
    "nvidia-dra-driver-gpu": {
        "DaemonSet/dra-driver-nvidia-gpu-kubelet-plugin": {
            "privileged": NODE_AGENT + "prepares GPUs for containers on the host (device nodes, CDI specs, MIG) "
            "through the driver root; upstream runs the plugin privileged",
            "capabilities": NODE_AGENT + "privileged as upstream ships it (see privileged)",
            "non-root": NODE_AGENT + "root, to write CDI specs and the kubelet plugin sockets on the host",
            "high-uid": NODE_AGENT + "runs as root (UID 0) for the reason under non-root",
            "read-only-root-filesystem": NODE_AGENT + "upstream's image writes under its root at start; " + CHART_FILESYSTEM,
            "probes": "upstream gives the plugin liveness and startup probes; a node agent behind no Service needs no readiness",
            "memory-limits": NO_MEMORY_LIMIT,
        },
    },
    "volcano": {
        **{
            f"Deployment/{name}": {
                "probes": NO_PROBE,
                "high-uid": "runs as UID 1000, the chart's runAsUser for the Volcano images",
                "read-only-root-filesystem": CHART_FILESYSTEM,
                "capabilities": "adds only DAC_OVERRIDE, as the chart ships it (Volcano reads files its image owns as another user)",
                "memory-limits": NO_MEMORY_LIMIT,
            }
            for name in ("volcano-admission", "volcano-controllers", "volcano-scheduler")
        },
        "Job/volcano-admission-init": {
            "probes": JOB,
            "high-uid": "runs as UID 1000, the chart's runAsUser for the Volcano images",
            "read-only-root-filesystem": "writes the webhook's certificate files before storing them in a Secret; " + CHART_FILESYSTEM,
            "capabilities": "adds only DAC_OVERRIDE, as the chart ships it (Volcano reads files its image owns as another user)",
            "memory-limits": NO_MEMORY_LIMIT,
        },
        "ClusterRole/volcano-admission": {
            "rbac": "Volcano's admission registers and patches its own webhook configurations",
        },
        "RoleBinding/volcano-admission-init-role": {
            "rbac": "binds the init Job that writes the admission webhook's certificate Secret",
        },
    },
    "kueue": {
        "Deployment/kueue-controller-manager": {"high-uid": IMAGE_USER},
        "ClusterRole/kueue-manager-role": {
            "rbac": "Kueue's manager patches its webhook configurations with its own serving certificate",
        },
        "RoleBinding/kueue-manager-secrets-rolebinding": {
            "rbac": "Kueue's manager maintains its webhook serving certificate Secret in its namespace",
        },
    },
    "kuberay": {"Deployment/kuberay-operator": {"high-uid": IMAGE_USER}},
    "gateway-api-inference-extension": {
        "Deployment/{release}-epp": {"high-uid": IMAGE_USER, "read-only-root-filesystem": CHART_FILESYSTEM},
    },
    "cluster-autoscaler": {
        "Deployment/cluster-autoscaler-aws-cluster-autoscaler": {
            "probes": "the chart gives the autoscaler a liveness probe on its health port; it has no readiness endpoint",
            "high-uid": IMAGE_USER,
            "read-only-root-filesystem": CHART_FILESYSTEM,
            "memory-limits": NO_MEMORY_LIMIT,
        },
    },
    "nvidia-gpu-operator": {
        "Deployment/gpu-operator": {
            "non-root": "the chart sets no runAsNonRoot for the operator and its image's user is not documented; "
            "enforcing one the image may not satisfy would keep the operator from starting",
            "high-uid": IMAGE_USER,
            "read-only-root-filesystem": CHART_FILESYSTEM,
        },
        "Deployment/gpu-operator-node-feature-discovery-master": {"high-uid": IMAGE_USER},
        "Deployment/gpu-operator-node-feature-discovery-gc": {"high-uid": IMAGE_USER},
        "DaemonSet/gpu-operator-node-feature-discovery-worker": {"high-uid": IMAGE_USER},
    },
}


def posture_of(component: str, release: str) -> dict[str, dict[str, str]]:
    """``<Kind>/<name>`` -> rule -> reason for one install."""
    return {identity.format(release=release): dict(rules) for identity, rules in POSTURE.get(component, {}).items()}


SETTLED: Mapping[str, Mapping[str, Mapping[str, object]]] = {
    "prometheus-operator": {
        # node-exporter needs no capability and never escalates: the chart just does not say so.
        "DaemonSet/kube-prometheus-stack-prometheus-node-exporter": {
            "containerSecurityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}},
        },
    },
    "nvidia-gpu-operator": {
        # The operator is a controller: it needs no capability and never escalates (the chart's
        # operator container has no security context at all).
        "Deployment/gpu-operator": {
            "containerSecurityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}},
        },
    },
}
"""``<Kind>/<name>`` -> pod spec fields post-render sets where the chart leaves them out."""
