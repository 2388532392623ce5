"""The bundle that makes one GPU host a single-node cluster: programs (``binaries``), images
(``oci``), certificates, the configuration of each component, the platform objects of
``dist/<profile>/`` that matter on that node, our cases and ``testbed/gpu_node/run.sh``.

Written to ``.cache/gpu-node/bundle/`` and packed as one xz-compressed tar, split into parts of at
most ``chunk_mib`` so each part fits what one transfer may carry (the lent GPU machines take 64 MiB a
call, checkout included). On the host: ``cat part-*/bundle.tar.xz.* | xz -d | tar -x --ignore-zeros``, then
``bundle/run.sh bundle OUT``. Paths inside configuration files are ``@B@`` (the unpacked bundle)
and ``@S@`` (the run's state folder); run.sh fills them in.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ai_platform.conventions import DIST_DIR, REPO_ROOT
from ai_platform.errors import PlatformError

from testbed.gpu_node import binaries, oci
from testbed.gpu_node.binaries import CACHE, SOURCE
from testbed.pki import KeyPair, client_certificate, make_ca, serving_certificate

NODE_NAME = "gpu-node-0"
SUITE_IMAGE = "ubuntu:22.04"
"""The image the upstream suite's pods run (test/util_test.go): a busybox root file system here."""
PAUSE_IMAGE = "registry.k8s.io/pause:3.10.1"
"""containerd v2.2's default sandbox image name (internal/cri/config), so its config needs no override."""
CASES_NAMESPACE = "gpu-node-cases"
GPU_ACCESS_LABEL = "ai-platform.dev/gpu-access"
CONTAINERD_SOCKET = "/run/gpunode-containerd/containerd.sock"
APISERVER = "https://127.0.0.1:6443"
POD_CIDR = "10.244.0.0/24"
DRA_NAMESPACE = "nvidia-dra-driver"
DRA_DAEMONSET = "dra-driver-nvidia-gpu-kubelet-plugin"
DRA_CONTAINER = "gpus"
BUSYBOX_APPLETS = ("sh", "ls", "sleep", "echo", "cat", "grep", "head", "true", "false", "test", "[", "wc", "env", "id")
CERT_DAYS = 30
BUSYBOX_PACKAGE = "busybox-static"
PROBE = (
    "ls -1d /dev/nvidia* 2>/dev/null || echo NO_NVIDIA_DEVICES; "
    "if : < /dev/nvidia0 2>/dev/null; then echo OPEN_NVIDIA0_OK; else echo OPEN_NVIDIA0_DENIED; fi; "
    "echo NVIDIA_VISIBLE_DEVICES=${NVIDIA_VISIBLE_DEVICES:-unset}"
)


def _to_stderr(message: str) -> None:
    import sys

    print(message, file=sys.stderr, flush=True)


def _documents(paths: Iterable[Path]) -> list[dict[str, Any]]:
    return [doc for path in sorted(paths) for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def _dump(documents: list[dict[str, Any]]) -> str:
    return "".join("---\n" + yaml.safe_dump(doc, sort_keys=False) for doc in documents)


def platform_manifests(profile_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """The objects of dist/ that act on a single GPU node, by file: tenant and driver namespaces,
    the DRA driver's DeviceClasses, ServiceAccount, RBAC and ResourceSlice policy (not its
    DaemonSet: the plugin runs as a host process), the tenants' claim templates and quotas, and the
    accelerator access policy with its binding."""
    namespaces = [d for d in _documents((profile_dir / "namespaces").glob("*.yaml"))
                  if d.get("kind") == "Namespace" and (d["metadata"]["labels"].get("ai-platform.dev/tenant") == "true"
                                                       or d["metadata"]["name"] == DRA_NAMESPACE)]
    driver = [d for d in _documents((profile_dir / "nvidia-dra-driver-gpu").glob("*.yaml"))
              if d.get("kind") not in ("DaemonSet", "Deployment", "Kustomization", None)]
    claims = _documents((profile_dir / "dynamic-resource-allocation").glob("*/*.yaml"))
    quotas = [d for d in _documents((profile_dir / "tenant-guardrails").glob("*/*.yaml")) if d.get("kind") == "ResourceQuota"]
    policy = [d for d in _documents((profile_dir / "accelerator-access-policy").glob("*.yaml")) if d.get("kind") != "Kustomization"]
    if not (namespaces and claims and policy and any(d["kind"] == "DeviceClass" for d in driver)):
        raise PlatformError(f"{profile_dir}: missing namespaces, DeviceClasses, claim templates or the accelerator access policy")
    return {
        "00-namespaces.yaml": namespaces,
        "10-nvidia-dra-driver.yaml": driver,
        "20-tenants.yaml": claims + quotas,
        "30-accelerator-access-policy.yaml": policy,
    }


def harness_manifests() -> dict[str, list[dict[str, Any]]]:
    """Objects of the node harness, not of the platform: the namespace of our cases (GPU access,
    no Pod Security, so the accelerator access policy alone guards it) and a MutatingAdmissionPolicy
    that grants GPU access to the upstream suite's namespaces (``ai-conformance-*``, created by
    the suite with no labels), as a platform admin onboards a tenant."""
    name = "gpu-node-conformance-namespace-access"
    return {"05-harness.yaml": [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": CASES_NAMESPACE, "labels": {GPU_ACCESS_LABEL: "true"}}},
        {"apiVersion": "admissionregistration.k8s.io/v1beta1", "kind": "MutatingAdmissionPolicy", "metadata": {"name": name},
         "spec": {
             "matchConstraints": {"resourceRules": [{"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE"], "resources": ["namespaces"]}]},
             "matchConditions": [{"name": "upstream-suite-namespace", "expression": 'object.metadata.name.startsWith("ai-conformance-")'}],
             "failurePolicy": "Fail", "reinvocationPolicy": "Never",
             "mutations": [{"patchType": "ApplyConfiguration", "applyConfiguration": {
                 "expression": f'Object{{metadata: Object.metadata{{labels: {{"{GPU_ACCESS_LABEL}": "true"}}}}}}'}}],
         }},
        {"apiVersion": "admissionregistration.k8s.io/v1beta1", "kind": "MutatingAdmissionPolicyBinding", "metadata": {"name": name},
         "spec": {"policyName": name}},
    ]}


def _pod(name: str, namespace: str, *, claim_template: str = "", restricted: bool = False, host_path: str = "",
         env: dict[str, str] | None = None, privileged: bool = False, hold_seconds: int = 0) -> dict[str, Any]:
    command = f"{PROBE}; sleep {hold_seconds}" if hold_seconds else PROBE
    container: dict[str, Any] = {"name": "probe", "image": SUITE_IMAGE, "command": ["/bin/sh", "-c", command]}
    spec: dict[str, Any] = {"restartPolicy": "Never", "terminationGracePeriodSeconds": 1, "containers": [container],
                            "automountServiceAccountToken": False}
    if restricted:
        spec["securityContext"] = {"runAsNonRoot": True, "runAsUser": 65534, "seccompProfile": {"type": "RuntimeDefault"}}
        container["securityContext"] = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}
    if claim_template:
        spec["resourceClaims"] = [{"name": "gpu", "resourceClaimTemplateName": claim_template}]
        container["resources"] = {"claims": [{"name": "gpu"}]}
    if host_path:
        spec["volumes"] = [{"name": "device", "hostPath": {"path": host_path, "type": "CharDevice"}}]
        container["volumeMounts"] = [{"name": "device", "mountPath": host_path}]
    if env:
        container["env"] = [{"name": k, "value": v} for k, v in env.items()]
    if privileged:
        container["securityContext"] = {"privileged": True}
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "namespace": namespace}, "spec": spec}


def case_pods(claim_template: str, tenant: str) -> dict[str, dict[str, Any]]:
    """Our cases (testbed/gpu_node/cases.sh runs them). ``claim-holder`` keeps the node's only GPU
    while ``claim-waiter`` asks for one from the same template: exclusive allocation (KAR 0051)."""
    return {
        "claim-pod.yaml": _pod("claim-probe", tenant, claim_template=claim_template, restricted=True),
        "claim-holder-pod.yaml": _pod("claim-holder", tenant, claim_template=claim_template, restricted=True, hold_seconds=600),
        "claim-waiter-pod.yaml": _pod("claim-waiter", tenant, claim_template=claim_template, restricted=True),
        "no-claim-pod.yaml": _pod("no-claim-probe", tenant, restricted=True),
        "hostpath-pod.yaml": _pod("hostpath-probe", CASES_NAMESPACE, host_path="/dev/nvidia0"),
        "env-pod.yaml": _pod("env-probe", CASES_NAMESPACE, env={"NVIDIA_VISIBLE_DEVICES": "all"}),
        "privileged-pod.yaml": _pod("privileged-probe", CASES_NAMESPACE, privileged=True),
        "plain-pod.yaml": _pod("plain-probe", CASES_NAMESPACE),
    }


def dra_plugin_env(profile_dir: Path, node: str) -> dict[str, str]:
    """The kubelet plugin's environment: the ``gpus`` container's of dist/'s DaemonSet, with what a
    host process needs instead of its pod (node name, namespace and ServiceAccount from the
    DaemonSet, the driver root seen from the plugin = the host's, our nvidia-cdi-hook)."""
    [daemonset] = [d for d in _documents((profile_dir / "nvidia-dra-driver-gpu").glob("*.yaml"))
                   if d.get("kind") == "DaemonSet" and d["metadata"]["name"] == DRA_DAEMONSET]
    [container] = [c for c in daemonset["spec"]["template"]["spec"]["containers"] if c["name"] == DRA_CONTAINER]
    env = {e["name"]: str(e["value"]) for e in container.get("env", []) if "value" in e}
    env.update({
        "NODE_NAME": node,
        "NAMESPACE": daemonset["metadata"]["namespace"],
        "SERVICE_ACCOUNT_NAME": daemonset["spec"]["template"]["spec"]["serviceAccountName"],
        "DRIVER_ROOT_CTR_PATH": env.get("NVIDIA_DRIVER_ROOT", "/"),
        "NVIDIA_CDI_HOOK_PATH": "@B@/bin/nvidia-cdi-hook",
    })
    return env


def containerd_config() -> str:
    return f"""version = 3
root = "/var/lib/gpunode-containerd"
state = "/run/gpunode-containerd/state"

[grpc]
  address = "{CONTAINERD_SOCKET}"

[plugins.'io.containerd.cri.v1.runtime']
  # no lower oom_score_adj than containerd's own: the lent GPU machine refuses to lower it
  # (the kubelet logs "write /proc/self/oom_score_adj: permission denied") and runc's init then
  # dies on the sandbox's -998 ("can't get final child's PID from pipe: EOF")
  restrict_oom_score_adj = true
  enable_cdi = true
  cdi_spec_dirs = ["/etc/cdi", "/var/run/cdi"]

[plugins.'io.containerd.cri.v1.runtime'.containerd]
  default_runtime_name = "runc"

[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]
  runtime_type = "io.containerd.runc.v2"

[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]
  BinaryName = "@B@/bin/runc"
  SystemdCgroup = false

[plugins.'io.containerd.cri.v1.runtime'.cni]
  bin_dirs = ["/opt/cni"]
  conf_dir = "/etc/cni/net.d"
"""


def cni_config() -> dict[str, Any]:
    """bridge + host-local. No portmap in the chain: no pod here maps host ports, and the host has
    no iptables/nft userland for it (the plugin is in the bundle for hosts that have one)."""
    return {"cniVersion": "1.0.0", "name": "gpunode", "plugins": [{
        "type": "bridge", "bridge": "cni0", "isGateway": True, "ipMasq": False, "hairpinMode": True,
        "ipam": {"type": "host-local", "ranges": [[{"subnet": POD_CIDR}]], "routes": [{"dst": "0.0.0.0/0"}]},
    }]}


def kubelet_config() -> dict[str, Any]:
    return {
        "apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration",
        "authentication": {"anonymous": {"enabled": False}, "webhook": {"enabled": False},
                           "x509": {"clientCAFile": "@S@/etc/client-ca.crt"}},
        "authorization": {"mode": "AlwaysAllow"},
        "cgroupDriver": "cgroupfs",
        "containerRuntimeEndpoint": f"unix://{CONTAINERD_SOCKET}",
        "failSwapOn": False,
        "resolvConf": "",
        "clusterDomain": "cluster.local",
        "evictionHard": {"memory.available": "100Mi", "nodefs.available": "1%", "imagefs.available": "1%", "nodefs.inodesFree": "1%"},
        "imageGCHighThresholdPercent": 100,
        "imageGCLowThresholdPercent": 99,
    }


def component_args(node: str) -> dict[str, list[str]]:
    etc = "@S@/etc"
    return {
        "kube-apiserver": [
            "--etcd-servers=http://127.0.0.1:2379", "--bind-address=127.0.0.1", "--secure-port=6443",
            f"--tls-cert-file={etc}/serving.crt", f"--tls-private-key-file={etc}/serving.key",
            f"--client-ca-file={etc}/client-ca.crt",
            "--service-account-issuer=https://kubernetes.default.svc",
            f"--service-account-key-file={etc}/sa.pub", f"--service-account-signing-key-file={etc}/sa.key",
            "--service-cluster-ip-range=10.96.0.0/16", "--authorization-mode=Node,RBAC", "--allow-privileged=true",
            "--enable-admission-plugins=NodeRestriction",
            f"--kubelet-client-certificate={etc}/apiserver-kubelet-client.crt", f"--kubelet-client-key={etc}/apiserver-kubelet-client.key",
            # logs and exec go to the kubelet by the node's IP: its name resolves nowhere on a host
            # whose resolv.conf points at 127.0.0.1 with no resolver (the lent GPU machine; the
            # default order tries Hostname first, and `kubectl logs` failed with "lookup gpu-node-0")
            "--kubelet-preferred-address-types=InternalIP",
            # the harness's MutatingAdmissionPolicy (beta in v1.34, off by default)
            "--feature-gates=MutatingAdmissionPolicy=true", "--runtime-config=admissionregistration.k8s.io/v1beta1=true",
        ],
        "kube-controller-manager": [
            f"--kubeconfig={etc}/admin.kubeconfig", "--leader-elect=false", "--bind-address=127.0.0.1",
            f"--service-account-private-key-file={etc}/sa.key", f"--root-ca-file={etc}/serving-ca.crt",
            "--use-service-account-credentials=false",
        ],
        "kube-scheduler": [f"--kubeconfig={etc}/admin.kubeconfig", "--leader-elect=false", "--bind-address=127.0.0.1"],
        "kubelet": [f"--config={etc}/kubelet.yaml", f"--kubeconfig={etc}/kubelet.kubeconfig", f"--hostname-override={node}", "--v=2"],
    }


def _kubeconfig(ca: Path, user: dict[str, str]) -> dict[str, Any]:
    return {
        "apiVersion": "v1", "kind": "Config", "current-context": "gpu-node",
        "clusters": [{"name": "gpu-node", "cluster": {"server": APISERVER, "certificate-authority": str(ca)}}],
        "users": [{"name": "user", "user": user}],
        "contexts": [{"name": "gpu-node", "context": {"cluster": "gpu-node", "user": "user"}}],
    }


def write_pki(etc: Path, node: str) -> None:
    """CAs, the API server's serving certificate, client certificates (admin, kubelet as
    system:node:<node>, the API server's client to the kubelet) and the ServiceAccount key pair."""
    serving_ca = make_ca(etc, "serving-ca", "gpu-node serving CA")
    serving_certificate(serving_ca, etc)
    client_ca = make_ca(etc, "client-ca", "gpu-node client CA")
    client_certificate(client_ca, etc, "admin", "gpu-node-admin", ("system:masters",), days=CERT_DAYS)
    client_certificate(client_ca, etc, "kubelet", f"system:node:{node}", ("system:nodes",), days=CERT_DAYS)
    client_certificate(client_ca, etc, "apiserver-kubelet-client", "kube-apiserver-kubelet-client", ("system:masters",), days=CERT_DAYS)
    subprocess.run(["openssl", "genrsa", "-out", str(etc / "sa.key"), "2048"], check=True, capture_output=True)
    subprocess.run(["openssl", "rsa", "-in", str(etc / "sa.key"), "-pubout", "-out", str(etc / "sa.pub")], check=True, capture_output=True)
    for stale in etc.glob("*.csr"):
        stale.unlink()
    for stale in etc.glob("*.ext"):
        stale.unlink()
    ca = Path("@S@/etc/serving-ca.crt")
    for name, pair in (("admin", KeyPair(etc / "admin.crt", etc / "admin.key")), ("kubelet", KeyPair(etc / "kubelet.crt", etc / "kubelet.key"))):
        user = {"client-certificate": f"@S@/etc/{pair.cert.name}", "client-key": f"@S@/etc/{pair.key.name}"}
        (etc / f"{name}.kubeconfig").write_text(yaml.safe_dump(_kubeconfig(ca, user)), encoding="utf-8")
    (etc / "dra-plugin.kubeconfig.in").write_text(yaml.safe_dump(_kubeconfig(ca, {"token": "@TOKEN@"})), encoding="utf-8")


def busybox(report: Callable[[str], None] = _to_stderr) -> Path:
    """A static busybox from Debian's ``busybox-static`` package (``apt-get download``), cached."""
    debs = CACHE / "debs"
    found = sorted(debs.glob(f"{BUSYBOX_PACKAGE}_*.deb"))
    if not found:
        debs.mkdir(parents=True, exist_ok=True)
        report(f"apt-get download {BUSYBOX_PACKAGE}")
        subprocess.run(["apt-get", "download", BUSYBOX_PACKAGE], cwd=debs, check=True, capture_output=True)
        found = sorted(debs.glob(f"{BUSYBOX_PACKAGE}_*.deb"))
    unpacked = debs / found[-1].stem
    if not (unpacked / "bin" / "busybox").is_file():
        subprocess.run(["dpkg-deb", "-x", str(found[-1]), str(unpacked)], check=True)
    return unpacked / "bin" / "busybox"


def pause_binary(report: Callable[[str], None] = _to_stderr) -> Path:
    """The pause program of k8s.io/kubernetes (build/pause/linux/pause.c at the node module's
    version), compiled statically with gcc."""
    module = subprocess.run(["go", "list", "-m", "-f", "{{.Dir}}", "k8s.io/kubernetes"], cwd=SOURCE / "node",
                            capture_output=True, text=True, check=True).stdout.strip()
    source = Path(module) / "build" / "pause" / "linux" / "pause.c"
    target = CACHE / "pause" / hashlib.sha256(source.read_bytes()).hexdigest()[:16] / "pause"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        report(f"gcc -static {source}")
        subprocess.run(["gcc", "-Os", "-Wall", "-static", "-DVERSION=v3.10.1-gpunode", "-o", str(target), str(source)], check=True)
        subprocess.run(["strip", str(target)], check=True)
    return target


def images(busybox_path: Path, pause_path: Path) -> tuple[oci.Image, oci.Image]:
    root = tuple(oci.Entry(d, directory=True) for d in ("bin", "dev", "etc", "proc", "sys", "tmp", "root"))
    suite = oci.Image(oci.normalized(SUITE_IMAGE), (
        *root,
        oci.Entry("bin/busybox", busybox_path.read_bytes(), 0o755),
        *(oci.Entry(f"bin/{applet}", link="busybox") for applet in BUSYBOX_APPLETS),
        oci.Entry("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n"),
        oci.Entry("etc/group", b"root:x:0:\nnogroup:x:65534:\n"),
    ), cmd=("/bin/sh",))
    pause = oci.Image(PAUSE_IMAGE, (oci.Entry("pause", pause_path.read_bytes(), 0o755),), entrypoint=("/pause",))
    return suite, pause


@dataclass(frozen=True)
class Bundle:
    folder: Path
    archive: Path
    parts: tuple[Path, ...]
    """One folder per transfer, each with one piece of the archive."""


def write_bundle(profile: str = "reference", node: str = NODE_NAME, chunk_mib: int = 24,
                 report: Callable[[str], None] = _to_stderr, programs: dict[str, Path] | None = None,
                 suite: Path | None = None, packed: bool = True) -> Bundle:
    profile_dir = DIST_DIR / profile
    programs = programs if programs is not None else binaries.build_all(report)
    if suite is None:
        from ai_platform.conformance import upstream_suite

        suite = upstream_suite.build_suite().path
    folder = CACHE / "bundle" / "bundle"
    shutil.rmtree(folder.parent, ignore_errors=True)
    for sub in ("bin/cni", "etc", "images", "manifests", "cases"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for name, path in {**programs, "suite.test": suite}.items():
        shutil.copy2(path, folder / "bin" / name)
    # the suite's test binary is built unstripped by upstream_suite; its symbols are not needed to run it
    subprocess.run(["strip", str(folder / "bin" / "suite.test")], check=False, capture_output=True)
    suite_image, pause_image = images(busybox(report), pause_binary(report))
    oci.write_archive(suite_image, folder / "images" / "ubuntu-22.04.tar")
    oci.write_archive(pause_image, folder / "images" / "pause.tar")
    etc = folder / "etc"
    write_pki(etc, node)
    (etc / "node-name").write_text(node + "\n", encoding="utf-8")
    (etc / "containerd.toml").write_text(containerd_config(), encoding="utf-8")
    (etc / "10-gpunode.conflist").write_text(json.dumps(cni_config(), indent=2) + "\n", encoding="utf-8")
    (etc / "kubelet.yaml").write_text(yaml.safe_dump(kubelet_config(), sort_keys=False), encoding="utf-8")
    for component, args in component_args(node).items():
        (etc / f"{component}.args").write_text("\n".join(args) + "\n", encoding="utf-8")
    (etc / "dra-plugin.env").write_text("".join(f"{k}={json.dumps(v)}\n" for k, v in dra_plugin_env(profile_dir, node).items()),
                                        encoding="utf-8")
    manifests = {**platform_manifests(profile_dir), **harness_manifests()}
    for name, documents in manifests.items():
        (folder / "manifests" / name).write_text(_dump(documents), encoding="utf-8")
    templates = [d for d in manifests["20-tenants.yaml"] if d["kind"] == "ResourceClaimTemplate"]
    template = next(t for t in templates if t["metadata"]["name"] == "gpu")
    for name, pod in case_pods(template["metadata"]["name"], template["metadata"]["namespace"]).items():
        (folder / "cases" / name).write_text(yaml.safe_dump(pod, sort_keys=False), encoding="utf-8")
    for script in ("run.sh", "cases.sh"):
        shutil.copy2(SOURCE / script, folder / script)
    if not packed:
        return Bundle(folder, folder.parent / "bundle.tar.xz", ())
    archive = pack(folder, report)
    return Bundle(folder, archive, split(archive, chunk_mib))


XZ_LEVEL = 3
"""xz -3: about a quarter of the size here; -9 ran for over 10 minutes on the busy 2-core build machine."""
PIECE_MIB = 48
"""Each tar is cut into pieces compressed by parallel xz processes; the streams are concatenated
(``xz -d`` reads one after another, giving back the tar's bytes in order)."""
LAST = ("bin/gpu-kubelet-plugin", "bin/nvidia-cdi-hook")
"""A second tar, so the rest can be packed while the driver still builds."""


def _tar(folder: Path, members: list[Path], target: Path) -> Path:
    with tarfile.open(target, "w") as out:
        for member in members:
            out.add(member, arcname=str(member.relative_to(folder.parent)), recursive=False)
    return target


def _xz_pieces(tar: Path) -> bytes:
    """The tar compressed as concatenated xz streams of PIECE_MIB pieces, compressed in parallel."""
    data = tar.read_bytes()
    size = PIECE_MIB * 2**20
    pieces = []
    for index, start in enumerate(range(0, len(data), size)):
        piece = tar.with_name(f"{tar.name}.{index:02d}")
        piece.write_bytes(data[start:start + size])
        pieces.append(piece)
    processes = [subprocess.Popen(["xz", f"-{XZ_LEVEL}", "-T1", "-f", str(piece)]) for piece in pieces]
    if any(process.wait() != 0 for process in processes):
        raise PlatformError(f"xz failed on a piece of {tar}")
    return b"".join(piece.with_name(piece.name + ".xz").read_bytes() for piece in pieces)


def pack(folder: Path, report: Callable[[str], None] = _to_stderr) -> Path:
    """``bundle.tar.xz``: xz streams of two tar archives (the DRA driver's programs last);
    ``xz -d`` joins the streams and ``tar -x --ignore-zeros`` reads both archives."""
    members = sorted([folder, *folder.rglob("*")])
    last = [folder / name for name in LAST]
    first = [m for m in members if m not in last]
    report(f"xz -{XZ_LEVEL} {folder} ({sum(m.stat().st_size for m in members if m.is_file()) / 2**20:.0f} MiB)")
    archive = folder.parent / "bundle.tar.xz"
    archive.write_bytes(b"".join(_xz_pieces(_tar(folder, group, folder.parent / name))
                                 for group, name in ((first, "core.tar"), (last, "dra.tar"))))
    report(f"bundle: {archive} ({archive.stat().st_size / 2**20:.1f} MiB)")
    return archive


def split(archive: Path, chunk_mib: int) -> tuple[Path, ...]:
    data = archive.read_bytes()
    size = chunk_mib * 2**20
    parts = []
    for index, start in enumerate(range(0, len(data), size)):
        part = archive.parent / f"part-{index + 1}"
        part.mkdir(exist_ok=True)
        (part / f"bundle.tar.xz.{index + 1:02d}").write_bytes(data[start:start + size])
        parts.append(part)
    return tuple(parts)


def repo_relative(path: Path) -> str:
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)
