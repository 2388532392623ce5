"""A test exporter for the simulated cluster: serves, on loopback, what the
model servers' vLLM and the nodes' DCGM exporter would serve, with values the test sets.

Prometheus scrapes it once per target (see ``prometheus.py``): the path names the format,
the pod and its node, ``/<format>/<namespace>/<pod>/<node>/<endpoint path>``.

* ``vllm``: the vLLM v0.19 metric names and label set (``model_name``, ``engine``) for a pod
  the test has put load on (:meth:`MetricsExporter.set_load`): requests waiting and running,
  request successes and a time-to-first-token histogram (counters grow with
  :meth:`MetricsExporter.serve_requests`); 404 for other pods, as for a port nothing serves.
* ``dcgm``: the DCGM exporter's fields of dist/'s counter list that the platform's rules
  read (GPU utilisation, framebuffer used/free), one series per GPU of the node, with the
  DCGM exporter's labels (``gpu``, ``UUID``, ``device``, ``modelName``, ``Hostname``) and, for
  a GPU given to a pod, that pod's ``namespace``, ``pod`` and ``container`` (what the DCGM
  exporter learns from the kubelet's pod-resources API; here: the pods on the node with
  load set, one GPU each in name order).

Values are the test's; nothing here measures a GPU or serves a model."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TTFT_BUCKETS = (0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)
"""vLLM's time_to_first_token_seconds buckets (up to 10 s; +Inf added)."""
FRAMEBUFFER_MIB = 32607
"""Framebuffer of the simulated GPUs (MiB), used + free."""


@dataclass(frozen=True)
class Load:
    """What the model server pods of a workload report."""

    waiting: float = 0
    running: float = 0
    gpu_utilization: float = 0
    framebuffer_used_mib: float = 0


@dataclass
class _PodCounters:
    requests: int = 0
    ttft_sum: float = 0.0
    buckets: list[int] = field(default_factory=lambda: [0] * (len(TTFT_BUCKETS) + 1))


class MetricsExporter:
    """The exporter; a context manager serving on ``127.0.0.1:<port>``."""

    def __init__(self, model_name: str = "model") -> None:
        self.model_name = model_name
        self._lock = threading.Lock()
        self._loads: dict[tuple[str, str], Load] = {}
        self._counters: dict[tuple[str, str], _PodCounters] = {}
        self._node_pods: dict[str, list[tuple[str, str, str]]] = {}
        self._nodes: dict[str, dict[str, str]] = {}
        self.scrapes: dict[str, int] = {}
        exporter = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                body = exporter.render(self.path)
                if body is None:
                    self.send_error(404)
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, name="metrics-exporter", daemon=True)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> MetricsExporter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    # what the test controls

    def set_load(self, namespace: str, pod_prefix: str, load: Load | None) -> None:
        """The load every pod of ``namespace`` whose name starts with ``pod_prefix`` reports
        (``None``: those pods serve no metrics)."""
        with self._lock:
            if load is None:
                self._loads.pop((namespace, pod_prefix), None)
            else:
                self._loads[(namespace, pod_prefix)] = load

    def serve_requests(self, namespace: str, pod: str, count: int, ttft_seconds: float) -> None:
        """``count`` finished requests of one pod, each with that time to first token."""
        with self._lock:
            counters = self._counters.setdefault((namespace, pod), _PodCounters())
            counters.requests += count
            counters.ttft_sum += count * ttft_seconds
            for index, bound in enumerate((*TTFT_BUCKETS, float("inf"))):
                if ttft_seconds <= bound:
                    counters.buckets[index] += count

    def update_pods(self, pods: list[dict[str, Any]], nodes: list[dict[str, Any]]) -> None:
        """Which pods run on which node (from the cluster), for the DCGM pod labels."""
        node_pods: dict[str, list[tuple[str, str, str]]] = {}
        for pod in pods:
            status = pod.get("status") or {}
            if status.get("phase") != "Running" or not pod["spec"].get("nodeName"):
                continue
            meta = pod["metadata"]
            node_pods.setdefault(pod["spec"]["nodeName"], []).append((meta["namespace"], meta["name"], pod["spec"]["containers"][0]["name"]))
        with self._lock:
            self._node_pods = {node: sorted(entries) for node, entries in node_pods.items()}
            self._nodes = {n["metadata"]["name"]: dict(n["metadata"].get("labels") or {}) for n in nodes}

    # what Prometheus scrapes

    def _load(self, namespace: str, pod: str) -> Load | None:
        return next((load for (ns, prefix), load in self._loads.items() if ns == namespace and pod.startswith(prefix)), None)

    def render(self, path: str) -> str | None:
        parts = path.split("?")[0].split("/")
        if len(parts) < 5 or parts[1] not in ("vllm", "dcgm"):
            return None
        kind, namespace, pod, node = parts[1], parts[2], parts[3], parts[4]
        with self._lock:
            self.scrapes[f"{kind}/{namespace}/{pod}"] = self.scrapes.get(f"{kind}/{namespace}/{pod}", 0) + 1
            return self._vllm(namespace, pod) if kind == "vllm" else self._dcgm(node)

    def _vllm(self, namespace: str, pod: str) -> str | None:
        load = self._load(namespace, pod)
        if load is None:
            return None
        counters = self._counters.get((namespace, pod), _PodCounters())
        labels = f'engine="0",model_name="{self.model_name}"'
        lines = [
            "# HELP vllm:num_requests_running Number of requests in model execution batches.",
            "# TYPE vllm:num_requests_running gauge",
            f"vllm:num_requests_running{{{labels}}} {float(load.running)}",
            "# HELP vllm:num_requests_waiting Number of requests waiting to be processed.",
            "# TYPE vllm:num_requests_waiting gauge",
            f"vllm:num_requests_waiting{{{labels}}} {float(load.waiting)}",
            "# HELP vllm:request_success_total Count of successfully processed requests.",
            "# TYPE vllm:request_success_total counter",
            f'vllm:request_success_total{{{labels},finished_reason="stop"}} {float(counters.requests)}',
            "# HELP vllm:time_to_first_token_seconds Histogram of time to first token in seconds.",
            "# TYPE vllm:time_to_first_token_seconds histogram",
        ]
        for bound, count in zip((*TTFT_BUCKETS, "+Inf"), counters.buckets, strict=True):
            lines.append(f'vllm:time_to_first_token_seconds_bucket{{{labels},le="{bound}"}} {float(count)}')
        lines += [f"vllm:time_to_first_token_seconds_sum{{{labels}}} {counters.ttft_sum}",
                  f"vllm:time_to_first_token_seconds_count{{{labels}}} {float(counters.requests)}"]
        return "\n".join(lines) + "\n"

    def _dcgm(self, node: str) -> str | None:
        labels = self._nodes.get(node)
        if labels is None:
            return None
        count = int(labels.get("nvidia.com/gpu.count", "0"))
        model = labels.get("nvidia.com/gpu.product", "").replace("-", " ")
        users = [entry for entry in self._node_pods.get(node, []) if self._load(entry[0], entry[1]) is not None]
        fields = (("DCGM_FI_DEV_GPU_UTIL", "gauge", "GPU utilization (in %)."),
                  ("DCGM_FI_DEV_FB_USED", "gauge", "Framebuffer memory used (in MiB)."),
                  ("DCGM_FI_DEV_FB_FREE", "gauge", "Framebuffer memory free (in MiB)."))
        lines = []
        for name, kind, help_text in fields:
            lines += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
            for gpu in range(count):
                series = (f'gpu="{gpu}",UUID="GPU-{node}-{gpu}",pci_bus_id="00000000:{gpu + 1:02X}:00.0",device="nvidia{gpu}",'
                          f'modelName="{model}",Hostname="{node}",DCGM_FI_DRIVER_VERSION="580.95.05"')
                load = Load()
                if gpu < len(users):
                    namespace, pod, container = users[gpu]
                    series += f',container="{container}",namespace="{namespace}",pod="{pod}"'
                    load = self._load(namespace, pod) or Load()
                value = {"DCGM_FI_DEV_GPU_UTIL": load.gpu_utilization, "DCGM_FI_DEV_FB_USED": load.framebuffer_used_mib,
                         "DCGM_FI_DEV_FB_FREE": FRAMEBUFFER_MIB - load.framebuffer_used_mib}[name]
                lines.append(f"{name}{{{series}}} {float(value)}")
        return "\n".join(lines) + "\n"
