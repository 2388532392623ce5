"""cluster-autoscaler 1.34.2 with its kwok cloud provider, run on the host of the simulated
cluster.

Built from ``testbed/operators/cluster_autoscaler/go.mod``, whose ``replace`` points at the pinned source tree of
component ``cluster-autoscaler`` (``build_sources`` in upstream.lock.yaml: the Go proxy refuses the
module), with ``-tags kwok`` (only the kwok cloud provider is compiled in); cached by the one Go builder
(key: go.mod, go.sum, the tree digest and the tags).

Configured from ``dist/``: the flags of dist/'s cluster-autoscaler Deployment (found by the image
the lock pins), its ServiceAccount and namespace. dist/ targets AWS; the kwok provider takes
its node groups from template Nodes in a ConfigMap instead of from Auto Scaling groups, so
:func:`provider_documents` translates what the platform declares for AWS:

* each ``--nodes=<min>:<max>:<name>`` flag becomes one template Node annotated with the node
  group's name, min and max (the kwok provider's annotations); the flag itself is dropped;
* the node group's template tags (``node_group_template()`` of ``parts/autoscaling.py``: what
  the platform tags each Auto Scaling group with) become the template's labels, taints and
  capacity, the same way the AWS provider reads them (``label/<key>``, ``taint/<key>`` =
  ``<value>:<effect>``, ``resources/<name>``);
* the rest of the template is the machine every simulated node is (CPU, memory, pods,
  ``kubernetes.io/os``/``arch``: ``simulated_nodes.py``).

The nodes the provider creates carry ``kwok.x-k8s.io/node=fake`` (the provider sets it), so the
simulated cluster's KWOK makes them Ready. Every translation is listed in
docs/simulated/autoscaler.md.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ai_platform.components import cluster_autoscaler as component
from ai_platform.components.cluster_autoscaler import NODE_TEMPLATE_TAG, node_group_name, node_group_template
from ai_platform.conventions import NODE_POOL_LABEL
from ai_platform.errors import PlatformError
from ai_platform.gobuild import GoProgram, Report, build, to_stderr
from ai_platform.kubeclient import KubeClient
from ai_platform.profile import Profile
from ai_platform.upstream import UpstreamCache, lock
from ai_platform.validation.documents import Document

from testbed.operators.host import HostOperator, OperatorContext, ServiceRef
from testbed.operators.registry import SimulatedOperator, Started
from testbed.simulated.nodes import SimulatedNode

COMPONENT = component.COMPONENT
SOURCE = Path(__file__).resolve().parent
PACKAGE = "k8s.io/autoscaler/cluster-autoscaler"
TAGS = ("kwok",)
BINARY = "cluster-autoscaler"

# Names the kwok provider of cluster-autoscaler 1.34.2 reads (cloudprovider/kwok/).
PROVIDER_NAME = "kwok"
PROVIDER_CONFIG_MAP = "kwok-provider-config"
"""The provider's default ConfigMap name (``$KWOK_PROVIDER_CONFIGMAP`` unset), key ``config``."""
TEMPLATES_CONFIG_MAP = "kwok-provider-templates"
"""Named by the provider config; the provider reads its key ``templates``."""
NODE_GROUP_ANNOTATION = "cluster-autoscaler.kwok.nodegroup/name"
MIN_SIZE_ANNOTATION = "cluster-autoscaler.kwok.nodegroup/min-count"
MAX_SIZE_ANNOTATION = "cluster-autoscaler.kwok.nodegroup/max-count"
DESIRED_SIZE_ANNOTATION = "cluster-autoscaler.kwok.nodegroup/desired-count"
"""The group's size until the provider's first refresh counts its nodes; the provider refuses
(exits) a template whose desired count (default 0) is below its min count: set to the min, as an
Auto Scaling group starts at its minimum."""
PROVIDER_ID_PREFIX = "kwok:"
"""The provider manages only nodes whose ``spec.providerID`` starts with ``kwok``: the ones it
created, and the simulated cluster's own pool nodes that :func:`adopt_minimum_nodes` gives to
their node group. The others are no part of any node group."""
TESTBED_PATH = SOURCE / "kwok-provider.yaml"
"""Where :func:`provider_documents` say they come from (they are built, not read from a file)."""

TEST_TIMINGS: Mapping[str, str] = {
    # dist/ says 10m; shortened so that an idle node goes within the test.
    "--scale-down-unneeded-time": "20s",
    # Not set by dist/ (the default, 10m, blocks every scale-down after a scale-up).
    "--scale-down-delay-after-add": "20s",
}
"""Scale-down timings shortened for the test bed (they replace dist/'s value or add one)."""


def program(cache: UpstreamCache | None = None) -> GoProgram:
    """cluster-autoscaler with the kwok provider (``-tags kwok``); the pinned source tree that the
    go.mod ``replace`` points at is fetched into the upstream cache before a build."""
    (tree,) = lock().component(COMPONENT).build_sources
    return GoProgram(name="cluster-autoscaler", title="cluster-autoscaler (kwok provider)", module=SOURCE, package=PACKAGE,
                     binary=BINARY, tags=TAGS, inputs=(tree.digest,), prepare=lambda: (cache or UpstreamCache()).ensure_tree(tree),
                     estimate="about 10 minutes on 2 cores with a warm Kubernetes build cache, over 30 without")


def build_autoscaler(report: Report = to_stderr, cache: UpstreamCache | None = None) -> Path:
    """The cluster-autoscaler binary with the kwok provider (built once, then cached)."""
    return build(program(cache), report).path


@dataclass(frozen=True)
class NodeGroup:
    """A node group as dist/'s ``--nodes=<min>:<max>:<name>`` declares it."""

    name: str
    min_size: int
    max_size: int


@dataclass(frozen=True)
class AutoscalerDeployment:
    """dist/'s cluster-autoscaler Deployment: where it runs, as whom, with which flags."""

    namespace: str
    name: str
    service_account: ServiceRef
    flags: tuple[str, ...]
    """Everything after the program in the container's command and args."""
    environment: Mapping[str, str]
    """The container's environment variables that name the pod's namespace or a value."""

    def values(self, flag: str) -> list[str]:
        return [f.split("=", 1)[1] for f in self.flags if f.split("=", 1)[0] == flag and "=" in f]

    def node_groups(self) -> list[NodeGroup]:
        if self.values("--node-group-auto-discovery"):
            raise PlatformError("dist/: the cluster-autoscaler discovers node groups by tags; "
                                "the test bed translates only --nodes")
        groups = []
        for value in self.values("--nodes"):
            low, high, name = value.split(":", 2)
            groups.append(NodeGroup(name, int(low), int(high)))
        if not groups:
            raise PlatformError(f"dist/: Deployment {self.namespace}/{self.name} declares no --nodes")
        return groups


def autoscaler_deployment(docs: Sequence[Any]) -> AutoscalerDeployment:
    """The Deployment of dist/ that runs the image the lock pins for the autoscaler."""
    image = lock().component(COMPONENT).image("autoscaler")
    for doc in docs:
        if doc.kind != "Deployment":
            continue
        spec = doc.obj["spec"]["template"]["spec"]
        for container in spec["containers"]:
            if container.get("image") == image:
                command = [*(container.get("command") or []), *(container.get("args") or [])]
                flags = command[1:] if command and not command[0].startswith("-") else command
                account = ServiceRef(doc.namespace, spec.get("serviceAccountName") or "default")
                environment = _environment(doc.namespace, container)
                return AutoscalerDeployment(doc.namespace, doc.name, account, tuple(flags), environment)
    raise PlatformError(f"dist/ has no Deployment running {image}")


def _environment(namespace: str, container: Mapping[str, Any]) -> dict[str, str]:
    """Plain values, and ``fieldRef: metadata.namespace`` resolved to the Deployment's namespace
    (the pod's); other references (e.g. the ServiceAccount's name) are left out."""
    environment = {}
    for variable in container.get("env") or []:
        if "value" in variable:
            environment[variable["name"]] = str(variable["value"])
        elif (variable.get("valueFrom") or {}).get("fieldRef", {}).get("fieldPath") == "metadata.namespace":
            environment[variable["name"]] = namespace
    return environment


def _taint(key: str, value: str) -> dict[str, str]:
    taint_value, _, effect = value.rpartition(":")
    if not effect:
        raise PlatformError(f"node-group taint tag {key}={value!r}: expected <value>:<effect>")
    return {"key": key, "value": taint_value, "effect": effect}


def template_node(group: NodeGroup, tags: Mapping[str, str]) -> dict[str, Any]:
    """The kwok provider's template Node of one node group, from the group's template tags."""
    machine = SimulatedNode(f"{group.name}-template", None).node()
    labels = {k: v for k, v in machine["metadata"]["labels"].items() if k != "kubernetes.io/hostname"}
    resources = dict(machine["status"]["capacity"])
    taints = []
    for tag, value in tags.items():
        kind, _, key = tag.removeprefix(NODE_TEMPLATE_TAG + "/").partition("/")
        if not tag.startswith(NODE_TEMPLATE_TAG + "/") or not key:
            raise PlatformError(f"node group {group.name}: tag {tag!r} is not a node-template tag")
        if kind == "label":
            labels[key] = value
        elif kind == "taint":
            taints.append(_taint(key, value))
        elif kind == "resources":
            resources[key] = value
        else:
            raise PlatformError(f"node group {group.name}: unknown node-template tag {tag!r}")
    return {
        "apiVersion": "v1",
        "kind": "Node",
        "metadata": {
            "name": f"{group.name}-template",
            "labels": labels,
            "annotations": {NODE_GROUP_ANNOTATION: group.name, MIN_SIZE_ANNOTATION: str(group.min_size),
                            MAX_SIZE_ANNOTATION: str(group.max_size), DESIRED_SIZE_ANNOTATION: str(group.min_size)},
        },
        "spec": {"taints": taints} if taints else {},
        "status": {"capacity": resources, "allocatable": dict(resources)},
    }


def provider_config() -> dict[str, Any]:
    """The kwok provider's configuration (``KwokProviderConfig`` of kwok_types.go)."""
    return {
        "apiVersion": "v1alpha1",
        "readNodesFrom": "configmap",
        "nodegroups": {"fromNodeAnnotationKey": NODE_GROUP_ANNOTATION},
        # The provider would add a kwok-provider taint to its nodes; the pools' real nodes have
        # only the platform's taints, which the templates carry.
        "nodes": {"skipTaint": True},
        "configmap": {"name": TEMPLATES_CONFIG_MAP},
    }


def node_templates(profile: Profile, deployment: AutoscalerDeployment,
                   tags: Mapping[str, Mapping[str, str]] | None = None) -> list[dict[str, Any]]:
    """One template per node group of dist/, from the platform's node-group tags (``tags``
    replaces them, for tests that break a template)."""
    tags = node_group_template(profile) if tags is None else tags
    templates = []
    for group in deployment.node_groups():
        if group.name not in tags:
            raise PlatformError(f"node group {group.name} of dist/ has no template tags (have {sorted(tags)})")
        templates.append(template_node(group, tags[group.name]))
    return templates


def provider_documents(profile: Profile, docs: Sequence[Any],
                       tags: Mapping[str, Mapping[str, str]] | None = None) -> list[Document]:
    """The kwok provider's two ConfigMaps, in the autoscaler's namespace (test-bed objects,
    applied with dist/ before the autoscaler starts)."""
    deployment = autoscaler_deployment(docs)
    templates = {"apiVersion": "v1", "kind": "List", "items": node_templates(profile, deployment, tags)}
    labels = {"app.kubernetes.io/part-of": "ai-platform-testbed"}

    def config_map(name: str, key: str, data: Any) -> Document:
        return Document(TESTBED_PATH, {"apiVersion": "v1", "kind": "ConfigMap",
                                       "metadata": {"name": name, "namespace": deployment.namespace, "labels": labels},
                                       "data": {key: yaml.safe_dump(data, sort_keys=False)}})

    return [config_map(PROVIDER_CONFIG_MAP, "config", provider_config()),
            config_map(TEMPLATES_CONFIG_MAP, "templates", templates)]


def provider_flags(deployment: AutoscalerDeployment, context: OperatorContext,
                   timings: Mapping[str, str] = TEST_TIMINGS) -> list[str]:
    """dist/'s flags with the cloud provider switched to kwok, ``--nodes`` left out (they are
    the templates), the test timings, and the host's kubeconfig and metrics address."""
    flags = []
    for flag in deployment.flags:
        name = flag.split("=", 1)[0]
        if name == "--cloud-provider":
            flags.append(f"--cloud-provider={PROVIDER_NAME}")
        elif name in ("--nodes", "--kubeconfig", "--address") or name in timings:
            continue
        else:
            flags.append(flag)
    flags += [f"{name}={value}" for name, value in timings.items()]
    return [*flags, f"--kubeconfig={context.kubeconfig}", f"--address=127.0.0.1:{context.metrics_port}"]


def _healthy(context: OperatorContext) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{context.metrics_port}/health-check", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def autoscaler_operator(binary: Path, docs: Sequence[Any], timings: Mapping[str, str] = TEST_TIMINGS) -> HostOperator:
    """The autoscaler as a host operator, with dist/'s ServiceAccount and flags. The kwok
    provider reads its ConfigMaps from ``$POD_NAMESPACE`` (dist/ sets it to the Deployment's
    namespace) and, with ``KWOK_PROVIDER_MODE=local``, connects with ``$KUBECONFIG``."""
    deployment = autoscaler_deployment(docs)
    if "POD_NAMESPACE" not in deployment.environment:
        raise PlatformError(f"dist/: Deployment {deployment.namespace}/{deployment.name} does not set POD_NAMESPACE")
    return HostOperator(
        name="cluster-autoscaler",
        binary=binary,
        arguments=lambda context: provider_flags(deployment, context, timings),
        service_account=deployment.service_account,
        environment={"POD_NAMESPACE": deployment.environment["POD_NAMESPACE"], "KWOK_PROVIDER_MODE": "local"},
        ready=_healthy,
    )


def adopt_minimum_nodes(client: KubeClient, profile: Profile, docs: Sequence[Any]) -> list[str]:
    """Makes the simulated cluster's own nodes of a pool the first ``min`` instances of its node
    group (dist/'s ``--nodes=<min>:...``), as the Auto Scaling group's minimum instances are on
    AWS: ``spec.providerID: kwok:<name>`` (it may be set once) and the node-group annotation, so
    the kwok provider counts them (it recounts every loop) and the autoscaler builds the group's
    template from a ready node, ResourceSlices included. Returns the adopted nodes."""
    settings = profile.cluster_autoscaler
    if settings is None:
        return []
    minimum = {group.name: group.min_size for group in autoscaler_deployment(docs).node_groups()}
    adopted = []
    for pool in profile.node_pools:
        group = node_group_name(settings.node_group_prefix, pool.name)
        nodes = sorted(n["metadata"]["name"] for n in client.list("v1", "Node")
                       if (n["metadata"].get("labels") or {}).get(NODE_POOL_LABEL) == pool.name
                       and not (n.get("spec") or {}).get("providerID"))
        for name in nodes[:minimum.get(group, 0)]:
            client.apply({"apiVersion": "v1", "kind": "Node",
                          "metadata": {"name": name, "annotations": {NODE_GROUP_ANNOTATION: group}},
                          "spec": {"providerID": f"{PROVIDER_ID_PREFIX}{name}"}})
            adopted.append(name)
    return adopted


def _start(profile: Profile, docs: Sequence[Any], report: Report, cache: UpstreamCache) -> Started:
    return Started([autoscaler_operator(build_autoscaler(report, cache), docs)], list(provider_documents(profile, docs)))


OPERATOR = SimulatedOperator(component=component.ClusterAutoscaler, doc="docs/simulated/autoscaler.md",
                             programs=lambda cache: [program(cache)], start=_start)
