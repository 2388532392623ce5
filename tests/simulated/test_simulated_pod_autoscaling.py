"""pod_autoscaling (KAR 0057) and ai_service_metrics (KAR 0061) on the simulated cluster.

A test exporter serves vLLM- and DCGM-format metrics for the fake pods of dist/'s model
server Deployment, with values the test sets. Prometheus v3.13.1 scrapes it through the
scrape jobs of dist/'s PodMonitors/ServiceMonitors and evaluates dist/'s PrometheusRules
unchanged; prometheus-adapter v0.12.0 runs with dist/'s rules, flags and ServiceAccount and
serves custom.metrics.k8s.io through dist/'s APIService; kube-controller-manager's HPA
controller scales the Deployment by dist/'s HPA. Negative cases: the adapter rule of the
queue depth removed (the HPA reports the metric unavailable and does not scale), the
recording rule of the GPU utilisation removed (its series disappears)."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from testbed.apiserver import free_port
from testbed.operators.host import OperatorContext
from ai_platform.kubeclient import ApiError, KubeClient
from testbed.simulated import SimulatedCluster
from testbed.operators.prometheus_adapter import (
    ADAPTER_NAMESPACE, adapter_flags, adapter_healthy, adapter_operator, apiservice_service, build_adapter, build_prometheus,
    host_address, route_service_to_host,
)
from testbed.metrics_exporter import Load, MetricsExporter
from testbed.operators.prometheus import PrometheusServer, TargetWriter
from ai_platform.validation.documents import Document
from conftest import PROFILE_NAMES, dist_documents, make_profile, profile_data

pytestmark = [pytest.mark.simulated]

CUSTOM_METRICS = "custom.metrics.k8s.io"
QUEUE_METRIC = "vllm_requests_waiting"
GPU_METRIC = "gpu_utilization"
GPU_RECORDING_RULE = "namespace_pod:dcgm_gpu_utilization:avg"
IDLE = Load(waiting=1, running=1, gpu_utilization=10, framebuffer_used_mib=1000)
QUEUED = Load(waiting=20, running=4, gpu_utilization=10, framebuffer_used_mib=18000)
"""Queue depth 20 (the HPA's target: 5 per pod) with the GPU utilisation below its target
(80): only the queue depth can make the HPA scale up."""
SCALE_DOWN_WINDOW = 20
"""dist/'s HPA waits 600 s before scaling down; the scale-down test shortens this window
(only this field, only in that test) so the module does not take ten more minutes."""


@dataclass
class Pipeline:
    cluster: SimulatedCluster
    client: KubeClient
    prometheus: PrometheusServer
    exporter: MetricsExporter
    writer: TargetWriter
    hpa: dict[str, Any]
    deployment: dict[str, Any]
    address: str
    adapter_port: int
    notes: list[str]
    docs: list[Any]

    @property
    def namespace(self) -> str:
        return str(self.hpa["metadata"]["namespace"])

    @property
    def prefix(self) -> str:
        return f"{self.deployment['metadata']['name']}-"


@pytest.fixture(scope="session")
def prometheus_binary(announce: Callable[[str], None]) -> Path:
    return build_prometheus(announce)


@pytest.fixture(scope="session")
def adapter_binary(announce: Callable[[str], None]) -> Path:
    return build_adapter(announce)


def _stable_hpa(docs: list[Any]) -> dict[str, Any]:
    found = [d.obj for d in docs if d.kind == "HorizontalPodAutoscaler" and d.name.endswith("-stable")]
    assert len(found) == 1, "dist/ should have one HPA for the stable model server"
    return found[0]


@pytest.fixture(scope="module", params=PROFILE_NAMES)
def pipeline(request: pytest.FixtureRequest, upstream_cache, testbed_binary, kwok_binary, prometheus_binary, adapter_binary,
             announce) -> Iterator[Pipeline]:
    name = request.param
    docs = dist_documents(name)
    hpa = _stable_hpa(docs)
    deployment = next(d.obj for d in docs if d.kind == "Deployment" and d.namespace == hpa["metadata"]["namespace"]
                      and d.name == hpa["spec"]["scaleTargetRef"]["name"])
    started = time.monotonic()
    announce(f"simulated cluster for {name} with Prometheus, prometheus-adapter and the test exporter (about two minutes)")
    workdir = Path(tempfile.mkdtemp(prefix="ai-platform-metrics-"))
    address = host_address()
    model = deployment["spec"]["template"]["spec"]["containers"][0]["args"]
    served_name = model[model.index("--served-model-name") + 1] if "--served-model-name" in model else "model"
    with MetricsExporter(served_name) as exporter, PrometheusServer(prometheus_binary, docs, workdir / "prometheus") as prometheus:
        adapter = adapter_operator(adapter_binary, docs, lambda: prometheus.url, address)
        with SimulatedCluster(testbed_binary, kwok_binary, make_profile(profile_data(name)), docs, upstream_cache,
                              operators=[adapter], aggregation=True) as sim, sim.client() as client, sim.client() as writer_client:
            # The model store's volume and (GPU Operator profiles) the operator's RuntimeClass
            # are SimulatedCluster's stand-ins (docs/simulated-cluster.md).
            notes: list[str] = []
            port = sim.operator_contexts["prometheus-adapter"].webhook_port
            notes.append(route_service_to_host(client, docs, apiservice_service(docs, CUSTOM_METRICS), address, port))
            exporter.set_load(hpa["metadata"]["namespace"], f"{deployment['metadata']['name']}-", IDLE)
            writer = TargetWriter(writer_client, prometheus.jobs, prometheus.targets_dir, exporter.address, exporter.update_pods)
            writer.start()
            try:
                announce(f"simulated cluster for {name} with the metrics pipeline ready in {time.monotonic() - started:.0f} s")
                yield Pipeline(sim, client, prometheus, exporter, writer, hpa, deployment, address, port, notes, list(docs))
            finally:
                writer.stop()
    if not os.environ.get("AI_PLATFORM_KEEP_TESTBED"):
        shutil.rmtree(workdir, ignore_errors=True)


def wait_for(what: str, check: Callable[[], Any], timeout: float, every: float = 2) -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
        except (ApiError, OSError) as exc:
            last = exc
        if last and not isinstance(last, Exception):
            return last
        time.sleep(every)
    raise AssertionError(f"{what}: not after {timeout:.0f} s (last: {last})")


def model_pods(p: Pipeline) -> list[dict[str, Any]]:
    selector = p.deployment["spec"]["selector"]["matchLabels"]
    return [pod for pod in p.client.list("v1", "Pod", p.namespace)
            if all((pod["metadata"].get("labels") or {}).get(k) == v for k, v in selector.items())
            and pod["metadata"].get("deletionTimestamp") is None]


def running_pods(p: Pipeline) -> list[dict[str, Any]]:
    return [pod for pod in model_pods(p) if (pod.get("status") or {}).get("phase") == "Running"]


def custom_metric(p: Pipeline, metric: str) -> dict[str, float]:
    """pod -> value of a pods metric of the model server's namespace, through the aggregated API."""
    items = p.client.get_path(f"/apis/{CUSTOM_METRICS}/v1beta1/namespaces/{p.namespace}/pods/*/{metric}").get("items") or []
    return {i["describedObject"]["name"]: _quantity(i["value"]) for i in items}


def _quantity(value: str) -> float:
    return float(value[:-1]) / 1000 if value.endswith("m") else float(value)


def replicas(p: Pipeline) -> int:
    return int(p.client.read("apps/v1", "Deployment", p.deployment["metadata"]["name"], p.namespace)["spec"].get("replicas", 1))


def hpa_events(p: Pipeline, reason: str) -> dict[str, int]:
    """Message -> count of the HPA's events with that reason (repeated events are counted)."""
    return {e.get("message", ""): int(e.get("count") or 1) for e in p.client.list("v1", "Event", p.namespace)
            if e["involvedObject"].get("kind") == "HorizontalPodAutoscaler" and e["involvedObject"]["name"] == p.hpa["metadata"]["name"]
            and e.get("reason") == reason}


def new_events(before: dict[str, int], after: dict[str, int], needle: str) -> list[str]:
    return [message for message, count in after.items() if needle in message and count > before.get(message, 0)]


def test_model_server_runs_on_gpu_nodes_and_is_scraped(pipeline: Pipeline) -> None:
    """The Deployment of dist/ runs; the scrape jobs translated from dist/'s PodMonitor and
    the DCGM ServiceMonitor find its pod and its node, and Prometheus scrapes them (up == 1)."""
    p = pipeline
    pods = wait_for("model server pod Running", lambda: running_pods(p), 90)
    pod = pods[0]["metadata"]["name"]
    node = p.client.read("v1", "Node", pods[0]["spec"]["nodeName"])
    assert node["metadata"]["labels"].get("nvidia.com/gpu.present") == "true"
    vllm_up = wait_for("vLLM target up", lambda: p.prometheus.query(f'up{{namespace="{p.namespace}",pod="{pod}"}} == 1'), 60)
    assert vllm_up[0]["metric"]["job"] == "monitoring/openai-servers", vllm_up
    assert vllm_up[0]["metric"]["container"] == "vllm" and vllm_up[0]["metric"]["endpoint"] == "http"
    dcgm = wait_for("DCGM series of the pod's GPU", lambda: p.prometheus.query(f'DCGM_FI_DEV_GPU_UTIL{{pod="{pod}"}}'), 60)
    assert dcgm[0]["metric"]["namespace"] == p.namespace and dcgm[0]["metric"]["Hostname"] == node["metadata"]["name"]
    # honorLabels of dist/'s ServiceMonitor: the pod labels are the GPU user's, not the exporter's.
    assert dcgm[0]["metric"]["job"] in ("dcgm-exporter", "nvidia-dcgm-exporter"), dcgm


def test_service_metrics_collected(pipeline: Pipeline) -> None:
    """KAR 0061: the model server's request count, latency and queue depth reach the
    platform's Prometheus, and dist/'s service-metrics recording rules compute from them."""
    p = pipeline
    pod = running_pods(p)[0]["metadata"]["name"]
    p.exporter.serve_requests(p.namespace, pod, 40, 0.08)
    done = wait_for("request count collected", lambda: p.prometheus.query(
        f'vllm:request_success_total{{namespace="{p.namespace}",pod="{pod}"}} >= 40'), 60)
    assert done[0]["metric"]["model_name"] == p.exporter.model_name
    p.exporter.serve_requests(p.namespace, pod, 40, 0.08)
    queue = wait_for("queue depth recorded", lambda: p.prometheus.query(
        f'namespace_pod:vllm_requests_waiting:sum{{namespace="{p.namespace}",pod="{pod}"}}'), 90)
    assert float(queue[0]["value"][1]) == IDLE.waiting
    p95 = wait_for("TTFT p95 recorded", lambda: p.prometheus.query(
        f'namespace_model:vllm_time_to_first_token_seconds:p95{{namespace="{p.namespace}"}} > 0'), 120)
    assert 0.06 < float(p95[0]["value"][1]) <= 0.08, p95  # all requests fell in the (0.06, 0.08] bucket


def test_dcgm_metrics_flow_through_recording_rules(pipeline: Pipeline) -> None:
    """The DCGM utilisation and framebuffer of the model server's GPU, through dist/'s
    accelerator recording rules, per namespace and pod."""
    p = pipeline
    pod = running_pods(p)[0]["metadata"]["name"]
    where = f'{{namespace="{p.namespace}",pod="{pod}"}}'
    util = wait_for("GPU utilisation recorded", lambda: p.prometheus.query(GPU_RECORDING_RULE + where), 90)
    assert float(util[0]["value"][1]) == IDLE.gpu_utilization
    used = wait_for("framebuffer recorded", lambda: p.prometheus.query("namespace_pod:dcgm_framebuffer_used_bytes:sum" + where), 90)
    assert float(used[0]["value"][1]) == IDLE.framebuffer_used_mib * 1024 * 1024


def test_custom_metrics_through_aggregated_api(pipeline: Pipeline) -> None:
    """dist/'s APIService serves the adapter's metrics: the queue depth and the GPU
    utilisation of the model server pod, named as dist/'s adapter rules name them."""
    p = pipeline
    pod = running_pods(p)[0]["metadata"]["name"]
    def available() -> bool:
        apiservice = p.client.read("apiregistration.k8s.io/v1", "APIService", f"v1beta1.{CUSTOM_METRICS}")
        return any(c["type"] == "Available" and c["status"] == "True" for c in (apiservice.get("status") or {}).get("conditions") or [])

    wait_for("dist/'s APIService Available", available, 60)
    # the adapter lists series every --metrics-relist-interval (1m in dist/)
    queue = wait_for("queue depth through the API", lambda: custom_metric(p, QUEUE_METRIC).get(pod) is not None and custom_metric(p, QUEUE_METRIC), 150)
    assert queue[pod] == IDLE.waiting
    gpu = wait_for("GPU utilisation through the API", lambda: custom_metric(p, GPU_METRIC), 90)
    assert gpu[pod] == IDLE.gpu_utilization
    # every request reaches the adapter: the Service's only endpoint is the host process
    slices = [s for s in p.client.list("discovery.k8s.io/v1", "EndpointSlice", ADAPTER_NAMESPACE)
              if (s["metadata"].get("labels") or {}).get("kubernetes.io/service-name") == apiservice_service(p.docs, CUSTOM_METRICS).name]
    assert [e["addresses"] for s in slices for e in s["endpoints"]] == [[p.address]], slices
    for _ in range(5):
        assert custom_metric(p, QUEUE_METRIC)[pod] == IDLE.waiting


def test_scales_up_on_queue_depth_and_back_down(pipeline: Pipeline) -> None:
    """KAR 0057: the queue depth above the HPA's target scales the model server up (new pods
    Running on GPU nodes); without load it scales down, one pod at a time as dist/'s policy says."""
    p = pipeline
    assert replicas(p) == p.hpa["spec"]["minReplicas"]
    p.exporter.set_load(p.namespace, p.prefix, QUEUED)
    peak = wait_for("scale up", lambda: replicas(p) if replicas(p) > p.hpa["spec"]["minReplicas"] else None, 120)
    p.exporter.set_load(p.namespace, p.prefix, IDLE)
    pods = wait_for("new pods Running", lambda: (lambda r: r if len(r) >= peak else None)(running_pods(p)), 60)
    for pod in pods:
        node = p.client.read("v1", "Node", pod["spec"]["nodeName"])
        assert node["metadata"]["labels"].get("nvidia.com/gpu.present") == "true"
    hpa = p.client.read("autoscaling/v2", "HorizontalPodAutoscaler", p.hpa["metadata"]["name"], p.namespace)
    assert any(m["pods"]["metric"]["name"] == QUEUE_METRIC for m in hpa["status"].get("currentMetrics") or [] if m["type"] == "Pods")
    shortened = copy.deepcopy(p.hpa)
    shortened["spec"]["behavior"]["scaleDown"]["stabilizationWindowSeconds"] = SCALE_DOWN_WINDOW
    p.client.apply(shortened)
    try:
        after = wait_for("scale down", lambda: replicas(p) if replicas(p) < peak else None, 150)
        assert after == peak - 1, "dist/'s scale-down policy allows one pod per 300 s"
        if peak - 1 > p.hpa["spec"]["minReplicas"]:
            pytest.skip(f"scaled to {peak}; the next pod goes 300 s later (dist/'s policy)")
        assert after == p.hpa["spec"]["minReplicas"]
    finally:
        p.client.apply(p.hpa)


def _broken_adapter(p: Pipeline, adapter_binary: Path, docs: list[Any]) -> tuple[subprocess.Popen[bytes], int]:
    """A second adapter whose config is dist/'s ConfigMap without the queue-depth rule."""
    edited = []
    for doc in docs:
        if doc.kind == "ConfigMap" and doc.namespace == ADAPTER_NAMESPACE and doc.name == "prometheus-adapter":
            obj = copy.deepcopy(doc.obj)
            config = yaml.safe_load(obj["data"]["config.yaml"])
            config["rules"] = [r for r in config["rules"] if r["name"]["as"] != QUEUE_METRIC]
            obj["data"]["config.yaml"] = yaml.safe_dump(config)
            doc = Document(doc.path, obj)
        edited.append(doc)
    original = p.cluster.operator_contexts["prometheus-adapter"]
    workdir = original.workdir.parent / "prometheus-adapter-broken"
    workdir.mkdir()
    context = OperatorContext(name="prometheus-adapter-broken", workdir=workdir, kubeconfig=original.kubeconfig,
                              cert_dir=original.cert_dir, webhook_port=free_port(), metrics_port=free_port(),
                              health_port=free_port(), server=original.server)
    log = (workdir / "adapter.log").open("wb")
    process = subprocess.Popen([str(adapter_binary), *adapter_flags(edited, context, p.prometheus.url, p.address)],
                               stdout=log, stderr=subprocess.STDOUT, cwd=workdir)
    wait_for("broken adapter healthy", lambda: process.poll() is None and adapter_healthy(p.address, context.webhook_port), 60, 1)
    return process, context.webhook_port


def test_adapter_rule_removed_metric_unavailable_no_scaling(pipeline: Pipeline, adapter_binary: Path) -> None:
    """Negative: with the queue-depth rule left out of the adapter's config, the same load
    that scaled the model server up does nothing: the metric is not served, the HPA reports
    it unavailable (FailedGetPodsMetric) and keeps its replicas."""
    p = pipeline
    docs = p.docs
    wait_for("back at minReplicas", lambda: replicas(p) == p.hpa["spec"]["minReplicas"], 120)
    process, port = _broken_adapter(p, adapter_binary, list(docs))
    service = apiservice_service(docs, CUSTOM_METRICS)
    try:
        route_service_to_host(p.client, docs, service, p.address, port)
        wait_for("queue metric gone from the API", lambda: _not_served(p, QUEUE_METRIC), 60)
        assert custom_metric(p, GPU_METRIC), "the other rule still serves"
        before = hpa_events(p, "FailedGetPodsMetric")
        p.exporter.set_load(p.namespace, p.prefix, QUEUED)
        wait_for("HPA reports the metric unavailable",
                 lambda: new_events(before, hpa_events(p, "FailedGetPodsMetric"), QUEUE_METRIC), 90)
        time.sleep(45)  # three more HPA syncs (15 s) under load
        assert replicas(p) == p.hpa["spec"]["minReplicas"], "scaled without the queue-depth metric"
    finally:
        p.exporter.set_load(p.namespace, p.prefix, IDLE)
        route_service_to_host(p.client, docs, service, p.address, p.adapter_port)
        process.terminate()
        process.wait(timeout=10)
    wait_for("queue metric served again", lambda: custom_metric(p, QUEUE_METRIC), 60)


def _not_served(p: Pipeline, metric: str) -> bool:
    try:
        custom_metric(p, metric)
    except ApiError as exc:
        return exc.status == 404
    return False


def test_recording_rule_removed_series_gone(pipeline: Pipeline) -> None:
    """Negative: dist/'s PrometheusRule without the GPU utilisation recording rule (reloaded
    as the operator's reloader would) records nothing; restored, it records again."""
    p = pipeline
    where = f'{{namespace="{p.namespace}"}}'

    def without_rule(obj: dict[str, Any]) -> dict[str, Any]:
        obj = copy.deepcopy(obj)
        for group in obj["spec"]["groups"]:
            group["rules"] = [r for r in group["rules"] if r.get("record") != GPU_RECORDING_RULE]
        return obj

    assert p.prometheus.query(GPU_RECORDING_RULE + where)
    p.prometheus.write_rules(without_rule)
    p.prometheus.reload()
    try:
        assert GPU_RECORDING_RULE not in p.prometheus.rule_names()
        # no sample in the last 40 s (rules are evaluated every 30 s)
        wait_for("recorded series gone", lambda: not p.prometheus.query(f"last_over_time({GPU_RECORDING_RULE}{where}[40s])"), 120, 5)
        assert p.prometheus.query(f"DCGM_FI_DEV_GPU_UTIL{where}"), "the raw DCGM series is still scraped"
    finally:
        p.prometheus.write_rules()
        p.prometheus.reload()
    wait_for("recorded again", lambda: p.prometheus.query(GPU_RECORDING_RULE + where), 90)


def test_targets_discovered_without_errors(pipeline: Pipeline) -> None:
    assert not pipeline.writer.errors, pipeline.writer.errors[-5:]
