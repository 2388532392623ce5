"""A simulated GPU cluster around the test bed: the test bed's etcd and
kube-apiserver plus kube-scheduler and kube-controller-manager v1.34.2 (the same program)
and KWOK v0.8.0 faking the kubelets of nodes made from a profile's node pools
(``simulated_nodes.py``). The profile's hydrated ``dist/`` is applied as a GitOps sync would
(``testbed_sync.py``), so the scheduler allocates DRA claims against the platform's own
DeviceClasses and claim templates and the ResourceSlices of the simulated DRA nodes.

What it cannot show: real devices, real metrics, the kubelet and the DRA driver on a node
(claims are allocated and pods bound, but nothing prepares a device)."""

from __future__ import annotations

import os
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ai_platform.components.nvidia_dra_driver import NAMESPACE as DRA_NAMESPACE
from ai_platform.conventions import NODE_POOL_LABEL
from ai_platform.errors import PlatformError
from ai_platform.kubeclient import ApiError, KubeClient, connect
from ai_platform.kubeconfig import select
from ai_platform.profile import Profile
from ai_platform.upstream import UpstreamCache

from testbed.apiserver import ControlPlane, free_port
from testbed.kwok import kwok_args, stage_files
from testbed.operators.host import SERVICE_ACCOUNT_GROUPS, HostOperator, OperatorContext, ServiceRef, WebhookRewrite, wait_for_tls
from testbed.pki import KeyPair, client_certificate, issue, make_ca
from testbed.simulated.nodes import SimulatedNode, simulated_nodes
from testbed.sync import WEBHOOK_KINDS, sync

# The identities the components use on real clusters; the API server's bootstrap RBAC
# grants them their roles (the controllers use their own service accounts).
SCHEDULER_USER = "system:kube-scheduler"
CONTROLLER_MANAGER_USER = "system:kube-controller-manager"
KWOK_USER = "kwok"
MAX_COMMON_NAME = 64
"""X.509 limits a certificate's CN to 64 characters: an operator whose ServiceAccount user name is
longer (``system:serviceaccount:<namespace>:<name>``) authenticates with a token of that account."""
TOKEN_SECONDS = 24 * 3600


class SimulatedCluster(ControlPlane):
    """etcd + kube-apiserver + kube-scheduler + kube-controller-manager + kwok, with the
    profile's simulated nodes, (with ``docs``) its dist/ applied and (with ``operators``) the
    real operators of dist/ running on the host (``host_operators.py``); a context manager."""

    def __init__(self, binary: Path, kwok_binary: Path, profile: Profile, docs: Sequence[Any] = (),
                 cache: UpstreamCache | None = None, operators: Sequence[HostOperator] = (), aggregation: bool = False) -> None:
        super().__init__(binary, aggregation)
        self.operators = tuple(operators)
        self.operator_contexts: dict[str, OperatorContext] = {}
        self.webhook_notes: list[str] = []
        """What was rewritten in dist/'s webhook configurations, and what was left out."""
        self.kwok_binary = kwok_binary
        self.profile = profile
        self.docs = docs
        self.cache = cache or UpstreamCache()
        self.nodes: list[SimulatedNode] = simulated_nodes(profile)
        self.sync_state: dict[str, Any] = {}

    def _component_kubeconfig(self, name: str, user: str, groups: tuple[str, ...] = ()) -> Path:
        pair = client_certificate(self.client_ca, self.pki_dir, name, user, groups)
        return self.write_kubeconfig(self.workdir / f"{name}.kubeconfig",
                                     [(name, self.cluster_entry(inline_ca=True), self.client_cert_user(name, pair))], name)

    def _spawn_program(self, name: str, command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
        log = (self.workdir / f"{name}.log").open("wb")
        self.processes.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=cwd or self.workdir, env=env))

    def start(self, timeout: float = 90) -> None:
        super().start(timeout)
        work = self.workdir
        scheduler = self._component_kubeconfig("kube-scheduler", SCHEDULER_USER)
        manager = self._component_kubeconfig("kube-controller-manager", CONTROLLER_MANAGER_USER)
        # KWOK writes node and pod status for every fake node; on real clusters each kubelet
        # has its own identity, KWOK acts for all of them (cluster admin here).
        kwok = self._component_kubeconfig("kwok", KWOK_USER, ("system:masters",))
        scheduler_port, manager_port = free_port(), free_port()
        common = ["--bind-address=127.0.0.1", "--leader-elect=false"]
        self._spawn("kube-scheduler", ["kube-scheduler", f"--kubeconfig={scheduler}", f"--authentication-kubeconfig={scheduler}",
                                       f"--authorization-kubeconfig={scheduler}", f"--secure-port={scheduler_port}", *common])
        self._spawn("kube-controller-manager", [
            "kube-controller-manager", f"--kubeconfig={manager}", f"--authentication-kubeconfig={manager}",
            f"--authorization-kubeconfig={manager}", f"--secure-port={manager_port}", *common,
            "--controllers=*", "--use-service-account-credentials=true",
            f"--service-account-private-key-file={work / 'sa.key'}", f"--root-ca-file={self.serving_ca}",
        ])
        self._spawn_program("kwok", [str(self.kwok_binary), *kwok_args(kwok, stage_files(self.cache)), "--cidr=10.0.0.1/16"])
        for name, port in (("kube-scheduler", scheduler_port), ("kube-controller-manager", manager_port)):
            self._wait_healthy(name, port, timeout)
        with self.client() as client:
            # Nodes first: the DaemonSets of dist/ then see every node from their first sync
            # (a DaemonSet created before the nodes reports 0 desired pods for a while).
            self.add_nodes(client, self.nodes)
            if self.docs:
                self.sync_state = sync(client, self.cache, self.docs, check_reapply=False, apply_webhooks=False)
                if self.sync_state["rejected"]:
                    raise PlatformError("dist/ was rejected by the simulated cluster:\n" + "\n".join(self.sync_state["rejected"]))
                self.provide_volumes(client)
                self.stand_in_for_gpu_operator(client)
                self._start_operators(client, timeout)
                self._apply_webhooks(client)
            self.publish_slices(client)

    def _start_operators(self, client: KubeClient, timeout: float) -> None:
        """Each host operator with its ServiceAccount's identity and a serving certificate of
        the webhook CA; waits until it is up (webhook port answering TLS, own checks)."""
        if not self.operators:
            return
        self.webhook_ca: KeyPair = make_ca(self.pki_dir, "webhook-ca", "ai-platform simulated cluster webhook CA")
        for operator in self.operators:
            directory = self.workdir / operator.name
            cert_dir = directory / "certs"
            cert_dir.mkdir(parents=True)
            account = operator.service_account
            user = f"system:serviceaccount:{account.namespace}:{account.name}"
            if len(user) <= MAX_COMMON_NAME:
                pair = client_certificate(self.client_ca, self.pki_dir, f"{operator.name}-client", user,
                                          (*SERVICE_ACCOUNT_GROUPS, f"system:serviceaccounts:{account.namespace}"))
                credentials = self.client_cert_user(operator.name, pair)
            else:
                credentials = {"name": operator.name, "user": {"token": self._service_account_token(account)}}
            kubeconfig = self.write_kubeconfig(directory / "kubeconfig",
                                               [(operator.name, self.cluster_entry(inline_ca=True), credentials)], operator.name)
            serving = issue(self.webhook_ca, cert_dir, "tls", f"/CN={operator.name}",
                            "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature")
            serving.cert.rename(cert_dir / "tls.crt")
            serving.key.rename(cert_dir / "tls.key")
            (cert_dir / "ca.crt").write_bytes(self.webhook_ca.cert.read_bytes())
            context = OperatorContext(name=operator.name, workdir=directory, kubeconfig=kubeconfig, cert_dir=cert_dir,
                                      webhook_port=operator.webhook_port or free_port(), metrics_port=free_port(), health_port=free_port(), server=self.server)
            self.operator_contexts[operator.name] = context
            env = {**os.environ, "KUBECONFIG": str(kubeconfig), **operator.environment}
            self._spawn_program(operator.name, [str(operator.binary), *operator.arguments(context)], cwd=directory, env=env)
        if any(o.webhooks_before_ready for o in self.operators):
            self._apply_webhooks(client)
        for operator in self.operators:
            context = self.operator_contexts[operator.name]
            if operator.webhook_services:
                wait_for_tls(context.webhook_port, self.webhook_ca.cert, operator.ready_timeout, self._check_running)
            if operator.ready is not None:
                deadline = time.monotonic() + operator.ready_timeout
                while not operator.ready(context):
                    self._check_running()
                    if time.monotonic() > deadline:
                        raise PlatformError(f"host operator {operator.name} not ready after {operator.ready_timeout}s; "
                                            f"log: {self.workdir / (operator.name + '.log')}")
                    time.sleep(0.5)

    def _service_account_token(self, account: ServiceRef) -> str:
        """A token of the ServiceAccount (TokenRequest), for names too long for a certificate's CN."""
        path = f"/api/v1/namespaces/{account.namespace}/serviceaccounts/{account.name}/token"
        request = {"apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest", "spec": {"expirationSeconds": TOKEN_SECONDS}}
        with self.client() as client:
            return str(client.dynamic.request("post", path, body=request).status.token)

    def client_of_pod(self, pod: dict[str, Any]) -> KubeClient:
        """A client with a token of the pod's ServiceAccount bound to the pod (TokenRequest with
        ``boundObjectRef``), as a pod's projected token is: the API server then adds the pod's node
        to the user's extra (``authentication.kubernetes.io/node-name``), which node agents'
        admission policies read."""
        meta = pod["metadata"]
        account = pod["spec"].get("serviceAccountName") or "default"
        path = f"/api/v1/namespaces/{meta['namespace']}/serviceaccounts/{account}/token"
        bound = {"apiVersion": "v1", "kind": "Pod", "name": meta["name"], "uid": meta["uid"]}
        request = {"apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest",
                   "spec": {"expirationSeconds": TOKEN_SECONDS, "boundObjectRef": bound}}
        with self.client() as client:
            token = str(client.dynamic.request("post", path, body=request).status.token)
        name = f"pod-{meta['namespace']}-{meta['name']}"
        kubeconfig = self.write_kubeconfig(self.workdir / f"{name}.kubeconfig",
                                           [(name, self.cluster_entry(inline_ca=True), self.token_user(name, token))], name)
        return connect(select(str(kubeconfig), None, {}))

    def _apply_webhooks(self, client: KubeClient) -> None:
        """dist/'s webhook configurations and conversion webhooks, pointed at the host
        operators that serve them; the others are left out (recorded in ``webhook_notes``)."""
        served = {service: self.operator_contexts[o.name].webhook_port for o in self.operators for service in o.webhook_services}
        ca = self.webhook_ca.cert.read_bytes() if self.operators else b""
        rewrite = WebhookRewrite(served, ca)
        for doc in self.docs:
            if doc.kind == "CustomResourceDefinition":
                rewritten = rewrite.crd(doc.obj)
                if rewritten is not doc.obj:
                    client.apply(rewritten)
        for doc in self.docs:
            if doc.kind in WEBHOOK_KINDS:
                rewritten = rewrite.webhook_configuration(doc.obj)
                if rewritten is not None:
                    client.apply(rewritten)
        self.webhook_notes = rewrite.notes

    def provide_volumes(self, client: KubeClient) -> list[str]:
        """A PersistentVolume for each PersistentVolumeClaim of dist/ that names no storage
        class, as the cluster's default storage would provision it (the simulated cluster has
        no storage provisioner): its size and access modes, pre-bound to the claim, backed by a
        hostPath that nothing reads. Returns the claims served (``namespace/name``)."""
        served = []
        for doc in self.docs:
            if doc.kind != "PersistentVolumeClaim" or doc.obj["spec"].get("storageClassName"):
                continue
            spec = doc.obj["spec"]
            name = f"simulated-{doc.namespace}-{doc.name}"
            client.apply({"apiVersion": "v1", "kind": "PersistentVolume", "metadata": {"name": name}, "spec": {
                "capacity": {"storage": spec["resources"]["requests"]["storage"]},
                "accessModes": spec["accessModes"],
                "storageClassName": "",
                "persistentVolumeReclaimPolicy": "Retain",
                "claimRef": {"namespace": doc.namespace, "name": doc.name},
                "hostPath": {"path": f"/var/lib/simulated-volumes/{name}"},
            }})
            served.append(f"{doc.namespace}/{doc.name}")
        return served

    def stand_in_for_gpu_operator(self, client: KubeClient) -> list[str]:
        """What the NVIDIA GPU Operator creates at run time that other workloads of dist/ need:
        the RuntimeClass its ClusterPolicy names (``spec.operator.runtimeClass``, handler
        ``nvidia``). The operator itself is not run here (its node agents would be fake pods
        of KWOK); returns what was created."""
        made = []
        for doc in self.docs:
            if doc.kind == "ClusterPolicy" and doc.api_version.startswith("nvidia.com/"):
                name = ((doc.obj.get("spec") or {}).get("operator") or {}).get("runtimeClass") or "nvidia"
                client.apply({"apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": {"name": name}, "handler": "nvidia"})
                made.append(f"RuntimeClass {name}")
        return made

    def operator_log(self, name: str) -> str:
        """What a host operator has written so far (for failure messages)."""
        return (self.workdir / f"{name}.log").read_text(encoding="utf-8", errors="replace")

    def _wait_healthy(self, name: str, port: int, timeout: float) -> None:
        context = ssl.create_default_context()
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE  # a self-signed serving certificate
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_running()
            try:
                with urllib.request.urlopen(f"https://127.0.0.1:{port}/healthz", context=context, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise PlatformError(f"{name} not healthy after {timeout}s; logs in {self.workdir}")

    def _check_running(self) -> None:
        for process in self.processes:
            if process.poll() is not None:
                raise PlatformError(f"simulated cluster process exited ({Path(str(process.args[0])).name} "
                                    f"{process.args[1] if len(process.args) > 1 else ''}); logs in {self.workdir}")

    def add_nodes(self, client: KubeClient, nodes: Sequence[SimulatedNode], timeout: float = 60) -> None:
        """Creates the nodes and waits until KWOK reports them Ready."""
        for node in nodes:
            client.create(node.node())
        deadline = time.monotonic() + timeout
        pending = {n.name for n in nodes}
        while pending and time.monotonic() < deadline:
            self._check_running()
            for name in sorted(pending):
                status = client.read("v1", "Node", name).get("status") or {}
                if any(c["type"] == "Ready" and c["status"] == "True" for c in status.get("conditions") or []):
                    pending.discard(name)
            time.sleep(0.5)
        if pending:
            raise PlatformError(f"simulated nodes not Ready after {timeout}s (KWOK): {sorted(pending)}; logs in {self.workdir}")

    def dra_plugin_daemonsets(self) -> list[dict[str, Any]]:
        """The DRA driver's kubelet plugin DaemonSets of dist/ (in the driver's namespace)."""
        return [d.obj for d in self.docs if d.kind == "DaemonSet" and d.namespace == DRA_NAMESPACE]

    def publish_slices(self, client: KubeClient, timeout: float = 60) -> list[str]:
        """Publishes each GPU node's ResourceSlice where the kubelet plugin of dist/'s DRA driver
        runs (placed by the real DaemonSet controller, run by KWOK), as the driver would, and
        withdraws it where the plugin does not run; returns the nodes that publish."""
        plugin_nodes: set[str] = set()
        for daemonset in self.dra_plugin_daemonsets():
            plugin_nodes |= self._daemonset_nodes(client, daemonset, timeout)
        published = []
        for node in self.nodes:
            slice_ = node.resource_slice()
            if slice_ is None:
                continue
            if node.name in plugin_nodes:
                client.apply(slice_)
                published.append(node.name)
            else:
                try:
                    client.delete(slice_)
                except ApiError as exc:
                    if exc.status != 404:
                        raise
        return published

    def publish_slice_of_added_node(self, client: KubeClient, name: str, timeout: float = 60) -> dict[str, Any]:
        """Publishes the ResourceSlice of a DRA-pool node that joined after the start (the
        cluster autoscaler adds such nodes) once a pod of dist/'s DRA kubelet-plugin DaemonSet
        is Ready on it, as the driver would. The slice is owned by its Node, as the driver's
        slices are, so the garbage collector removes it with the node. Returns the slice."""
        node = client.read("v1", "Node", name)
        pool_name = (node["metadata"].get("labels") or {}).get(NODE_POOL_LABEL)
        pool = next((p for p in self.profile.node_pools if p.name == pool_name), None)
        simulated = SimulatedNode(name, pool)
        slice_ = simulated.resource_slice()
        if slice_ is None or not simulated.is_dra:
            raise PlatformError(f"node {name} is in no DRA pool (pool label {pool_name!r})")
        deadline = time.monotonic() + timeout
        while not any(
            p["spec"].get("nodeName") == name and p["metadata"].get("deletionTimestamp") is None
            and any(o.get("kind") == "DaemonSet" and o.get("name") == d["metadata"]["name"]
                    for o in p["metadata"].get("ownerReferences") or [])
            and any(c["type"] == "Ready" and c["status"] == "True" for c in (p.get("status") or {}).get("conditions") or [])
            for d in self.dra_plugin_daemonsets() for p in client.list("v1", "Pod", d["metadata"]["namespace"])
        ):
            if time.monotonic() > deadline:
                raise PlatformError(f"no Ready DRA kubelet-plugin pod on node {name} after {timeout}s")
            time.sleep(0.5)
        slice_["metadata"]["ownerReferences"] = [{"apiVersion": "v1", "kind": "Node", "name": name,
                                                  "uid": node["metadata"]["uid"]}]
        return client.apply(slice_)

    def _daemonset_nodes(self, client: KubeClient, daemonset: dict[str, Any], timeout: float) -> set[str]:
        """The nodes a DaemonSet's pods run on once the controller has settled: its status is
        for the current generation, every desired pod exists and is ready, and that holds on
        two reads a second apart (the status lags behind node and spec changes)."""
        name, namespace = daemonset["metadata"]["name"], daemonset["metadata"]["namespace"]
        deadline = time.monotonic() + timeout
        previous: set[str] | None = None
        while True:
            live = client.read("apps/v1", "DaemonSet", name, namespace)
            status = live.get("status") or {}
            pods = [p for p in client.list("v1", "Pod", namespace)
                    if any(o.get("kind") == "DaemonSet" and o.get("name") == name for o in p["metadata"].get("ownerReferences") or [])
                    and p["metadata"].get("deletionTimestamp") is None]
            ready = {p["spec"]["nodeName"] for p in pods
                     if any(c["type"] == "Ready" and c["status"] == "True" for c in (p.get("status") or {}).get("conditions") or [])}
            settled = (status.get("observedGeneration") == live["metadata"]["generation"]
                       and status.get("desiredNumberScheduled") == status.get("numberReady") == len(pods) == len(ready))
            if settled and ready == previous:
                return ready
            previous = ready if settled else None
            if time.monotonic() > deadline:
                raise PlatformError(f"DaemonSet {namespace}/{name} not settled after {timeout}s: {status}")
            time.sleep(1)

    def node(self, name: str) -> SimulatedNode:
        return next(n for n in self.nodes if n.name == name)
