"""The real GPU node (testbed/gpu_node/) without a GPU: what the
bundle carries to the host is derived from dist/ and the pinned Go modules, the images are valid
OCI archives named as the suite and containerd look them up, our on-device cases get from the
rendered accelerator access policy the verdicts the device run checks, run.sh stops cleanly on
a host without a GPU, and the results that came back from the device are read as they are."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from ai_platform.conformance import gpu_node_runs as results
from ai_platform.errors import PlatformError
from ai_platform.gobuild import GO_CACHE
from ai_platform.conventions import DIST_DIR, REPO_ROOT
from conftest import built
from admission_cases import CompiledPolicy

from testbed.gpu_node import binaries, bundle, oci

SCRIPTS = REPO_ROOT / "testbed" / "gpu_node"
RESULTS = SCRIPTS / "results"
PROFILE_DIR = DIST_DIR / "reference"
TENANT = {"kubernetes.io/metadata.name": "ml-team-a", "ai-platform.dev/gpu-access": "true"}
CASES_NS = {"kubernetes.io/metadata.name": bundle.CASES_NAMESPACE, "ai-platform.dev/gpu-access": "true"}
NO_GPU_NS = {"kubernetes.io/metadata.name": "web-apps", "ai-platform.dev/gpu-access": "false"}


def _go_mod_requires(module: str) -> dict[str, str]:
    text = (SCRIPTS / module / "go.mod").read_text(encoding="utf-8")
    return dict(re.findall(r"^\s*(\S+) (v\S+)", text, re.MULTILINE))


def test_go_modules_pin_the_versions_the_node_runs():
    assert _go_mod_requires("node")["k8s.io/kubernetes"] == "v1.34.2"
    runtime = _go_mod_requires("runtime")
    assert runtime["github.com/containerd/containerd/v2"] == "v2.2.9"
    assert _go_mod_requires("runc")["github.com/opencontainers/runc"] == "v1.3.7"
    assert _go_mod_requires("runc")["github.com/opencontainers/runtime-spec"].startswith("v1.2.")
    assert _go_mod_requires("dra")["sigs.k8s.io/dra-driver-nvidia-gpu"] == "v0.4.1"
    assert set(binaries.CNI_PLUGINS) == {"bridge", "host-local", "loopback", "portmap"}
    for program in binaries.PROGRAMS:
        assert (SCRIPTS / program.module / "go.sum").is_file(), program.name
        assert program.target().is_relative_to(GO_CACHE)


def test_build_key_follows_go_mod_and_flags(tmp_path, monkeypatch):
    program = next(p for p in binaries.PROGRAMS if p.name == "nvidia-cdi-hook")
    key = program.key()
    assert key == program.key()
    assert key != binaries.Program(program.name, program.module, program.package, ldflags=()).key()
    copy = tmp_path / "gpu-node"
    shutil.copytree(SCRIPTS / program.module, copy / program.module)
    monkeypatch.setattr(binaries, "SOURCE", copy)
    assert program.key() == key
    (copy / program.module / "go.sum").write_text("changed\n", encoding="utf-8")
    assert program.key() != key


def test_oci_archive_names_the_image_and_holds_a_shell(tmp_path):
    fake_busybox, fake_pause = tmp_path / "busybox", tmp_path / "pause"
    fake_busybox.write_bytes(b"\x7fELF busybox")
    fake_pause.write_bytes(b"\x7fELF pause")
    suite, pause = bundle.images(fake_busybox, fake_pause)
    read = oci.read_archive(oci.write_archive(suite, tmp_path / "suite.tar"))
    assert read["name"] == "docker.io/library/ubuntu:22.04"
    assert {"bin/sh", "bin/ls", "bin/sleep", "bin/busybox"} <= set(read["files"])
    assert read["config"]["rootfs"]["diff_ids"][0].startswith("sha256:")
    assert oci.read_archive(oci.write_archive(pause, tmp_path / "pause.tar"))["config"]["config"]["Entrypoint"] == ["/pause"]
    # reproducible: the same inputs give the same bytes
    assert (tmp_path / "suite.tar").read_bytes() == oci.write_archive(suite, tmp_path / "again.tar").read_bytes()


@pytest.mark.parametrize(("reference", "expected"), [
    ("ubuntu:22.04", "docker.io/library/ubuntu:22.04"),
    ("ubuntu", "docker.io/library/ubuntu:latest"),
    ("registry.k8s.io/pause:3.10.1", "registry.k8s.io/pause:3.10.1"),
    ("team/app:v1", "docker.io/team/app:v1"),
    ("localhost:5000/app", "localhost:5000/app:latest"),
])
def test_image_references_normalize_as_the_kubelet_does(reference, expected):
    assert oci.normalized(reference) == expected


def test_platform_objects_come_from_dist():
    manifests = bundle.platform_manifests(PROFILE_DIR)
    kinds = {(d["kind"], d["metadata"]["name"]) for docs in manifests.values() for d in docs}
    assert ("DeviceClass", "gpu.nvidia.com") in kinds
    assert ("ValidatingAdmissionPolicy", "accelerator-access-mediated") in kinds
    assert ("ValidatingAdmissionPolicyBinding", "accelerator-access-mediated") in kinds
    assert ("ResourceClaimTemplate", "gpu") in kinds
    assert ("ResourceQuota", "gpu-quota") in kinds
    assert ("Namespace", "ml-team-a") in kinds and ("Namespace", bundle.DRA_NAMESPACE) in kinds
    assert not any(kind in ("DaemonSet", "Deployment") for kind, _ in kinds)
    (device_class,) = [d for d in manifests["10-nvidia-dra-driver.yaml"] if d["metadata"]["name"] == "gpu.nvidia.com"]
    (on_disk,) = [d for d in yaml.safe_load_all((PROFILE_DIR / "nvidia-dra-driver-gpu" / "deviceclass-gpu.nvidia.com.yaml").read_text())]
    assert device_class == on_disk


def test_platform_objects_missing_from_dist_are_an_error(tmp_path):
    shutil.copytree(PROFILE_DIR / "namespaces", tmp_path / "namespaces")
    for folder in ("nvidia-dra-driver-gpu", "dynamic-resource-allocation", "tenant-guardrails"):
        shutil.copytree(PROFILE_DIR / folder, tmp_path / folder)
    (tmp_path / "accelerator-access-policy").mkdir()
    with pytest.raises(PlatformError, match="accelerator access policy"):
        bundle.platform_manifests(tmp_path)


def test_dra_plugin_environment_is_the_daemonsets(tmp_path):
    env = bundle.dra_plugin_env(PROFILE_DIR, "gpu-node-0")
    assert env["CDI_ROOT"] == "/var/run/cdi" and env["NODE_NAME"] == "gpu-node-0"
    assert env["SERVICE_ACCOUNT_NAME"].endswith("kubeletplugin") and env["NAMESPACE"] == bundle.DRA_NAMESPACE
    # change dist/'s DaemonSet: the plugin's environment follows
    folder = tmp_path / "nvidia-dra-driver-gpu"
    shutil.copytree(PROFILE_DIR / "nvidia-dra-driver-gpu", folder)
    path = folder / "daemonset-dra-driver-nvidia-gpu-kubelet-plugin.yaml"
    path.write_text(path.read_text().replace("/var/run/cdi", "/etc/cdi-elsewhere"))
    assert bundle.dra_plugin_env(tmp_path, "gpu-node-0")["CDI_ROOT"] == "/etc/cdi-elsewhere"


@pytest.fixture(scope="module")
def policy() -> CompiledPolicy:
    (document,) = [d for d in bundle.platform_manifests(PROFILE_DIR)["30-accelerator-access-policy.yaml"]
                   if d["kind"] == "ValidatingAdmissionPolicy"]
    return CompiledPolicy(document)


@pytest.mark.parametrize(("pod", "labels", "rule"), [
    ("claim-pod.yaml", TENANT, None),
    ("claim-holder-pod.yaml", TENANT, None),
    ("claim-waiter-pod.yaml", TENANT, None),
    ("no-claim-pod.yaml", TENANT, None),
    ("plain-pod.yaml", CASES_NS, None),
    ("hostpath-pod.yaml", CASES_NS, "host-devices"),
    ("env-pod.yaml", CASES_NS, "device-env"),
    ("privileged-pod.yaml", CASES_NS, "privileged"),
    ("claim-pod.yaml", NO_GPU_NS, "gpu-namespace"),
])
def test_case_pods_get_the_policys_verdicts(policy, pod, labels, rule):
    """The verdicts cases.sh expects from the API server on the GPU node, here from the same CEL."""
    pods = bundle.case_pods("gpu", "ml-team-a")
    denied = policy.denied_by(pods[pod], labels)
    if rule is None:
        assert denied == []
    else:
        assert rule in denied


def test_split_parts_join_back_to_the_archive(tmp_path):
    archive = tmp_path / "bundle.tar.xz"
    archive.write_bytes(os.urandom(5 * 2**20 + 123))
    parts = bundle.split(archive, 2)
    assert len(parts) == 3
    joined = b"".join((p / f"bundle.tar.xz.{i + 1:02d}").read_bytes() for i, p in enumerate(parts))
    assert joined == archive.read_bytes()
    assert all((p / f"bundle.tar.xz.{i + 1:02d}").stat().st_size <= 2 * 2**20 for i, p in enumerate(parts))


def test_component_configuration_points_into_the_bundle():
    args = bundle.component_args("gpu-node-0")
    assert "--authorization-mode=Node,RBAC" in args["kube-apiserver"]
    assert any(a.startswith("--client-ca-file=@S@/etc/") for a in args["kube-apiserver"])
    assert "--hostname-override=gpu-node-0" in args["kubelet"]
    # the node name resolves nowhere on the GPU host: logs are fetched from the kubelet by IP
    assert "--kubelet-preferred-address-types=InternalIP" in args["kube-apiserver"]
    assert bundle.kubelet_config()["containerRuntimeEndpoint"] == f"unix://{bundle.CONTAINERD_SOCKET}"
    assert f'address = "{bundle.CONTAINERD_SOCKET}"' in bundle.containerd_config()
    assert "enable_cdi = true" in bundle.containerd_config()
    plugins = [p["type"] for p in bundle.cni_config()["plugins"]]
    assert plugins == ["bridge"] and bundle.cni_config()["plugins"][0]["ipam"]["type"] == "host-local"


RUNC = next(p for p in binaries.PROGRAMS if p.name == "runc")
PT_INTERP = 3


def _program_interpreter(path: Path) -> bool:
    """Whether an ELF64 file asks for a program interpreter (ld.so), i.e. is dynamically linked."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2, f"{path}: not ELF64"
    offset, = struct.unpack_from("<Q", data, 0x20)
    size, count = struct.unpack_from("<HH", data, 0x36)
    return any(struct.unpack_from("<I", data, offset + i * size)[0] == PT_INTERP for i in range(count))


def test_runc_build_has_the_seccomp_tag(tmp_path, monkeypatch):
    """containerd gives every CRI sandbox the RuntimeDefault seccomp profile: runc is built with the
    seccomp tag, statically against libseccomp.a, and a machine without it is told what to install."""
    assert "seccomp" in RUNC.tags and RUNC.needs == ("libseccomp",)
    assert dict(RUNC.env)["CGO_ENABLED"] == "1" and "-static" in RUNC.ldflags
    without = dataclasses.replace(RUNC, tags=tuple(t for t in RUNC.tags if t != "seccomp"))
    assert without.key() != RUNC.key(), "a runc cached without seccomp must not be taken for one with it"
    monkeypatch.setattr(binaries, "CACHE", tmp_path)
    lacking = dataclasses.replace(RUNC, needs=("libgpunode-not-installed",))
    assert binaries.missing_libraries(lacking) == ["libgpunode-not-installed"]
    with pytest.raises(PlatformError, match="apt-get install libgpunode-not-installed"):
        binaries.build(lacking)


@pytest.fixture(scope="module")
def runc_binary() -> Path:
    if not RUNC.target().is_file() and binaries.missing_libraries(RUNC):
        pytest.skip("no libseccomp.a here (apt-get install libseccomp-dev): runc with seccomp cannot be linked")
    return binaries.build(RUNC)


def test_runc_is_static_and_enforces_seccomp(runc_binary):
    features = json.loads(subprocess.run([str(runc_binary), "features"], capture_output=True, text=True, check=True).stdout)
    seccomp = features["linux"]["seccomp"]
    assert seccomp["enabled"] is True and "SCMP_ACT_ERRNO" in seccomp["actions"]
    version = subprocess.run([str(runc_binary), "--version"], capture_output=True, text=True, check=True).stdout
    assert "runc version 1.3.7" in version and re.search(r"^libseccomp: 2\.\d+\.\d+$", version, re.MULTILINE)
    assert not _program_interpreter(runc_binary), "runc must run on the GPU host without our libseccomp.so"
    # the check above can fail: the Python running this test is dynamically linked
    assert _program_interpreter(Path(os.path.realpath(sys.executable)))


def test_scripts_parse():
    for script in ("run.sh", "cases.sh"):
        subprocess.run(["bash", "-n", str(SCRIPTS / script)], check=True)


def test_run_stops_on_a_host_without_gpu(tmp_path):
    fake_bin = tmp_path / "fakebin"
    fake_bin.mkdir()
    (fake_bin / "nvidia-smi").write_text("#!/bin/sh\necho 'NVIDIA-SMI has failed' >&2\nexit 9\n")
    (fake_bin / "nvidia-smi").chmod(0o755)
    folder = tmp_path / "bundle"
    (folder / "etc").mkdir(parents=True)
    (folder / "etc" / "node-name").write_text("gpu-node-0\n")
    env = {**os.environ, "PATH": f"{fake_bin}:{os.environ['PATH']}", "GPU_NODE_STATE": str(tmp_path / "state")}
    done = subprocess.run(["bash", str(SCRIPTS / "run.sh"), str(folder), str(tmp_path / "out")], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "nvidia-smi -L failed: no GPU" in (tmp_path / "out" / "summary.txt").read_text()
    assert (tmp_path / "out" / "logs.tar.xz").is_file()


FAKE_GPUNODE = """#!/bin/sh
# gpunode kubectl ...: answers as the GPU node's API server would, from FAKE_* variables
shift
case "$*" in
*"get events"*) printf "$FAKE_EVENTS" ;;
*"get resourceclaims"*"--watch"*) printf ' \\ngpu-node-0 gpu-0\\n' ;;
*"get resourceslices"*) printf '%s' "$FAKE_SLICE_UUID" ;;
*"pod/claim-holder -o jsonpath={.status.phase}"*) echo "$FAKE_HOLDER_PHASE" ;;
*"pod/claim-waiter -o jsonpath={.status.phase} {.spec.nodeName}"*) printf '%s' "$FAKE_WAITER_BEFORE" ;;
*"pod/claim-waiter -o jsonpath={.status.phase}"*) [ -e "$FAKE_STATE/holder-deleted" ] && echo Succeeded || echo Pending ;;
*"PodScheduled"*) printf '%s' "$FAKE_UNSCHEDULABLE" ;;
*"delete -n ml-team-a pod/claim-holder"*) touch "$FAKE_STATE/holder-deleted" ;;
*"jsonpath={.status.phase}"*) echo "$FAKE_PHASE" ;;
*"logs -n ml-team-a claim-waiter"*) printf "$FAKE_WAITER_LOG" ;;
*"logs"*) printf "$FAKE_LOG" ;;
*"create --dry-run=server"*) echo 'denied: [host-devices] [device-env] [privileged]' >&2; exit 1 ;;
esac
exit 0
"""
HOST_UUID = "GPU-8aa8864d-7a3d-55b7-7298-7b0875ebfd12"
ONE_DEVICE = "/dev/nvidia0\\nOPEN_NVIDIA0_OK\\nNVIDIA_VISIBLE_DEVICES=void\\n"
UNSCHEDULABLE = "0/1 nodes are available: 1 cannot allocate all claims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling."


def _cases(tmp_path: Path, pod_timeout: int = 600, **fake: str) -> tuple[float, dict[str, str], str]:
    """cases.sh against a fake API server; returns its time, outcome per case and stderr."""
    fake_bin = tmp_path / "fakebin"
    fake_bin.mkdir(parents=True)
    (fake_bin / "gpunode").write_text(FAKE_GPUNODE)
    (fake_bin / "nvidia-smi").write_text(f"#!/bin/sh\necho {HOST_UUID}\n")
    for tool in fake_bin.iterdir():
        tool.chmod(0o755)
    folder = tmp_path / "bundle"
    (folder / "cases").mkdir(parents=True)
    for name, pod in bundle.case_pods("gpu", "ml-team-a").items():
        (folder / "cases" / name).write_text(yaml.safe_dump(pod, sort_keys=False))
    (tmp_path / "state").mkdir()
    answers = {"FAKE_EVENTS": "", "FAKE_PHASE": "Pending", "FAKE_SLICE_UUID": HOST_UUID, "FAKE_LOG": "",
               "FAKE_HOLDER_PHASE": "Running", "FAKE_WAITER_BEFORE": "Pending ", "FAKE_UNSCHEDULABLE": UNSCHEDULABLE,
               "FAKE_WAITER_LOG": ONE_DEVICE, **fake}
    env = {**os.environ, **answers, "PATH": f"{fake_bin}:{os.environ['PATH']}", "POD_TIMEOUT": str(pod_timeout),
           "FAKE_STATE": str(tmp_path / "state"), "WAITER_GRACE": "0"}
    started = time.monotonic()
    done = subprocess.run(["bash", str(SCRIPTS / "cases.sh"), str(folder), str(tmp_path / "cases.tsv")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1  # the fake rejects the plain pod too
    outcomes = dict(line.split("\t")[:2] for line in (tmp_path / "cases.tsv").read_text().splitlines())
    return time.monotonic() - started, outcomes, done.stderr


def test_cases_stop_waiting_when_pod_sandboxes_fail(tmp_path):
    """Pods whose sandbox keeps failing are given up at the third FailedCreatePodSandBox event,
    not after POD_TIMEOUT (runs 1 and 2 on the device waited 120 s for each)."""
    elapsed, outcomes, stderr = _cases(tmp_path / "failing", FAKE_EVENTS="2\\n1\\n")
    assert elapsed < 60
    assert "phase 'Pending' after 0s, 3 FailedCreatePodSandBox events" in stderr
    assert outcomes["claim-template-sees-its-device"] == outcomes["no-claim-sees-none"] == "FAIL"
    # without such events the same pods are waited for until POD_TIMEOUT
    elapsed, _, stderr = _cases(tmp_path / "pending", pod_timeout=2)
    assert "phase 'Pending' after 2s, 0 FailedCreatePodSandBox events" in stderr
    assert elapsed >= 4 * 2


def test_claim_case_reads_the_allocation_of_a_finished_pod(tmp_path):
    """The claim made from our template is gone once its pod finished (run 4 on the H200 recorded a
    FAIL for that reason although the pod saw exactly /dev/nvidia0): the allocation is taken from a
    watch kept while the pod lives, and its device must be the host's GPU."""
    one_device = "/dev/nvidia0\\nOPEN_NVIDIA0_OK\\nNVIDIA_VISIBLE_DEVICES=void\\n"
    _, outcomes, _ = _cases(tmp_path / "ok", FAKE_PHASE="Succeeded", FAKE_LOG=one_device)
    assert outcomes["claim-template-sees-its-device"] == "PASS"
    _, outcomes, _ = _cases(tmp_path / "other-gpu", FAKE_PHASE="Succeeded", FAKE_LOG=one_device,
                            FAKE_SLICE_UUID="GPU-00000000-0000-0000-0000-000000000000")
    assert outcomes["claim-template-sees-its-device"] == "FAIL"
    _, outcomes, _ = _cases(tmp_path / "two-devices", FAKE_PHASE="Succeeded", FAKE_LOG="/dev/nvidia0\\n/dev/nvidia1\\n")
    assert outcomes["claim-template-sees-its-device"] == "FAIL"


def test_a_second_claim_waits_until_the_gpu_is_free(tmp_path):
    """Exclusive allocation on the one-GPU node (KAR 0051): the waiter passes only if it stayed
    unscheduled, for want of a device for its claim, while the holder ran, and then saw one device."""
    _, outcomes, _ = _cases(tmp_path / "ok", FAKE_PHASE="Succeeded")
    assert outcomes["second-claim-waits-for-the-gpu"] == "PASS"
    # the waiter was placed next to the holder: the GPU was shared
    _, outcomes, _ = _cases(tmp_path / "shared", FAKE_PHASE="Succeeded", FAKE_WAITER_BEFORE="Running gpu-node-0")
    assert outcomes["second-claim-waits-for-the-gpu"] == "FAIL"
    # pending, but not because of its claim
    _, outcomes, _ = _cases(tmp_path / "other-reason", FAKE_PHASE="Succeeded", FAKE_UNSCHEDULABLE="0/1 nodes are available: 1 node(s) had untolerated taint.")
    assert outcomes["second-claim-waits-for-the-gpu"] == "FAIL"
    # the holder never ran, so nothing was held
    _, outcomes, _ = _cases(tmp_path / "no-holder", FAKE_PHASE="Succeeded", pod_timeout=1, FAKE_HOLDER_PHASE="Pending")
    assert outcomes["second-claim-waits-for-the-gpu"] == "FAIL"
    # after the holder left, the waiter saw no device
    _, outcomes, _ = _cases(tmp_path / "no-device", FAKE_PHASE="Succeeded", FAKE_WAITER_LOG="NO_NVIDIA_DEVICES\\n")
    assert outcomes["second-claim-waits-for-the-gpu"] == "FAIL"


def test_parse_gpus_and_cases():
    gpus = results.parse_gpus("GPU 0: NVIDIA H200 (UUID: GPU-c44c26ac-39a9-a4cb-7b69-84c1171833d0)\nsomething else\n")
    assert gpus == (results.Gpu(0, "NVIDIA H200", "GPU-c44c26ac-39a9-a4cb-7b69-84c1171833d0"),)
    cases = results.parse_cases("a\tPASS\tfine\nb\tFAIL\tbroken\n")
    assert [(c.name, c.passed) for c in cases] == [("a", True), ("b", False)]
    with pytest.raises(PlatformError, match="neither PASS nor FAIL"):
        results.parse_cases("a\tMAYBE\t\n")


def _device_runs() -> list[Path]:
    return sorted(p for p in RESULTS.glob("*") if (p / results.CASES).is_file()) if RESULTS.is_dir() else []


@pytest.mark.parametrize("folder", _device_runs(), ids=lambda p: p.name)
def test_device_results_read_as_they_are(folder, tmp_path):
    """The files that came back from the lent GPU machine: read, and written as evidence."""
    run = results.read_run(folder)
    assert run.gpus and all(g.uuid.startswith("GPU-") for g in run.gpus)
    assert {t.name.split("/")[0] for t in run.suite.tests} == {"TestSecureAcceleratorAccess"}
    out = results.write_evidence(run, tmp_path / "submission")
    assert (tmp_path / "submission" / "upstream-suite" / "results.json").is_file()
    assert results.SECTION in (out / "README.md").read_text()
    if run.info.get("note"):
        assert run.info["note"] in (out / "README.md").read_text()
    # a failed case, written into a copy, makes the run fail
    broken = tmp_path / "broken"
    shutil.copytree(folder, broken)
    cases = (broken / results.CASES).read_text().replace("\tPASS\t", "\tFAIL\t", 1)
    (broken / results.CASES).write_text(cases)
    assert not results.read_run(broken).passed


def test_the_reference_statement_reports_the_latest_recorded_run_of_each_card():
    """The committed statement says what ran on real hardware, from the committed results: for each
    GPU model the latest run's card, date, upstream suite outcome and our cases (a failing case is
    named); older runs of the same card are not reported."""
    from ai_platform.conformance import gpu_node_runs as results
    from ai_platform.conformance.statement import render_statement

    runs = results.recorded_runs()
    assert runs, "no recorded GPU node run"
    statement = render_statement(built(results.PROFILE))
    latest = results.latest_per_card(runs)
    assert {run.label for run in latest} == {run.label for run in runs}
    for run in latest:
        line = results.summary_line(run)
        assert run.label in line and str(run.info["date"]) in line
        assert f"{sum(c.passed for c in run.cases)} of {len(run.cases)} pass" in line
        assert all(c.name in line for c in run.cases if not c.passed)
        for requirement in results.REQUIREMENTS:
            section = statement.split(f"\n### {requirement}\n", 1)[1].split("\n### ", 1)[0]
            assert line in section, requirement
    for run in runs:
        if run not in latest:
            assert results.summary_line(run) not in statement


def test_recorded_runs_are_ordered_by_date_and_run_number_not_by_card(tmp_path):
    """``<date>-h200-run5`` comes before ``<date>-h100-run6`` (name order would invert them), and
    the latest per card keeps one run per GPU model, the last of each."""
    from ai_platform.conformance import gpu_node_runs as results

    source = results.recorded_runs()[-1].folder
    for name, model in (("2026-11-28-h200-run5", "NVIDIA H200"), ("2026-11-28-h100-run6", "NVIDIA H100 80GB HBM3"),
                        ("2026-11-28-h100-run1", "NVIDIA H100 80GB HBM3"), ("2026-11-29-h200-run1", "NVIDIA H200")):
        target = tmp_path / name
        shutil.copytree(source, target)
        (target / results.NVIDIA_SMI).write_text(f"GPU 0: {model} (UUID: GPU-00000000-0000-0000-0000-000000000000)\n")
    runs = results.recorded_runs(tmp_path)
    assert [r.folder.name for r in runs] == ["2026-11-28-h100-run1", "2026-11-28-h200-run5", "2026-11-28-h100-run6",
                                             "2026-11-29-h200-run1"]
    assert [r.folder.name for r in results.latest_per_card(runs)] == ["2026-11-28-h100-run6", "2026-11-29-h200-run1"]
    (tmp_path / "latest").mkdir()
    with pytest.raises(PlatformError, match="<date>-<card>-run<n>"):
        results.recorded_runs(tmp_path)


def test_the_reference_submission_carries_the_latest_real_gpu_run(tmp_path):
    """`main.py conformance` puts the latest committed GPU node run into the reference profile's
    submission for its own Kubernetes version: the upstream suite's files linked in PRODUCT.yaml for
    secure_accelerator_access, our cases under gpu-node/ and the run's section in the evidence file.
    A later checklist version (another Kubernetes version than the node ran) gets none of it."""
    from ai_platform.conformance import upstream_suite
    from ai_platform.conformance.submission import versions_from, write_submission

    platform = built(results.PROFILE)
    profile = platform.profile
    latest = results.recorded_runs()[-1]
    product = write_submission(platform, profile.kubernetes.version, out_dir=tmp_path / "own", run_tests=False)
    document = yaml.safe_load(product.read_text())
    item = next(i for items in document["spec"].values() for i in items if i["id"] == "secure_accelerator_access")
    assert set(upstream_suite.links()) <= set(item["evidence"])
    assert (tmp_path / "own" / results.EVIDENCE_DIR / results.CASES).read_text() == (latest.folder / results.CASES).read_text()
    for requirement in results.REQUIREMENTS:
        evidence = (tmp_path / "own" / "evidence" / f"{requirement}.md").read_text()
        assert results.statement(latest) in evidence, requirement
    later = [v for v in versions_from(profile) if v != profile.kubernetes.version]
    if later:
        other = write_submission(platform, later[0], out_dir=tmp_path / "later", run_tests=False)
        assert not (tmp_path / "later" / results.EVIDENCE_DIR).exists()
        for requirement in results.REQUIREMENTS:
            assert results.SECTION not in (tmp_path / "later" / "evidence" / f"{requirement}.md").read_text()
        assert upstream_suite.links()[0] not in other.read_text()
