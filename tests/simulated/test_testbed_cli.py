"""``main.py testbed --simulated PROFILE --operators``, the command a person runs: the simulated
cluster comes up with the operators of the profile's components as host processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ai_platform.kubeclient import ApiError, connect
from ai_platform.kubeconfig import select
from conftest import ROOT


@pytest.mark.simulated
def test_testbed_operators_runs_volcanos_webhook_for_the_reference_profile(tmp_path: Path, announce):
    """The command a person runs: with ``--operators`` the reference cluster comes up with
    Volcano and KubeRay as host processes, and Volcano's jobs webhook answers through dist/'s
    webhook configuration (rewritten to the host): a Job for an unknown queue is refused with
    the queue named. Without ``--operators`` the same Job is admitted: nothing checks its queue
    (run once by hand while writing this test: "DID NOT RAISE")."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(tmp_path)}
    log = (tmp_path / "testbed.log").open("w+")
    announce("main.py testbed --simulated reference --operators (builds are cached from the behaviour modules)")
    process = subprocess.Popen([sys.executable, "main.py", "testbed", "--simulated", "reference", "--operators"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=log, text=True, env=env, start_new_session=True)
    try:
        lines: list[str] = []
        deadline = time.monotonic() + 1800
        assert process.stdout is not None
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("press Ctrl-C"):
                break
        log.seek(0)
        assert lines and lines[-1].startswith("press Ctrl-C"), "".join(lines) + log.read()[-4000:]
        stderr = log.read()
        assert "volcano" in stderr and "kuberay" in stderr, stderr[-2000:]
        kubeconfig = next(line.split(": ", 1)[1].strip() for line in lines if line.startswith("kubeconfig (client certificate)"))
        job = {
            "apiVersion": "batch.volcano.sh/v1alpha1", "kind": "Job",
            "metadata": {"name": "cli-probe", "namespace": "ml-team-a"},
            "spec": {"schedulerName": "volcano", "queue": "no-such-queue", "minAvailable": 1,
                     "tasks": [{"name": "main", "replicas": 1,
                                "template": {"spec": {"restartPolicy": "Never",
                                                      "containers": [{"name": "main", "image": "busybox:1.37"}]}}}]},
        }
        with connect(select(kubeconfig, None)) as client, pytest.raises(ApiError) as refused:
            client.create(job)
        assert "no-such-queue" in str(refused.value), refused.value
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()
