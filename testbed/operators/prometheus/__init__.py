"""The Prometheus of dist/ on the host of the simulated cluster.

prometheus-operator is not run. What it would generate from dist/'s objects is made here:

* **rule files**: each PrometheusRule of dist/ (the Prometheus CR selects all: its
  ``ruleSelector`` and ``ruleNamespaceSelector`` are empty) becomes one rule file whose
  content is the object's ``spec`` unchanged (``groups``), as the operator writes it;
* **scrape jobs**: one per endpoint of each PodMonitor and ServiceMonitor of dist/ (the
  selectors of the Prometheus CR are empty: all are selected), named as the operator names
  them (``podMonitor/<ns>/<name>/<i>``), with the endpoint's ``interval``, ``path`` and
  ``honorLabels``;
* **targets**: the operator relabels Kubernetes service discovery; here the discovery is done
  in Python from the live cluster (:class:`TargetWriter`) and written as ``file_sd`` targets
  carrying the labels that relabeling yields: ``namespace``, ``pod``, ``container``,
  ``endpoint`` (the port name), ``job`` (``<ns>/<name>`` of a PodMonitor, the Service's name
  for a ServiceMonitor), ``service``, ``instance`` (``podIP:port``). Pods are selected by the
  monitor's ``selector``/``namespaceSelector`` and must have a container port of the
  endpoint's name, as the operator's ``keep`` rules require. The scrape address is the test
  exporter on loopback (KWOK's pod IPs do not exist); the pod and format are in the path.

Prometheus's own flags: listen address, storage path and config file are the host's;
retention from the CR; ``--web.enable-lifecycle`` as the operator sets it for its reloader.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ai_platform.errors import PlatformError
from ai_platform.kubeclient import KubeClient

from testbed.apiserver import free_port

PROMETHEUS_NAMESPACE = "monitoring"
DEFAULT_INTERVAL = "30s"
"""prometheus-operator's default scrape and evaluation interval (CR fields left unset)."""
GPU_OPERATOR_DCGM_NODE_LABEL = "nvidia.com/gpu.present"
"""Nodes on which the GPU Operator (not run) would place its DCGM exporter."""


@dataclass(frozen=True)
class ScrapeJob:
    """One endpoint of a PodMonitor/ServiceMonitor of dist/."""

    kind: str
    """``PodMonitor`` or ``ServiceMonitor``."""
    namespace: str
    name: str
    index: int
    monitor: dict[str, Any]
    endpoint: dict[str, Any]
    format: str
    """What the test exporter serves at its targets: ``vllm`` (PodMonitors: the model servers'
    pods), ``dcgm`` (the DCGM exporter's ServiceMonitor) or ``none`` (other ServiceMonitors:
    the exporter answers 404, the target is down, as nothing serves it here)."""

    @property
    def job_name(self) -> str:
        prefix = "podMonitor" if self.kind == "PodMonitor" else "serviceMonitor"
        return f"{prefix}/{self.namespace}/{self.name}/{self.index}"

    @property
    def file_name(self) -> str:
        return self.job_name.replace("/", "_") + ".json"

    @property
    def path(self) -> str:
        return str(self.endpoint.get("path") or "/metrics")


def prometheus_object(docs: Sequence[Any]) -> dict[str, Any]:
    found = [d.obj for d in docs if d.kind == "Prometheus" and d.namespace == PROMETHEUS_NAMESPACE]
    if len(found) != 1:
        raise PlatformError(f"dist/ should have one Prometheus in {PROMETHEUS_NAMESPACE}, found {len(found)}")
    return found[0]


def _selects_all(selector: dict[str, Any] | None) -> bool:
    return selector is not None and not selector.get("matchLabels") and not selector.get("matchExpressions")


def scrape_jobs(docs: Sequence[Any]) -> list[ScrapeJob]:
    spec = prometheus_object(docs)["spec"]
    for field in ("podMonitorSelector", "serviceMonitorSelector", "podMonitorNamespaceSelector", "serviceMonitorNamespaceSelector"):
        if not _selects_all(spec.get(field)):
            raise PlatformError(f"dist/'s Prometheus {field} is not empty: selecting monitors by labels is not translated")
    jobs = []
    for doc in docs:
        if doc.kind == "PodMonitor":
            endpoints = doc.obj["spec"].get("podMetricsEndpoints") or []
        elif doc.kind == "ServiceMonitor":
            endpoints = doc.obj["spec"].get("endpoints") or []
        else:
            continue
        served = "vllm" if doc.kind == "PodMonitor" else "dcgm" if "dcgm" in doc.name else "none"
        for index, endpoint in enumerate(endpoints):
            jobs.append(ScrapeJob(doc.kind, doc.namespace, doc.name, index, doc.obj, endpoint, served))
    return jobs


def rule_files(docs: Sequence[Any], directory: Path, edit: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> list[Path]:
    """Every PrometheusRule of dist/ as a rule file (its spec, unchanged; ``edit`` lets a
    negative test break one)."""
    spec = prometheus_object(docs)["spec"]
    if not (_selects_all(spec.get("ruleSelector")) and _selects_all(spec.get("ruleNamespaceSelector"))):
        raise PlatformError("dist/'s Prometheus ruleSelector is not empty: selecting rules by labels is not translated")
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.yaml"):
        old.unlink()
    paths = []
    for doc in docs:
        if doc.kind != "PrometheusRule":
            continue
        obj = edit(doc.obj) if edit else doc.obj
        path = directory / f"{doc.namespace}-{doc.name}.yaml"
        path.write_text(yaml.safe_dump({"groups": obj["spec"]["groups"]}, sort_keys=False), encoding="utf-8")
        paths.append(path)
    return paths


def prometheus_config(docs: Sequence[Any], jobs: Sequence[ScrapeJob], rules_dir: Path, targets_dir: Path) -> dict[str, Any]:
    spec = prometheus_object(docs)["spec"]
    return {
        "global": {"scrape_interval": spec.get("scrapeInterval") or DEFAULT_INTERVAL,
                   "evaluation_interval": spec.get("evaluationInterval") or DEFAULT_INTERVAL},
        "rule_files": [str(rules_dir / "*.yaml")],
        "scrape_configs": [{
            "job_name": job.job_name,
            **({"scrape_interval": job.endpoint["interval"]} if job.endpoint.get("interval") else {}),
            "metrics_path": job.path,
            "honor_labels": bool(job.endpoint.get("honorLabels", False)),
            "file_sd_configs": [{"files": [str(targets_dir / job.file_name)], "refresh_interval": "5s"}],
        } for job in jobs],
    }


def _matches(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression["key"], expression["operator"], expression.get("values") or []
        if ((operator == "In" and labels.get(key) not in values) or (operator == "NotIn" and labels.get(key) in values)
                or (operator == "Exists" and key not in labels) or (operator == "DoesNotExist" and key in labels)):
            return False
    return True


def _namespaces(job: ScrapeJob) -> set[str] | None:
    """The namespaces a monitor looks in (None: all)."""
    selector = job.monitor["spec"].get("namespaceSelector") or {}
    if selector.get("any"):
        return None
    return set(selector.get("matchNames") or [job.namespace])


def _running(pod: dict[str, Any]) -> bool:
    status = pod.get("status") or {}
    return status.get("phase") == "Running" and bool(status.get("podIP")) and pod["metadata"].get("deletionTimestamp") is None


class TargetWriter:
    """Discovers the targets of every scrape job in the live cluster (what Kubernetes SD plus
    the operator's relabeling would give) and writes them as file_sd files; also tells the
    exporter which pods run on which node (the DCGM exporter reports the pods of its node)."""

    def __init__(self, client: KubeClient, jobs: Sequence[ScrapeJob], targets_dir: Path, exporter_address: str,
                 on_pods: Callable[[list[dict[str, Any]], list[dict[str, Any]]], None]) -> None:
        self.client, self.jobs, self.targets_dir, self.exporter_address = client, jobs, targets_dir, exporter_address
        self.on_pods = on_pods
        self.targets: dict[str, list[dict[str, Any]]] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.errors: list[str] = []

    def _pod_targets(self, job: ScrapeJob, pods: list[dict[str, Any]]) -> list[dict[str, Any]]:
        namespaces = _namespaces(job)
        port_name = job.endpoint.get("port")
        targets = []
        for pod in pods:
            meta = pod["metadata"]
            if (namespaces is not None and meta["namespace"] not in namespaces) or not _running(pod):
                continue
            if not _matches(job.monitor["spec"].get("selector") or {}, meta.get("labels") or {}):
                continue
            for container in pod["spec"]["containers"]:
                for port in container.get("ports") or []:
                    if port.get("name") == port_name:
                        targets.append(self._target(job, meta["namespace"], meta["name"], container["name"],
                                                    f"{pod['status']['podIP']}:{port['containerPort']}", f"{job.namespace}/{job.name}",
                                                    pod["spec"].get("nodeName", "")))
        return targets

    def _service_targets(self, job: ScrapeJob, pods: list[dict[str, Any]], nodes: list[dict[str, Any]],
                         all_services: list[dict[str, Any]], slices: list[dict[str, Any]]) -> list[dict[str, Any]]:
        namespaces = _namespaces(job)
        port_name = job.endpoint.get("port")
        services = [s for s in all_services
                    if (namespaces is None or s["metadata"]["namespace"] in namespaces)
                    and _matches(job.monitor["spec"].get("selector") or {}, s["metadata"].get("labels") or {})]
        by_name = {(p["metadata"]["namespace"], p["metadata"]["name"]): p for p in pods}
        targets = []
        for service in services:
            namespace, name = service["metadata"]["namespace"], service["metadata"]["name"]
            for slice_ in slices:
                if slice_["metadata"]["namespace"] != namespace or (slice_["metadata"].get("labels") or {}).get("kubernetes.io/service-name") != name:
                    continue
                port = next((p for p in slice_.get("ports") or [] if p.get("name") == port_name), None)
                if port is None:
                    continue
                for endpoint in slice_.get("endpoints") or []:
                    ref = endpoint.get("targetRef") or {}
                    pod = by_name.get((namespace, ref.get("name", "")))
                    if pod is None or not _running(pod):
                        continue
                    container = next((c["name"] for c in pod["spec"]["containers"]
                                      if any(p.get("containerPort") == port["port"] for p in c.get("ports") or [])), "")
                    targets.append(self._target(job, namespace, pod["metadata"]["name"], container,
                                                f"{endpoint['addresses'][0]}:{port['port']}", name, pod["spec"].get("nodeName", ""),
                                                service=name))
        if not services and job.format == "dcgm":
            # The GPU Operator (cloud-burst) creates its DCGM exporter Service and DaemonSet
            # itself; it is not run, so its targets stand in here: one per GPU node, named
            # as the operator names them, labelled as this ServiceMonitor would label them.
            service = (job.monitor["spec"].get("selector") or {}).get("matchLabels", {}).get("app", job.name)
            for node in nodes:
                if (node["metadata"].get("labels") or {}).get(GPU_OPERATOR_DCGM_NODE_LABEL) == "true":
                    node_name = node["metadata"]["name"]
                    targets.append(self._target(job, job.namespace, f"{service}-{node_name}", service, f"{node_name}:9400",
                                                service, node_name, service=service, port=str(job.endpoint.get("port"))))
        return targets

    def _target(self, job: ScrapeJob, namespace: str, pod: str, container: str, instance: str, job_label: str, node: str,
                service: str | None = None, port: str | None = None) -> dict[str, Any]:
        labels = {"namespace": namespace, "pod": pod, "container": container, "endpoint": port or str(job.endpoint.get("port", "")),
                  "job": job_label, "instance": instance,
                  "__metrics_path__": f"/{job.format}/{namespace}/{pod}/{node}{job.path}"}
        if service:
            labels["service"] = service
        return {"targets": [self.exporter_address], "labels": labels}

    def refresh(self) -> None:
        pods = self.client.list("v1", "Pod")
        nodes = self.client.list("v1", "Node")
        services = self.client.list("v1", "Service")
        slices = self.client.list("discovery.k8s.io/v1", "EndpointSlice")
        self.on_pods(pods, nodes)
        for job in self.jobs:
            targets = (self._pod_targets(job, pods) if job.kind == "PodMonitor"
                       else self._service_targets(job, pods, nodes, services, slices))
            if targets != self.targets.get(job.job_name):
                path = self.targets_dir / job.file_name
                partial = path.with_suffix(".partial")
                partial.write_text(json.dumps(targets, indent=1), encoding="utf-8")
                os.replace(partial, path)
                self.targets[job.job_name] = targets

    def _loop(self) -> None:
        while not self._stop.wait(1.0):
            try:
                self.refresh()
            except Exception as exc:  # keep discovering; the test reports what went wrong
                self.errors.append(f"{type(exc).__name__}: {exc}")

    def start(self) -> None:
        self.targets_dir.mkdir(parents=True, exist_ok=True)
        for job in self.jobs:
            (self.targets_dir / job.file_name).write_text("[]", encoding="utf-8")
        self.refresh()
        self._thread = threading.Thread(target=self._loop, name="prometheus-targets", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)


class PrometheusServer:
    """The prometheus binary with dist/'s rules and the translated scrape jobs; a context manager."""

    def __init__(self, binary: Path, docs: Sequence[Any], workdir: Path) -> None:
        self.binary, self.docs, self.workdir = binary, docs, workdir
        self.rules_dir, self.targets_dir = workdir / "rules", workdir / "targets"
        self.jobs = scrape_jobs(docs)
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def write_rules(self, edit: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> None:
        rule_files(self.docs, self.rules_dir, edit)

    def flags(self) -> list[str]:
        spec = prometheus_object(self.docs)["spec"]
        flags = [f"--config.file={self.workdir / 'prometheus.yaml'}", f"--storage.tsdb.path={self.workdir / 'data'}",
                 f"--web.listen-address=127.0.0.1:{self.port}", "--web.enable-lifecycle"]
        if spec.get("retention"):
            flags.append(f"--storage.tsdb.retention.time={spec['retention']}")
        if spec.get("routePrefix"):
            flags.append(f"--web.route-prefix={spec['routePrefix']}")
        return flags

    def start(self, timeout: float = 60) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.write_rules()
        self.targets_dir.mkdir(exist_ok=True)
        for job in self.jobs:
            (self.targets_dir / job.file_name).write_text("[]", encoding="utf-8")
        config = prometheus_config(self.docs, self.jobs, self.rules_dir, self.targets_dir)
        (self.workdir / "prometheus.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        log = (self.workdir / "prometheus.log").open("wb")
        self.process = subprocess.Popen([str(self.binary), *self.flags()], stdout=log, stderr=subprocess.STDOUT, cwd=self.workdir)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise PlatformError(f"prometheus exited: {self.log()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/-/ready", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise PlatformError(f"prometheus not ready after {timeout}s: {self.log()[-3000:]}")

    def log(self) -> str:
        return (self.workdir / "prometheus.log").read_text(encoding="utf-8", errors="replace")

    def reload(self) -> None:
        """Reloads config and rule files (as the operator's config reloader does)."""
        request = urllib.request.Request(f"{self.url}/-/reload", method="POST")
        with urllib.request.urlopen(request, timeout=30) as response:
            if response.status != 200:
                raise PlatformError(f"prometheus reload failed: {response.status}")

    def api(self, path: str, **params: str) -> Any:
        query = urllib.parse.urlencode(params)
        with urllib.request.urlopen(f"{self.url}/api/v1/{path}?{query}", timeout=30) as response:
            body = json.loads(response.read())
        if body.get("status") != "success":
            raise PlatformError(f"prometheus {path}: {body}")
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """An instant query's vector: [{"metric": {...}, "value": [time, "value"]}]."""
        return list(self.api("query", query=expr)["result"])

    def rule_names(self) -> set[str]:
        """Recording rules Prometheus has loaded."""
        return {r["name"] for g in self.api("rules", type="record")["groups"] for r in g["rules"]}

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> PrometheusServer:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
